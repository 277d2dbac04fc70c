// Line records of one document (parkgraph extract / merge): written and read back, they
// give the extraction again; RDF lines use the IRIs a whole-corpus export uses.
#include <gtest/gtest.h>

#include <sstream>

#include "parkgraph/extract.hpp"
#include "parkgraph/lines.hpp"
#include "parkgraph/resolve.hpp"

namespace parkgraph {
namespace {

const Extractor& extractor() {
  static const Extractor instance;
  return instance;
}

// Covers all three record kinds: mentions, an amount (attribute) and relations.
const char* const kStory =
    "武汉星河新材料有限公司与东湖高新区管委会签约。星河新材料产业园项目总投资12亿元，于2024年3月5日"
    "开工。";

TEST(Lines, JsonRecordsReadBackIntoTheSameExtraction) {
  const Extraction original = extractor().extract("a.txt", kStory);
  ASSERT_FALSE(original.facts.empty());
  ASSERT_FALSE(original.attributes.empty());
  std::istringstream in(extraction_to_json_lines(original));
  ExtractionLineReader reader(in, "shard");
  std::vector<LineProblem> problems;
  const auto read = reader.next(problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_TRUE(read.has_value());
  EXPECT_FALSE(reader.next(problems).has_value());
  // Same graph from the original and from the records.
  const auto graph_of = [](const Extraction& ex) {
    return serialize(build_graph(std::span(&ex, 1)), Format::Json);
  };
  EXPECT_EQ(graph_of(original), graph_of(*read));
}

TEST(Lines, ConsecutiveLinesOfADocumentMakeOneExtraction) {
  const Extraction a = extractor().extract("a.txt", kStory);
  const Extraction b = extractor().extract("b.txt", "李明任东湖高新区管委会主任。");
  std::istringstream in(extraction_to_json_lines(a) + "\n" + extraction_to_json_lines(b));
  ExtractionLineReader reader(in, "shard");
  std::vector<LineProblem> problems;
  const auto first = reader.next(problems);
  const auto second = reader.next(problems);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->doc, "a.txt");
  EXPECT_EQ(second->doc, "b.txt");
  EXPECT_EQ(first->mentions.size(), a.mentions.size());
  EXPECT_EQ(second->facts.size(), b.facts.size());
  EXPECT_TRUE(problems.empty());
}

TEST(Lines, MalformedRecordsAreReportedByLineAndSkipped) {
  const Extraction a = extractor().extract("a.txt", kStory);
  std::string lines = extraction_to_json_lines(a);
  lines += "{broken\n";
  lines += R"({"doc": "a.txt", "kind": "relation", "type": "flewTo"})"
           "\n";
  std::istringstream in(lines);
  ExtractionLineReader reader(in, "s.jsonl");
  std::vector<LineProblem> problems;
  const auto read = reader.next(problems);
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->facts.size(), a.facts.size());
  ASSERT_EQ(problems.size(), 2u);
  const auto count = static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n'));
  EXPECT_EQ(problems[0].where, "s.jsonl:" + std::to_string(count - 1));
  EXPECT_NE(problems[1].message.find("flewTo"), std::string::npos);
}

TEST(Lines, RdfLinesUseTheIrisOfAWholeCorpusExport) {
  const Extraction a = extractor().extract("a.txt", kStory);
  const std::string lines = extraction_to_rdf_lines(a, Format::NTriples);
  const std::string whole = serialize(build_graph(std::span(&a, 1)), Format::NTriples);
  EXPECT_EQ(lines, whole);
  const std::string quads = extraction_to_rdf_lines(a, Format::NQuads);
  EXPECT_NE(quads.find("a.txt"), std::string::npos);
  EXPECT_THROW(extraction_to_rdf_lines(a, Format::Turtle), ExportError);
}

}  // namespace
}  // namespace parkgraph
