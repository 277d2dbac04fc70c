// Turtle, N-Triples and N-Quads: parsed back with Raptor2 and checked by rapper and serdi.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include "export/export_test_support.hpp"
#include "export/rdf_reader.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

// The RDF reader's short names (iri, literal, kPg, ...) and the sample graph's constants.
using namespace parkgraph::testing;

/// The subject of the one pg:Statement whose rdf:predicate is `predicate`.
Term statement_for(const std::vector<Quad>& quads, const std::string& predicate) {
  for (const Quad& q : quads) {
    if (q.predicate == iri(kRdf + "predicate") && q.object == iri(kPg + predicate)) {
      return q.subject;
    }
  }
  return {};
}

// --- fixture --------------------------------------------------------------------------

class RdfExport : public ::testing::Test {
 protected:
  const KnowledgeGraph graph_ = testing::sample_graph();
  const std::string park_ = kBase + "park/苏州工业园区";
  const std::string city_ = kBase + "location/苏州市";
  const std::string company_ = kBase + "company/星海%22光电%22%5C科技有限公司";
  const std::string doc_a_ = kBase + "doc/001_suzhou.txt";
  const std::string doc_b_ = kBase + "doc/002%20合作.txt";
};

TEST_F(RdfExport, TurtleParsesBackWithRaptor) {
  const auto quads = parse_rdf(serialize(graph_, Format::Turtle), "turtle");
  ASSERT_FALSE(quads.empty());
  EXPECT_EQ(count_matching(quads, {iri(park_), iri(kPg + "locatedIn"), iri(city_), {}}), 1U);
  EXPECT_EQ(count_matching(quads, {iri(park_), iri(kRdf + "type"), iri(kPg + "Park"), {}}), 1U);
  EXPECT_EQ(count_matching(
                quads, {iri(park_), iri(kRdfs + "label"), literal("苏州工业园区", "", "zh"), {}}),
            1U);
  EXPECT_EQ(count_matching(quads, {iri(company_),
                                   iri(kRdfs + "label"),
                                   literal(std::string(testing::kCompanyName), "", "zh"),
                                   {}}),
            1U);
  EXPECT_EQ(
      count_matching(quads, {iri(company_), iri(kPg + "alias"), literal("星海光电", "", "zh"), {}}),
      1U);
}

// Integral decimals keep a ".0" in every syntax: Turtle would read a bare 1200 as an integer,
// and Rasqal compares a decimal without a point as a string.
TEST_F(RdfExport, TypedLiteralsUseXsdDatatypesWithoutExponents) {
  const auto quads = parse_rdf(serialize(graph_, Format::NTriples), "ntriples");
  const std::string project = kBase + "project/星海光电总部项目";
  EXPECT_EQ(
      count_matching(
          quads,
          {iri(project), iri(kPg + "investment"), literal("11000000000.0", kXsd + "decimal"), {}}),
      1U);
  EXPECT_EQ(count_matching(
                quads, {iri(project), iri(kPg + "areaMu"), literal("150.5", kXsd + "decimal"), {}}),
            1U);
  EXPECT_EQ(
      count_matching(quads,
                     {iri(park_), iri(kPg + "area"), literal("278000000.0", kXsd + "decimal"), {}}),
      1U);
  EXPECT_EQ(
      count_matching(
          quads,
          {iri(park_), iri(kPg + "enterpriseCount"), literal("1200.0", kXsd + "decimal"), {}}),
      1U);
  EXPECT_EQ(count_matching(
                quads, {iri(park_), iri(kPg + "date"), literal("2024-07-05", kXsd + "date"), {}}),
            1U);
}

