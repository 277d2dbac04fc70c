// GraphViz DOT: colours per type, escaping, edge styles, and rendering with `dot`.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "export/export_test_support.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class DotExport : public ::testing::Test {
 protected:
  const std::string dot_ = serialize(testing::sample_graph(), Format::Dot);
};

TEST_F(DotExport, IsADigraphWithACjkFont) {
  EXPECT_EQ(dot_.rfind("digraph parkgraph {\n", 0), 0U);
  EXPECT_TRUE(dot_.ends_with("}\n"));
  EXPECT_THAT(dot_, HasSubstr("fontname=\"Noto Sans CJK SC\""));
}

TEST_F(DotExport, HasOneDistinctColourPerTypeAndALegend) {
  EXPECT_THAT(dot_, HasSubstr("subgraph cluster_legend"));
  const std::regex legend_entry(
      R"re("__legend_(\w+)" \[label="\w+", fillcolor="(#[0-9a-f]{6})", shape=(\w+)\])re");
  std::set<std::string> types;
  std::set<std::string> colours;
  std::set<std::string> shapes;
  for (std::sregex_iterator it(dot_.begin(), dot_.end(), legend_entry), end; it != end; ++it) {
    types.insert((*it)[1]);
    colours.insert((*it)[2]);
    shapes.insert((*it)[3]);
  }
  EXPECT_EQ(types.size(), std::size(kAllEntityTypes));
  EXPECT_EQ(colours.size(), std::size(kAllEntityTypes));
  EXPECT_EQ(shapes.size(), std::size(kAllEntityTypes));
  // Entities use their type's legend colour.
  EXPECT_THAT(dot_, HasSubstr(R"("Park:苏州工业园区" [label="苏州工业园区", fillcolor="#4e79a7")"));
  EXPECT_THAT(dot_, HasSubstr(R"("__legend_Park" [label="Park", fillcolor="#4e79a7", shape=tab])"));
}

TEST_F(DotExport, EscapesQuotesAndBackslashesInLabels) {
  EXPECT_THAT(dot_, HasSubstr(R"([label="星海\"光电\"\\科技有限公司")"));
  // Ids take only \" as an escape, so their backslash stays single.
  EXPECT_THAT(dot_, HasSubstr(R"("Company:星海\"光电\"\科技有限公司" -> "Park:苏州工业园区")"));
}

TEST_F(DotExport, LabelsEdgesWithTypeAndTitle) {
  EXPECT_THAT(dot_, HasSubstr(R"("Person:张伟" -> "Company:星海\"光电\"\科技有限公司" )"
                              R"([label="holdsPosition\n董事长兼总经理", color=)"));
  EXPECT_THAT(
      dot_,
      HasSubstr(R"("Organization:中国科学院" -> "Organization:苏州大学" )"
                R"([label="cooperatesWith", color="#d37295", fontcolor="#d37295", style=bold, )"
                R"(dir=both])"));
  EXPECT_EQ(testing::count_occurrences(dot_, "dir=both"), 1U);
  // The same triple from two documents is drawn once.
  EXPECT_EQ(testing::count_occurrences(dot_, R"("Park:苏州工业园区" -> "Location:苏州市")"), 1U);
}

TEST_F(DotExport, RendersWithGraphviz) {
  if (!testing::tool_available("dot")) GTEST_SKIP() << "dot not on PATH";
  testing::ScratchDir scratch;
  const auto input = scratch / "graph.dot";
  const auto output = scratch / "graph.svg";
  const auto log = scratch / "dot.log";
  write_file_atomically(input, dot_);
  ASSERT_EQ(testing::run("dot -Tsvg -o " + testing::shell_quote(output) + " " +
                         testing::shell_quote(input) + " 2>" + testing::shell_quote(log)),
            0)
      << testing::read_text(log);
  const std::string svg = testing::read_text(output);
  // The label survives the round trip: one backslash, XML-escaped quotes.
  EXPECT_THAT(svg, HasSubstr(">星海&quot;光电&quot;\\科技有限公司</text>"));
  EXPECT_THAT(svg, HasSubstr(">董事长兼总经理</text>"));
  EXPECT_THAT(svg, HasSubstr(">苏州工业园区</text>"));
  // Every entity and legend entry (a node per type, one table of relations) is a node,
  // every distinct edge an edge, and the one park a cluster.
  EXPECT_EQ(testing::count_occurrences(svg, "class=\"node\""),
            testing::kSampleEntities + std::size(kAllEntityTypes) + 1);
  EXPECT_EQ(testing::count_occurrences(svg, "class=\"cluster\""), 2U);  // park and legend
  EXPECT_EQ(testing::count_occurrences(svg, "class=\"edge\""), testing::kSampleDistinctTriples);
}

TEST_F(DotExport, DrawsEachParkAsAClusterHoldingItsCompaniesAndProjects) {
  const std::size_t open = dot_.find(R"(subgraph "cluster_)");
  ASSERT_NE(open, std::string::npos);
  const std::size_t close = dot_.find("\n  }\n", open);
  const std::string cluster = dot_.substr(open, close - open);
  EXPECT_THAT(cluster, HasSubstr(R"(label="苏州工业园区";)"));
  EXPECT_THAT(cluster, HasSubstr(R"(    "Park:苏州工业园区" [)"));
  EXPECT_THAT(cluster, HasSubstr(R"(    "Company:星海\"光电\"\科技有限公司" [)"));
  EXPECT_THAT(cluster, HasSubstr(R"(    "Project:星海光电总部项目" [)"));
  // Places, people and organisations elsewhere stay outside.
  EXPECT_THAT(cluster, Not(HasSubstr("Location:苏州市")));
  EXPECT_THAT(cluster, Not(HasSubstr("Person:张伟")));
  // Each entity is declared once.
  EXPECT_EQ(testing::count_occurrences(dot_, "\n    \"Project:星海光电总部项目\" [label="), 1U);
  EXPECT_EQ(testing::count_occurrences(dot_, "\n  \"Project:星海光电总部项目\" [label="), 0U);
}

TEST_F(DotExport, ColoursEdgesByRelationTypeWithALegend) {
  EXPECT_THAT(dot_,
              HasSubstr(R"("Company:星海\"光电\"\科技有限公司" -> "Project:星海光电总部项目" )"
                        R"([label="investsIn", color="#b07aa1")"));
  for (const RelationType type : kAllRelationTypes) {
    EXPECT_THAT(dot_, HasSubstr("&#x2014; " + std::string(to_string(type)) + "</font>"));
  }
}

TEST(DotExportIds, TrailingBackslashInAnIdDoesNotBreakTheSyntax) {
  if (!testing::tool_available("dot")) GTEST_SKIP() << "dot not on PATH";
  BoostGraph g;
  Entity a;
  a.id = "Organization:odd\\";
  a.name = "odd\\";
  Entity b;
  b.id = "Organization:plain";
  b.name = "plain";
  boost::add_edge(boost::add_vertex(a, g), boost::add_vertex(b, g), Relation{}, g);
  testing::ScratchDir scratch;
  const auto input = scratch / "graph.dot";
  write_file_atomically(input, serialize(KnowledgeGraph(std::move(g)), Format::Dot));
  EXPECT_EQ(testing::run("dot -Tplain " + testing::shell_quote(input) + " >" +
                         testing::shell_quote(scratch / "out.txt") + " 2>&1"),
            0)
      << testing::read_text(scratch / "out.txt");
  // Two entities and seven legend entries, one edge: nothing was split or merged.
  const std::string plain = testing::read_text(scratch / "out.txt");
  EXPECT_EQ(testing::count_occurrences(plain, "\nnode "), 9U);
  EXPECT_EQ(testing::count_occurrences(plain, "\nedge "), 1U);
}

}  // namespace
}  // namespace parkgraph
