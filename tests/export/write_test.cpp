// write_file_atomically: replaces files whole, leaves no temporaries, reports failures.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <system_error>

#include "export/export_test_support.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::ranges::sort(names);
  return names;
}

TEST(WriteFileAtomically, CreatesTheFile) {
  testing::ScratchDir scratch;
  const auto target = scratch / "graph.json";
  write_file_atomically(target, "{\"entities\": []}\n");
  EXPECT_EQ(testing::read_text(target), "{\"entities\": []}\n");
  EXPECT_THAT(names_in(scratch.path()), ::testing::ElementsAre("graph.json"));
}

TEST(WriteFileAtomically, ReplacesAnExistingFileAndLeavesNoTemporaries) {
  testing::ScratchDir scratch;
  const auto target = scratch / "graph.ttl";
  testing::write_text(target, std::string(10000, 'x'));
  write_file_atomically(target, "short");
  EXPECT_EQ(testing::read_text(target), "short");
  write_file_atomically(target, "");
  EXPECT_EQ(testing::read_text(target), "");
  EXPECT_THAT(names_in(scratch.path()), ::testing::ElementsAre("graph.ttl"));
}

TEST(WriteFileAtomically, WritesBinaryAndUtf8Verbatim) {
  testing::ScratchDir scratch;
  const auto target = scratch / "园区 graph.nt";
  const std::string content = std::string("苏州\0\r\n\xff", 10);
  write_file_atomically(target, content);
  EXPECT_EQ(testing::read_text(target), content);
}

TEST(WriteFileAtomically, MissingDirectoryThrowsWithThePathAndLeavesNothing) {
  testing::ScratchDir scratch;
  const auto target = scratch / "missing" / "graph.json";
  try {
    write_file_atomically(target, "content");
    FAIL() << "expected std::system_error";
  } catch (const std::system_error& error) {
    EXPECT_THAT(error.what(), HasSubstr(target.string()));
    EXPECT_EQ(error.code(), std::errc::no_such_file_or_directory);
  }
  EXPECT_FALSE(fs::exists(scratch / "missing"));
  EXPECT_TRUE(names_in(scratch.path()).empty());
}

TEST(WriteFileAtomically, TargetThatIsADirectoryThrowsAndCleansUp) {
  testing::ScratchDir scratch;
  const auto target = scratch / "graph.json";
  fs::create_directory(target);
  fs::create_directory(target / "keep");  // a non-empty directory cannot be renamed over
  EXPECT_THROW(write_file_atomically(target, "content"), std::system_error);
  EXPECT_THAT(names_in(scratch.path()), ::testing::ElementsAre("graph.json"));
  EXPECT_TRUE(fs::is_directory(target / "keep"));
}

TEST(WriteFileAtomically, PathWithoutAFileNameThrows) {
  testing::ScratchDir scratch;
  EXPECT_THROW(write_file_atomically(scratch.path() / "", "content"), std::system_error);
  EXPECT_TRUE(names_in(scratch.path()).empty());
}

TEST(WriteFileAtomically, SerialisedGraphRoundTrips) {
  testing::ScratchDir scratch;
  const KnowledgeGraph graph = testing::sample_graph();
  for (const Format format : {Format::Turtle, Format::Json, Format::Html}) {
    const auto target = scratch / ("graph." + std::string(format_name(format)));
    const std::string text = serialize(graph, format);
    write_file_atomically(target, text);
    EXPECT_EQ(testing::read_text(target), text) << format_name(format);
    EXPECT_EQ(format_for_path(target), format);
  }
  EXPECT_EQ(names_in(scratch.path()).size(), 3U);
}

}  // namespace
}  // namespace parkgraph