TEST_F(RdfExport, TurtleKeepsTheDecimalDatatypeOfIntegralValues) {
  const auto quads = parse_rdf(serialize(graph_, Format::Turtle), "turtle");
  EXPECT_EQ(count_matching(quads, {iri(kBase + "project/星海光电总部项目"),
                                   iri(kPg + "investment"),
                                   literal("11000000000.0", kXsd + "decimal"),
                                   {}}),
            1U);
  EXPECT_EQ(
      count_matching(quads, {{}, iri(kPg + "confidence"), literal("1.0", kXsd + "decimal"), {}}),
      1U);
  std::size_t decimals = 0;
  for (const Quad& q : quads) {
    for (const char* local : {"confidence", "investment", "area", "areaMu", "enterpriseCount"}) {
      if (q.predicate != iri(kPg + local)) continue;
      EXPECT_EQ(q.object.datatype, kXsd + "decimal") << local << " " << q.object.value;
      ++decimals;
    }
  }
  EXPECT_EQ(decimals, kSampleEntities + kSampleRelations + 4);
}

TEST_F(RdfExport, TurtleAndNTriplesHoldTheSameTriples) {
  const auto turtle = parse_rdf(serialize(graph_, Format::Turtle), "turtle");
  const auto ntriples = parse_rdf(serialize(graph_, Format::NTriples), "ntriples");
  EXPECT_EQ(turtle.size(), ntriples.size());
  EXPECT_TRUE(turtle == ntriples);
}

TEST_F(RdfExport, PlainRelationTriplesAreDeduplicatedAndEveryRelationIsReified) {
  const auto quads = parse_rdf(serialize(graph_, Format::NTriples), "ntriples");
  std::size_t plain = 0;
  for (const RelationType type : kAllRelationTypes) {
    plain += count_matching(quads, {{}, iri(kPg + std::string(to_string(type))), {}, {}});
  }
  EXPECT_EQ(plain, kSampleDistinctTriples);
  EXPECT_EQ(count_matching(quads, {{}, iri(kRdf + "type"), iri(kPg + "Statement"), {}}),
            kSampleRelations);
  EXPECT_EQ(count_matching(quads, {{}, iri(kRdf + "predicate"), iri(kPg + "locatedIn"), {}}), 4U);
  EXPECT_EQ(count_matching(quads, {{}, iri(kRdf + "subject"), iri(park_), {}}), 2U);
}

TEST_F(RdfExport, StatementsCarryTitleEvidenceAndProvenance) {
  const auto quads = parse_rdf(serialize(graph_, Format::Turtle), "turtle");
  const Term statement = statement_for(quads, "holdsPosition");
  ASSERT_EQ(statement.kind, Term::Kind::Iri);
  EXPECT_THAT(statement.value, ::testing::StartsWith(kBase + "statement/"));
  EXPECT_EQ(
      count_matching(quads, {statement, iri(kRdf + "subject"), iri(kBase + "person/张伟"), {}}),
      1U);
  EXPECT_EQ(count_matching(quads, {statement, iri(kRdf + "object"), iri(company_), {}}), 1U);
  EXPECT_EQ(
      count_matching(
          quads,
          {statement, iri(kPg + "title"), literal(std::string(testing::kTitle), "", "zh"), {}}),
      1U);
  EXPECT_EQ(count_matching(quads, {statement, iri(kProv + "wasDerivedFrom"), iri(doc_a_), {}}), 1U);
  EXPECT_EQ(count_matching(
                quads, {statement, iri(kPg + "sentenceStart"), literal("0", kXsd + "integer"), {}}),
            1U);
  EXPECT_EQ(count_matching(
                quads, {statement, iri(kPg + "sentenceEnd"), literal("33", kXsd + "integer"), {}}),
            1U);
  EXPECT_EQ(count_matching(
                quads, {statement, iri(kPg + "confidence"), literal("0.75", kXsd + "decimal"), {}}),
            1U);
  EXPECT_EQ(count_matching(quads, {statement, iri(kPg + "evidence"), {}, {}}), 1U);
  // Only holdsPosition has a title: on its statement and on its org:Membership.
  EXPECT_EQ(count_matching(quads, {{}, iri(kPg + "title"), {}, {}}), 2U);
}

