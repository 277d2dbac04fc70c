// evaluate() and format_scores() against a gold directory written by the test and a
// knowledge graph built by hand: exact counts for each scoring rule of GUIDELINES.md.
#include "parkgraph/evaluate.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph_test_support.hpp"

namespace parkgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kDoc = "007_scoring.txt";

struct GoldEntity {
  std::string id;
  std::string type;
  std::string name;
  std::vector<std::string> aliases;
};

struct GoldRelation {
  std::string head;
  std::string type;
  std::string tail;
};

// Writes <dir>/<doc>.json in the gold format.
void write_gold(const std::filesystem::path& dir, const std::string& doc,
                const std::vector<GoldEntity>& entities,
                const std::vector<GoldRelation>& relations) {
  nlohmann::json j;
  j["doc"] = doc;
  j["entities"] = nlohmann::json::array();
  for (const auto& e : entities) {
    j["entities"].push_back(
        {{"id", e.id}, {"type", e.type}, {"name", e.name}, {"aliases", e.aliases}});
  }
  j["relations"] = nlohmann::json::array();
  for (const auto& r : relations) {
    j["relations"].push_back({{"head", r.head}, {"type", r.type}, {"tail", r.tail}});
  }
  j["attributes"] = nlohmann::json::array();
  graph_testing::write_text(dir / (doc + ".json"), j.dump(2));
}

// A knowledge graph assembled vertex by vertex, as a system's output would be.
class GraphBuilder {
 public:
  Vertex add(const std::string& id, EntityType type, const std::string& name,
             std::vector<std::string> aliases = {}, const std::string& doc = kDoc) {
    Entity e;
    e.id = id;
    e.type = type;
    e.name = name;
    e.aliases = std::move(aliases);
    e.mentions = {{doc, 0, 1, name}};
    e.confidence = 0.9;
    return boost::add_vertex(std::move(e), graph_);
  }
  void relate(Vertex head, RelationType type, Vertex tail, const std::string& doc = kDoc,
              const std::string& title = "") {
    Relation r;
    r.type = type;
    r.doc = doc;
    r.title = title;
    r.evidence = "句子";
    r.confidence = 0.8;
    r.rule = "test";
    boost::add_edge(head, tail, r, graph_);
  }
  [[nodiscard]] KnowledgeGraph build() const { return KnowledgeGraph(graph_); }

 private:
  BoostGraph graph_;
};

void expect_counts(const Counts& c, std::size_t tp, std::size_t predicted, std::size_t gold,
                   std::size_t recalled, const char* what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(c.true_positives, tp);
  EXPECT_EQ(c.predicted, predicted);
  EXPECT_EQ(c.gold, gold);
  EXPECT_EQ(c.recalled, recalled);
}

bool has_error(const Scores& s, const std::string& a, const std::string& b) {
  return std::any_of(s.errors.begin(), s.errors.end(), [&](const std::string& line) {
    return line.find(a) != std::string::npos && line.find(b) != std::string::npos;
  });
}

// Precision, recall and F1 from counts, and 0 instead of a division by zero.
TEST(Counts, PrecisionRecallF1) {
  Counts c;
  c.true_positives = 3;
  c.predicted = 4;
  c.gold = 6;
  c.recalled = 2;
  EXPECT_DOUBLE_EQ(c.precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.recall(), 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(c.f1(), 2 * 0.75 * (1.0 / 3.0) / (0.75 + 1.0 / 3.0));
  const Counts empty;
  EXPECT_EQ(empty.precision(), 0.0);
  EXPECT_EQ(empty.recall(), 0.0);
  EXPECT_EQ(empty.f1(), 0.0);
  Counts sum = c;
  sum += c;
  expect_counts(sum, 6, 8, 12, 4, "sum");
}

// A prediction whose name is not gold's but which shares a gold alias (鸿拓集团) is a hit.
TEST(Evaluate, EntityMatchedThroughAlias) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc, {{"e1", "Company", "鸿拓国际集团", {"鸿拓集团"}}}, {});
  GraphBuilder b;
  b.add("company/鸿拓", EntityType::Company, "鸿拓国际集团有限公司", {"鸿拓集团"});
  const Scores s = evaluate(b.build(), gold.path());
  EXPECT_EQ(s.documents, 1u);
  expect_counts(s.core_entities, 1, 1, 1, 1, "core");
  EXPECT_DOUBLE_EQ(s.core_entities.f1(), 1.0);
  EXPECT_TRUE(s.errors.empty()) << s.errors.front();
}

