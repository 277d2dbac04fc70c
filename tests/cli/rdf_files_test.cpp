// The RDF files `parkgraph build` writes for a real corpus: they conform to the SHACL shapes
// (rdf-validate-shacl), parse in rapper, serdi and rdflib, round-trip Turtle -> N-Triples ->
// Turtle, keep their IRIs across runs, base IRIs and shards of a split corpus.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "export/rdf_reader.hpp"
#include "rdf_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using parkgraph::testing::parse_rdf;
using parkgraph::testing::Quad;
using parkgraph::testing::Term;

const std::string kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
const std::string kPg = "https://w3id.org/parkgraph/ontology#";
const std::string kSh = "http://www.w3.org/ns/shacl#";

/// rdflib from Debian's python3-rdflib: /usr/bin/python3, not whatever python3 is first on PATH.
bool have_rdflib() {
  return std::system("/usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1") == 0;
}

class RdfFiles : public CliTest {
 protected:
  void build(const std::vector<std::string>& args) {
    std::vector<std::string> all = {"build"};
    all.insert(all.end(), args.begin(), args.end());
    const RunResult r = run(all);
    ASSERT_EQ(r.exit_code, 0) << describe(r);
  }

  nlohmann::json shacl(const std::vector<std::string>& files) {
    std::string command = "node " +
                          quote((kSource / "tests/export/js/shacl_validate.mjs").string()) + " " +
                          quote((kSource / "ontology/shapes.ttl").string());
    for (const auto& f : files) command += " " + quote(f);
    // The vocabulary's subclass axioms let sh:class pg:Entity accept a pg:Park.
    command += " " + quote((kSource / "ontology/parkgraph.ttl").string());
    const RunResult r = run_shell(command);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json{{"conforms", false}};
  }

  std::vector<Quad> read_rdf(const std::string& file, const char* syntax) const {
    return parse_rdf(read_file(work() / file), syntax);
  }
};

// --- SHACL ------------------------------------------------------------------------------

class RdfShacl : public RdfFiles, public ::testing::WithParamInterface<const char*> {};

