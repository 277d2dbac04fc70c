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
      R"re("__legend_(\w+)" \[label="\w+", fillcolor="(#[0-9a-f]{6})"\])re");
  std::set<std::string> types;
  std::set<std::string> colours;
  for (std::sregex_iterator it(dot_.begin(), dot_.end(), legend_entry), end; it != end; ++it) {
    types.insert((*it)[1]);
    colours.insert((*it)[2]);
  }
  EXPECT_EQ(types.size(), std::size(kAllEntityTypes));
  EXPECT_EQ(colours.size(), std::size(kAllEntityTypes));
  // Entities use their type's legend colour.
  EXPECT_THAT(dot_, HasSubstr(R"("Park:苏州工业园区" [label="苏州工业园区", fillcolor="#4e79a7")"));
  EXPECT_THAT(dot_, HasSubstr(R"("__legend_Park" [label="Park", fillcolor="#4e79a7"])"));
}

TEST_F(DotExport, EscapesQuotesAndBackslashesInLabels) {
  EXPECT_THAT(dot_, HasSubstr(R"([label="星海\"光电\"\\科技有限公司")"));
  // Ids take only \" as an escape, so their backslash stays single.
  EXPECT_THAT(dot_, HasSubstr(R"("Company:星海\"光电\"\科技有限公司" -> "Park:苏州工业园区")"));
}

TEST_F(DotExport, LabelsEdgesWithTypeAndTitle) {
  EXPECT_THAT(dot_, HasSubstr(R"("Person:张伟" -> "Company:星海\"光电\"\科技有限公司" )"
                              R"([label="holdsPosition\n董事长兼总经理"])"));
  EXPECT_THAT(dot_, HasSubstr(R"("Organization:中国科学院" -> "Organization:苏州大学" )"
                              R"([label="cooperatesWith", dir=both])"));
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
  // Every entity and legend entry is a node, every distinct edge an edge.
  EXPECT_EQ(testing::count_occurrences(svg, "class=\"node\""),
            testing::kSampleEntities + std::size(kAllEntityTypes));
  EXPECT_EQ(testing::count_occurrences(svg, "class=\"edge\""), testing::kSampleDistinctTriples);
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
  // Two entities and six legend entries, one edge: nothing was split or merged.
  const std::string plain = testing::read_text(scratch / "out.txt");
  EXPECT_EQ(testing::count_occurrences(plain, "\nnode "), 8U);
  EXPECT_EQ(testing::count_occurrences(plain, "\nedge "), 1U);
}

}  // namespace
}  // namespace parkgraph
