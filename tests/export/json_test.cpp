// JSON export: the contract's fields, integral numbers, UTF-8 and offsets.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "export/export_test_support.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

class JsonExport : public ::testing::Test {
 protected:
  const std::string text_ = serialize(testing::sample_graph(), Format::Json);
  const json doc_ = json::parse(text_);

  const json& entity(std::string_view id) const {
    for (const json& e : doc_.at("entities")) {
      if (e.at("id").get<std::string>() == id) return e;
    }
    throw std::out_of_range("no entity " + std::string(id));
  }
};

TEST_F(JsonExport, HasTheContractFields) {
  ASSERT_TRUE(doc_.is_object());
  ASSERT_EQ(doc_.at("entities").size(), testing::kSampleEntities);
  ASSERT_EQ(doc_.at("relations").size(), testing::kSampleRelations);
  for (const json& e : doc_.at("entities")) {
    for (const char* key :
         {"id", "type", "name", "aliases", "mentions", "confidence", "attributes"}) {
      EXPECT_TRUE(e.contains(key)) << key << " in " << e.dump();
    }
    EXPECT_TRUE(parse_entity_type(e.at("type").get<std::string>()).has_value());
    for (const json& m : e.at("mentions")) {
      EXPECT_EQ(m.size(), 3U);
      EXPECT_TRUE(m.at("start").is_number_unsigned());
      EXPECT_TRUE(m.at("end").is_number_unsigned());
    }
  }
  for (const json& r : doc_.at("relations")) {
    for (const char* key :
         {"head", "type", "tail", "doc", "confidence", "evidence", "sentence", "rule"}) {
      EXPECT_TRUE(r.contains(key)) << key << " in " << r.dump();
    }
    EXPECT_TRUE(parse_relation_type(r.at("type").get<std::string>()).has_value());
    EXPECT_NO_THROW(entity(r.at("head").get<std::string>()));
    EXPECT_NO_THROW(entity(r.at("tail").get<std::string>()));
    // A title only where there is one: holdsPosition.
    EXPECT_EQ(r.contains("title"), r.at("type") == "holdsPosition") << r.dump();
  }
}

TEST_F(JsonExport, KeepsTheContractsKeyOrder) {
  // nlohmann::json sorts keys on parse, so check the order in the raw text instead.
  std::size_t last = 0;
  for (const char* key : {"\"id\"", "\"type\"", "\"name\"", "\"aliases\"", "\"mentions\"",
                          "\"confidence\"", "\"attributes\""}) {
    const std::size_t at = text_.find(key);
    ASSERT_NE(at, std::string::npos) << key;
    EXPECT_GT(at, last) << key;
    last = at;
  }
  EXPECT_EQ(text_.find("{\n  \"entities\": ["), 0U);
  EXPECT_LT(text_.find("\"entities\""), text_.find("\"relations\""));
}

TEST_F(JsonExport, PrintsIntegralNumbersAsIntegers) {
  EXPECT_THAT(text_, HasSubstr("\"value\": 11000000000,"));
  EXPECT_THAT(text_, HasSubstr("\"value\": 278000000,"));
  EXPECT_THAT(text_, HasSubstr("\"value\": 150.5,"));
  EXPECT_THAT(text_, HasSubstr("\"confidence\": 1,"));
  EXPECT_THAT(text_, Not(HasSubstr("e+")));
  EXPECT_THAT(text_, Not(HasSubstr("11000000000.0")));
}

TEST_F(JsonExport, WritesAttributesWithUnitsAndDates) {
  const json& project = entity("Project:星海光电总部项目");
  EXPECT_EQ(project.at("attributes").at(0),
            json::parse(R"({"attr": "investment", "value": 11000000000, "unit": "CNY"})"));
  EXPECT_EQ(project.at("attributes").at(1),
            json::parse(R"({"attr": "area", "value": 150.5, "unit": "mu"})"));
  const json& park = entity("Park:苏州工业园区");
  EXPECT_EQ(park.at("attributes").at(2), json::parse(R"({"attr": "date", "value": "2024-07-05"})"));
}

TEST_F(JsonExport, KeepsUtf8AsIsAndEscapesQuotesAndBackslashes) {
  EXPECT_THAT(text_, HasSubstr("苏州工业园区"));
  EXPECT_THAT(text_, Not(HasSubstr("\\u")));
  EXPECT_THAT(text_, HasSubstr(R"("name": "星海\"光电\"\\科技有限公司")"));
  EXPECT_EQ(entity(testing::kCompanyId).at("name"), std::string(testing::kCompanyName));
}

TEST_F(JsonExport, PreservesMentionOffsetsAndDocuments) {
  const json& park = entity("Park:苏州工业园区");
  EXPECT_EQ(park.at("mentions"), json::parse(R"([{"doc": "001_suzhou.txt", "start": 3, "end": 9},
                            {"doc": "002 合作.txt", "start": 12, "end": 14}])"));
  EXPECT_EQ(park.at("aliases"), json::parse(R"(["园区"])"));
}

TEST_F(JsonExport, WritesRelationsInStoredOrderWithEvidence) {
  const json& relations = doc_.at("relations");
  EXPECT_EQ(relations.at(0).at("head"), std::string(testing::kCompanyId));
  EXPECT_EQ(relations.at(0).at("type"), "locatedIn");
  EXPECT_EQ(relations.at(0).at("tail"), "Park:苏州工业园区");
  const json& holds = relations.at(5);
  EXPECT_EQ(holds.at("type"), "holdsPosition");
  EXPECT_EQ(holds.at("head"), "Person:张伟");
  EXPECT_EQ(holds.at("title"), std::string(testing::kTitle));
  EXPECT_EQ(holds.at("doc"), std::string(testing::kDocA));
  EXPECT_EQ(holds.at("sentence"), json::parse(R"({"start": 0, "end": 33})"));
  EXPECT_EQ(holds.at("confidence"), 0.75);
  EXPECT_EQ(holds.at("rule"), "test-rule");
  EXPECT_EQ(relations.at(2).at("evidence"), std::string(testing::kTrickyEvidence));
}

TEST(JsonExportEmpty, EmptyGraphHasEmptyArrays) {
  const json doc = json::parse(serialize(KnowledgeGraph{}, Format::Json));
  EXPECT_EQ(doc, json::parse(R"({"entities": [], "relations": []})"));
}

}  // namespace
}  // namespace parkgraph
