// ontology/parkgraph.ttl and ontology/shapes.ttl: valid Turtle, and a vocabulary that declares
// every term the exports use, with Chinese and English labels and aligned to well-known
// vocabularies. That exports conform to the shapes is checked with a real SHACL engine
// (rdf-validate-shacl) in tests/cli/rdf_files_test.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "export/export_test_support.hpp"
#include "export/rdf_reader.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

using namespace parkgraph::testing;

const std::string kOwl = "http://www.w3.org/2002/07/owl#";
const std::filesystem::path kOntologyDir = std::filesystem::path(PARKGRAPH_SOURCE_DIR) / "ontology";

/// Quads indexed for the look-ups a validator needs.
class RdfGraph {
 public:
  explicit RdfGraph(std::vector<Quad> quads) : quads_(std::move(quads)) {
    for (const Quad& q : quads_) {
      by_subject_[{q.subject, q.predicate}].push_back(q.object);
      by_object_[{q.predicate, q.object}].push_back(q.subject);
    }
  }
  [[nodiscard]] std::vector<Term> objects(const Term& s, const Term& p) const {
    const auto found = by_subject_.find({s, p});
    return found == by_subject_.end() ? std::vector<Term>{} : found->second;
  }
  [[nodiscard]] std::vector<Term> subjects(const Term& p, const Term& o) const {
    const auto found = by_object_.find({p, o});
    return found == by_object_.end() ? std::vector<Term>{} : found->second;
  }
  [[nodiscard]] bool has(const Term& s, const Term& p, const Term& o) const {
    const auto values = objects(s, p);
    return std::ranges::find(values, o) != values.end();
  }
  /// The members of the RDF collection starting at `head`.
  [[nodiscard]] std::vector<Term> list(Term head) const {
    std::vector<Term> members;
    while (head != iri(kRdf + "nil") && head.kind != Term::Kind::None) {
      const auto first = objects(head, iri(kRdf + "first"));
      const auto rest = objects(head, iri(kRdf + "rest"));
      if (first.size() != 1 || rest.size() != 1) break;
      members.push_back(first[0]);
      head = rest[0];
    }
    return members;
  }
  [[nodiscard]] const std::vector<Quad>& quads() const { return quads_; }

 private:
  std::vector<Quad> quads_;
  std::map<std::pair<Term, Term>, std::vector<Term>> by_subject_;
  std::map<std::pair<Term, Term>, std::vector<Term>> by_object_;
};

RdfGraph read_turtle_file(const std::string& name) {
  return RdfGraph(parse_rdf(read_text(kOntologyDir / name), "turtle"));
}

TEST(Ontology, FilesAreValidTurtle) {
  for (const char* name : {"parkgraph.ttl", "shapes.ttl"}) {
    const RdfGraph graph = read_turtle_file(name);
    EXPECT_GT(graph.quads().size(), 50U) << name;
    const auto path = kOntologyDir / name;
    if (tool_available("rapper")) {
      EXPECT_EQ(run("rapper -q -i turtle -c " + shell_quote(path) + " 2>/dev/null"), 0) << name;
    }
    if (tool_available("serdi")) {
      EXPECT_EQ(run("serdi -i turtle " + shell_quote(path) + " >/dev/null"), 0) << name;
    }
  }
}

TEST(Ontology, DeclaresEveryTermTheExportUses) {
  const RdfGraph vocabulary = read_turtle_file("parkgraph.ttl");
  const auto declared_as = [&](const Term& term, std::initializer_list<std::string> kinds) {
    return std::ranges::any_of(kinds, [&](const std::string& kind) {
      return vocabulary.has(term, iri(kRdf + "type"), iri(kOwl + kind));
    });
  };
  std::set<std::string> checked;
  for (const Quad& q : parse_rdf(serialize(sample_graph(), Format::NTriples), "ntriples")) {
    if (q.predicate.value.starts_with(kPg) && checked.insert(q.predicate.value).second) {
      EXPECT_TRUE(declared_as(q.predicate, {"ObjectProperty", "DatatypeProperty"}))
          << q.predicate.value;
    }
    if (q.predicate == iri(kRdf + "type") && q.object.value.starts_with(kPg) &&
        checked.insert(q.object.value).second) {
      EXPECT_TRUE(declared_as(q.object, {"Class"})) << q.object.value;
    }
  }
  EXPECT_GE(checked.size(), 25U);
  // Every relation type of the code has its property.
  for (const RelationType type : kAllRelationTypes) {
    EXPECT_TRUE(declared_as(iri(kPg + std::string(to_string(type))), {"ObjectProperty"}));
  }
}

}  // namespace
}  // namespace parkgraph

namespace parkgraph {
namespace {

using namespace parkgraph::testing;

TEST(Ontology, EveryClassAndPropertyHasChineseAndEnglishLabels) {
  const auto quads = parse_rdf(read_text(kOntologyDir / "parkgraph.ttl"), "turtle");
  const RdfGraph vocabulary{std::vector<Quad>(quads)};
  std::size_t terms = 0;
  for (const char* kind : {"Class", "ObjectProperty", "DatatypeProperty"}) {
    for (const Term& term : vocabulary.subjects(iri(kRdf + "type"), iri(kOwl + kind))) {
      if (term.kind != Term::Kind::Iri || !term.value.starts_with(kPg)) continue;
      ++terms;
      std::set<std::string> languages;
      for (const Term& label : vocabulary.objects(term, iri(kRdfs + "label"))) {
        languages.insert(label.language);
      }
      EXPECT_TRUE(languages.contains("zh") && languages.contains("en")) << term.value;
    }
  }
  EXPECT_GE(terms, 35U);
}

TEST(Ontology, AlignsWithSchemaOrgOrgFoafAndProv) {
  const RdfGraph vocabulary = read_turtle_file("parkgraph.ttl");
  const Term sub_class = iri(kRdfs + "subClassOf");
  EXPECT_TRUE(vocabulary.has(iri(kPg + "Person"), sub_class, iri("http://schema.org/Person")));
  EXPECT_TRUE(
      vocabulary.has(iri(kPg + "Person"), sub_class, iri("http://xmlns.com/foaf/0.1/Person")));
  EXPECT_TRUE(vocabulary.has(iri(kPg + "Organization"), sub_class,
                             iri("http://www.w3.org/ns/org#Organization")));
  EXPECT_TRUE(vocabulary.has(iri(kPg + "Park"), sub_class, iri("http://schema.org/Place")));
  EXPECT_TRUE(vocabulary.has(iri(kPg + "Document"), sub_class, iri(kProv + "Entity")));
  EXPECT_TRUE(vocabulary.has(iri(kPg + "holdsPosition"), iri(kRdfs + "subPropertyOf"),
                             iri("http://www.w3.org/ns/org#memberOf")));
}

}  // namespace
}  // namespace parkgraph
