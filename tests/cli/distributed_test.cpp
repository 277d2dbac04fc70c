// The distributed recipe, run locally: split JSON lines into shards, run `parkgraph extract`
// on each in parallel, `parkgraph merge` the outputs, compare with one `parkgraph build`.
#include <nlohmann/json.hpp>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

const fs::path kExamples = fs::path(PARKGRAPH_SOURCE_DIR) / "examples" / "corpus";

class Distributed : public CliTest {
 protected:
  // Every example text as one JSON line {"id": file name, "text": ...}, sorted by name.
  std::vector<std::string> example_lines() const {
    std::vector<fs::path> files;
    for (const auto& item : fs::directory_iterator(kExamples))
      if (item.path().extension() == ".txt") files.push_back(item.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> lines;
    for (const auto& file : files) {
      nlohmann::json line = {{"id", file.filename().string()}, {"text", read_file(file)}};
      lines.push_back(line.dump());
    }
    return lines;
  }
};

TEST_F(Distributed, ShardsExtractedInParallelAndMergedEqualOneBuild) {
  const auto lines = example_lines();
  ASSERT_GE(lines.size(), 4u);
  std::string first;
  std::string second;
  for (std::size_t i = 0; i < lines.size(); ++i) (i % 2 == 0 ? first : second) += lines[i] + "\n";
  put("part-0.jsonl", first);
  put("part-1.jsonl", second);
  const std::string bin = command_line({});
  const RunResult shards = run_shell(bin + " extract -j 2 < part-0.jsonl > out-0.jsonl & " + bin +
                                     " extract -j 1 part-1.jsonl > out-1.jsonl & wait");
  ASSERT_EQ(shards.exit_code, 0) << shards.err;
  // The reducer sees the shards in either order.
  const RunResult merged =
      run({"merge", "out-1.jsonl", "out-0.jsonl", "-o", "merged.json", "-o", "merged.ttl"});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  const RunResult single =
      run({"build", kExamples.string(), "-o", "single.json", "-o", "single.ttl"});
  ASSERT_EQ(single.exit_code, 0) << single.err;
  EXPECT_EQ(read_file(work() / "merged.json"), read_file(work() / "single.json"));
  EXPECT_EQ(read_file(work() / "merged.ttl"), read_file(work() / "single.ttl"));
  const auto graph = load_json(work() / "merged.json");
  ASSERT_TRUE(graph);
  EXPECT_GT(graph->at("entities").size(), 20u);
}

TEST_F(Distributed, ExtractWritesOneJsonRecordPerLineAndNTriplesThatParse) {
  const auto lines = example_lines();
  put("in.jsonl", lines[0] + "\n");
  const RunResult json = run_shell(command_line({"extract"}) + " < in.jsonl");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  std::istringstream records(json.out);
  std::size_t count = 0;
  for (std::string line; std::getline(records, line); ++count) {
    const auto record = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(record.is_discarded()) << line;
    EXPECT_TRUE(record.contains("doc") && record.contains("kind")) << line;
  }
  EXPECT_GT(count, 5u);
  const RunResult nt =
      run_shell(command_line({"extract", "--format", "nt"}) + " < in.jsonl > doc.nt");
  ASSERT_EQ(nt.exit_code, 0) << nt.err;
  if (have_tool("rapper")) {
    const RunResult parsed = run_shell("rapper -q -i ntriples -c doc.nt");
    EXPECT_EQ(parsed.exit_code, 0) << parsed.err;
  }
}

TEST_F(Distributed, BadLinesAreReportedTheRestIsExtractedAndTheExitCodeSaysSo) {
  const auto lines = example_lines();
  put("in.jsonl", lines[0] + "\n{\"id\": 3}\nnot json\n" + lines[1] + "\n");
  const RunResult r = run_shell(command_line({"extract"}) + " < in.jsonl > out.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("stdin:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("stdin:3"), std::string::npos) << r.err;
  const std::string out = read_file(work() / "out.jsonl");
  const auto id = [](const std::string& line) {
    return nlohmann::json::parse(line).at("id").get<std::string>();
  };
  EXPECT_NE(out.find("\"doc\":\"" + id(lines[0]) + "\""), std::string::npos);
  EXPECT_NE(out.find("\"doc\":\"" + id(lines[1]) + "\""), std::string::npos);
}

TEST_F(Distributed, MergeReportsAMalformedShardLineAndStillWritesTheGraph) {
  const auto lines = example_lines();
  put("in.jsonl", lines[0] + "\n");
  ASSERT_EQ(run_shell(command_line({"extract"}) + " < in.jsonl > out.jsonl").exit_code, 0);
  put("bad.jsonl", "{\"doc\": \"x\", \"kind\": \"mention\"}\n");
  const RunResult r = run({"merge", "out.jsonl", "bad.jsonl", "missing.jsonl", "-o", "g.json"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.jsonl:1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.jsonl"), std::string::npos) << r.err;
  const auto graph = load_json(work() / "g.json");
  ASSERT_TRUE(graph);
  EXPECT_FALSE(graph->at("entities").empty());
}

TEST_F(Distributed, ExtractRejectsAFormatItCannotWriteALineAtATime) {
  const RunResult r = run({"extract", "--format", "ttl"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("json, nt or nq"), std::string::npos);
}

}  // namespace
}  // namespace parkgraph::cli_testing

namespace parkgraph::cli_testing {
namespace {

class Streaming : public CliTest {};

// The caps bound memory on large corpora: a firm named in many documents keeps the first
// mentions, counts all, and its relation keeps the first documents.
TEST_F(Streaming, CapsKeepTheFirstMentionsAndDocuments) {
  for (int i = 0; i < 6; ++i) {
    put("c/d" + std::to_string(i) + ".txt",
        "远航科技有限公司落户东湖高新区。远航科技有限公司投产。\n");
  }
  const RunResult r =
      run({"build", "c", "--max-mentions", "3", "--max-documents", "2", "-o", "g.json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto graph = load_json(work() / "g.json");
  ASSERT_TRUE(graph);
  const auto* firm = find_entity(*graph, "Company", "远航科技有限公司");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->at("mentions").size(), 3u) << firm->dump();
  EXPECT_EQ(firm->at("mentionCount"), 12) << firm->dump();  // 6 documents, 2 mentions each
  std::size_t located = 0;
  for (const auto& relation : graph->at("relations")) located += relation.at("type") == "locatedIn";
  EXPECT_EQ(located, 2u);
}

TEST_F(Streaming, NoProgressLineWhenStandardErrorIsNotATerminal) {
  put("c/a.txt", "远航科技有限公司落户东湖高新区。\n");
  const RunResult r = run({"build", "c", "-o", "g.json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("MB/s"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
}

}  // namespace
}  // namespace parkgraph::cli_testing

namespace parkgraph::cli_testing {
namespace {

class ProgressLine : public CliTest {};

// `script` (util-linux, essential in Debian) gives the program a terminal as standard error.
TEST_F(ProgressLine, ShownOnATerminalAndClearedAtTheEnd) {
  if (!have_tool("script")) GTEST_SKIP() << "script(1) not installed";
  put("c/a.txt", "远航科技有限公司落户东湖高新区。\n");
  const RunResult r = run_shell("script -qec " +
                                quote(command_line({"build", "c", "-o", "g.json"})) + " /dev/null");
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 documents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("MB/s"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\r\033[K"), std::string::npos);  // the line is cleared before exiting
  const RunResult quiet = run_shell(
      "script -qec " + quote(command_line({"build", "c", "-o", "g.json", "--no-progress"})) +
      " /dev/null");
  EXPECT_EQ(quiet.out.find("MB/s"), std::string::npos) << quiet.out;
}

}  // namespace
}  // namespace parkgraph::cli_testing
