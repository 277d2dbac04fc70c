// The RDF answers SPARQL queries: Rasqal's roqet runs queries over the Turtle and N-Quads the
// CLI writes, as an analyst would after loading them into a store.
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

}  // namespace
}  // namespace parkgraph::cli_testing