TEST_F(RdfExport, MentionsAndDocumentsAreDescribed) {
  const auto quads = parse_rdf(serialize(graph_, Format::NTriples), "ntriples");
  EXPECT_EQ(count_matching(quads, {{}, iri(kPg + "mention"), {}, {}}), kSampleMentions);
  EXPECT_EQ(count_matching(quads, {{}, iri(kRdf + "type"), iri(kPg + "Mention"), {}}),
            kSampleMentions);
  const Term park_mention = iri(park_ + "#mention-001_suzhou.txt-3-9");
  EXPECT_EQ(count_matching(quads, {iri(park_), iri(kPg + "mention"), park_mention, {}}), 1U);
  EXPECT_EQ(count_matching(quads, {park_mention, iri(kPg + "doc"), iri(doc_a_), {}}), 1U);
  EXPECT_EQ(
      count_matching(quads, {park_mention, iri(kPg + "start"), literal("3", kXsd + "integer"), {}}),
      1U);
  EXPECT_EQ(
      count_matching(quads, {park_mention, iri(kPg + "end"), literal("9", kXsd + "integer"), {}}),
      1U);
  EXPECT_EQ(count_matching(quads, {{}, iri(kRdf + "type"), iri(kPg + "Document"), {}}), 2U);
  EXPECT_EQ(
      count_matching(quads,
                     {iri(doc_b_), iri(kRdfs + "label"), literal(std::string(testing::kDocB)), {}}),
      1U);
  // Every entity is typed.
  std::size_t typed = 0;
  for (const EntityType type : kAllEntityTypes) {
    typed += count_matching(quads,
                            {{}, iri(kRdf + "type"), iri(kPg + std::string(to_string(type))), {}});
  }
  EXPECT_EQ(typed, kSampleEntities);
}

TEST_F(RdfExport, TurtleDeclaresReadablePrefixes) {
  const std::string turtle = serialize(graph_, Format::Turtle);
  for (const std::string prefix : {"pg", "pgid", "rdf", "rdfs", "xsd", "prov"}) {
    EXPECT_THAT(turtle, ::testing::HasSubstr("@prefix " + prefix + ": ")) << prefix;
  }
  EXPECT_THAT(turtle, ::testing::HasSubstr("pg:Park"));
  EXPECT_THAT(turtle, ::testing::HasSubstr("苏州工业园区"));  // UTF-8 kept, not \u-escaped
}

TEST_F(RdfExport, WithoutProvenanceNQuadsHoldOneGraphLikeNTriples) {
  auto quads = parse_rdf(serialize(graph_, Format::NQuads), "nquads");
  const auto ntriples = parse_rdf(serialize(graph_, Format::NTriples), "ntriples");
  EXPECT_TRUE(quads == ntriples);
}

TEST_F(RdfExport, ProvenancePutsWhatEachDocumentSaysInItsNamedGraph) {
  ExportOptions options;
  options.provenance = true;
  EXPECT_THROW(serialize(graph_, Format::Turtle, options), ExportError);
  const auto quads = parse_rdf(serialize(graph_, Format::NQuads, options), "nquads");
  const Term located_in = iri(kPg + "locatedIn");
  // The facts once in the default graph; the relation again in each document that states it.
  EXPECT_EQ(count_matching(quads, {iri(park_), located_in, iri(city_), {}}), 1U);
  EXPECT_EQ(count_matching(quads, {iri(park_), located_in, iri(city_), iri(doc_a_)}), 1U);
  EXPECT_EQ(count_matching(quads, {iri(park_), located_in, iri(city_), iri(doc_b_)}), 1U);
  EXPECT_EQ(count_matching(quads, {iri(park_), iri(kRdf + "type"), iri(kPg + "Park"), {}}), 1U);
  // Statements, mentions and sentences live in their document's graph only.
  EXPECT_EQ(count_matching(quads, {{}, iri(kRdf + "type"), iri(kPg + "Statement"), {}}), 0U);
  EXPECT_EQ(
      count_matching(quads, {{}, iri(kRdf + "type"), iri(kPg + "Statement"), iri(doc_a_)}) +
          count_matching(quads, {{}, iri(kRdf + "type"), iri(kPg + "Statement"), iri(doc_b_)}),
      kSampleRelations);
  const Term sentence = iri(doc_a_ + "#sentence-0-33");
  EXPECT_EQ(
      count_matching(quads, {sentence, iri(kRdf + "type"), iri(kPg + "Sentence"), iri(doc_a_)}),
      1U);
  EXPECT_EQ(
      count_matching(quads, {sentence, iri(kProv + "wasQuotedFrom"), iri(doc_a_), iri(doc_a_)}),
      1U);
  EXPECT_EQ(count_matching(
                quads, {sentence, iri(kPg + "start"), literal("0", kXsd + "integer"), iri(doc_a_)}),
            1U);
  std::size_t linked = 0;
  for (const Quad& q : quads) {
    if (q.predicate == iri(kPg + "sentence") && q.object == sentence && q.graph == iri(doc_a_)) {
      ++linked;
      EXPECT_EQ(count_matching(quads, {q.subject, iri(kProv + "wasGeneratedBy"),
                                       iri(kBase + "extraction/001_suzhou.txt"), iri(doc_a_)}),
                1U);
    }
  }
  EXPECT_GE(linked, 1U);
  EXPECT_EQ(count_matching(quads, {iri(kBase + "extraction/001_suzhou.txt"), iri(kProv + "used"),
                                   iri(doc_a_), iri(doc_a_)}),
            1U);
}

