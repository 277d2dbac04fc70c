// GraphBuilder: the incremental resolver the streaming pipeline feeds one document at a
// time. Phenomena: order independence, caps that bound memory, user aliases whose target is
// seen only in a later document.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "graph_test_support.hpp"
#include "parkgraph/resolve.hpp"

namespace parkgraph {
namespace {

using graph_testing::edges;
using graph_testing::entity_by_id;
using graph_testing::extraction;
using graph_testing::fact;
using graph_testing::mention;

// A park and a firm located in it, stated in document `doc` at offset `at`.
Extraction located(const std::string& doc, std::size_t at) {
  return extraction(doc,
                    {mention(EntityType::Company, "星河科技公司", "星河科技", at, at + 6),
                     mention(EntityType::Park, "东湖高新区", "东湖高新区", at + 8, at + 13)},
                    {fact(0, RelationType::LocatedIn, 1, "星河科技公司落户东湖高新区。")});
}

TEST(GraphBuilder, SameGraphWhateverTheOrderDocumentsArrive) {
  const std::vector<Extraction> docs = {located("c.txt", 5), located("a.txt", 0),
                                        located("b.txt", 9)};
  GraphBuilder forward;
  for (const auto& d : docs) forward.add(d);
  GraphBuilder backward;
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) backward.add(*it);
  EXPECT_EQ(graph_testing::dump(std::move(forward).finish()),
            graph_testing::dump(std::move(backward).finish()));
}

TEST(GraphBuilder, MentionCapKeepsTheFirstByDocumentAndCountsAll) {
  ResolveOptions options;
  options.max_mentions_per_entity = 2;
  GraphBuilder builder(options);
  for (const char* doc : {"d4.txt", "d2.txt", "d3.txt", "d1.txt", "d5.txt"})
    builder.add(located(doc, 0));
  const KnowledgeGraph graph = std::move(builder).finish();
  const Entity* firm = entity_by_id(graph, "company/星河科技");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->mention_count, 5u);
  ASSERT_EQ(firm->mentions.size(), 2u);
  EXPECT_EQ(firm->mentions[0].doc, "d1.txt");
  EXPECT_EQ(firm->mentions[1].doc, "d2.txt");
}

TEST(GraphBuilder, DocumentCapBoundsEdgesOfOneRelation) {
  ResolveOptions options;
  options.max_documents_per_relation = 3;
  GraphBuilder builder(options);
  for (int i = 9; i >= 0; --i) builder.add(located("doc" + std::to_string(i) + ".txt", 0));
  const KnowledgeGraph graph = std::move(builder).finish();
  const auto all = edges(graph);
  ASSERT_EQ(all.size(), 3u);
  std::vector<std::string> docs;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.boost())))
    docs.push_back(graph.relation(edge).doc);
  EXPECT_EQ(docs, (std::vector<std::string>{"doc0.txt", "doc1.txt", "doc2.txt"}));
}

// Past the caps the builder skips what can no longer be kept without storing it; whatever
// the order (shuffled, repeated documents), what it keeps is the smallest by document.
TEST(GraphBuilder, CapsKeepTheSmallestDocumentsWhateverTheOrder) {
  ResolveOptions options;
  options.max_mentions_per_entity = 3;
  options.max_documents_per_relation = 2;
  std::vector<std::string> docs;
  for (int i = 0; i < 200; ++i) docs.push_back("doc" + std::to_string(1000 + i) + ".txt");
  docs.push_back("doc1100.txt");  // a document seen twice
  docs.push_back("doc1000.txt");
  auto build = [&](const std::vector<std::string>& order) {
    GraphBuilder builder(options);
    for (const auto& doc : order) builder.add(located(doc, 0));
    return std::move(builder).finish();
  };
  std::vector<std::string> shuffled = docs;
  std::mt19937 random(7);
  std::shuffle(shuffled.begin(), shuffled.end(), random);
  const KnowledgeGraph in_order = build(docs);
  const KnowledgeGraph out_of_order = build(shuffled);
  EXPECT_EQ(graph_testing::dump(in_order), graph_testing::dump(out_of_order));
  const Entity* firm = entity_by_id(out_of_order, "company/星河科技");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->mention_count, 202u);
  std::vector<std::string> kept;
  for (const auto& m : firm->mentions) kept.push_back(m.doc);
  EXPECT_EQ(kept, (std::vector<std::string>{"doc1000.txt", "doc1001.txt", "doc1002.txt"}));
  std::vector<std::string> evidence_docs;
  for (const auto edge : boost::make_iterator_range(boost::edges(out_of_order.boost())))
    evidence_docs.push_back(out_of_order.relation(edge).doc);
  EXPECT_EQ(evidence_docs, (std::vector<std::string>{"doc1000.txt", "doc1001.txt"}));
}

