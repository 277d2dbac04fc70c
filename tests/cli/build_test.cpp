// `parkgraph build`: output formats chosen by extension or --format, standard input,
// directories, user alias and stop lists.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

class Build : public CliTest {};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// Whitespace-separated terms of an N-Triples/N-Quads line before the final " ." (IRIs
// and the escaped literals of this exporter hold no spaces in these lines).
std::size_t term_count(const std::string& line) {
  std::istringstream in(line);
  std::size_t n = 0;
  for (std::string term; in >> term;) ++n;
  return n - 1;  // the final "."
}

// The line stating the holdsPosition relation.
std::string holds_position_line(const std::string& text) {
  for (const auto& line : lines_of(text)) {
    if (line.find("#holdsPosition>") != std::string::npos) return line;
  }
  return "";
}

// One run with six -o writes each file in the format its extension names.
TEST_F(Build, WritesEveryFormatChosenByExtension) {
  put("xiaogan.txt", kXiaoganReport);
  const RunResult r = run({"build", "xiaogan.txt", "-o", "g.ttl", "-o", "g.nt", "-o", "g.nq", "-o",
                           "g.json", "-o", "g.dot", "-o", "g.html"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);

  const auto json = load_json(work() / "g.json");
  ASSERT_TRUE(json);
  ASSERT_NE(find_entity(*json, "Person", "龚瑞平"), nullptr) << json->dump(1);

  const std::string ttl = read_file(work() / "g.ttl");
  EXPECT_THAT(ttl, HasSubstr("@prefix"));
  EXPECT_THAT(ttl, HasSubstr("龚瑞平"));

  const std::string nt = read_file(work() / "g.nt");
  ASSERT_THAT(nt, Not(IsEmpty()));
  EXPECT_THAT(nt, Not(HasSubstr("@prefix")));
  for (const auto& line : lines_of(nt)) {
    EXPECT_TRUE(line.ends_with(" .")) << line;
    EXPECT_EQ(term_count(line), 3u) << line;
  }

  const std::string nq = read_file(work() / "g.nq");
  EXPECT_THAT(nq, Not(HasSubstr("@prefix")));
  // Without --provenance N-Quads hold one graph, like N-Triples; with it the relation is also
  // stated in its document's graph (tests/cli/rdf_files_test.cpp, tests/export/rdf_test.cpp).
  const std::string nq_relation = holds_position_line(nq);
  ASSERT_FALSE(nq_relation.empty()) << nq;
  EXPECT_EQ(term_count(nq_relation), 3u) << nq_relation;
  const RunResult p = run({"build", "xiaogan.txt", "--provenance", "-o", "p.nq"});
  ASSERT_EQ(p.exit_code, 0) << describe(p);
  std::size_t in_document_graph = 0;
  for (const auto& line : lines_of(read_file(work() / "p.nq"))) {
    std::istringstream terms(line);
    std::string subject, predicate;
    terms >> subject >> predicate;
    if (predicate.ends_with("#holdsPosition>") && term_count(line) == 4u) {
      ++in_document_graph;
      EXPECT_THAT(line, HasSubstr("/doc/xiaogan.txt> ."));
    }
  }
  EXPECT_EQ(in_document_graph, 1u) << "a relation quad names its document graph";
  EXPECT_EQ(term_count(holds_position_line(nt)), 3u);

  const std::string dot = read_file(work() / "g.dot");
  EXPECT_THAT(dot, StartsWith("digraph"));
  EXPECT_THAT(dot, HasSubstr("龚瑞平"));

  const std::string html = read_file(work() / "g.html");
  EXPECT_THAT(html, StartsWith("<!DOCTYPE html>"));
  EXPECT_THAT(html, HasSubstr("龚瑞平"));
}

// --format applies to every output, whatever its extension.
TEST_F(Build, FormatOverridesExtension) {
  put("xiaogan.txt", kXiaoganReport);
  const RunResult r =
      run({"build", "xiaogan.txt", "-o", "graph.txt", "-o", "graph.json", "--format", "ttl"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(read_file(work() / "graph.txt"), HasSubstr("@prefix"));
  EXPECT_THAT(read_file(work() / "graph.json"), HasSubstr("@prefix"));

  const RunResult dot = run({"build", "xiaogan.txt", "-o", "graph.out", "--format", "dot"});
  ASSERT_EQ(dot.exit_code, 0) << describe(dot);
  EXPECT_THAT(read_file(work() / "graph.out"), StartsWith("digraph"));
}

// -o takes one file: inputs may follow it (build -o g.json news.txt).
TEST_F(Build, OutputOptionTakesOneFile) {
  put("xiaogan.txt", kXiaoganReport);
  const RunResult r = run({"build", "-o", "graph.json", "xiaogan.txt", "-o", "graph.ttl"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(fs::exists(work() / "graph.json"));
  EXPECT_TRUE(fs::exists(work() / "graph.ttl"));
  EXPECT_THAT(read_file(work() / "graph.json"), HasSubstr("xiaogan.txt"));
}

// An unknown extension without --format exits 2 before any work: no output at all is written.
TEST_F(Build, UnknownExtensionWithoutFormatExits2AndWritesNothing) {
  put("xiaogan.txt", kXiaoganReport);
  const auto before = listing();
  const RunResult r = run({"build", "xiaogan.txt", "-o", "good.json", "-o", "graph.xyz"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("graph.xyz"));
  EXPECT_EQ(listing(), before);
}

// An unknown --format name exits 2 and writes nothing.
TEST_F(Build, UnknownFormatNameExits2) {
  put("xiaogan.txt", kXiaoganReport);
  const RunResult r = run({"build", "xiaogan.txt", "-o", "out.json", "--format", "rdfxml"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("rdfxml"));
  EXPECT_FALSE(fs::exists(work() / "out.json"));
}

// `echo TEXT | parkgraph build - -o out.json` reads standard input as the document "stdin".
TEST_F(Build, ReadsStandardInput) {
  const RunResult r =
      run_shell("echo " + quote(std::string(kXiaoganReport.substr(0, kXiaoganReport.size() - 1))) +
                " | " + command_line({"build", "-", "-o", "out.json"}));
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto json = load_json(work() / "out.json");
  ASSERT_TRUE(json);
  const auto* person = find_entity(*json, "Person", "龚瑞平");
  ASSERT_NE(person, nullptr) << json->dump(1);
  std::set<std::string> docs;
  for (const auto& e : json->at("entities")) {
    for (const auto& m : e.at("mentions")) docs.insert(m.at("doc").get<std::string>());
  }
  for (const auto& rel : json->at("relations")) docs.insert(rel.at("doc").get<std::string>());
  EXPECT_EQ(docs, (std::set<std::string>{"stdin"}));
}

// A directory input reads every *.txt under it recursively, ignores other files, docs by name.
TEST_F(Build, DirectoryInputReadsTxtRecursively) {
  put("corpus/xiaogan.txt", kXiaoganReport);
  put("corpus/2024/06/jingmen.txt", kJingmenReport);
  put("corpus/notes.md", kSuzhouReport);
  const RunResult r = run({"build", "corpus", "-o", "out.json"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto json = load_json(work() / "out.json");
  ASSERT_TRUE(json);
  std::set<std::string> docs;
  for (const auto& e : json->at("entities")) {
    for (const auto& m : e.at("mentions")) docs.insert(m.at("doc").get<std::string>());
  }
  EXPECT_EQ(docs, (std::set<std::string>{"jingmen.txt", "xiaogan.txt"}));
  EXPECT_NE(find_entity(*json, "Company", "鸿拓国际集团"), nullptr) << json->dump(1);
  EXPECT_EQ(find_entity(*json, "Person", "沈建华"), nullptr) << "notes.md is not a .txt";
}

// Name variants in two input files are one entity with mentions in both documents.
TEST_F(Build, MergesEntityAcrossFiles) {
  put("zhuzhou.txt", kZhuzhouReport);
  put("followup.txt", kZhuzhouFollowUp);
  const RunResult r = run({"build", "zhuzhou.txt", "followup.txt", "-o", "out.json"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto json = load_json(work() / "out.json");
  ASSERT_TRUE(json);
  const auto* park = find_entity(*json, "Park", "株洲市高新区");
  ASSERT_NE(park, nullptr) << json->dump(1);
  EXPECT_EQ(park, find_entity(*json, "Park", "株洲高新技术产业开发区")) << json->dump(1);
  std::set<std::string> docs;
  for (const auto& m : park->at("mentions")) docs.insert(m.at("doc").get<std::string>());
  EXPECT_EQ(docs, (std::set<std::string>{"followup.txt", "zhuzhou.txt"}));
  const auto* firm = find_entity(*json, "Company", "鸿拓国际集团");
  ASSERT_NE(firm, nullptr) << json->dump(1);
  EXPECT_EQ(firm, find_entity(*json, "Company", "鸿拓集团")) << json->dump(1);
}

// --stoplist removes a name from the output.
TEST_F(Build, StoplistOptionDropsName) {
  put("xiaogan.txt", kXiaoganReport);
  put("stop.txt", "# never output\n龚瑞平\n");
  const RunResult r = run({"build", "xiaogan.txt", "-o", "out.json", "--stoplist", "stop.txt"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto json = load_json(work() / "out.json");
  ASSERT_TRUE(json);
  EXPECT_EQ(find_entity(*json, "Person", "龚瑞平"), nullptr) << json->dump(1);
  EXPECT_NE(find_entity(*json, "Park", "孝感高新区"), nullptr) << json->dump(1);
}

// --aliases with a malformed line fails with the file and line named, exit 1.
TEST_F(Build, MalformedAliasFileNamesLine) {
  put("xiaogan.txt", kXiaoganReport);
  put("aliases.tsv", "# alias\tname\n孝感高新区\t孝感高新技术产业开发区\n没有制表符的一行\n");
  const RunResult r = run({"build", "xiaogan.txt", "-o", "out.json", "--aliases", "aliases.tsv"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("aliases.tsv:3"));
}

// --min-confidence 1 leaves out everything the rules are not certain of.
TEST_F(Build, MinConfidenceOptionFilters) {
  put("xiaogan.txt", kXiaoganReport);
  ASSERT_EQ(run({"build", "xiaogan.txt", "-o", "all.json"}).exit_code, 0);
  const RunResult r = run({"build", "xiaogan.txt", "-o", "strict.json", "--min-confidence", "1"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto all = load_json(work() / "all.json");
  const auto strict = load_json(work() / "strict.json");
  ASSERT_TRUE(all && strict);
  ASSERT_FALSE(all->at("entities").empty());
  EXPECT_LT(strict->at("entities").size(), all->at("entities").size());
  for (const auto& e : strict->at("entities")) {
    EXPECT_GE(e.at("confidence").get<double>(), 1.0) << e.dump();
  }
}

}  // namespace
}  // namespace parkgraph::cli_testing
