// The streaming pipeline: listing, reading and extraction in input order whatever the
// thread count, JSON-lines input, problems reported in place.
#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract_test_support.hpp"
#include "parkgraph/corpus.hpp"

namespace parkgraph {
namespace {

namespace fs = std::filesystem;

// Ten short documents, each naming a different firm in a park.
std::string firm(int i) {
  static const char* const kCores[] = {"星河", "远航", "青松", "海岳", "云帆",
                                       "金桥", "华晨", "瑞丰", "博远", "天衡"};
  return std::string(kCores[i % 10]) + "科技有限公司";
}
std::string story(int i) {
  return firm(i) + "落户东湖高新区。\n";
}

std::vector<DocumentResult> run_stream(DocumentStream& stream, unsigned threads,
                                       std::size_t window = 0) {
  std::vector<DocumentResult> results;
  StreamOptions options;
  options.threads = threads;
  options.max_in_flight = window;
  extract_stream(parkgraph::testing::extractor(), stream, options,
                 [&](DocumentResult&& r) { results.push_back(std::move(r)); });
  return results;
}

std::string json_lines(int documents) {
  std::string lines;
  for (int i = 0; i < documents; ++i) {
    lines += R"({"id": "doc)" + std::to_string(i) + R"(", "text": ")" +
             story(i).substr(0, story(i).size() - 1) + "\"}\n";
  }
  return lines;
}

TEST(Stream, JsonLinesComeOutInInputOrderForAnyThreadCount) {
  for (const unsigned threads : {1u, 2u, 4u}) {
    std::istringstream in(json_lines(10));
    auto stream = stream_json_lines(in, "test");
    const auto results = run_stream(*stream, threads, 3);
    ASSERT_EQ(results.size(), 10u) << threads << " threads";
    for (int i = 0; i < 10; ++i) {
      EXPECT_EQ(results[i].doc, "doc" + std::to_string(i));
      ASSERT_TRUE(results[i].extraction.has_value());
      EXPECT_TRUE(
          parkgraph::testing::has_entity(*results[i].extraction, EntityType::Company, firm(i)))
          << parkgraph::testing::dump(*results[i].extraction);
    }
  }
}

TEST(Stream, MalformedJsonLineIsReportedWithItsNumberAndTheRestRuns) {
  std::istringstream in(R"({"id": "a", "text": "东湖高新区。"})"
                        "\n"
                        "not json\n"
                        R"({"id": "b"})"
                        "\n"
                        R"({"id": "c", "text": "东湖高新区。"})"
                        "\n");
  auto stream = stream_json_lines(in, "shard");
  const auto results = run_stream(*stream, 2);
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[0].doc, "a");
  ASSERT_TRUE(results[1].problem.has_value());
  EXPECT_EQ(results[1].problem->path, "shard:2");
  ASSERT_TRUE(results[2].problem.has_value());
  EXPECT_EQ(results[2].problem->path, "shard:3");
  EXPECT_EQ(results[3].doc, "c");
  EXPECT_TRUE(results[3].extraction.has_value());
}

TEST(Stream, DirectoryIsListedSortedAndFilesAreReadByWorkers) {
  const fs::path dir =
      fs::temp_directory_path() / ("parkgraph-stream-" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub");
  for (int i = 0; i < 5; ++i) {
    std::ofstream(dir / ("f" + std::to_string(4 - i) + ".txt")) << story(i);
  }
  std::ofstream(dir / "sub" / "a.txt") << story(7);
  std::ofstream(dir / "skip.md") << story(8);
  std::istringstream no_stdin;
  auto stream = stream_arguments({dir.string(), (dir / "missing.txt").string()}, no_stdin);
  const auto results = run_stream(*stream, 2);
  fs::remove_all(dir);
  ASSERT_EQ(results.size(), 7u);
  EXPECT_EQ(results[0].doc, "f0.txt");
  EXPECT_EQ(results[4].doc, "f4.txt");
  EXPECT_EQ(results[5].doc, "a.txt");  // sub/a.txt sorts after f4.txt by path
  ASSERT_TRUE(results[6].problem.has_value());
  EXPECT_NE(results[6].problem->message.find("no such file"), std::string::npos);
  EXPECT_GT(results[0].bytes, 0u);
}

TEST(Stream, EmptyDocumentIsAProblemNotASilentGap) {
  std::istringstream in(R"({"id": "empty", "text": ""})"
                        "\n");
  auto stream = stream_json_lines(in, "s");
  const auto results = run_stream(*stream, 1);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].extraction.has_value());
  ASSERT_TRUE(results[0].problem.has_value());
}

}  // namespace
}  // namespace parkgraph
