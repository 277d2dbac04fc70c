// A self-contained interactive HTML page: an SVG drawing laid out in C++ (Boost.Graph),
// the graph as embedded JSON, and a small inline script. Nothing is fetched at view time.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <locale>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "detail.hpp"
#include "html_assets.hpp"
#include "layout.hpp"

namespace parkgraph::detail {
namespace {

constexpr double kWidth = 1200;
constexpr double kHeight = 900;
constexpr double kMargin = 60;

/// One decimal place is plenty for SVG coordinates and keeps the output small and stable.
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

double node_radius(const BoostGraph& g, Vertex v) {
  const auto degree = static_cast<double>(boost::in_degree(v, g) + boost::out_degree(v, g));
  return 7.0 + std::min(8.0, 2.0 * std::sqrt(degree));
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
      << "aria-label=\"Search names\">\n"
      << "<fieldset id=\"types\"><legend>Entity types</legend>\n";
  for (const EntityType type : kAllEntityTypes) {
    out << "<label><input type=\"checkbox\" checked data-type=\"" << to_string(type)
        << "\"><span class=\"swatch\" style=\"background:" << type_colour(type) << "\"></span>"
        << to_string(type) << " (" << counts[type] << ")</label>\n";
  }
  out << "</fieldset>\n<div id=\"details\"></div>\n</aside>\n";
}

void write_defs(std::ostream& out) {
  // orient=auto-start-reverse lets one marker serve both ends of a two-way edge.
  out << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
      << "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
      << "<path d=\"M0,0L10,5L0,10z\" fill=\"#888\"/></marker></defs>\n";
}

/// One line per distinct (head, type, tail), cut back to the circles' rims for the arrows.
void write_edges(std::ostream& out, const BoostGraph& g, const std::vector<Point2>& at) {
  out << "<g id=\"edges\">\n";
  std::set<std::tuple<Vertex, RelationType, Vertex>> drawn;
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex h = boost::source(e, g);
    const Vertex t = boost::target(e, g);
    const Relation& relation = g[e];
    if (h == t || !drawn.emplace(h, relation.type, t).second) continue;
    const double dx = at[t].x - at[h].x;
    const double dy = at[t].y - at[h].y;
    const double length = std::max(std::hypot(dx, dy), 1e-9);
    const double cut_h = std::min(node_radius(g, h) + 1, length / 2) / length;
    const double cut_t = std::min(node_radius(g, t) + 2, length / 2) / length;
    const bool both = relation.type == RelationType::CooperatesWith;
    out << "<line class=\"edge\" data-head=\"" << h << "\" data-tail=\"" << t << "\" data-type=\""
        << to_string(relation.type) << "\" x1=\"" << coordinate(at[h].x + dx * cut_h) << "\" y1=\""
        << coordinate(at[h].y + dy * cut_h) << "\" x2=\"" << coordinate(at[t].x - dx * cut_t)
        << "\" y2=\"" << coordinate(at[t].y - dy * cut_t) << "\" marker-end=\"url(#arrow)\""
        << (both ? " marker-start=\"url(#arrow)\"" : "") << "><title>" << escape_xml(g[h].name)
        << " " << to_string(relation.type) << " " << escape_xml(g[t].name) << "</title></line>\n";
  }
  out << "</g>\n";
}

void write_nodes(std::ostream& out, const BoostGraph& g, const std::vector<Point2>& at) {
  out << "<g id=\"nodes\">\n";
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const Entity& entity = g[v];
    const double r = node_radius(g, v);
    out << "<g class=\"node\" data-index=\"" << v << "\" data-type=\"" << to_string(entity.type)
        << "\" transform=\"translate(" << coordinate(at[v].x) << "," << coordinate(at[v].y)
        << ")\"><circle r=\"" << coordinate(r) << "\" fill=\"" << type_colour(entity.type)
        << "\"/><text y=\"" << coordinate(-r - 4) << "\">" << escape_xml(entity.name)
        << "</text><title>" << escape_xml(entity.name) << " (" << to_string(entity.type)
        << ")</title></g>\n";
  }
  out << "</g>\n";
}

void write_svg(std::ostream& out, const KnowledgeGraph& graph) {
  const std::vector<Point2> positions = layout_graph(graph, kWidth, kHeight, kMargin);
  out << "<main>\n<svg id=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << kWidth
      << " " << kHeight << "\" role=\"img\" aria-label=\"knowledge graph\">\n";
  write_defs(out);
  write_edges(out, graph.boost(), positions);
  write_nodes(out, graph.boost(), positions);
  out << "</svg>\n</main>\n";
}

}  // namespace

std::string serialize_html(const KnowledgeGraph& graph) {
  std::ostringstream out;
  out.imbue(std::locale::classic());  // no digit grouping from a global locale
  write_head(out);
  out << "<body>\n<div id=\"app\">\n";
  write_controls(out, graph);
  write_svg(out, graph);
  out << "</div>\n<script type=\"application/json\" id=\"graph-data\">"
      << script_safe(dump_json(graph_to_json(graph), -1)) << "</script>\n<script>" << kHtmlScript
      << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace parkgraph::detail
