// A self-contained interactive HTML page: Cytoscape.js (inlined at build time from
// node_modules), the graph as embedded JSON, node positions computed in C++ with Boost's
// Fruchterman-Reingold (so the picture is the same on every run), and a small inline script
// for search, type filters and the details panel. Nothing is fetched at view time.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <locale>
#include <map>
#include <sstream>

#include "detail.hpp"
#include "html_assets.hpp"
#include "layout.hpp"

namespace parkgraph::detail {

extern const std::string_view kCytoscapeVersion;
extern const std::string_view kCytoscapeScript;

namespace {

constexpr double kWidth = 1200;
constexpr double kHeight = 900;
constexpr double kMargin = 60;
constexpr double kEntitiesPerScreen = 60;  // bigger graphs get a proportionally bigger canvas

/// One decimal place is plenty for positions and keeps the output small and stable.
std::string coordinate(double value) {
  std::array<char, 64> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                          std::chars_format::fixed, 1);
  return error == std::errc{} ? std::string(buffer.data(), end) : "0";
}

/// The JSON text made safe inside <script>: "</" cannot close the element and "<!--"
/// cannot switch the HTML parser into its escaped script state. Both replacements are
/// valid JSON escapes ("<" occurs only inside strings).
std::string script_safe(std::string json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json.compare(i, 2, "</") == 0) {
      out += "<\\/";
      ++i;
    } else if (json.compare(i, 4, "<!--") == 0) {
      out += "\\u003c!--";
      i += 3;
    } else {
      out += json[i];
    }
  }
  return out;
}

void write_head(std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>parkgraph</title>\n<style>" << kHtmlStyle << "</style>\n</head>\n";
}

void write_controls(std::ostream& out, const KnowledgeGraph& graph) {
  std::map<EntityType, std::size_t> counts;
  for (const Vertex v : boost::make_iterator_range(boost::vertices(graph.boost()))) {
    ++counts[graph.entity(v).type];
  }
  out << "<aside>\n<h1>parkgraph</h1>\n<p class=\"summary\">" << graph.entity_count()
      << " entities, " << graph.relation_count() << " relations</p>\n"
      << "<input id=\"search\" type=\"search\" placeholder=\"Search names\" "
      << "aria-label=\"Search names\">\n<ul id=\"results\"></ul>\n"
      << "<fieldset id=\"types\"><legend>Entity types</legend>\n";
  for (const EntityType type : kAllEntityTypes) {
    out << "<label><input type=\"checkbox\" checked data-type=\"" << to_string(type)
        << "\"><span class=\"swatch\" style=\"background:" << type_colour(type) << "\"></span>"
        << to_string(type) << " (" << counts[type] << ")</label>\n";
  }
  out << "</fieldset>\n<div id=\"details\"></div>\n</aside>\n"
      << "<main id=\"graph\" role=\"img\" aria-label=\"knowledge graph\"></main>\n";
}

/// Positions as a JSON array of [x, y], one per entity in graph order.
std::string layout_json(const KnowledgeGraph& graph) {
  const double scale =
      std::max(1.0, std::sqrt(static_cast<double>(graph.entity_count()) / kEntitiesPerScreen));
  const std::vector<Point2> positions =
      layout_graph(graph, kWidth * scale, kHeight * scale, kMargin);
  std::string out = "[";
  for (std::size_t i = 0; i < positions.size(); ++i) {
    if (i > 0) out += ",";
    out += "[" + coordinate(positions[i].x) + "," + coordinate(positions[i].y) + "]";
  }
  return out + "]";
}

/// Colours of the types, shared with the DOT output, for the script.
std::string colours_json() {
  std::string out = "{";
  for (const EntityType type : kAllEntityTypes) {
    if (out.size() > 1) out += ",";
    out += "\"" + std::string(to_string(type)) + "\":\"" + std::string(type_colour(type)) + "\"";
  }
  return out + "}";
}

}  // namespace

std::string serialize_html(const KnowledgeGraph& graph) {
  std::ostringstream out;
  out.imbue(std::locale::classic());  // no digit grouping from a global locale
  write_head(out);
  out << "<body>\n<div id=\"app\">\n";
  write_controls(out, graph);
  out << "</div>\n<script type=\"application/json\" id=\"graph-data\">"
      << script_safe(dump_json(graph_to_json(graph), -1)) << "</script>\n"
      << "<script type=\"application/json\" id=\"graph-layout\">" << layout_json(graph)
      << "</script>\n<script type=\"application/json\" id=\"graph-colours\">" << colours_json()
      << "</script>\n<script id=\"cytoscape\" data-version=\"" << kCytoscapeVersion << "\">"
      << kCytoscapeScript << "\n</script>\n<script>" << kHtmlScript
      << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace parkgraph::detail
