// The command line itself: help, version and usage errors (exit 2) of the program and of
// each command.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using ::testing::HasSubstr;

class Usage : public CliTest {};

const std::regex kVersionLine(R"(parkgraph \d+\.\d+\.\d+)");

// `parkgraph --help` exits 0 and lists the three commands.
TEST_F(Usage, ProgramHelp) {
  const RunResult r = run({"--help"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("Usage:"));
  EXPECT_THAT(r.out, HasSubstr("build"));
  EXPECT_THAT(r.out, HasSubstr("eval"));
  EXPECT_THAT(r.out, HasSubstr("explain"));
}

// `parkgraph --version` exits 0 and prints "parkgraph X.Y.Z".
TEST_F(Usage, ProgramVersion) {
  const RunResult r = run({"--version"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(std::regex_search(r.out, kVersionLine)) << describe(r);
}

// `build --help` exits 0 and documents its inputs, -o and --format.
TEST_F(Usage, BuildHelp) {
  const RunResult r = run({"build", "--help"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("Usage:"));
  EXPECT_THAT(r.out, HasSubstr("--output"));
  EXPECT_THAT(r.out, HasSubstr("--format"));
  EXPECT_THAT(r.out, HasSubstr("--threads"));
  EXPECT_TRUE(r.err.empty()) << describe(r);
}

// `eval --help` exits 0 and documents --gold.
TEST_F(Usage, EvalHelp) {
  const RunResult r = run({"eval", "--help"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("Usage:"));
  EXPECT_THAT(r.out, HasSubstr("--gold"));
}

// `explain --help` exits 0 and documents the entity argument.
TEST_F(Usage, ExplainHelp) {
  const RunResult r = run({"explain", "--help"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("Usage:"));
  EXPECT_THAT(r.out, HasSubstr("entity"));
}

// `--version` works after each command too, without requiring the command's arguments.
TEST_F(Usage, CommandVersions) {
  for (const char* command : {"build", "eval", "explain"}) {
    const RunResult r = run({command, "--version"});
    EXPECT_EQ(r.exit_code, 0) << command << "\n" << describe(r);
    EXPECT_TRUE(std::regex_search(r.out, kVersionLine)) << command << "\n" << describe(r);
  }
}

// No command at all is a usage error.
TEST_F(Usage, NoCommandExits2) {
  const RunResult r = run({});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_FALSE(r.err.empty());
}

// An unknown command is a usage error.
TEST_F(Usage, UnknownCommandExits2) {
  const RunResult r = run({"frobnicate", "a.txt"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_FALSE(r.err.empty());
}

// An unknown option is a usage error, and nothing is written.
TEST_F(Usage, UnknownOptionExits2) {
  put("a.txt", kXiaoganReport);
  const RunResult r = run({"build", "a.txt", "-o", "out.json", "--no-such-option"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("--no-such-option"));
  EXPECT_FALSE(fs::exists(work() / "out.json"));
}

// build without -o is a usage error naming the missing option.
TEST_F(Usage, BuildWithoutOutputExits2) {
  put("a.txt", kXiaoganReport);
  const RunResult r = run({"build", "a.txt"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("--output"));
}

// build without inputs is a usage error, and nothing is written.
TEST_F(Usage, BuildWithoutInputsExits2) {
  const RunResult r = run({"build", "-o", "out.json"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_FALSE(r.err.empty());
  EXPECT_FALSE(fs::exists(work() / "out.json"));
}

// eval without --gold is a usage error naming it.
TEST_F(Usage, EvalWithoutGoldExits2) {
  put("corpus/a.txt", kXiaoganReport);
  const RunResult r = run({"eval", "corpus"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("--gold"));
}

// eval with a --gold directory that does not exist is a usage error.
TEST_F(Usage, EvalWithMissingGoldDirectoryExits2) {
  put("corpus/a.txt", kXiaoganReport);
  const RunResult r = run({"eval", "--gold", "no-such-dir", "corpus"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_FALSE(r.err.empty());
}

// explain with an entity but no inputs is a usage error.
TEST_F(Usage, ExplainWithoutInputsExits2) {
  const RunResult r = run({"explain", "龚瑞平"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_FALSE(r.err.empty());
}

// A --min-confidence outside [0, 1] is a usage error.
TEST_F(Usage, MinConfidenceOutOfRangeExits2) {
  put("a.txt", kXiaoganReport);
  const RunResult r = run({"build", "a.txt", "-o", "out.json", "--min-confidence", "1.5"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_FALSE(fs::exists(work() / "out.json"));
}

}  // namespace
}  // namespace parkgraph::cli_testing