TEST_F(RdfExport, APositionIsAnOrgMembershipWithItsTitle) {
  const auto quads = parse_rdf(serialize(graph_, Format::NTriples), "ntriples");
  const std::string org = "http://www.w3.org/ns/org#";
  ASSERT_EQ(count_matching(quads, {{}, iri(kRdf + "type"), iri(org + "Membership"), {}}), 1U);
  Term membership;
  for (const Quad& q : quads) {
    if (q.object == iri(org + "Membership")) membership = q.subject;
  }
  EXPECT_THAT(membership.value, ::testing::StartsWith(kBase + "membership/"));
  EXPECT_EQ(
      count_matching(quads, {membership, iri(org + "member"), iri(kBase + "person/张伟"), {}}), 1U);
  EXPECT_EQ(count_matching(quads, {membership, iri(org + "organization"), iri(company_), {}}), 1U);
  EXPECT_EQ(
      count_matching(
          quads,
          {membership, iri(kPg + "title"), literal(std::string(testing::kTitle), "", "zh"), {}}),
      1U);
  const Term role = iri(kBase + "role/" + std::string(testing::kTitle));
  EXPECT_EQ(count_matching(quads, {membership, iri(org + "role"), role, {}}), 1U);
  EXPECT_EQ(count_matching(quads, {role, iri(kRdf + "type"), iri(org + "Role"), {}}), 1U);
  // The same IRI in every run: derived from the person, the unit and the title.
  const auto again = parse_rdf(serialize(testing::sample_graph(), Format::NTriples), "ntriples");
  EXPECT_EQ(count_matching(again, {membership, iri(kRdf + "type"), iri(org + "Membership"), {}}),
            1U);
}

TEST_F(RdfExport, BaseIrisMustBeAbsoluteAndEndAPath) {
  EXPECT_TRUE(valid_base_iri("https://w3id.org/parkgraph/id/"));
  EXPECT_TRUE(valid_base_iri("urn:x-parkgraph:#"));
  EXPECT_FALSE(valid_base_iri("parkgraph/id/"));
  EXPECT_FALSE(valid_base_iri("http://example.org/id"));
  EXPECT_FALSE(valid_base_iri("http://example.org/a b/"));
  ExportOptions options;
  options.base_iri = "relative/";
  EXPECT_THROW(serialize(graph_, Format::Turtle, options), ExportError);
}