// A predicted name equal to a gold alias (not the gold name) is a hit too.
TEST(Evaluate, PredictedNameEqualToGoldAlias) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc, {{"e1", "Park", "孝感高新区", {"孝感高新技术产业开发区"}}}, {});
  GraphBuilder b;
  b.add("park/孝感高新区", EntityType::Park, "孝感高新技术产业开发区");
  expect_counts(evaluate(b.build(), gold.path()).core_entities, 1, 1, 1, 1, "core");
}

// A right name with the wrong type counts as a miss and a false node.
TEST(Evaluate, TypeMismatchIsMissAndFalseNode) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc, {{"e1", "Project", "鸿拓隔膜产业园项目", {}}}, {});
  GraphBuilder b;
  b.add("park/鸿拓隔膜产业园项目", EntityType::Park, "鸿拓隔膜产业园项目");
  const Scores s = evaluate(b.build(), gold.path());
  expect_counts(s.core_entities, 0, 1, 1, 0, "core");
  expect_counts(s.by_entity_type.at("Project"), 0, 0, 1, 0, "Project");
  expect_counts(s.by_entity_type.at("Park"), 0, 1, 0, 0, "Park");
  EXPECT_TRUE(has_error(s, "missed", "鸿拓隔膜产业园项目"));
  EXPECT_TRUE(has_error(s, "false", "鸿拓隔膜产业园项目"));
}

// Name and alias output as two nodes for one gold entity: one hit and one false node.
TEST(Evaluate, TwoNodesForOneGoldEntityAreOneHitAndOneFalseNode) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc, {{"e1", "Park", "孝感高新区", {"孝感高新技术产业开发区"}}}, {});
  GraphBuilder b;
  b.add("park/孝感高新区", EntityType::Park, "孝感高新区");
  b.add("park/孝感高新技术产业开发区", EntityType::Park, "孝感高新技术产业开发区");
  expect_counts(evaluate(b.build(), gold.path()).core_entities, 1, 2, 1, 1, "core");
}

// Locations are scored apart from the five core types.
TEST(Evaluate, LocationsScoredSeparately) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc,
             {{"e1", "Location", "荆门市", {}},
              {"e2", "Location", "湖北省", {}},
              {"e3", "Person", "许明远", {}}},
             {});
  GraphBuilder b;
  b.add("location/荆门市", EntityType::Location, "荆门市");
  b.add("location/沙洋县", EntityType::Location, "沙洋县");
  b.add("person/许明远", EntityType::Person, "许明远");
  const Scores s = evaluate(b.build(), gold.path());
  expect_counts(s.location_entities, 1, 2, 2, 1, "Location");
  expect_counts(s.core_entities, 1, 1, 1, 1, "core");
}

// Entities and relations not in the gold document are invisible to its scores.
TEST(Evaluate, OtherDocumentsAreIgnored) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc, {{"e1", "Person", "许明远", {}}}, {});
  GraphBuilder b;
  const Vertex p = b.add("person/许明远", EntityType::Person, "许明远");
  const Vertex other = b.add("company/鸿拓", EntityType::Company, "鸿拓集团", {}, "elsewhere.txt");
  b.relate(p, RelationType::HoldsPosition, other, "elsewhere.txt", "董事长");
  const Scores s = evaluate(b.build(), gold.path());
  expect_counts(s.core_entities, 1, 1, 1, 1, "core");
  expect_counts(s.relations, 0, 0, 0, 0, "relations");
}

// locatedIn to a grandparent is correct via the gold closure but does not recall the parent.
TEST(Evaluate, LocatedInToGrandparentCorrectThroughClosure) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc,
             {{"p", "Park", "孝感高新区", {}},
              {"c", "Location", "孝感市", {}},
              {"h", "Location", "湖北省", {}}},
             {{"p", "locatedIn", "c"}, {"c", "locatedIn", "h"}});
  GraphBuilder b;
  const Vertex park = b.add("park/孝感高新区", EntityType::Park, "孝感高新区");
  b.add("location/孝感市", EntityType::Location, "孝感市");
  const Vertex province = b.add("location/湖北省", EntityType::Location, "湖北省");
  b.relate(park, RelationType::LocatedIn, province);
  const Scores s = evaluate(b.build(), gold.path());
  expect_counts(s.relations, 1, 1, 2, 0, "relations");
  EXPECT_DOUBLE_EQ(s.relations.precision(), 1.0);
  EXPECT_DOUBLE_EQ(s.relations.recall(), 0.0);
}