// The same mention again and again (a document read twice, a rule firing twice): trimming
// leaves fewer than the cap, and later mentions must still be compared with what is kept.
TEST(GraphBuilder, RepeatedMentionsBelowTheCapAreCountedAndKeptOnce) {
  ResolveOptions options;
  options.max_mentions_per_entity = 3;
  GraphBuilder builder(options);
  for (int i = 0; i < 10; ++i) builder.add(located("same.txt", 0));
  builder.add(located("later.txt", 4));
  const KnowledgeGraph graph = std::move(builder).finish();
  const Entity* firm = entity_by_id(graph, "company/星河科技");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->mention_count, 11u);
  ASSERT_EQ(firm->mentions.size(), 2u);
  EXPECT_EQ(firm->mentions[0].doc, "later.txt");
  EXPECT_EQ(firm->mentions[1].doc, "same.txt");
}

TEST(GraphBuilder, WithoutCapsEveryDocumentIsKept) {
  GraphBuilder builder;
  for (int i = 0; i < 20; ++i) builder.add(located("doc" + std::to_string(i) + ".txt", 0));
  const KnowledgeGraph graph = std::move(builder).finish();
  EXPECT_EQ(graph.relation_count(), 20u);
  const Entity* park = entity_by_id(graph, "park/东湖高新区");
  ASSERT_NE(park, nullptr);
  EXPECT_EQ(park->mentions.size(), 20u);
}

TEST(GraphBuilder, AliasWhoseTargetAppearsInALaterDocumentStillMerges) {
  ResolveOptions options;
  options.aliases["星河"] = "星河科技公司";
  GraphBuilder builder(options);
  // The alias is met first, its target's mention (and so its key) only afterwards.
  builder.add(extraction("a.txt",
                         {mention(EntityType::Company, "星河", "星河", 0, 2),
                          mention(EntityType::Park, "东湖高新区", "东湖高新区", 3, 8)},
                         {fact(0, RelationType::LocatedIn, 1, "星河在东湖高新区。")}));
  builder.add(located("b.txt", 0));
  const KnowledgeGraph graph = std::move(builder).finish();
  EXPECT_EQ(graph.entity_count(), 2u);
  const Entity* firm = entity_by_id(graph, "company/星河科技");
  ASSERT_NE(firm, nullptr);
  EXPECT_NE(std::find(firm->aliases.begin(), firm->aliases.end(), "星河"), firm->aliases.end());
  EXPECT_EQ(graph.relation_count(), 2u);  // one edge per document, both on the merged firm
}

TEST(GraphBuilder, EntityCountGrowsAsDocumentsArrive) {
  GraphBuilder builder;
  EXPECT_EQ(builder.entity_count(), 0u);
  builder.add(located("a.txt", 0));
  EXPECT_EQ(builder.entity_count(), 2u);
  builder.add(located("b.txt", 0));
  EXPECT_EQ(builder.entity_count(), 2u);
}

}  // namespace
}  // namespace parkgraph
