// build_graph() over hand-made extractions: merging, naming, ordering, edge identity,
// confidence threshold, stop list and user aliases; the alias and stop-list readers.
#include "parkgraph/resolve.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "graph_test_support.hpp"

namespace parkgraph {
namespace {

using graph_testing::edges;
using graph_testing::entity_by_id;
using graph_testing::extraction;
using graph_testing::fact;
using graph_testing::ids;
using graph_testing::mention;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The id is the lower-case type name, a slash and the canonical key.
TEST(EntityId, IsLowerCaseTypeSlashKey) {
  EXPECT_EQ(entity_id(EntityType::Park, "襄阳高新区"), "park/襄阳高新区");
  EXPECT_EQ(entity_id(EntityType::Organization, "荆门人民政府"), "organization/荆门人民政府");
  EXPECT_NE(entity_id(EntityType::Park, "株洲高新区"),
            entity_id(EntityType::Organization, "株洲高新区"));
}

// Park variants with one key in two docs: one vertex, mentions in both, longest surface named.
TEST(BuildGraph, MergesSameTypeAndKeyAcrossDocuments) {
  Extraction b =
      extraction("b.txt", {mention(EntityType::Park, "株洲市高新区", "株洲高新区", 4, 10)}, {}, {});
  Extraction a =
      extraction("a.txt",
                 {mention(EntityType::Park, "株洲高新区", "株洲高新区", 20, 25),
                  mention(EntityType::Park, "株洲高新技术产业开发区", "株洲高新区", 0, 11)},
                 {}, {});
  const std::vector<Extraction> input{b, a};
  const KnowledgeGraph graph = build_graph(input);

  ASSERT_EQ(graph.entity_count(), 1u) << graph_testing::dump(graph);
  const Entity* park = entity_by_id(graph, "park/株洲高新区");
  ASSERT_NE(park, nullptr) << graph_testing::dump(graph);
  EXPECT_EQ(park->type, EntityType::Park);
  EXPECT_EQ(park->name, "株洲高新技术产业开发区");
  EXPECT_THAT(park->aliases, ElementsAre("株洲市高新区", "株洲高新区"));  // sorted, name excluded
  ASSERT_EQ(park->mentions.size(), 3u);
  // Sorted by (doc, start) whatever the input order.
  EXPECT_EQ(park->mentions[0], (MentionRef{"a.txt", 0, 11, "株洲高新技术产业开发区"}));
  EXPECT_EQ(park->mentions[1], (MentionRef{"a.txt", 20, 25, "株洲高新区"}));
  EXPECT_EQ(park->mentions[2], (MentionRef{"b.txt", 4, 10, "株洲市高新区"}));
}

// The same key under two types (a park and an organ named like it) stays two entities.
TEST(BuildGraph, SameKeyDifferentTypeStaysApart) {
  Extraction a = extraction("a.txt",
                            {mention(EntityType::Park, "株洲高新区", "株洲高新区", 0, 5),
                             mention(EntityType::Organization, "株洲高新区", "株洲高新区", 30, 35)},
                            {}, {});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a});
  EXPECT_THAT(ids(graph), ElementsAre("organization/株洲高新区", "park/株洲高新区"));
}

// The name is the NFKC-normalised surface (GUIDELINES "Names"), not a longer full-width original.
TEST(BuildGraph, NameIsTheNormalisedSurface) {
  Mention m = mention(EntityType::Company, "TCL科技集团", "TCL科技", 0, 7);
  m.original = "ＴＣＬ科技集团";
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{extraction("a.txt", {m})});
  ASSERT_EQ(graph.entity_count(), 1u);
  const Entity& e = graph.entity(0);
  EXPECT_EQ(e.name, "TCL科技集团") << graph_testing::dump(graph);
  EXPECT_EQ(graph.find_by_name("TCL科技集团").size(), 1u);
}