TEST_F(RdfExport, HonoursCustomNamespaces) {
  ExportOptions options;
  options.base_iri = "http://example.org/kg/";
  options.vocabulary_iri = "http://example.org/vocab#";
  const auto quads = parse_rdf(serialize(graph_, Format::Turtle, options), "turtle");
  EXPECT_EQ(count_matching(quads, {iri("http://example.org/kg/park/苏州工业园区"),
                                   iri("http://example.org/vocab#locatedIn"),
                                   iri("http://example.org/kg/location/苏州市"),
                                   {}}),
            1U);
  for (const Quad& q : quads)
    EXPECT_THAT(q.subject.value, ::testing::StartsWith("http://example.org/kg/"));
}

TEST_F(RdfExport, EmptyGraphGivesValidEmptyDocuments) {
  const KnowledgeGraph empty;
  EXPECT_TRUE(parse_rdf(serialize(empty, Format::Turtle), "turtle").empty());
  EXPECT_TRUE(parse_rdf(serialize(empty, Format::NTriples), "ntriples").empty());
  EXPECT_TRUE(parse_rdf(serialize(empty, Format::NQuads), "nquads").empty());
}

// --- external validators ----------------------------------------------------------------

/// rapper's triple count for `file`, or -1 if it failed.
long rapper_count(const std::filesystem::path& file, const std::string& syntax,
                  const ScratchDir& scratch) {
  const auto log = scratch / "rapper.log";
  const int status = testing::run("rapper -i " + syntax + " -c " + testing::shell_quote(file) +
                                  " 2>" + testing::shell_quote(log));
  const std::string text = testing::read_text(log);
  std::smatch match;
  if (status != 0 || !std::regex_search(text, match, std::regex(R"(returned (\d+) )"))) {
    ADD_FAILURE() << "rapper -i " << syntax << " failed (" << status << "): " << text;
    return -1;
  }
  return std::stol(match[1]);
}

struct SyntaxCase {
  Format format;
  const char* syntax;  // Raptor, rapper and serdi all use the same name
  const char* file_name;
};

class RdfValidators : public ::testing::TestWithParam<SyntaxCase> {
 protected:
  /// Writes the sample graph in the case's syntax; returns how many statements Raptor reads.
  std::size_t write_sample() {
    const SyntaxCase& c = GetParam();
    const std::string text = serialize(testing::sample_graph(), c.format);
    write_file_atomically(file_, text);
    return parse_rdf(text, c.syntax).size();
  }

  ScratchDir scratch_;
  const std::filesystem::path file_ = scratch_ / GetParam().file_name;
};

TEST_P(RdfValidators, RapperAcceptsTheOutputAndCountsTheSameStatements) {
  if (!testing::tool_available("rapper")) GTEST_SKIP() << "rapper not on PATH";
  const std::size_t expected = write_sample();
  EXPECT_EQ(rapper_count(file_, GetParam().syntax, scratch_), static_cast<long>(expected));
}

TEST_P(RdfValidators, SerdiAcceptsTheOutputAndCountsTheSameStatements) {
  if (!testing::tool_available("serdi")) GTEST_SKIP() << "serdi not on PATH";
  const std::size_t expected = write_sample();
  const auto out = scratch_ / "serdi.out";
  const auto err = scratch_ / "serdi.err";
  EXPECT_EQ(testing::run("serdi -i " + std::string(GetParam().syntax) + " -o nquads " +
                         testing::shell_quote(file_) + " >" + testing::shell_quote(out) + " 2>" +
                         testing::shell_quote(err)),
            0)
      << testing::read_text(err);
  EXPECT_EQ(testing::read_text(err), "");
  // serdi writes one statement per line in N-Quads.
  EXPECT_EQ(testing::count_occurrences(testing::read_text(out), "\n"), expected);
}

INSTANTIATE_TEST_SUITE_P(AllRdfSyntaxes, RdfValidators,
                         ::testing::Values(SyntaxCase{Format::Turtle, "turtle", "graph.ttl"},
                                           SyntaxCase{Format::NTriples, "ntriples", "graph.nt"},
                                           SyntaxCase{Format::NQuads, "nquads", "graph.nq"}),
                         [](const auto& test) { return std::string(test.param.syntax); });

}  // namespace
}  // namespace parkgraph