TEST_P(RdfShacl, TheCorpusGraphConformsToTheShapes) {
  const fs::path corpus = std::string(GetParam()) == "seeds" ? kSeeds : kExampleCorpus;
  if (!fs::exists(corpus)) GTEST_SKIP() << corpus << " is absent";
  if (!have_node_modules("rdf-validate-shacl")) GTEST_SKIP() << "npm packages missing";
  build({corpus.string(), "-o", "g.ttl"});
  build({corpus.string(), "--provenance", "-o", "g.nq"});
  for (const char* file : {"g.ttl", "g.nq"}) {
    const nlohmann::json report = shacl({file});
    EXPECT_TRUE(report.at("conforms").get<bool>())
        << file << ": " << report.dump(1).substr(0, 4000);
    EXPECT_GT(report.value("quads", 0), 1000) << file;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpora, RdfShacl, ::testing::Values("examples", "seeds"));

TEST_F(RdfFiles, TheShapesCatchBrokenData) {
  if (!have_node_modules("rdf-validate-shacl")) GTEST_SKIP() << "npm packages missing";
  build({kExampleCorpus.string(), "-o", "g.ttl"});
  // A company that holds a position, a park with a second class and a second name, and an
  // investment written as a string.
  put("broken.ttl",
      "@prefix pg: <https://w3id.org/parkgraph/ontology#> .\n"
      "@prefix pgid: <https://w3id.org/parkgraph/id/> .\n"
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
      "<https://w3id.org/parkgraph/id/company/安徽启衡新能源科技有限公司> pg:holdsPosition "
      "<https://w3id.org/parkgraph/id/park/合肥高新区> .\n"
      "<https://w3id.org/parkgraph/id/park/合肥高新区> a pg:Location ; rdfs:label \"别名\"@zh .\n"
      "<https://w3id.org/parkgraph/id/project/x> a pg:Project ; rdfs:label \"x\"@zh ; "
      "pg:investment \"36亿元\" .\n");
  const nlohmann::json report = shacl({"g.ttl", "broken.ttl"});
  EXPECT_FALSE(report.at("conforms").get<bool>());
  std::set<std::string> found;
  for (const auto& result : report.at("results")) {
    found.insert(result.at("component").get<std::string>().substr(kSh.size()) + " " +
                 result.at("focusNode")
                     .get<std::string>()
                     .substr(std::string("https://w3id.org/parkgraph/id/").size()));
  }
  EXPECT_THAT(found, ::testing::IsSupersetOf({
                         "ClassConstraintComponent company/安徽启衡新能源科技有限公司",
                         "QualifiedMaxCountConstraintComponent park/合肥高新区",
                         "MaxCountConstraintComponent park/合肥高新区",
                         "DatatypeConstraintComponent project/x",
                     }))
      << report.dump(1);
}

// --- parsers and round trip -------------------------------------------------------------

TEST_F(RdfFiles, EveryOutputParsesInRapperSerdiAndRdflibAlike) {
  if (!have_tool("rapper") || !have_tool("serdi") || !have_rdflib()) {
    GTEST_SKIP() << "rapper, serdi or python3-rdflib missing";
  }
  build({kExampleCorpus.string(), "-o", "g.ttl", "-o", "g.nt"});
  build({kExampleCorpus.string(), "--provenance", "-o", "g.nq"});
  struct Case {
    const char* file;
    const char* raptor;  // rapper and serdi name
    const char* rdflib;
  };
  for (const Case c : {Case{"g.ttl", "turtle", "turtle"}, Case{"g.nt", "ntriples", "nt"},
                       Case{"g.nq", "nquads", "nquads"}}) {
    SCOPED_TRACE(c.file);
    const std::size_t statements = read_rdf(c.file, c.raptor).size();
    ASSERT_GT(statements, 1000U);
    const RunResult rapper = run_shell("rapper -i " + std::string(c.raptor) + " -c " + c.file);
    ASSERT_EQ(rapper.exit_code, 0) << describe(rapper);
    std::smatch count;
    ASSERT_TRUE(std::regex_search(rapper.err, count, std::regex(R"(returned (\d+) )")));
    EXPECT_EQ(std::stoul(count[1]), statements);
    const RunResult serdi =
        run_shell("serdi -i " + std::string(c.raptor) + " -o nquads " + c.file + " | wc -l");
    ASSERT_EQ(serdi.exit_code, 0) << describe(serdi);
    EXPECT_EQ(serdi.err, "");
    EXPECT_EQ(std::stoul(serdi.out), statements);
    const RunResult rdflib =
        run_shell("/usr/bin/python3 " + quote((kScripts / "rdflib_check.py").string()) + " parse " +
                  c.rdflib + " " + c.file);
    ASSERT_EQ(rdflib.exit_code, 0) << describe(rdflib);
    EXPECT_EQ(std::stoul(rdflib.out), statements);
  }
}

TEST_F(RdfFiles, TurtleToNTriplesToTurtleIsIsomorphic) {
  if (!have_tool("rapper") || !have_rdflib()) GTEST_SKIP() << "rapper or python3-rdflib missing";
  build({kExampleCorpus.string(), "-o", "g.ttl"});
  const RunResult there = run_shell("rapper -q -i turtle -o ntriples g.ttl > back.nt");
  ASSERT_EQ(there.exit_code, 0) << describe(there);
  const RunResult again = run_shell("rapper -q -i ntriples -o turtle back.nt > again.ttl");
  ASSERT_EQ(again.exit_code, 0) << describe(again);
  const RunResult same =
      run_shell("/usr/bin/python3 " + quote((kScripts / "rdflib_check.py").string()) +
                " isomorphic turtle g.ttl again.ttl");
  EXPECT_EQ(same.exit_code, 0) << describe(same);
  EXPECT_GT(std::stoul("0" + same.out), 1000U);
  // The check can fail: one triple less is not isomorphic.
  const RunResult cut =
      run_shell("head -n -1 back.nt > cut.nt && /usr/bin/python3 " +
                quote((kScripts / "rdflib_check.py").string()) + " isomorphic nt back.nt cut.nt");
  EXPECT_EQ(cut.exit_code, 1) << describe(cut);
}

// --- stable IRIs ------------------------------------------------------------------------

TEST_F(RdfFiles, IrisAndBytesAreTheSameInEveryRunAndUnderAnyBase) {
  build({kExampleCorpus.string(), "-j", "1", "-o", "a.nq", "--provenance"});
  build({kExampleCorpus.string(), "-j", "2", "-o", "b.nq", "--provenance"});
  EXPECT_EQ(read_file(work() / "a.nq"), read_file(work() / "b.nq"));
  build({kExampleCorpus.string(), "--base-iri", "http://data.example.org/parks/", "-o", "c.nt"});
  build({kExampleCorpus.string(), "-o", "d.nt"});
  const std::string moved = read_file(work() / "c.nt");
  EXPECT_THAT(moved, ::testing::HasSubstr("<http://data.example.org/parks/park/"));
  EXPECT_THAT(moved, ::testing::Not(::testing::HasSubstr("w3id.org/parkgraph/id/")));
  // Only the base differs.
  EXPECT_EQ(std::regex_replace(moved, std::regex("http://data\\.example\\.org/parks/"),
                               "https://w3id.org/parkgraph/id/"),
            read_file(work() / "d.nt"));
}

TEST_F(RdfFiles, BadBaseIriOrProvenanceWithoutNamedGraphsIsAUsageError) {
  put("a.txt", std::string(kZhuzhouReport));
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"build", "a.txt", "--base-iri", "no-scheme/", "-o", "g.ttl"},
           {"build", "a.txt", "--base-iri", "http://example.org/no-end", "-o", "g.ttl"},
           {"build", "a.txt", "--provenance", "-o", "g.ttl", "-o", "g.json"}}) {
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    EXPECT_THAT(r.err, ::testing::HasSubstr("parkgraph build:"));
  }
  EXPECT_FALSE(fs::exists(work() / "g.ttl"));
}

