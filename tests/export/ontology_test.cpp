// ontology/parkgraph.ttl and ontology/shapes.ttl: valid Turtle, a vocabulary that declares
// every term the exports use, and shapes the exports conform to. No SHACL engine is
// packaged for this machine, so a small validator for the subset of SHACL that
// shapes.ttl uses (targetClass, nodeKind, datatype, class, in, min/maxCount,
// min/maxInclusive) checks the export here; it refuses shapes using anything else.
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
const std::string kSh = "http://www.w3.org/ns/shacl#";
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

/// The datatype IRI of a literal as SHACL sees it.
std::string datatype_of(const Term& literal) {
  if (!literal.datatype.empty()) return literal.datatype;
  return literal.language.empty() ? kXsd + "string" : kRdf + "langString";
}

struct Report {
  std::vector<std::string> violations;
  std::map<std::string, std::size_t> focus_nodes;  // per node shape
};

class MiniShacl {
 public:
  explicit MiniShacl(const RdfGraph& shapes) : shapes_(shapes) {}

  [[nodiscard]] Report validate(const RdfGraph& data) const {
    Report report;
    for (const Term& shape : shapes_.subjects(iri(kRdf + "type"), sh("NodeShape"))) {
      std::set<Term> focus;
      for (const Term& cls : shapes_.objects(shape, sh("targetClass"))) {
        for (const Term& node : data.subjects(iri(kRdf + "type"), cls)) focus.insert(node);
      }
      report.focus_nodes[shape.value] = focus.size();
      for (const Term& node : focus) check_node(shape, node, data, report);
    }
    return report;
  }

 private:
  static Term sh(const std::string& local) { return iri(kSh + local); }

  [[nodiscard]] std::vector<Term> constraint(const Term& shape, const std::string& name) const {
    return shapes_.objects(shape, sh(name));
  }

  void check_node(const Term& shape, const Term& node, const RdfGraph& data, Report& report) const {
    for (const Term& kind : constraint(shape, "nodeKind")) {
      check_value(shape, node, kind, "nodeKind", data, report);
    }
    for (const Term& property : constraint(shape, "property")) {
      const auto paths = constraint(property, "path");
      ASSERT_EQ(paths.size(), 1U) << property.value;
      const std::vector<Term> values = data.objects(node, paths[0]);
      const std::string where = node.value + " " + paths[0].value;
      for (const Term& bound : constraint(property, "minCount")) {
        if (values.size() < std::stoul(bound.value))
          report.violations.push_back("minCount " + where);
      }
      for (const Term& bound : constraint(property, "maxCount")) {
        if (values.size() > std::stoul(bound.value))
          report.violations.push_back("maxCount " + where);
      }
      for (const Term& value : values) check_property_value(property, value, where, data, report);
    }
  }

  void check_property_value(const Term& property, const Term& value, const std::string& where,
                            const RdfGraph& data, Report& report) const {
    for (const auto& [key, object] : constraints_of(property)) {
      check_value(property, value, object, key, data, report, where);
    }
  }

  /// (constraint name, parameter) pairs of a property shape; fails on unknown constraints.
  [[nodiscard]] std::vector<std::pair<std::string, Term>> constraints_of(const Term& shape) const {
    static const std::set<std::string> kKnown = {
        "path",     "minCount", "maxCount",     "datatype",     "class",
        "nodeKind", "in",       "minInclusive", "maxInclusive", "message"};
    std::vector<std::pair<std::string, Term>> found;
    for (const Quad& q : shapes_.quads()) {
      if (q.subject != shape || !q.predicate.value.starts_with(kSh)) continue;
      const std::string name = q.predicate.value.substr(kSh.size());
      EXPECT_TRUE(kKnown.contains(name)) << "unsupported SHACL constraint sh:" << name;
      if (name != "path" && name != "minCount" && name != "maxCount" && name != "message") {
        found.emplace_back(name, q.object);
      }
    }
    return found;
  }

