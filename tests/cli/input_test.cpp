// Bad inputs: each is reported on standard error with its path, the run exits 1, and the
// output is still written, valid, and holds what the good inputs gave.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using ::testing::HasSubstr;

class BadInput : public CliTest {
 protected:
  // Builds `inputs` into out.json and checks what every failing run shares.
  RunResult build_expecting_failure(const std::vector<std::string>& inputs) {
    std::vector<std::string> args{"build"};
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.insert(args.end(), {"-o", "out.json"});
    RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    json_ = load_json(work() / "out.json");
    return r;
  }
  std::optional<nlohmann::json> json_;
};

// The line of standard error that names `path`, or "".
std::string line_naming(const std::string& err, const std::string& path) {
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.find(path) != std::string::npos) return line;
  }
  return "";
}

// UTF-8 cut mid-sequence: file and byte offset named, exit 1, the good file still output.
TEST_F(BadInput, TruncatedUtf8NamesFileAndByteOffset) {
  const std::string prefix = "成都高新区管委会";  // 8 characters, 24 bytes
  put("broken.txt", prefix + "\xE6\x88" + "表示。\n");
  put("good.txt", kXiaoganReport);
  const RunResult r = build_expecting_failure({"broken.txt", "good.txt"});
  const std::string line = line_naming(r.err, "broken.txt");
  ASSERT_FALSE(line.empty()) << describe(r);
  EXPECT_THAT(line, HasSubstr("byte " + std::to_string(prefix.size()))) << line;
  EXPECT_TRUE(line_naming(r.err, "good.txt").empty()) << describe(r);
  ASSERT_TRUE(json_);
  EXPECT_NE(find_entity(*json_, "Person", "龚瑞平"), nullptr) << json_->dump(1);
  EXPECT_NE(find_entity(*json_, "Park", "孝感高新区"), nullptr) << json_->dump(1);
  for (const auto& e : json_->at("entities")) {
    for (const auto& m : e.at("mentions")) EXPECT_NE(m.at("doc"), "broken.txt") << e.dump();
  }
}

// Truncation at the very end of a file is found at the right byte too.
TEST_F(BadInput, TruncatedUtf8AtEndOfFile) {
  const std::string text = "苏州工业园区位于江苏省苏州市。";
  put("tail.txt", text + "\xE5\x9B");
  const RunResult r = build_expecting_failure({"tail.txt"});
  const std::string line = line_naming(r.err, "tail.txt");
  ASSERT_FALSE(line.empty()) << describe(r);
  EXPECT_THAT(line, HasSubstr("byte " + std::to_string(text.size()))) << line;
  ASSERT_TRUE(json_);
}

// A lone continuation byte (0x80) at the very start is invalid at byte 0.
TEST_F(BadInput, StrayContinuationByteAtStart) {
  put("stray.txt", std::string("\x80") + "苏州工业园区位于江苏省苏州市。");
  const RunResult r = build_expecting_failure({"stray.txt"});
  const std::string line = line_naming(r.err, "stray.txt");
  ASSERT_FALSE(line.empty()) << describe(r);
  EXPECT_THAT(line, HasSubstr("byte 0")) << line;
  ASSERT_TRUE(json_);
}

// A binary file (NUL bytes) is reported and skipped; the good file is still built.
TEST_F(BadInput, BinaryFileIsReported) {
  const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  put("image.txt", std::string(png, sizeof png - 1));
  put("good.txt", kXiaoganReport);
  const RunResult r = build_expecting_failure({"image.txt", "good.txt"});
  EXPECT_FALSE(line_naming(r.err, "image.txt").empty()) << describe(r);
  ASSERT_TRUE(json_);
  EXPECT_NE(find_entity(*json_, "Person", "龚瑞平"), nullptr) << json_->dump(1);
}

// A NUL byte in otherwise valid Chinese text makes the file binary.
TEST_F(BadInput, NulInsideTextIsBinary) {
  put("nul.txt", std::string("孝感高新区") + std::string(1, '\0') + "管委会");
  const RunResult r = build_expecting_failure({"nul.txt"});
  const std::string line = line_naming(r.err, "nul.txt");
  ASSERT_FALSE(line.empty()) << describe(r);
  EXPECT_THAT(line, HasSubstr("byte 15")) << line;
  ASSERT_TRUE(json_);
  EXPECT_TRUE(json_->at("entities").empty()) << json_->dump(1);
}

// An empty file is reported; the output is an empty but valid graph.
TEST_F(BadInput, EmptyFileIsReported) {
  put("empty.txt", "");
  const RunResult r = build_expecting_failure({"empty.txt"});
  EXPECT_FALSE(line_naming(r.err, "empty.txt").empty()) << describe(r);
  ASSERT_TRUE(json_);
  EXPECT_TRUE(json_->at("entities").empty());
  EXPECT_TRUE(json_->at("relations").empty());
}

// A path that does not exist is reported; the other input is still built.
TEST_F(BadInput, MissingPathIsReported) {
  put("good.txt", kXiaoganReport);
  const RunResult r = build_expecting_failure({"no-such-file.txt", "good.txt"});
  EXPECT_FALSE(line_naming(r.err, "no-such-file.txt").empty()) << describe(r);
  ASSERT_TRUE(json_);
  EXPECT_NE(find_entity(*json_, "Person", "龚瑞平"), nullptr) << json_->dump(1);
}

// A directory holding no .txt file is reported.
TEST_F(BadInput, DirectoryWithoutTextIsReported) {
  put("notes/readme.md", kSuzhouReport);
  put("notes/data.csv", "a,b\n");
  const RunResult r = build_expecting_failure({"notes"});
  EXPECT_FALSE(line_naming(r.err, "notes").empty()) << describe(r);
  ASSERT_TRUE(json_);
  EXPECT_TRUE(json_->at("entities").empty()) << json_->dump(1);
}

// Every kind of bad input at once: each is named, exit 1, and the good file is in the output.
TEST_F(BadInput, AllProblemsReportedTogether) {
  put("broken.txt", std::string("孝感") + "\xE6\x88");
  put("bin.txt", std::string("ab\0cd", 5));
  put("empty.txt", "");
  put("textless/readme.md", "x");
  put("good.txt", kJingmenReport);
  const RunResult r = build_expecting_failure(
      {"broken.txt", "bin.txt", "empty.txt", "missing.txt", "textless", "good.txt"});
  for (const char* path : {"broken.txt", "bin.txt", "empty.txt", "missing.txt", "textless"}) {
    EXPECT_FALSE(line_naming(r.err, path).empty()) << path << "\n" << describe(r);
  }
  EXPECT_THAT(line_naming(r.err, "broken.txt"), HasSubstr("byte 6"));
  ASSERT_TRUE(json_);
  EXPECT_NE(find_entity(*json_, "Company", "鸿拓国际集团"), nullptr) << json_->dump(1);
}

// Bad input in `explain` is reported and exits 1 even when the entity is found elsewhere.
TEST_F(BadInput, ExplainReportsBadInput) {
  put("good.txt", kXiaoganReport);
  put("empty.txt", "");
  const RunResult r = run({"explain", "龚瑞平", "good.txt", "empty.txt"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_FALSE(line_naming(r.err, "empty.txt").empty()) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("龚瑞平"));
}

}  // namespace
}  // namespace parkgraph::cli_testing
