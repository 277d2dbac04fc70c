// parkgraph query and render on saved graphs: answers on examples/corpus (always present) and
// on the seed pages (skipped without ../shared), pictures through Graphviz, and usage errors.
#include <gmock/gmock.h>

#include <regex>
#include <set>

#include "cli/cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

/// How often `needle` occurs in `text`.
std::size_t count(std::string_view text, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1))
    ++n;
  return n;
}

const fs::path kExamples = fs::path(PARKGRAPH_SOURCE_DIR) / "examples" / "corpus";

/// Builds a graph once per test and runs query/render against it.
class SavedGraphTest : public CliTest {
 protected:
  void build(const fs::path& corpus) {
    const RunResult r = run({"build", corpus.string(), "-o", "g.json", "-o", "g.nt"});
    ASSERT_EQ(r.exit_code, 0) << describe(r);
  }

  /// `query OP g.json ARGS... --json`, parsed.
  nlohmann::json query_json(const std::vector<std::string>& op_and_args) {
    std::vector<std::string> args{"query", op_and_args[0], "g.json"};
    args.insert(args.end(), op_and_args.begin() + 1, op_and_args.end());
    args.push_back("--json");
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    try {
      return nlohmann::json::parse(r.out);
    } catch (const nlohmann::json::exception& e) {
      ADD_FAILURE() << "not JSON: " << r.out;
      return nlohmann::json::array();
    }
  }

  static std::vector<std::string> column(const nlohmann::json& rows, const char* name) {
    std::vector<std::string> out;
    for (const auto& row : rows) out.push_back(row.at(name).get<std::string>());
    return out;
  }
};

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST_F(SavedGraphTest, AnswersQueriesOnTheExampleCorpus) {
  build(kExamples);
  EXPECT_THAT(column(query_json({"find", "南昌高新区"}), "id"), ElementsAre("park/南昌高新区"));
  // Normalised: Traditional characters find the Simplified name.
  EXPECT_THAT(column(query_json({"find", "南昌高新區"}), "id"), ElementsAre("park/南昌高新区"));
  EXPECT_THAT(column(query_json({"within", "江西瑞康微创医疗器械有限公司"}), "name"),
              Contains("南昌市"));
  const auto path =
      query_json({"path", "南昌恒舟生物材料有限公司", "江西瑞康微创医疗器械有限公司"});
  ASSERT_EQ(path.size(), 2U);
  EXPECT_EQ(path[0].at("to"), "南昌高新区");
  EXPECT_EQ(path[1].at("direction"), "<-");
  const auto inside = query_json({"neighbours", "南昌高新区", "--direction", "in", "--relation",
                                  "locatedIn", "--type", "Company"});
  EXPECT_THAT(column(inside, "name"), Contains("江西瑞康微创医疗器械有限公司"));
  for (const auto& row : inside) EXPECT_FALSE(row.at("evidence").get<std::string>().empty());
  const auto around = query_json({"around", "南昌高新区", "-k", "1"});
  EXPECT_THAT(column(around, "name"), Contains("南昌恒舟生物材料有限公司"));
  std::size_t in_components = 0;
  for (const auto& c : query_json({"components"})) in_components += c.at("size").get<std::size_t>();
  EXPECT_EQ(in_components, load_json(work() / "g.json")->at("entities").size());
  const auto central = query_json({"centrality", "--top", "3", "--type", "Park"});
  ASSERT_EQ(central.size(), 3U);
  EXPECT_GE(central[0].at("degree").get<double>(), central[2].at("degree").get<double>());
}

TEST_F(SavedGraphTest, ReadsNTriplesLikeJsonAndPrintsATable) {
  build(kExamples);
  const RunResult json = run({"query", "neighbours", "g.json", "南昌高新区"});
  const RunResult nt = run({"query", "neighbours", "g.nt", "南昌高新区"});
  ASSERT_EQ(json.exit_code, 0) << describe(json);
  EXPECT_EQ(json.out, nt.out);
  EXPECT_EQ(json.out.rfind("direction\trelation\tid\ttype\tname\t", 0), 0U) << json.out;
}

TEST_F(SavedGraphTest, AnswersQueriesOnTheSeedPages) {
  if (!fs::is_directory(kSeeds)) GTEST_SKIP() << "no seed corpus at " << kSeeds;
  build(kSeeds);
  // Gold: 闻泰科技, 贝泰妮 locatedIn 昆明高新区; 昆明高新区 locatedIn 昆明市 (document 002).
  const auto companies = column(query_json({"neighbours", "昆明高新区", "--direction", "in",
                                            "--relation", "locatedIn", "--type", "Company"}),
                                "name");
  EXPECT_THAT(companies, Contains("闻泰科技"));
  EXPECT_THAT(companies, Contains("贝泰妮"));
  EXPECT_THAT(column(query_json({"within", "闻泰科技"}), "name"),
              ::testing::IsSupersetOf({std::string("昆明高新区"), std::string("昆明市")}));
  const auto path = query_json({"path", "闻泰科技", "贝泰妮"});
  ASSERT_EQ(path.size(), 2U);
  EXPECT_EQ(path[0].at("to"), "昆明高新区");
  // The best-connected entity of the seed pages is a park.
  const auto central = query_json({"centrality", "--top", "1"});
  ASSERT_EQ(central.size(), 1U);
  EXPECT_EQ(central[0].at("type"), "Park");
  const auto between = query_json({"centrality", "--measure", "betweenness", "--top", "1"});
  EXPECT_GT(between.at(0).at("betweenness").get<double>(), 0.0);
}