  void check_value(const Term& shape, const Term& value, const Term& parameter,
                   const std::string& name, const RdfGraph& data, Report& report,
                   const std::string& where = "") const {
    bool ok = true;
    if (name == "nodeKind") {
      ok = parameter == sh("IRI") ? value.kind == Term::Kind::Iri
                                  : parameter == sh("Literal") && value.kind == Term::Kind::Literal;
    } else if (name == "datatype") {
      ok = value.kind == Term::Kind::Literal && datatype_of(value) == parameter.value;
    } else if (name == "class") {
      ok = data.has(value, iri(kRdf + "type"), parameter);
    } else if (name == "in") {
      const auto allowed = shapes_.list(parameter);
      ok = std::ranges::find(allowed, value) != allowed.end();
    } else if (name == "minInclusive") {
      ok =
          value.kind == Term::Kind::Literal && std::stod(value.value) >= std::stod(parameter.value);
    } else if (name == "maxInclusive") {
      ok =
          value.kind == Term::Kind::Literal && std::stod(value.value) <= std::stod(parameter.value);
    }
    if (!ok) {
      report.violations.push_back(name + " " + (where.empty() ? value.value : where) + " = " +
                                  value.value + " (shape " + shape.value + ")");
    }
  }

  const RdfGraph& shapes_;
};

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

class ShapesConformance : public ::testing::TestWithParam<std::pair<Format, const char*>> {};

TEST_P(ShapesConformance, ExportConformsToTheShapes) {
  const RdfGraph shapes = read_turtle_file("shapes.ttl");
  const auto [format, syntax] = GetParam();
  const RdfGraph data(parse_rdf(serialize(sample_graph(), format), syntax));
  const Report report = MiniShacl(shapes).validate(data);
  EXPECT_THAT(report.violations, ::testing::IsEmpty());
  const std::string ns = "https://w3id.org/parkgraph/shapes#";
  EXPECT_EQ(report.focus_nodes.at(ns + "EntityShape"), kSampleEntities);
  EXPECT_EQ(report.focus_nodes.at(ns + "MentionShape"), kSampleMentions);
  EXPECT_EQ(report.focus_nodes.at(ns + "DocumentShape"), 2U);
  EXPECT_EQ(report.focus_nodes.at(ns + "StatementShape"), kSampleRelations);
}

INSTANTIATE_TEST_SUITE_P(AllRdfSyntaxes, ShapesConformance,
                         ::testing::Values(std::pair{Format::Turtle, "turtle"},
                                           std::pair{Format::NTriples, "ntriples"},
                                           std::pair{Format::NQuads, "nquads"}),
                         [](const auto& test) { return std::string(test.param.second); });

TEST(Shapes, CatchBrokenData) {
  const RdfGraph shapes = read_turtle_file("shapes.ttl");
  std::vector<Quad> quads = parse_rdf(serialize(sample_graph(), Format::NTriples), "ntriples");
  const Term park = iri(kBase + "park/苏州工业园区");
  const Term mention = iri(kBase + "park/苏州工业园区#mention-001_suzhou.txt-3-9");
  // A mention loses its document; the park gets a second name and an impossible confidence;
  // a statement gets a predicate outside the vocabulary.
  std::erase_if(quads, [&](const Quad& q) {
    return q.subject == mention && q.predicate == iri(kPg + "doc");
  });
  quads.push_back({park, iri(kRdfs + "label"), literal("另一个名字", "", "zh"), {}});
  for (Quad& q : quads) {
    if (q.subject == park && q.predicate == iri(kPg + "confidence")) {
      q.object.value = "1.5";
    }
    if (q.predicate == iri(kRdf + "predicate") && q.object == iri(kPg + "investsIn")) {
      q.object = iri(kPg + "knows");
    }
  }
  const Report report = MiniShacl(shapes).validate(RdfGraph(quads));
  EXPECT_THAT(report.violations,
              ::testing::UnorderedElementsAre(::testing::StartsWith("minCount " + mention.value),
                                              ::testing::StartsWith("maxCount " + park.value),
                                              ::testing::StartsWith("maxInclusive " + park.value),
                                              ::testing::StartsWith("in ")));
}

}  // namespace
}  // namespace parkgraph
