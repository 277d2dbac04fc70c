// Format names and file extensions, entity IRIs, and determinism of every serialiser.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "export/export_test_support.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

constexpr Format kAllFormats[] = {Format::Turtle, Format::NTriples, Format::NQuads,
                                  Format::Json,   Format::Dot,      Format::Html};

TEST(FormatNames, ParseFormatAcceptsCanonicalNames) {
  EXPECT_EQ(parse_format("ttl"), Format::Turtle);
  EXPECT_EQ(parse_format("nt"), Format::NTriples);
  EXPECT_EQ(parse_format("nq"), Format::NQuads);
  EXPECT_EQ(parse_format("json"), Format::Json);
  EXPECT_EQ(parse_format("dot"), Format::Dot);
  EXPECT_EQ(parse_format("html"), Format::Html);
}

TEST(FormatNames, ParseFormatAcceptsLongNamesInAnyCase) {
  EXPECT_EQ(parse_format("turtle"), Format::Turtle);
  EXPECT_EQ(parse_format("TTL"), Format::Turtle);
  EXPECT_EQ(parse_format("ntriples"), Format::NTriples);
  EXPECT_EQ(parse_format("N-Quads"), Format::NQuads);
  EXPECT_EQ(parse_format("gv"), Format::Dot);
  EXPECT_EQ(parse_format("htm"), Format::Html);
}

TEST(FormatNames, ParseFormatRejectsUnknownNames) {
  EXPECT_EQ(parse_format(""), std::nullopt);
  EXPECT_EQ(parse_format("rdfxml"), std::nullopt);
  EXPECT_EQ(parse_format(".ttl"), std::nullopt);
  EXPECT_EQ(parse_format("ttl "), std::nullopt);
}

TEST(FormatNames, FormatNameRoundTripsThroughParseFormat) {
  for (const Format format : kAllFormats) {
    EXPECT_EQ(parse_format(format_name(format)), format) << format_name(format);
  }
  EXPECT_EQ(format_name(Format::Turtle), "ttl");
  EXPECT_EQ(format_name(Format::Html), "html");
}

TEST(FormatNames, FormatForPathUsesTheExtension) {
  EXPECT_EQ(format_for_path("out/graph.ttl"), Format::Turtle);
  EXPECT_EQ(format_for_path("graph.nt"), Format::NTriples);
  EXPECT_EQ(format_for_path("/tmp/x/graph.nq"), Format::NQuads);
  EXPECT_EQ(format_for_path("园区.json"), Format::Json);
  EXPECT_EQ(format_for_path("graph.dot"), Format::Dot);
  EXPECT_EQ(format_for_path("graph.HTML"), Format::Html);
  EXPECT_EQ(format_for_path("archive.v2.ttl"), Format::Turtle);
}

TEST(FormatNames, FormatForPathRejectsMissingOrUnknownExtensions) {
  EXPECT_EQ(format_for_path("graph"), std::nullopt);
  EXPECT_EQ(format_for_path("graph."), std::nullopt);
  EXPECT_EQ(format_for_path(".json"), std::nullopt);  // a hidden file, not an extension
  EXPECT_EQ(format_for_path("graph.txt"), std::nullopt);
  EXPECT_EQ(format_for_path("graph.ttl.gz"), std::nullopt);
  EXPECT_EQ(format_for_path("dir.ttl/"), std::nullopt);
}

TEST(EntityIri, StripsTheTypePrefixAndKeepsChinese) {
  Entity park;
  park.type = EntityType::Park;
  park.id = "Park:苏州工业园区";
  EXPECT_EQ(entity_iri(park), "https://w3id.org/parkgraph/id/park/苏州工业园区");
  park.id = "park/苏州工业园区";
  EXPECT_EQ(entity_iri(park), "https://w3id.org/parkgraph/id/park/苏州工业园区");
  park.id = "苏州工业园区";  // no prefix: the whole id
  EXPECT_EQ(entity_iri(park), "https://w3id.org/parkgraph/id/park/苏州工业园区");
}

TEST(EntityIri, PercentEncodesOnlyWhatIrisForbid) {
  Entity company;
  company.type = EntityType::Company;
  company.id = std::string(testing::kCompanyId);
  EXPECT_EQ(entity_iri(company),
            "https://w3id.org/parkgraph/id/company/星海%22光电%22%5C科技有限公司");
  company.id = "Company:A B<C>{D}|E^F`G%H#I?J\x01K\xC2\x85L（中）";
  EXPECT_EQ(entity_iri(company),
            "https://w3id.org/parkgraph/id/company/"
            "A%20B%3CC%3E%7BD%7D%7CE%5EF%60G%25H%23I%3FJ%01K%C2%85L（中）");
}

TEST(EntityIri, UsesTheConfiguredBase) {
  Entity person;
  person.type = EntityType::Person;
  person.id = "Person:张伟";
  ExportOptions options;
  options.base_iri = "http://example.org/";
  EXPECT_EQ(entity_iri(person, options), "http://example.org/person/张伟");
}

class Determinism : public ::testing::TestWithParam<Format> {};

TEST_P(Determinism, SameGraphGivesTheSameBytes) {
  const KnowledgeGraph graph = testing::sample_graph();
  const std::string first = serialize(graph, GetParam());
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, serialize(graph, GetParam()));
  // A graph built again from scratch (other addresses, same content) gives the same bytes.
  EXPECT_EQ(first, serialize(testing::sample_graph(), GetParam()));
}

TEST_P(Determinism, EmptyGraphSerialises) {
  EXPECT_NO_THROW(serialize(KnowledgeGraph{}, GetParam()));
}

INSTANTIATE_TEST_SUITE_P(AllFormats, Determinism, ::testing::ValuesIn(kAllFormats),
                         [](const auto& test) { return std::string(format_name(test.param)); });

}  // namespace
}  // namespace parkgraph
