// Loading saved graphs: JSON and N-Triples read back to the same graph, and bad input is
// reported with its source and position.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "export/export_test_support.hpp"
#include "parkgraph/export.hpp"
#include "parkgraph/load.hpp"

namespace parkgraph {
namespace {

using ::testing::HasSubstr;

/// LoadError's message from `load`, or "" when it did not throw.
template <typename F>
std::string load_error(F&& load) {
  try {
    load();
  } catch (const LoadError& error) {
    return error.what();
  }
  return "";
}

TEST(LoadJson, ReadsBackTheSameBytes) {
  const std::string json = serialize(testing::sample_graph(), Format::Json);
  const KnowledgeGraph loaded = load_json(json);
  EXPECT_EQ(loaded.entity_count(), testing::kSampleEntities);
  EXPECT_EQ(loaded.relation_count(), testing::kSampleRelations);
  EXPECT_EQ(serialize(loaded, Format::Json), json);
  const auto park = loaded.find_by_id("Park:苏州工业园区");
  ASSERT_TRUE(park.has_value());
  EXPECT_EQ(loaded.entity(*park).attributes.size(), 3U);
  EXPECT_EQ(loaded.entity(*park).attributes[2].literal, "2024-07-05");
}

TEST(LoadJson, OrdersVerticesAndEdgesLikeTheBuilder) {
  // Entities and relations in reverse order read back in id / (head, type, tail, doc) order.
  nlohmann::json json = nlohmann::json::parse(serialize(testing::sample_graph(), Format::Json));
  std::reverse(json["entities"].begin(), json["entities"].end());
  std::reverse(json["relations"].begin(), json["relations"].end());
  const KnowledgeGraph loaded = load_json(json.dump());
  EXPECT_EQ(loaded.entity(0).id, "Company:星海\"光电\"\\科技有限公司");
  EXPECT_EQ(serialize(loaded, Format::Json), serialize(testing::sample_graph(), Format::Json));
}

TEST(LoadJson, ReportsWhereTheInputIsWrong) {
  EXPECT_THAT(load_error([] { load_json("{\"entities\": [", "a.json"); }),
              HasSubstr("a.json: byte 15: invalid JSON"));
  EXPECT_THAT(load_error([] { load_json("[]", "b.json"); }), HasSubstr("b.json: top level"));
  EXPECT_THAT(load_error([] {
                load_json(R"({"entities": [{"id": "x", "type": "Planet", "name": "x"}]})",
                          "c.json");
              }),
              HasSubstr("c.json: entities[0].type: unknown entity type 'Planet'"));
  EXPECT_THAT(load_error([] {
                load_json(R"({"entities": [{"id": "x", "type": "Park", "name": 3}]})", "d.json");
              }),
              HasSubstr("d.json: entities[0].name: wrong kind of value"));
  EXPECT_THAT(load_error([] {
                load_json(R"({"entities": [{"id": "x", "type": "Park", "name": "x"}],
                              "relations": [{"head": "x", "type": "locatedIn", "tail": "y"}]})",
                          "e.json");
              }),
              HasSubstr("e.json: relation x locatedIn y names an entity the graph does not have"));
  EXPECT_THAT(load_error([] {
                load_json(R"({"entities": [{"id": "x", "type": "Park", "name": "x"},
                                           {"id": "x", "type": "Park", "name": "y"}]})",
                          "f.json");
              }),
              HasSubstr("f.json: entity 'x' appears twice"));
}

/// The sample's JSON with ids in the builder's form ("company/…"), which is what IRIs keep.
std::string sample_json_with_builder_ids() {
  std::string json = serialize(testing::sample_graph(), Format::Json);
  for (const EntityType type : kAllEntityTypes) {
    const std::string from = "\"" + std::string(to_string(type)) + ":";
    std::string to = from;
    to[1] = static_cast<char>(std::tolower(static_cast<unsigned char>(to[1])));
    to.back() = '/';
    for (auto at = json.find(from); at != std::string::npos; at = json.find(from, at)) {
      json.replace(at, from.size(), to);
    }
  }
  return json;
}

TEST(LoadNTriples, ReadsBackEverythingTheJsonHolds) {
  const KnowledgeGraph loaded = load_ntriples(serialize(testing::sample_graph(), Format::NTriples));
  EXPECT_EQ(loaded.entity_count(), testing::kSampleEntities);
  EXPECT_EQ(loaded.relation_count(), testing::kSampleRelations);
  // Ids come back from the IRIs (type in lower case, percent-encoding undone).
  EXPECT_TRUE(loaded.find_by_id("company/星海\"光电\"\\科技有限公司").has_value());
  EXPECT_EQ(serialize(loaded, Format::Json), sample_json_with_builder_ids());
  // Mention surfaces, which JSON leaves out, survive too.
  EXPECT_EQ(loaded.entity(0).mentions.at(1).surface, "星海光电");
  // And what was read writes the same N-Triples again.
  const std::string nt = serialize(loaded, Format::NTriples);
  EXPECT_EQ(serialize(load_ntriples(nt), Format::NTriples), nt);
}

TEST(LoadNTriples, ReportsTheLineOfASyntaxError) {
  const std::string nt = "<http://a> <http://b> <http://c> .\n<http://a> <http://b> oops .\n";
  EXPECT_THAT(load_error([&] { load_ntriples(nt, "g.nt"); }), HasSubstr("g.nt: "));
  EXPECT_THAT(load_error([&] { load_ntriples(nt, "g.nt"); }), HasSubstr("line 2"));
}

TEST(LoadGraph, ChoosesTheFormatByExtensionAndNamesUnreadableFiles) {
  testing::ScratchDir scratch;
  write_file_atomically(scratch / "g.json", serialize(testing::sample_graph(), Format::Json));
  write_file_atomically(scratch / "g.nt", serialize(testing::sample_graph(), Format::NTriples));
  EXPECT_EQ(load_graph(scratch / "g.json").entity_count(), testing::kSampleEntities);
  EXPECT_EQ(load_graph(scratch / "g.nt").relation_count(), testing::kSampleRelations);
  const auto missing = (scratch / "missing.json").string();
  EXPECT_THAT(load_error([&] { load_graph(missing); }), HasSubstr(missing + ": cannot open"));
  EXPECT_THAT(load_error([&] { load_graph(scratch / "g.ttl"); }),
              HasSubstr("must be .json or .nt"));
}

}  // namespace
}  // namespace parkgraph
