// Resolution through the real extractor: name variants written in different documents
// become one entity, and building does not depend on the order of the documents.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "graph_test_support.hpp"
#include "parkgraph/export.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/resolve.hpp"

namespace parkgraph {
namespace {

using ::testing::Contains;

const Extractor& extractor() {
  static const Extractor instance;
  return instance;
}

// Every vertex of `type` whose name or an alias is `surface`.
std::vector<const Entity*> find(const KnowledgeGraph& graph, EntityType type,
                                const std::string& surface) {
  std::vector<const Entity*> out;
  for (const Vertex v : graph.find_by_name(surface)) {
    if (graph.entity(v).type == type) out.push_back(&graph.entity(v));
  }
  return out;
}

std::set<std::string> docs_of(const Entity& e) {
  std::set<std::string> docs;
  for (const auto& m : e.mentions) docs.insert(m.doc);
  return docs;
}

// "株洲市高新区" in one report and "株洲高新技术产业开发区" in another are one Park.
TEST(ResolveExtracted, ParkVariantsAcrossDocumentsAreOnePark) {
  const std::vector<Extraction> input{
      extractor().extract("short.txt",
                          "近日，株洲市高新区举行重大项目集中签约仪式，共签约项目12个。"),
      extractor().extract("long.txt",
                          "据了解，株洲高新技术产业开发区今年新增规模以上工业企业30家。")};
  const KnowledgeGraph graph = build_graph(input);
  const auto by_short = find(graph, EntityType::Park, "株洲市高新区");
  const auto by_long = find(graph, EntityType::Park, "株洲高新技术产业开发区");
  ASSERT_EQ(by_short.size(), 1u) << graph_testing::dump(graph);
  ASSERT_EQ(by_long.size(), 1u) << graph_testing::dump(graph);
  EXPECT_EQ(by_short[0], by_long[0]) << graph_testing::dump(graph);
  EXPECT_EQ(docs_of(*by_short[0]), (std::set<std::string>{"long.txt", "short.txt"}));
  EXPECT_EQ(by_short[0]->name, "株洲高新技术产业开发区");  // the fullest form
  EXPECT_THAT(by_short[0]->aliases, Contains("株洲市高新区"));
  std::size_t parks = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(graph.boost()))) {
    if (graph.entity(v).type == EntityType::Park) ++parks;
  }
  EXPECT_EQ(parks, 1u) << graph_testing::dump(graph);
}

// "鸿拓国际集团" in one report and its short form "鸿拓集团" in another are one Company.
TEST(ResolveExtracted, GroupShortFormIsOneCompany) {
  const std::vector<Extraction> input{
      extractor().extract("sign.txt", "6月3日，鸿拓国际集团与荆门市人民政府签署战略合作协议。"),
      extractor().extract("visit.txt", "鸿拓集团董事长许明远介绍，新工厂预计明年投产。")};
  const KnowledgeGraph graph = build_graph(input);
  const auto full = find(graph, EntityType::Company, "鸿拓国际集团");
  const auto short_form = find(graph, EntityType::Company, "鸿拓集团");
  ASSERT_EQ(full.size(), 1u) << graph_testing::dump(graph);
  ASSERT_EQ(short_form.size(), 1u) << graph_testing::dump(graph);
  EXPECT_EQ(full[0], short_form[0]) << graph_testing::dump(graph);
  EXPECT_EQ(full[0]->name, "鸿拓国际集团");
  EXPECT_EQ(docs_of(*full[0]), (std::set<std::string>{"sign.txt", "visit.txt"}));
}

// A firm written full-width (ＸＹＺ) and half-width is one Company named in NFKC form.
TEST(ResolveExtracted, FullWidthSpellingIsNormalisedInTheName) {
  const std::vector<Extraction> input{
      extractor().extract("fw.txt", "ＸＹＺ科技有限公司年产5万吨电池隔膜项目在株洲高新区开工。"),
      extractor().extract("hw.txt", "XYZ科技有限公司董事长许明远出席活动。")};
  const KnowledgeGraph graph = build_graph(input);
  const auto firm = find(graph, EntityType::Company, "XYZ科技有限公司");
  ASSERT_EQ(firm.size(), 1u) << graph_testing::dump(graph);
  EXPECT_EQ(docs_of(*firm[0]), (std::set<std::string>{"fw.txt", "hw.txt"}));
  EXPECT_EQ(firm[0]->name, "XYZ科技有限公司") << graph_testing::dump(graph);
}

const char* const kReports[] = {
    "近日，株洲市高新区举行重大项目集中签约仪式，鸿拓国际集团年产5万吨锂电池隔膜项目落户园区，总投"
    "资12亿元。",
    "据了解，株洲高新技术产业开发区今年新增规模以上工业企业30家，鸿拓集团董事长许明远表示将继续扩大"
    "投资。",
    "4月18日，孝感高新区党工委副书记、管委会主任龚瑞平表示，今年园区将新引进亿元以上项目20个。",
    "6月3日，鸿拓国际集团与荆门市人民政府签署战略合作协议，双方将在新材料领域开展合作。",
    "江苏省苏州市吴中区临湖镇的东山村近年来发展特色农业。",
};

std::vector<Extraction> extract_reports() {
  std::vector<Extraction> out;
  int n = 0;
  for (const char* text : kReports) {
    out.push_back(extractor().extract("report" + std::to_string(n++) + ".txt", text));
  }
  return out;
}

// build_graph over the extractions in any order gives byte-identical JSON and Turtle.
TEST(ResolveExtracted, BuildIsIndependentOfExtractionOrder) {
  const std::vector<Extraction> forward = extract_reports();
  std::vector<Extraction> backward(forward.rbegin(), forward.rend());
  std::vector<Extraction> shuffled{forward[2], forward[4], forward[0], forward[3], forward[1]};

  const KnowledgeGraph a = build_graph(forward);
  const KnowledgeGraph b = build_graph(backward);
  const KnowledgeGraph c = build_graph(shuffled);
  ASSERT_GT(a.entity_count(), 5u) << graph_testing::dump(a);
  ASSERT_GT(a.relation_count(), 2u) << graph_testing::dump(a);
  EXPECT_EQ(graph_testing::ids(a), graph_testing::ids(b));
  const std::string json = serialize(a, Format::Json);
  EXPECT_EQ(json, serialize(b, Format::Json));
  EXPECT_EQ(json, serialize(c, Format::Json));
  const std::string turtle = serialize(a, Format::Turtle);
  EXPECT_EQ(turtle, serialize(b, Format::Turtle));
  EXPECT_EQ(turtle, serialize(c, Format::Turtle));
}

// Extracting and building twice gives the same bytes (no hidden state, no addresses).
TEST(ResolveExtracted, BuildTwiceIsIdentical) {
  const std::string first = serialize(build_graph(extract_reports()), Format::Json);
  const std::string second = serialize(build_graph(extract_reports()), Format::Json);
  EXPECT_EQ(first, second);
}

}  // namespace
}  // namespace parkgraph