// Vertices come out sorted by id, not in the order mentions were met.
TEST(BuildGraph, SortsVerticesById) {
  Extraction a =
      extraction("a.txt",
                 {mention(EntityType::Person, "许明远", "许明远", 0, 3),
                  mention(EntityType::Location, "荆门市", "荆门市", 5, 8),
                  mention(EntityType::Company, "鸿拓国际集团", "鸿拓", 10, 16),
                  mention(EntityType::Park, "株洲高新区", "株洲高新区", 20, 25),
                  mention(EntityType::Organization, "荆门市人民政府", "荆门人民政府", 30, 37),
                  mention(EntityType::Project, "鸿拓隔膜项目", "鸿拓隔膜", 40, 46)},
                 {}, {});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a});
  const auto got = ids(graph);
  EXPECT_TRUE(std::is_sorted(got.begin(), got.end()));
  EXPECT_THAT(got, ElementsAre("company/鸿拓", "location/荆门市", "organization/荆门人民政府",
                               "park/株洲高新区", "person/许明远", "project/鸿拓隔膜"));
}

// An entity's confidence is the highest of its mentions'.
TEST(BuildGraph, EntityConfidenceIsHighestMentionConfidence) {
  Extraction a = extraction("a.txt",
                            {mention(EntityType::Company, "鸿拓集团", "鸿拓", 0, 4, 0.6),
                             mention(EntityType::Company, "鸿拓国际集团", "鸿拓", 10, 16, 0.95),
                             mention(EntityType::Company, "鸿拓", "鸿拓", 20, 22, 0.5)},
                            {}, {});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a});
  ASSERT_EQ(graph.entity_count(), 1u);
  EXPECT_DOUBLE_EQ(graph.entity(0).confidence, 0.95);
}

// One edge per (head, type, tail, doc), most confident evidence kept, edges in that order.
TEST(BuildGraph, RelationEdgesArePerHeadTypeTailDoc) {
  Extraction a = extraction("a.txt",
                            {mention(EntityType::Company, "鸿拓国际集团", "鸿拓", 0, 6),
                             mention(EntityType::Park, "株洲高新区", "株洲高新区", 7, 12),
                             mention(EntityType::Company, "鸿拓集团", "鸿拓", 20, 24)},
                            {fact(0, RelationType::PartOf, 1, "第三句"),
                             fact(0, RelationType::LocatedIn, 1, "第一句", 0.6),
                             fact(2, RelationType::LocatedIn, 1, "第二句", 0.9)},
                            {});
  Extraction b = extraction("b.txt",
                            {mention(EntityType::Company, "鸿拓集团", "鸿拓", 0, 4),
                             mention(EntityType::Park, "株洲高新区", "株洲高新区", 5, 10)},
                            {fact(0, RelationType::LocatedIn, 1, "另一篇")}, {});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{b, a});
  const auto got = edges(graph);
  ASSERT_EQ(got.size(), 3u) << graph_testing::dump(graph);
  EXPECT_EQ(got[0].head, "company/鸿拓");
  EXPECT_EQ(got[0].type, RelationType::LocatedIn);
  EXPECT_EQ(got[0].tail, "park/株洲高新区");
  EXPECT_EQ(got[0].doc, "a.txt");
  EXPECT_EQ(got[0].relation->evidence, "第二句");
  EXPECT_DOUBLE_EQ(got[0].relation->confidence, 0.9);
  EXPECT_EQ(got[1].type, RelationType::LocatedIn);
  EXPECT_EQ(got[1].doc, "b.txt");
  EXPECT_EQ(got[1].relation->evidence, "另一篇");
  EXPECT_EQ(got[2].type, RelationType::PartOf);
  EXPECT_EQ(got[2].doc, "a.txt");
  EXPECT_EQ(graph.relation_count(), 3u);
}

// holdsPosition keeps its title chain on the edge.
TEST(BuildGraph, HoldsPositionKeepsTitle) {
  Extraction a = extraction(
      "a.txt",
      {mention(EntityType::Person, "龚瑞平", "龚瑞平", 20, 23),
       mention(EntityType::Park, "孝感高新区", "孝感高新区", 0, 5)},
      {fact(0, RelationType::HoldsPosition, 1, "句子", 0.85, "党工委副书记、管委会主任")}, {});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a});
  const auto got = edges(graph);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].head, "person/龚瑞平");
  EXPECT_EQ(got[0].tail, "park/孝感高新区");
  EXPECT_EQ(got[0].relation->title, "党工委副书记、管委会主任");
}