TEST_F(SavedGraphTest, ReportsUnknownNamesFilesAndArguments) {
  build(kExamples);
  RunResult r = run({"query", "neighbours", "g.json", "无此园区"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("no entity named '无此园区'"));
  r = run({"query", "list", "missing.json"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("missing.json: cannot open"));
  put("bad.json", "{\"entities\": [}");
  r = run({"query", "list", "bad.json"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("bad.json: byte 15: invalid JSON"));
  r = run({"query", "list", "g.json", "--type", "Planet"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("unknown entity type 'Planet'"));
  r = run({"query", "path", "g.json", "南昌高新区"});
  EXPECT_EQ(r.exit_code, 2);
  r = run({"query", "path", "g.json", "南昌恒舟生物材料有限公司", "阎思齐"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("no chain of relations"));
  r = run({"render", "g.json", "-o", "x.svg", "--engine", "neato"});
  EXPECT_EQ(r.exit_code, 2);
  r = run({"render", "g.json", "-o", "x.gif"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("cannot tell the format of 'x.gif'"));
  for (const char* op :
       {"find", "list", "neighbours", "within", "around", "path", "components", "centrality"}) {
    r = run({"query", op, "--help"});
    EXPECT_EQ(r.exit_code, 0) << op;
    EXPECT_THAT(r.out, HasSubstr("--json")) << op;
  }
}

/// The node ids of a Graphviz SVG (each node's <title>), legend entries left out.
std::set<std::string> svg_node_ids(const std::string& svg) {
  std::set<std::string> ids;
  const std::regex node(R"re(<g id="node\d+" class="node">\s*<title>([^<]*)</title>)re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), node), end; it != end; ++it) {
    std::string id = (*it)[1];
    if (!id.starts_with("__legend_")) ids.insert(id);
  }
  return ids;
}

TEST_F(SavedGraphTest, RendersTheSubgraphAskedForOneNodePerEntity) {
  if (!have_tool("dot")) GTEST_SKIP() << "graphviz is not installed";
  build(kExamples);
  RunResult r = run({"render", "g.json", "--around", "南昌高新区", "-k", "1", "-o", "around.svg",
                     "-o", "around.png"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  std::set<std::string> expected;
  for (const auto& id : column(query_json({"around", "南昌高新区", "-k", "1"}), "id")) {
    expected.insert(id);
  }
  const std::string svg = read_file(work() / "around.svg");
  EXPECT_EQ(svg_node_ids(svg), expected);
  EXPECT_EQ(count(svg, "class=\"cluster\""), 3U);  // two parks and the legend
  EXPECT_EQ(read_file(work() / "around.png").substr(1, 3), "PNG");

  r = run({"render", "g.json", "--park", "南昌高新区", "-o", "park.svg", "--type", "Park", "--type",
           "Company"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto park = svg_node_ids(read_file(work() / "park.svg"));
  EXPECT_TRUE(park.contains("park/南昌高新区"));
  EXPECT_TRUE(park.contains("company/瑞康微创医疗器械"));
  for (const auto& id : park) {
    EXPECT_TRUE(id.starts_with("park/") || id.starts_with("company/")) << id;
  }
}

/// Builds the HTML view of examples/corpus and, when present, of the seed pages, and drives
/// both in headless Chromium (tests/cli/scripts/html_view.mjs). Screenshots go to the build
/// folder: html_view_examples.png, html_view_seeds.png.
TEST_F(SavedGraphTest, HtmlViewSearchesClicksAndShowsCompaniesAndSources) {
  if (!have_tool("node")) GTEST_SKIP() << "node is not installed";
  if (!fs::exists("/usr/bin/chromium")) GTEST_SKIP() << "chromium is not installed";
  const fs::path source = PARKGRAPH_SOURCE_DIR;
  if (!fs::is_directory(source / "node_modules" / "playwright-core")) {
    GTEST_SKIP() << "playwright-core is not installed (npm ci)";
  }
  const fs::path build_dir = fs::path(PARKGRAPH_BINARY).parent_path();
  struct Case {
    fs::path corpus;
    std::string name, park, company;
  };
  std::vector<Case> cases{{kExamples, "examples", "南昌高新区", "江西瑞康微创医疗器械有限公司"}};
  if (fs::is_directory(kSeeds)) cases.push_back({kSeeds, "seeds", "昆明高新区", "闻泰科技"});
  nlohmann::json spec = nlohmann::json::array();
  for (const Case& c : cases) {
    const RunResult r =
        run({"build", c.corpus.string(), "-o", c.name + ".html", "-o", c.name + ".json"});
    ASSERT_EQ(r.exit_code, 0) << describe(r);
    // The sentence the company's locatedIn relation was read from must be shown.
    const auto graph = load_json(work() / (c.name + ".json"));
    ASSERT_TRUE(graph);
    const auto* company = find_entity(*graph, "Company", c.company);
    const auto* park = find_entity(*graph, "Park", c.park);
    ASSERT_TRUE(company && park) << c.company << " / " << c.park;
    std::string sentence;
    for (const auto& rel : graph->at("relations")) {
      if (rel.at("head") == company->at("id") && rel.at("tail") == park->at("id")) {
        sentence = rel.at("evidence");
      }
    }
    ASSERT_FALSE(sentence.empty()) << c.company << " has no locatedIn " << c.park;
    spec.push_back({{"html", (work() / (c.name + ".html")).string()},
                    {"park", c.park},
                    {"companies", {c.company}},
                    {"sentence", sentence},
                    {"screenshot", (build_dir / ("html_view_" + c.name + ".png")).string()}});
  }
  put("cases.json", spec.dump());
  const RunResult r = run_shell(
      "node " + quote((source / "tests/cli/scripts/html_view.mjs").string()) + " cases.json");
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  for (const auto& c : spec)
    EXPECT_TRUE(fs::is_regular_file(c.at("screenshot").get<std::string>()));
}

}  // namespace
}  // namespace parkgraph::cli_testing