// partOf and locatedIn are interchangeable for containment (党工委 of a park).
TEST(Evaluate, PartOfAcceptedForGoldLocatedIn) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc,
             {{"o", "Organization", "孝感高新区党工委", {}}, {"p", "Park", "孝感高新区", {}}},
             {{"o", "locatedIn", "p"}});
  GraphBuilder b;
  const Vertex organ =
      b.add("organization/孝感高新区党工委", EntityType::Organization, "孝感高新区党工委");
  const Vertex park = b.add("park/孝感高新区", EntityType::Park, "孝感高新区");
  b.relate(organ, RelationType::PartOf, park);
  expect_counts(evaluate(b.build(), gold.path()).relations, 1, 1, 1, 1, "relations");
}

// Containment has a direction: the park located in its own party committee is wrong.
TEST(Evaluate, ReversedContainmentIsWrong) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc, {{"p", "Park", "孝感高新区", {}}, {"c", "Location", "孝感市", {}}},
             {{"p", "locatedIn", "c"}});
  GraphBuilder b;
  const Vertex park = b.add("park/孝感高新区", EntityType::Park, "孝感高新区");
  const Vertex city = b.add("location/孝感市", EntityType::Location, "孝感市");
  b.relate(city, RelationType::LocatedIn, park);
  expect_counts(evaluate(b.build(), gold.path()).relations, 0, 1, 1, 0, "relations");
}

// cooperatesWith is symmetric: predicted in the reverse direction it is right and recalls.
TEST(Evaluate, CooperatesWithMatchedInReverse) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc,
             {{"c", "Company", "鸿拓国际集团", {}}, {"g", "Organization", "荆门市人民政府", {}}},
             {{"c", "cooperatesWith", "g"}});
  GraphBuilder b;
  const Vertex firm = b.add("company/鸿拓", EntityType::Company, "鸿拓国际集团");
  const Vertex gov = b.add("organization/荆门人民政府", EntityType::Organization, "荆门市人民政府");
  b.relate(gov, RelationType::CooperatesWith, firm);
  const Scores s = evaluate(b.build(), gold.path());
  expect_counts(s.relations, 1, 1, 1, 1, "relations");
  expect_counts(s.by_relation_type.at("cooperatesWith"), 1, 1, 1, 1, "cooperatesWith");
}

// Other relations have a direction: holdsPosition from the firm to the person is wrong.
TEST(Evaluate, HoldsPositionReversedIsWrong) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc,
             {{"p", "Person", "许明远", {}}, {"c", "Company", "鸿拓国际集团", {}}},
             {{"p", "holdsPosition", "c"}});
  GraphBuilder b;
  const Vertex person = b.add("person/许明远", EntityType::Person, "许明远");
  const Vertex firm = b.add("company/鸿拓", EntityType::Company, "鸿拓国际集团");
  b.relate(firm, RelationType::HoldsPosition, person);
  expect_counts(evaluate(b.build(), gold.path()).relations, 0, 1, 1, 0, "relations");
}

// A relation of the wrong type between matched ends is a false relation and a miss.
TEST(Evaluate, WrongRelationTypeIsFalseAndMissed) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc,
             {{"c", "Company", "鸿拓国际集团", {}}, {"j", "Project", "鸿拓隔膜项目", {}}},
             {{"c", "investsIn", "j"}});
  GraphBuilder b;
  const Vertex firm = b.add("company/鸿拓", EntityType::Company, "鸿拓国际集团");
  const Vertex project = b.add("project/鸿拓隔膜", EntityType::Project, "鸿拓隔膜项目");
  b.relate(firm, RelationType::CooperatesWith, project);
  const Scores s = evaluate(b.build(), gold.path());
  expect_counts(s.relations, 0, 1, 1, 0, "relations");
  expect_counts(s.by_relation_type.at("investsIn"), 0, 0, 1, 0, "investsIn");
  expect_counts(s.by_relation_type.at("cooperatesWith"), 0, 1, 0, 0, "cooperatesWith");
}