// cooperatesWith A-B and B-A is one edge per document, pointing the same way in every document.
TEST(BuildGraph, CooperatesWithStoredOnceForBothDirections) {
  Extraction a =
      extraction("a.txt",
                 {mention(EntityType::Company, "鸿拓国际集团", "鸿拓", 0, 6),
                  mention(EntityType::Organization, "荆门市人民政府", "荆门人民政府", 7, 14)},
                 {fact(0, RelationType::CooperatesWith, 1, "甲"),
                  fact(1, RelationType::CooperatesWith, 0, "乙")},
                 {});
  Extraction b =
      extraction("b.txt",
                 {mention(EntityType::Organization, "荆门市人民政府", "荆门人民政府", 0, 7),
                  mention(EntityType::Company, "鸿拓集团", "鸿拓", 8, 12)},
                 {fact(0, RelationType::CooperatesWith, 1, "丙")}, {});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a, b});
  const auto got = edges(graph);
  ASSERT_EQ(got.size(), 2u) << graph_testing::dump(graph);
  EXPECT_EQ(got[0].doc, "a.txt");
  EXPECT_EQ(got[1].doc, "b.txt");
  EXPECT_EQ(got[0].head, got[1].head);
  EXPECT_EQ(got[0].tail, got[1].tail);
  EXPECT_NE(got[0].head, got[0].tail);
}

// min_confidence drops mentions and relations below it (and what hangs on them); equal is kept.
TEST(BuildGraph, MinConfidenceDropsLowConfidenceMentionsAndRelations) {
  Extraction a =
      extraction("a.txt",
                 {mention(EntityType::Company, "鸿拓国际集团", "鸿拓", 0, 6, 0.9),
                  mention(EntityType::Park, "新材料产业园", "新材料园", 7, 13, 0.3),
                  mention(EntityType::Location, "荆门市", "荆门市", 14, 17, 0.5),
                  mention(EntityType::Person, "许明远", "许明远", 20, 23, 0.95),
                  mention(EntityType::Company, "鸿拓集团", "鸿拓", 30, 34, 0.2)},
                 {fact(0, RelationType::LocatedIn, 1, "低置信度实体", 0.9),
                  fact(0, RelationType::LocatedIn, 2, "低置信度关系", 0.4),
                  fact(3, RelationType::HoldsPosition, 0, "保留", 0.5, "董事长"),
                  fact(3, RelationType::HoldsPosition, 4, "经由被丢弃的提及", 0.9, "总裁")},
                 {});
  ResolveOptions options;
  options.min_confidence = 0.5;
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a}, options);

  EXPECT_THAT(ids(graph), ElementsAre("company/鸿拓", "location/荆门市", "person/许明远"))
      << graph_testing::dump(graph);
  const Entity* company = entity_by_id(graph, "company/鸿拓");
  ASSERT_NE(company, nullptr);
  ASSERT_EQ(company->mentions.size(), 1u);
  EXPECT_EQ(company->mentions[0].start, 0u);
  EXPECT_TRUE(company->aliases.empty()) << "the dropped surface 鸿拓集团 must not become an alias";
  EXPECT_DOUBLE_EQ(company->confidence, 0.9);

  const auto got = edges(graph);
  ASSERT_EQ(got.size(), 1u) << graph_testing::dump(graph);
  EXPECT_EQ(got[0].head, "person/许明远");
  EXPECT_EQ(got[0].type, RelationType::HoldsPosition);
  EXPECT_EQ(got[0].tail, "company/鸿拓");
  EXPECT_EQ(got[0].relation->title, "董事长");
}

// With the default options nothing is dropped.
TEST(BuildGraph, DefaultOptionsKeepEverything) {
  Extraction a = extraction("a.txt",
                            {mention(EntityType::Company, "鸿拓国际集团", "鸿拓", 0, 6, 0.05),
                             mention(EntityType::Park, "新材料产业园", "新材料园", 7, 13, 0.01)},
                            {fact(0, RelationType::LocatedIn, 1, "句", 0.01)}, {});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a});
  EXPECT_EQ(graph.entity_count(), 2u);
  EXPECT_EQ(graph.relation_count(), 1u);
}

