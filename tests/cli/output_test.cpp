// Output files: determinism across thread counts and runs, and atomic replacement (a failed
// write leaves an existing file whole and no temporary behind).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class Output : public CliTest {
 protected:
  // Six hand-written reports with shared entities, so that merging across documents matters.
  void put_corpus() {
    put("corpus/01_xiaogan.txt", kXiaoganReport);
    put("corpus/02_zhuzhou.txt", kZhuzhouReport);
    put("corpus/03_followup.txt", kZhuzhouFollowUp);
    put("corpus/04_jingmen.txt", kJingmenReport);
    put("corpus/05_suzhou.txt", kSuzhouReport);
    put("corpus/06_mixed.txt",
        std::string(kJingmenReport) + std::string(kZhuzhouFollowUp) + std::string(kXiaoganReport));
  }
};

// -j1 and -j4 over the same inputs give byte-identical JSON and Turtle.
TEST_F(Output, ThreadCountDoesNotChangeOutput) {
  put_corpus();
  const RunResult one = run({"build", "corpus", "-j", "1", "-o", "one.json", "-o", "one.ttl"});
  ASSERT_EQ(one.exit_code, 0) << describe(one);
  const RunResult four = run({"build", "corpus", "-j", "4", "-o", "four.json", "-o", "four.ttl"});
  ASSERT_EQ(four.exit_code, 0) << describe(four);
  const std::string json = read_file(work() / "one.json");
  ASSERT_GT(json.size(), 1000u);
  EXPECT_TRUE(json == read_file(work() / "four.json")) << "JSON differs between -j1 and -j4";
  EXPECT_TRUE(read_file(work() / "one.ttl") == read_file(work() / "four.ttl"))
      << "Turtle differs between -j1 and -j4";
}

// On the seed corpus too (larger documents, more contention), when it is present.
TEST_F(Output, ThreadCountDoesNotChangeSeedOutput) {
  if (!fs::is_directory(kSeeds)) GTEST_SKIP() << "no seed corpus at " << kSeeds;
  const std::string seeds = kSeeds.string();
  const RunResult one = run({"build", seeds, "-j1", "-o", "one.json", "-o", "one.ttl"});
  ASSERT_EQ(one.exit_code, 0) << describe(one);
  const RunResult four = run({"build", seeds, "-j4", "-o", "four.json", "-o", "four.ttl"});
  ASSERT_EQ(four.exit_code, 0) << describe(four);
  EXPECT_TRUE(read_file(work() / "one.json") == read_file(work() / "four.json"));
  EXPECT_TRUE(read_file(work() / "one.ttl") == read_file(work() / "four.ttl"));
}

// Building twice gives the same bytes in every format.
TEST_F(Output, RunningTwiceGivesIdenticalBytes) {
  put_corpus();
  for (const char* run_name : {"a", "b"}) {
    std::vector<std::string> args{"build", "corpus"};
    for (const char* ext : {"json", "ttl", "nt", "nq", "dot", "html"}) {
      args.insert(args.end(), {"-o", std::string(run_name) + "." + ext});
    }
    const RunResult r = run(args);
    ASSERT_EQ(r.exit_code, 0) << describe(r);
  }
  for (const char* ext : {"json", "ttl", "nt", "nq", "dot", "html"}) {
    const std::string a = read_file(work() / (std::string("a.") + ext));
    EXPECT_FALSE(a.empty()) << ext;
    EXPECT_TRUE(a == read_file(work() / (std::string("b.") + ext))) << ext << " differs";
  }
}

// The order of the input arguments does not change the graph.
TEST_F(Output, InputOrderDoesNotChangeOutput) {
  put_corpus();
  const RunResult a = run({"build", "corpus/04_jingmen.txt", "corpus/02_zhuzhou.txt",
                           "corpus/01_xiaogan.txt", "-o", "a.json"});
  ASSERT_EQ(a.exit_code, 0) << describe(a);
  const RunResult b = run({"build", "corpus/01_xiaogan.txt", "corpus/04_jingmen.txt",
                           "corpus/02_zhuzhou.txt", "-o", "b.json"});
  ASSERT_EQ(b.exit_code, 0) << describe(b);
  EXPECT_TRUE(read_file(work() / "a.json") == read_file(work() / "b.json"));
}

// An output in a missing directory: exit 1, message naming it, nothing created.
TEST_F(Output, MissingOutputDirectoryExits1) {
  put("a.txt", kXiaoganReport);
  const RunResult r = run({"build", "a.txt", "-o", "no/such/dir/out.json"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("no/such/dir/out.json"));
  EXPECT_FALSE(fs::exists(work() / "no"));
  EXPECT_THAT(listing(), ElementsAre("a.txt"));
}

// An output path that is a directory: exit 1, directory untouched, no temporary left.
TEST_F(Output, OutputPathIsDirectoryExits1) {
  put("a.txt", kXiaoganReport);
  put("graph.json/keep.txt", "keep me");
  const RunResult r = run({"build", "a.txt", "-o", "graph.json"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("graph.json"));
  ASSERT_TRUE(fs::is_directory(work() / "graph.json"));
  EXPECT_EQ(read_file(work() / "graph.json" / "keep.txt"), "keep me");
  EXPECT_THAT(listing(), ElementsAre("a.txt", "graph.json"));
  EXPECT_THAT(listing(work() / "graph.json"), ElementsAre("keep.txt"));
}

// A write failing half way (EFBIG) leaves the existing output whole and no temporary; exit 1.
TEST_F(Output, FailedWriteKeepsExistingFile) {
  put("a.txt",
      std::string(kXiaoganReport) + std::string(kJingmenReport) + std::string(kZhuzhouReport));
  // Premise: the graph is larger than the limit set below (1 block of 512 or 1024 bytes).
  ASSERT_EQ(run({"build", "a.txt", "-o", "probe.json"}).exit_code, 0);
  ASSERT_GT(fs::file_size(work() / "probe.json"), 2048u);
  fs::remove(work() / "probe.json");

  const std::string old_content = "{\"entities\": [], \"relations\": [], \"note\": \"old\"}\n";
  put("graph.json", old_content);
  const RunResult r = run({"build", "a.txt", "-o", "graph.json"}, "trap '' XFSZ; ulimit -f 1; ");
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("graph.json"));
  EXPECT_EQ(read_file(work() / "graph.json"), old_content);
  EXPECT_THAT(listing(), ElementsAre("a.txt", "graph.json"));
}

// A successful build replaces an existing output file completely.
TEST_F(Output, SuccessfulBuildReplacesExistingFile) {
  put("a.txt", kXiaoganReport);
  put("graph.json", std::string(100000, 'x'));
  const RunResult r = run({"build", "a.txt", "-o", "graph.json"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto json = load_json(work() / "graph.json");
  ASSERT_TRUE(json);
  EXPECT_NE(find_entity(*json, "Person", "龚瑞平"), nullptr);
  EXPECT_THAT(listing(), ElementsAre("a.txt", "graph.json"));
}

}  // namespace
}  // namespace parkgraph::cli_testing
