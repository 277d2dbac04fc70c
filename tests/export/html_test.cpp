// HTML view: embedded JSON, one SVG node per entity, controls, self-containment.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "export/export_test_support.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kDataOpen = "<script type=\"application/json\" id=\"graph-data\">";

/// The text of the embedded JSON block, or "" if there is none.
std::string embedded_json(const std::string& html) {
  const std::size_t open = html.find(kDataOpen);
  if (open == std::string::npos) return "";
  const std::size_t begin = open + kDataOpen.size();
  const std::size_t end = html.find("</script>", begin);
  return end == std::string::npos ? "" : html.substr(begin, end - begin);
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
  EXPECT_EQ(testing::count_occurrences(html_, "<svg"), 1U);
  EXPECT_EQ(testing::count_occurrences(html_, "</svg>"), 1U);
}

TEST_F(HtmlExport, EmbedsTheGraphAsParsableJson) {
  const std::string text = embedded_json(html_);
  ASSERT_FALSE(text.empty());
  const nlohmann::json data = nlohmann::json::parse(text);
  EXPECT_EQ(data, nlohmann::json::parse(serialize(graph_, Format::Json)));
  // "</script>" inside the evidence must not close the element early.
  EXPECT_THAT(text, Not(HasSubstr("</")));
  EXPECT_THAT(text, Not(HasSubstr("<!--")));
  EXPECT_EQ(data.at("relations").at(2).at("evidence"), std::string(testing::kTrickyEvidence));
  EXPECT_EQ(testing::count_occurrences(html_, "</script>"), 2U);
}

TEST_F(HtmlExport, DrawsOneCirclePerEntityInsideTheViewBox) {
  EXPECT_EQ(testing::count_occurrences(html_, "<circle"), testing::kSampleEntities);
  EXPECT_EQ(testing::count_occurrences(html_, "<g class=\"node\""), testing::kSampleEntities);
  const std::regex translate(R"re(transform="translate\((-?[0-9.]+),(-?[0-9.]+)\)")re");
  std::size_t placed = 0;
  std::set<std::pair<std::string, std::string>> distinct;
  for (std::sregex_iterator it(html_.begin(), html_.end(), translate), end; it != end; ++it) {
    const double x = std::stod((*it)[1]);
    const double y = std::stod((*it)[2]);
    EXPECT_GE(x, 0.0);
    EXPECT_LE(x, 1200.0);
    EXPECT_GE(y, 0.0);
    EXPECT_LE(y, 900.0);
    distinct.emplace((*it)[1], (*it)[2]);
    ++placed;
  }
  EXPECT_EQ(placed, testing::kSampleEntities);
  EXPECT_EQ(distinct.size(), testing::kSampleEntities) << "two nodes on the same spot";
}

TEST_F(HtmlExport, ColoursNodesByTypeAndEscapesNames) {
  EXPECT_THAT(html_, HasSubstr("data-type=\"Park\""));
  EXPECT_THAT(html_, HasSubstr("fill=\"#4e79a7\""));
  EXPECT_THAT(html_, HasSubstr(">星海&quot;光电&quot;\\科技有限公司</text>"));
}

TEST_F(HtmlExport, DrawsOneLinePerDistinctRelation) {
  EXPECT_EQ(testing::count_occurrences(html_, "<line class=\"edge\""),
            testing::kSampleDistinctTriples);
  EXPECT_EQ(testing::count_occurrences(html_, "marker-start="), 1U);  // cooperatesWith
}

TEST_F(HtmlExport, HasTypeFiltersSearchAndDetailsPanel) {
  EXPECT_EQ(testing::count_occurrences(html_, "<input type=\"checkbox\" checked data-type="),
            std::size(kAllEntityTypes));
  EXPECT_THAT(html_, HasSubstr("<input id=\"search\" type=\"search\""));
  EXPECT_THAT(html_, HasSubstr("<div id=\"details\">"));
  EXPECT_THAT(html_, HasSubstr("addEventListener('click'"));
}

TEST_F(HtmlExport, NeedsNoNetwork) {
  EXPECT_THAT(html_, Not(HasSubstr("https://")));
  EXPECT_THAT(html_, Not(HasSubstr(" src=")));
  EXPECT_THAT(html_, Not(HasSubstr("<link")));
  EXPECT_THAT(html_, Not(HasSubstr("@import")));
  // The one URL is the SVG namespace name, which is never fetched.
  EXPECT_EQ(testing::count_occurrences(html_, "http://"), 1U);
}

TEST(HtmlExportSmall, HandlesEmptyAndSingleEntityGraphs) {
  const std::string empty = serialize(KnowledgeGraph{}, Format::Html);
  EXPECT_EQ(testing::count_occurrences(empty, "<circle"), 0U);
  EXPECT_EQ(nlohmann::json::parse(embedded_json(empty)).at("entities").size(), 0U);

  BoostGraph g;
  Entity park;
  park.id = "Park:独墅湖";
  park.type = EntityType::Park;
  park.name = "独墅湖<科教>创新区";
  boost::add_vertex(park, g);
  const std::string one = serialize(KnowledgeGraph(std::move(g)), Format::Html);
  EXPECT_EQ(testing::count_occurrences(one, "<circle"), 1U);
  EXPECT_THAT(one, HasSubstr("translate(600.0,450.0)"));  // centred
  EXPECT_THAT(one, HasSubstr(">独墅湖&lt;科教&gt;创新区</text>"));
}

}  // namespace
}  // namespace parkgraph