// Every phenomenon in one document, counted exactly, and format_scores prints the numbers.
TEST(Evaluate, CombinedDocumentAndFormatScores) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), kDoc,
             {{"e1", "Park", "孝感高新区", {"孝感高新技术产业开发区"}},
              {"e2", "Location", "孝感市", {}},
              {"e3", "Location", "湖北省", {}},
              {"e4", "Company", "鸿拓国际集团", {"鸿拓集团"}},
              {"e5", "Organization", "荆门市人民政府", {}},
              {"e6", "Person", "许明远", {}},
              {"e7", "Project", "鸿拓隔膜产业园项目", {}}},
             {{"e1", "locatedIn", "e2"},
              {"e2", "locatedIn", "e3"},
              {"e4", "cooperatesWith", "e5"},
              {"e6", "holdsPosition", "e4"},
              {"e4", "investsIn", "e7"}});
  GraphBuilder b;
  const Vertex park = b.add("park/孝感高新区", EntityType::Park, "孝感高新技术产业开发区");
  const Vertex city = b.add("location/孝感市", EntityType::Location, "孝感市");
  const Vertex province = b.add("location/湖北省", EntityType::Location, "湖北省");
  const Vertex firm =
      b.add("company/鸿拓", EntityType::Company, "鸿拓国际集团有限公司", {"鸿拓集团"});
  const Vertex gov = b.add("organization/荆门人民政府", EntityType::Organization, "荆门市人民政府");
  const Vertex person = b.add("person/许明远", EntityType::Person, "许明远");
  const Vertex wrong = b.add("park/鸿拓隔膜产业园项目", EntityType::Park, "鸿拓隔膜产业园项目");
  b.relate(park, RelationType::LocatedIn, province);                    // right through the closure
  b.relate(city, RelationType::LocatedIn, province);                    // right
  b.relate(gov, RelationType::CooperatesWith, firm);                    // right, reversed
  b.relate(person, RelationType::HoldsPosition, firm, kDoc, "董事长");  // right
  b.relate(firm, RelationType::InvestsIn, wrong);                       // tail is a false node
  const Scores s = evaluate(b.build(), gold.path());

  EXPECT_EQ(s.documents, 1u);
  expect_counts(s.core_entities, 4, 5, 5, 4, "core");
  expect_counts(s.location_entities, 2, 2, 2, 2, "Location");
  expect_counts(s.relations, 4, 5, 5, 3, "relations");
  EXPECT_DOUBLE_EQ(s.relations.precision(), 0.8);
  EXPECT_DOUBLE_EQ(s.relations.recall(), 0.6);
  expect_counts(s.relations_by_doc.at(kDoc), 4, 5, 5, 3, "relations of the document");

  const std::string table = format_scores(s);
  EXPECT_THAT(table, HasSubstr("documents: 1"));
  EXPECT_THAT(
      table,
      HasSubstr("  core entities        P=0.800 R=0.800 F1=0.800  (tp 4, predicted 5, gold 5)"));
  EXPECT_THAT(
      table,
      HasSubstr("  Location entities    P=1.000 R=1.000 F1=1.000  (tp 2, predicted 2, gold 2)"));
  EXPECT_THAT(
      table,
      HasSubstr("  relations            P=0.800 R=0.600 F1=0.686  (tp 4, predicted 5, gold 5)"));
  EXPECT_THAT(
      table,
      HasSubstr("  Project              P=0.000 R=0.000 F1=0.000  (tp 0, predicted 0, gold 1)"));
  EXPECT_THAT(table, Not(HasSubstr("missed")));

  const std::string with_errors = format_scores(s, true);
  EXPECT_THAT(with_errors, HasSubstr("鸿拓隔膜产业园项目"));
  EXPECT_THAT(with_errors, HasSubstr("missed"));
  EXPECT_THAT(with_errors, HasSubstr(table));
}

// Counts add up over documents (micro average), one gold file per document.
TEST(Evaluate, SumsOverDocuments) {
  graph_testing::TempDir gold;
  write_gold(gold.path(), "a.txt", {{"e1", "Person", "许明远", {}}}, {});
  write_gold(gold.path(), "b.txt", {{"e1", "Person", "龚瑞平", {}}, {"e2", "Person", "许明远", {}}},
             {});
  graph_testing::write_text(gold.path() / "README.md", "not a gold file");
  GraphBuilder b;
  b.add("person/许明远", EntityType::Person, "许明远", {}, "a.txt");
  b.add("person/龚瑞平", EntityType::Person, "龚瑞平", {}, "b.txt");
  const Scores s = evaluate(b.build(), gold.path());
  EXPECT_EQ(s.documents, 2u);
  // a.txt: 1/1; b.txt: 龚瑞平 found, 许明远 has no mention in b.txt so it is missed.
  expect_counts(s.core_entities, 2, 2, 3, 2, "core");
}

// A gold file that is not a gold graph is an error naming the file.
TEST(Evaluate, MalformedGoldFileThrowsNamingIt) {
  graph_testing::TempDir gold;
  const auto bad = gold.path() / "broken.txt.json";
  graph_testing::write_text(bad, "{\"doc\": \"broken.txt\", \"entities\": [");
  try {
    (void)evaluate(KnowledgeGraph(), gold.path());
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("broken.txt.json"));
  }
}

}  // namespace
}  // namespace parkgraph
