// HTML view: embedded JSON and positions, Cytoscape.js inlined, controls, self-containment.
// tests/cli/scripts/html_view.mjs drives the page in Chromium (tests/cli/query_render_test.cpp).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "export/export_test_support.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

/// The text of the <script type="application/json" id=ID> block, or "" if there is none.
std::string embedded(const std::string& html, std::string_view id) {
  const std::string open = "<script type=\"application/json\" id=\"" + std::string(id) + "\">";
  const std::size_t at = html.find(open);
  if (at == std::string::npos) return "";
  const std::size_t begin = at + open.size();
  const std::size_t end = html.find("</script>", begin);
  return end == std::string::npos ? "" : html.substr(begin, end - begin);
}

/// The page without the inlined library, i.e. what parkgraph itself writes.
std::string without_library(const std::string& html) {
  const std::size_t open = html.find("<script id=\"cytoscape\"");
  const std::size_t close = html.find("</script>", open);
  if (open == std::string::npos || close == std::string::npos) return html;
  return html.substr(0, open) + html.substr(close);
}

class HtmlExport : public ::testing::Test {
 protected:
  const KnowledgeGraph graph_ = testing::sample_graph();
  const std::string html_ = serialize(graph_, Format::Html);
};

TEST_F(HtmlExport, IsOneHtmlDocument) {
  EXPECT_EQ(html_.rfind("<!DOCTYPE html>\n", 0), 0U);
  EXPECT_TRUE(html_.ends_with("</html>\n"));
  EXPECT_THAT(html_, HasSubstr("<meta charset=\"utf-8\">"));
  EXPECT_EQ(testing::count_occurrences(html_, "<main id=\"graph\""), 1U);
  // graph, layout, colours, Cytoscape.js, the view's script.
  EXPECT_EQ(testing::count_occurrences(html_, "</script>"), 5U);
}

TEST_F(HtmlExport, EmbedsTheGraphAsParsableJson) {
  const std::string text = embedded(html_, "graph-data");
  ASSERT_FALSE(text.empty());
  const nlohmann::json data = nlohmann::json::parse(text);
  EXPECT_EQ(data, nlohmann::json::parse(serialize(graph_, Format::Json)));
  // "</script>" inside the evidence must not close the element early.
  EXPECT_THAT(text, Not(HasSubstr("</")));
  EXPECT_THAT(text, Not(HasSubstr("<!--")));
  EXPECT_EQ(data.at("relations").at(2).at("evidence"), std::string(testing::kTrickyEvidence));
}

TEST_F(HtmlExport, PlacesEveryEntityOnItsOwnSpotInsideTheCanvas) {
  const nlohmann::json layout = nlohmann::json::parse(embedded(html_, "graph-layout"));
  ASSERT_EQ(layout.size(), testing::kSampleEntities);
  std::set<std::pair<double, double>> distinct;
  for (const auto& point : layout) {
    const double x = point.at(0);
    const double y = point.at(1);
    EXPECT_GE(x, 0.0);
    EXPECT_LE(x, 1200.0);
    EXPECT_GE(y, 0.0);
    EXPECT_LE(y, 900.0);
    distinct.emplace(x, y);
  }
  EXPECT_EQ(distinct.size(), testing::kSampleEntities) << "two nodes on the same spot";
  // Deterministic: the same graph gives the same page.
  EXPECT_EQ(html_, serialize(graph_, Format::Html));
}

TEST_F(HtmlExport, InlinesCytoscapeAndTheTypeColours) {
  EXPECT_THAT(html_, HasSubstr("<script id=\"cytoscape\" data-version=\"3."));
  EXPECT_GT(html_.size() - without_library(html_).size(), 300000U);  // the minified library
  EXPECT_THAT(html_, HasSubstr("cytoscape({container:"));
  const nlohmann::json colours = nlohmann::json::parse(embedded(html_, "graph-colours"));
  EXPECT_EQ(colours.size(), std::size(kAllEntityTypes));
  EXPECT_EQ(colours.at("Park"), "#4e79a7");
}

TEST_F(HtmlExport, HasTypeFiltersSearchAndDetailsPanel) {
  EXPECT_EQ(testing::count_occurrences(html_, "<input type=\"checkbox\" checked data-type="),
            std::size(kAllEntityTypes));
  EXPECT_THAT(html_, HasSubstr("<input id=\"search\" type=\"search\""));
  EXPECT_THAT(html_, HasSubstr("<ul id=\"results\">"));
  EXPECT_THAT(html_, HasSubstr("<div id=\"details\">"));
  EXPECT_THAT(html_, HasSubstr("cy.on('tap', 'node'"));
}

TEST_F(HtmlExport, NeedsNoNetwork) {
  EXPECT_THAT(html_, Not(HasSubstr(" src=")));
  EXPECT_THAT(html_, Not(HasSubstr("<link")));
  EXPECT_THAT(html_, Not(HasSubstr("@import")));
  // URLs appear only in the library's licence comment, never in what parkgraph writes.
  const std::string own = without_library(html_);
  EXPECT_THAT(own, Not(HasSubstr("http://")));
  EXPECT_THAT(own, Not(HasSubstr("https://")));
}

TEST(HtmlExportSmall, HandlesEmptyAndSingleEntityGraphs) {
  const std::string empty = serialize(KnowledgeGraph{}, Format::Html);
  EXPECT_EQ(embedded(empty, "graph-layout"), "[]");
  EXPECT_EQ(nlohmann::json::parse(embedded(empty, "graph-data")).at("entities").size(), 0U);

  BoostGraph g;
  Entity park;
  park.id = "Park:独墅湖";
  park.type = EntityType::Park;
  park.name = "独墅湖<科教>创新区";
  boost::add_vertex(park, g);
  const std::string one = serialize(KnowledgeGraph(std::move(g)), Format::Html);
  EXPECT_EQ(embedded(one, "graph-layout"), "[[600.0,450.0]]");  // centred
  EXPECT_EQ(nlohmann::json::parse(embedded(one, "graph-data"))["entities"][0]["name"],
            "独墅湖<科教>创新区");
}

}  // namespace
}  // namespace parkgraph