// A stop-listed name produces no vertex and no relation; other names are untouched.
TEST(BuildGraph, StoplistDropsName) {
  Extraction a = extraction("a.txt",
                            {mention(EntityType::Park, "园区", "园区", 0, 2),
                             mention(EntityType::Company, "鸿拓集团", "鸿拓", 3, 7),
                             mention(EntityType::Location, "荆门市", "荆门市", 8, 11)},
                            {fact(1, RelationType::LocatedIn, 0, "入驻园区"),
                             fact(1, RelationType::LocatedIn, 2, "位于荆门")},
                            {});
  ResolveOptions options;
  options.stoplist = {"园区"};
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a}, options);
  EXPECT_THAT(ids(graph), ElementsAre("company/鸿拓", "location/荆门市"));
  EXPECT_TRUE(graph.find_by_name("园区").empty());
  const auto got = edges(graph);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].tail, "location/荆门市");
}

// A user alias merges a surface the rules key differently into another entity, across documents.
TEST(BuildGraph, AliasMapsSurfaceToAnotherEntity) {
  Extraction a = extraction(
      "a.txt", {mention(EntityType::Company, "星海光电科技有限公司", "星海光电科技", 0, 10)}, {},
      {});
  Extraction b = extraction("b.txt",
                            {mention(EntityType::Company, "星海", "星海", 0, 2),
                             mention(EntityType::Park, "苏州工业园区", "苏州工业园", 5, 11)},
                            {fact(0, RelationType::LocatedIn, 1, "星海落户苏州工业园区")}, {});
  const std::vector<Extraction> input{a, b};

  // Without the alias the rules see two firms.
  EXPECT_EQ(build_graph(input).entity_count(), 3u);

  ResolveOptions options;
  options.aliases = {{"星海", "星海光电科技有限公司"}};
  const KnowledgeGraph graph = build_graph(input, options);
  EXPECT_THAT(ids(graph), ElementsAre("company/星海光电科技", "park/苏州工业园"))
      << graph_testing::dump(graph);
  const Entity* firm = entity_by_id(graph, "company/星海光电科技");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->name, "星海光电科技有限公司");
  EXPECT_THAT(firm->aliases, ElementsAre("星海"));
  ASSERT_EQ(firm->mentions.size(), 2u);
  EXPECT_EQ(firm->mentions[0].doc, "a.txt");
  EXPECT_EQ(firm->mentions[1].doc, "b.txt");
  const auto got = edges(graph);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].head, "company/星海光电科技");
  EXPECT_EQ(got[0].tail, "park/苏州工业园");
}

// A user alias applies within one type: a Location with the alias surface stays apart.
TEST(BuildGraph, AliasDoesNotCrossTypes) {
  Extraction a =
      extraction("a.txt",
                 {mention(EntityType::Company, "星海光电科技有限公司", "星海光电科技", 0, 10),
                  mention(EntityType::Location, "星海", "星海", 20, 22)},
                 {}, {});
  ResolveOptions options;
  options.aliases = {{"星海", "星海光电科技有限公司"}};
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a}, options);
  ASSERT_EQ(graph.entity_count(), 2u) << graph_testing::dump(graph);
  const Entity* firm = entity_by_id(graph, "company/星海光电科技");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->mentions.size(), 1u);
}

// A relation whose two ends resolve to the same entity is no edge.
TEST(BuildGraph, RelationBetweenOneEntityIsDropped) {
  Extraction a = extraction("a.txt",
                            {mention(EntityType::Company, "鸿拓国际集团", "鸿拓", 0, 6),
                             mention(EntityType::Company, "鸿拓集团", "鸿拓", 10, 14)},
                            {fact(0, RelationType::CooperatesWith, 1, "自己与自己")}, {});
  EXPECT_EQ(build_graph(std::vector<Extraction>{a}).relation_count(), 0u);
}

// Attributes follow their mention to the entity, kept once per document.
TEST(BuildGraph, AttributesAttachToEntityOncePerDocument) {
  Attribute investment{0, "investment", 1.2e9, "CNY", "12亿元", {20, 24}};
  Attribute again = investment;
  again.mention = 1;
  Extraction a = extraction("a.txt",
                            {mention(EntityType::Project, "鸿拓隔膜项目", "鸿拓隔膜", 0, 6),
                             mention(EntityType::Project, "鸿拓隔膜项目", "鸿拓隔膜", 30, 36)},
                            {}, {investment, again});
  Extraction b = extraction(
      "b.txt", {mention(EntityType::Project, "鸿拓隔膜项目", "鸿拓隔膜", 0, 6)}, {}, {investment});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{b, a});
  ASSERT_EQ(graph.entity_count(), 1u);
  const auto& attrs = graph.entity(0).attributes;
  ASSERT_EQ(attrs.size(), 2u);
  EXPECT_EQ(attrs[0].doc, "a.txt");
  EXPECT_EQ(attrs[1].doc, "b.txt");
  EXPECT_EQ(attrs[0].name, "investment");
  EXPECT_DOUBLE_EQ(attrs[0].value, 1.2e9);
  EXPECT_EQ(attrs[0].unit, "CNY");
}