// --- split corpus -----------------------------------------------------------------------
//
// Names are chosen across documents (the fullest form seen becomes rdfs:label, the others
// pg:alias) and an entity's pg:confidence is its best mention's, so those three may differ
// between a shard and the whole. Everything else must be equal as a set of triples: entity
// IRIs and classes, relation triples, memberships, attributes, mentions, statements, documents
// and provenance. And per entity, the names of the shards together (label or alias) are the
// names of the whole, and the best confidence of the shards is the confidence of the whole.

struct Split {
  std::set<Quad> facts;                               // all but label/alias/confidence
  std::map<Term, std::set<std::string>> names;        // entity -> label and aliases
  std::map<Term, std::set<std::string>> confidences;  // entity -> confidences
};

void add(Split& split, const std::vector<Quad>& quads) {
  const Term label{Term::Kind::Iri, kRdfs + "label", "", ""};
  const Term alias{Term::Kind::Iri, kPg + "alias", "", ""};
  const Term confidence{Term::Kind::Iri, kPg + "confidence", "", ""};
  const std::string entity_prefix = "https://w3id.org/parkgraph/id/";
  for (const Quad& q : quads) {
    const bool entity = q.subject.value.starts_with(entity_prefix) &&
                        q.subject.value.find("/statement/") == std::string::npos &&
                        q.subject.value.find("/doc/") == std::string::npos &&
                        q.subject.value.find("/role/") == std::string::npos;
    if (entity && (q.predicate == label || q.predicate == alias)) {
      split.names[q.subject].insert(q.object.value);
    } else if (entity && q.predicate == confidence) {
      split.confidences[q.subject].insert(q.object.value);
    } else {
      split.facts.insert(q);
    }
  }
}

class RdfSplitCorpus : public RdfFiles, public ::testing::WithParamInterface<const char*> {};

TEST_P(RdfSplitCorpus, TwoHalvesGiveTheTriplesOfTheWhole) {
  const fs::path corpus = std::string(GetParam()) == "seeds" ? kSeeds : kExampleCorpus;
  if (!fs::exists(corpus)) GTEST_SKIP() << corpus << " is absent";
  std::vector<std::string> files;
  for (const auto& item : fs::directory_iterator(corpus)) {
    if (item.path().extension() == ".txt") files.push_back(item.path().string());
  }
  std::ranges::sort(files);
  ASSERT_GE(files.size(), 2U);
  const std::size_t half = files.size() / 2;
  std::vector<std::string> first(files.begin(), files.begin() + static_cast<long>(half));
  std::vector<std::string> second(files.begin() + static_cast<long>(half), files.end());
  // The caps keep each entity's first mentions and each relation's first documents; a half
  // keeps its own first ones, so halves together may hold more provenance than the whole.
  // Without caps every triple must agree.
  const std::vector<std::string> options = {"--provenance", "--max-mentions", "0",
                                            "--max-documents", "0"};
  first.insert(first.end(), options.begin(), options.end());
  second.insert(second.end(), options.begin(), options.end());
  first.insert(first.end(), {"-o", "a.nq"});
  second.insert(second.end(), {"-o", "b.nq"});
  build(first);
  build(second);
  std::vector<std::string> all = {corpus.string()};
  all.insert(all.end(), options.begin(), options.end());
  all.insert(all.end(), {"-o", "whole.nq"});
  build(all);

  Split halves;
  Split whole;
  add(halves, read_rdf("a.nq", "nquads"));
  add(halves, read_rdf("b.nq", "nquads"));
  add(whole, read_rdf("whole.nq", "nquads"));
  EXPECT_GT(whole.facts.size(), 1000U);
  EXPECT_TRUE(halves.facts == whole.facts) << halves.facts.size() << " triples from the halves, "
                                           << whole.facts.size() << " from the whole";
  EXPECT_EQ(halves.names, whole.names);
  ASSERT_EQ(halves.confidences.size(), whole.confidences.size());
  for (const auto& [entity, values] : whole.confidences) {
    ASSERT_EQ(values.size(), 1U) << entity.value;
    const auto& shards = halves.confidences[entity];
    const auto best =
        std::ranges::max(shards, {}, [](const std::string& v) { return std::stod(v); });
    EXPECT_EQ(best, *values.begin()) << entity.value;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpora, RdfSplitCorpus, ::testing::Values("examples", "seeds"));

}  // namespace
}  // namespace parkgraph::cli_testing
