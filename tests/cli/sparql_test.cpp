// The RDF answers SPARQL queries: Rasqal's roqet runs queries over the Turtle and N-Quads the
// CLI writes, as an analyst would after loading them into a store; `parkgraph sparql` does the
// same in process.
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

constexpr std::string_view kPrefixes =
    "PREFIX pg: <https://w3id.org/parkgraph/ontology#> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

class Sparql : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    if (!have_tool("roqet")) GTEST_SKIP() << "roqet (rasqal-utils) is not installed";
    put("news.txt",
        "位于株洲高新区的株洲时代光电有限公司加快研发。\n"
        "株洲高新区党工委副书记、管委会主任周海涛表示，园区将持续优化营商环境。\n");
    const RunResult r = run({"build", "news.txt", "-o", "g.ttl", "-o", "g.nq"});
    ASSERT_EQ(r.exit_code, 0) << describe(r);
  }

  RunResult query(const std::string& file, const std::string& syntax, const std::string& sparql) {
    return run_shell("roqet -q -r csv -i sparql -F " + quote(syntax) + " -D " + quote(file) +
                     " -e " + quote(std::string(kPrefixes) + sparql));
  }
};

// Which companies sit in which park: the locatedIn triple links the two labelled entities.
TEST_F(Sparql, CompaniesInAPark) {
  const RunResult r = query("g.ttl", "turtle",
                            "SELECT ?company WHERE { ?c a pg:Company ; pg:locatedIn ?p ; "
                            "rdfs:label ?company . ?p a pg:Park ; rdfs:label \"株洲高新区\"@zh }");
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_NE(r.out.find("株洲时代光电有限公司"), std::string::npos) << r.out;
}

// Who holds which office: the title is on the reified statement of the holdsPosition triple.
TEST_F(Sparql, OfficialsWithTheirTitles) {
  const RunResult r = query("g.ttl", "turtle",
                            "SELECT ?name ?title WHERE { ?s a pg:Statement ; pg:title ?title ; "
                            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?person . "
                            "?person rdfs:label ?name }");
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_NE(r.out.find("周海涛"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("党工委副书记、管委会主任"), std::string::npos) << r.out;
}

// The N-Quads load as they are and answer the same questions about entities.
TEST_F(Sparql, NQuadsAnswerToo) {
  const RunResult r =
      query("g.nq", "nquads", "SELECT ?park WHERE { ?p a pg:Park ; rdfs:label ?park }");
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_NE(r.out.find("株洲高新区"), std::string::npos) << r.out;
}

// --- parkgraph sparql: the same questions in process, no store --------------------------------

class ParkgraphSparql : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    put("news.txt",
        "位于株洲高新区的株洲时代光电有限公司加快研发。\n"
        "株洲高新区党工委副书记、管委会主任周海涛表示，园区将持续优化营商环境。\n");
    const RunResult r = run({"build", "news.txt", "-o", "g.ttl", "--provenance", "-o", "g.nq"});
    ASSERT_EQ(r.exit_code, 0) << describe(r);
  }
};

TEST_F(ParkgraphSparql, SelectGivesCsvWithUtf8Values) {
  put("q.rq",
      std::string(kPrefixes) +
          "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?name ?title WHERE { ?m org:member "
          "?p ; pg:title ?title . ?p rdfs:label ?name } ORDER BY ?name");
  for (const char* file : {"g.ttl", "g.nq"}) {
    const RunResult r = run({"sparql", file, "q.rq"});
    ASSERT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(r.out, "name,title\r\n周海涛,党工委副书记、管委会主任\r\n") << file;
  }
}

TEST_F(ParkgraphSparql, AskConstructAndJson) {
  RunResult r = run({"sparql", "g.ttl", "-e",
                     std::string(kPrefixes) + "ASK { ?c a pg:Company ; pg:locatedIn ?p }"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.out, "true\n");
  r = run(
      {"sparql", "g.ttl", "-r", "json", "-e", std::string(kPrefixes) + "ASK { ?c a pg:Planet }"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_NE(r.out.find("\"boolean\" : false"), std::string::npos) << r.out;
  r = run({"sparql", "g.ttl", "-e",
           std::string(kPrefixes) + "CONSTRUCT { ?p a pg:Park } WHERE { ?p a pg:Park }"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.out,
            "<https://w3id.org/parkgraph/id/park/\\u682A\\u6D32\\u9AD8\\u65B0\\u533A> "
            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
            "<https://w3id.org/parkgraph/ontology#Park> .\n");
  // -o writes the results to a file instead.
  r = run({"sparql", "g.nq", "-o", "out.csv", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(read_file(work() / "out.csv").starts_with("n\r\n"));
}

TEST_F(ParkgraphSparql, BadQueriesAndDataAreReportedWithTheirPosition) {
  put("bad.rq", "SELECT ?x WHERE {\n  ?x ?y \n");
  RunResult r = run({"sparql", "g.ttl", "bad.rq"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_NE(r.err.find("parkgraph sparql: bad.rq:"), std::string::npos) << r.err;
  put("bad.ttl", "<a> <b> .\n");
  r = run({"sparql", "bad.ttl", "-e", "ASK { ?s ?p ?o }"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_NE(r.err.find("bad.ttl:1"), std::string::npos) << r.err;
  r = run({"sparql", "missing.ttl", "-e", "ASK { ?s ?p ?o }"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_NE(r.err.find("missing.ttl"), std::string::npos) << r.err;
  r = run({"sparql", "g.ttl", "missing.rq"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_NE(r.err.find("missing.rq"), std::string::npos) << r.err;
}

TEST_F(ParkgraphSparql, UsageErrorsExitTwo) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"sparql", "g.ttl"},
           {"sparql", "g.ttl", "q.rq", "-e", "ASK {}"},
           {"sparql", "g.ttl", "-r", "yaml", "-e", "ASK {}"},
           {"sparql", "g.json", "-e", "ASK {}"},
           {"sparql", "g.ttl", "--format", "yaml", "-e", "ASK {}"}}) {
    const RunResult r = run(args);
    EXPECT_TRUE(r.exit_code == 2 || (args[1] == "g.json" && r.exit_code == 1)) << describe(r);
    EXPECT_EQ(r.out, "");
  }
  const RunResult help = run({"sparql", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("SPARQL"), std::string::npos);
}

}  // namespace
}  // namespace parkgraph::cli_testing