// find_by_name matches the name or any alias; find_by_id the exact id.
TEST(KnowledgeGraph, FindsByNameAliasAndId) {
  Extraction a = extraction("a.txt",
                            {mention(EntityType::Company, "鸿拓国际集团", "鸿拓", 0, 6),
                             mention(EntityType::Company, "鸿拓集团", "鸿拓", 10, 14)},
                            {}, {});
  const KnowledgeGraph graph = build_graph(std::vector<Extraction>{a});
  ASSERT_EQ(graph.find_by_name("鸿拓国际集团").size(), 1u);
  ASSERT_EQ(graph.find_by_name("鸿拓集团").size(), 1u);
  EXPECT_EQ(graph.find_by_name("鸿拓集团")[0], graph.find_by_name("鸿拓国际集团")[0]);
  EXPECT_TRUE(graph.find_by_name("鸿拓股份").empty());
  ASSERT_TRUE(graph.find_by_id("company/鸿拓").has_value());
  EXPECT_EQ(graph.entity(*graph.find_by_id("company/鸿拓")).name, "鸿拓国际集团");
  EXPECT_FALSE(graph.find_by_id("company/鸿拓集团").has_value());
}

// The alias file: tab-separated pairs, '#' comments and blank lines skipped, CRLF accepted.
TEST(ReadAliasFile, ReadsPairsSkippingCommentsAndBlankLines) {
  graph_testing::TempDir dir;
  const auto path = dir.path() / "aliases.tsv";
  graph_testing::write_text(path,
                            "# 别名\t规范名\n"
                            "\n"
                            "星海\t星海光电科技有限公司\r\n"
                            "湘江新区\t湖南湘江新区\n");
  const auto aliases = read_alias_file(path);
  ASSERT_EQ(aliases.size(), 2u);
  EXPECT_EQ(aliases.at("星海"), "星海光电科技有限公司");
  EXPECT_EQ(aliases.at("湘江新区"), "湖南湘江新区");
}

// A line without a tab throws, and the message names the file and the line number.
TEST(ReadAliasFile, MalformedLineThrowsWithFileAndLine) {
  graph_testing::TempDir dir;
  const auto path = dir.path() / "aliases.tsv";
  graph_testing::write_text(path,
                            "# comment\n"
                            "星海\t星海光电科技有限公司\n"
                            "\n"
                            "湘江新区 湖南湘江新区\n");
  try {
    (void)read_alias_file(path);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr(path.string() + ":4"));
  }
}

// An entry with an empty alias or an empty canonical name is malformed too.
TEST(ReadAliasFile, EmptySideIsMalformed) {
  graph_testing::TempDir dir;
  const auto empty_alias = dir.path() / "a.tsv";
  graph_testing::write_text(empty_alias, "\t星海光电科技有限公司\n");
  EXPECT_THROW((void)read_alias_file(empty_alias), std::runtime_error);
  const auto empty_name = dir.path() / "b.tsv";
  graph_testing::write_text(empty_name, "星海\t星海光电\n星海\t\n");
  try {
    (void)read_alias_file(empty_name);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr(empty_name.string() + ":2"));
  }
}

// A missing alias file is an error naming it, not an empty map.
TEST(ReadAliasFile, MissingFileThrows) {
  graph_testing::TempDir dir;
  const auto path = dir.path() / "none.tsv";
  try {
    (void)read_alias_file(path);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr(path.string()));
  }
}

// The stop list: one name a line, comments and blank lines skipped.
TEST(ReadStoplist, ReadsNamesSkippingComments) {
  graph_testing::TempDir dir;
  const auto path = dir.path() / "stop.txt";
  graph_testing::write_text(path, "# 从不输出\n园区\n\n本报\r\n");
  EXPECT_THAT(read_stoplist(path), ElementsAre("园区", "本报"));
}

}  // namespace
}  // namespace parkgraph
