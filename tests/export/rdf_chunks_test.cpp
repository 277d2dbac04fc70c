// The RDF writers cut a graph into chunks written by separate Raptor serialisers, in
// parallel with ExportOptions::threads. These tests use a generated graph large enough for
// several chunks of vertices and of documents, and check what the cutting must not change:
// the bytes (whatever the thread count), the triples (Turtle against N-Triples), one prefix
// header, one Turtle block per subject, and nodes shared across chunks written once.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "export/export_test_support.hpp"
#include "export/rdf_reader.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

using namespace parkgraph::testing;

constexpr std::size_t kCompanies = 900;
constexpr std::size_t kMentionsPerCompany = 6;
constexpr std::size_t kParks = 30;
constexpr std::size_t kPersons = 60;
constexpr std::size_t kTitles = 7;

std::string company_name(std::size_t i) {
  return "星海" + std::to_string(i) + "科技有限公司";
}

/// Companies in parks (many heads citing the same few sentences of the same documents),
/// persons holding a few titles in companies far apart in vertex order, and about 5,400
/// distinct documents among the mentions: more than one chunk of each kind.
KnowledgeGraph large_graph() {
  BoostGraph g;
  std::vector<Vertex> parks;
  std::vector<Vertex> companies;
  for (std::size_t i = 0; i < kCompanies; ++i) {
    std::vector<MentionRef> mentions;
    for (std::size_t m = 0; m < kMentionsPerCompany; ++m) {
      mentions.push_back({"doc-" + std::to_string(i * kMentionsPerCompany + m) + ".txt", 10 * m,
                          10 * m + 8, company_name(i)});
    }
    companies.push_back(
        boost::add_vertex(make_entity("company/" + company_name(i), EntityType::Company,
                                      company_name(i), std::move(mentions), 0.8),
                          g));
  }
  for (std::size_t p = 0; p < kParks; ++p) {
    const std::string name = "第" + std::to_string(p) + "高新技术产业开发区";
    parks.push_back(boost::add_vertex(
        make_entity("park/" + name, EntityType::Park, name, {{"doc-0.txt", 0, 9, name}}, 0.9), g));
  }
  for (std::size_t person = 0; person < kPersons; ++person) {
    const std::string name = "张" + std::to_string(person);
    const Vertex v = boost::add_vertex(
        make_entity("person/" + name, EntityType::Person, name, {{"doc-1.txt", 0, 2, name}}, 0.9),
        g);
    for (std::size_t k = 0; k < 3; ++k) {
      const Vertex unit = companies[(person * 97 + k * 311) % kCompanies];
      boost::add_edge(
          v, unit,
          make_relation(RelationType::HoldsPosition, "shared-" + std::to_string(k), 0, 20,
                        "任职的句子。", "职务" + std::to_string((person + k) % kTitles)),
          g);
    }
  }
  for (std::size_t i = 0; i < kCompanies; ++i) {
    // Every fifth company is cited by the same sentence of the same document.
    const std::string doc = "shared-" + std::to_string(i % 5);
    boost::add_edge(companies[i], parks[i % kParks],
                    make_relation(RelationType::LocatedIn, doc, 100, 130, "落户的句子。"), g);
  }
  return KnowledgeGraph(std::move(g));
}

const KnowledgeGraph& graph() {
  static const KnowledgeGraph shared = large_graph();
  return shared;
}

std::string written(Format format, unsigned threads, bool provenance = false) {
  ExportOptions options;
  options.threads = threads;
  options.provenance = provenance;
  return serialize(graph(), format, options);
}

std::size_t lines_starting_with(const std::string& text, const std::string& prefix) {
  std::size_t count = text.starts_with(prefix) ? 1 : 0;
  for (std::size_t at = text.find("\n" + prefix); at != std::string::npos;
       at = text.find("\n" + prefix, at + 1)) {
    ++count;
  }
  return count;
}

struct Case {
  Format format;
  bool provenance;
};

class RdfChunks : public ::testing::TestWithParam<Case> {};

TEST_P(RdfChunks, BytesDoNotDependOnTheThreadCount) {
  const auto [format, provenance] = GetParam();
  const std::string one = written(format, 1, provenance);
  ASSERT_GT(one.size(), 1'000'000U) << "the graph should span several chunks";
  for (const unsigned threads : {2U, 3U, 8U}) {
    EXPECT_TRUE(written(format, threads, provenance) == one) << threads << " threads";
  }
}

INSTANTIATE_TEST_SUITE_P(EverySyntax, RdfChunks,
                         ::testing::Values(Case{Format::Turtle, false},
                                           Case{Format::NTriples, false},
                                           Case{Format::NQuads, true}),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(format_name(info.param.format)) +
                                  (info.param.provenance ? "_provenance" : "");
                         });

TEST(RdfChunksTurtle, HoldsTheTriplesOfNTriplesUnderOneHeader) {
  const std::string turtle = written(Format::Turtle, 2);
  EXPECT_EQ(lines_starting_with(turtle, "@prefix "), 7U);
  const auto from_turtle = parse_rdf(turtle, "turtle");
  const auto from_ntriples = parse_rdf(written(Format::NTriples, 2), "ntriples");
  EXPECT_EQ(from_turtle.size(), from_ntriples.size());
  EXPECT_TRUE(from_turtle == from_ntriples);
}

TEST(RdfChunksTurtle, EachSubjectHasOneBlock) {
  const std::string turtle = written(Format::Turtle, 2);
  // Raptor writes a subject alone on the line that opens its block.
  for (const std::size_t i : {std::size_t{0}, kCompanies / 2, kCompanies - 1}) {
    const std::string subject = "<" + kBase + "company/" + company_name(i) + ">\n";
    EXPECT_EQ(lines_starting_with(turtle, subject), 1U) << company_name(i);
  }
  EXPECT_EQ(lines_starting_with(turtle, "<" + kBase + "doc/doc-4000.txt>\n"), 1U);
}

TEST(RdfChunksProvenance, NodesSharedAcrossChunksAreDescribedOnce) {
  const auto quads = parse_rdf(written(Format::NQuads, 3, true), "nquads");
  std::map<std::string, std::size_t> typed;
  std::set<std::string> roles;
  for (const Quad& q : quads) {
    if (q.predicate != iri(kRdf + "type")) continue;
    ++typed[q.object.value];
    if (q.object == iri(kOrg + "Role")) roles.insert(q.subject.value);
  }
  // Five shared documents, one sentence each for locatedIn (100-130), and three more
  // (shared-0..2, 0-20) for the positions.
  EXPECT_EQ(typed[kPg + "Sentence"], 5U + 3U);
  EXPECT_EQ(typed[kPg + "Extraction"], 5U);
  EXPECT_EQ(typed[kOrg + "Role"], kTitles);
  EXPECT_EQ(roles.size(), kTitles);
  EXPECT_EQ(typed[kOrg + "Membership"], kPersons * 3);
  EXPECT_EQ(typed[kPg + "Statement"], kCompanies + kPersons * 3);
  EXPECT_EQ(typed[kPg + "Document"],
            kCompanies * kMentionsPerCompany + 5);  // doc-0, doc-1 are among the mention docs
}

}  // namespace
}  // namespace parkgraph
