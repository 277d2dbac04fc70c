// GraphViz DOT: one cluster per park holding the companies, projects and organisations
// located in it or part of it; one colour and shape per entity type, one colour per
// relation type, edge labels, and a legend.
#include <cstdio>
#include <locale>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "detail.hpp"

namespace parkgraph::detail {
namespace {

constexpr std::string_view kFont = "Noto Sans CJK SC";
/// Graphviz rejects quoted strings over 16384 bytes; a drawing has no use for longer labels
/// anyway, so labels are cut (at a character boundary, with "…") and long ids hashed.
constexpr std::size_t kMaxLabelBytes = 1000;
constexpr std::size_t kMaxIdBytes = 1000;

/// At most `limit` bytes of UTF-8 `text`, cut before a character, with "…" when cut.
std::string shortened(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "…";
}

/// A label as a DOT double-quoted escString. Backslashes are doubled because labels give
/// "\n", "\l", "\N" ... special meaning; a literal backslash is "\\".
std::string dot_string(std::string_view full_text) {
  const std::string text = shortened(full_text, kMaxLabelBytes);
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;  // other controls: a space
    }
  }
  return out + "\"";
}

/// A node id as a DOT double-quoted string. Unlike labels, ids take no escapes but \",
/// so backslashes stay single. A trailing backslash would swallow the closing quote and
/// gets a space after it (consistently, so edges still find their nodes).
/// Ids longer than kMaxIdBytes are replaced by "long-id-" and their FNV-1a hash.
std::string dot_id(std::string_view full_id) {
  std::string hashed;
  if (full_id.size() > kMaxIdBytes) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a64(full_id)));
    hashed = std::string("long-id-") + hex;
  }
  const std::string_view id = hashed.empty() ? full_id : std::string_view(hashed);
  std::string out = "\"";
  for (const char c : id) {
    if (c == '"') out += '\\';
    out += c;
  }
  if (id.ends_with('\\')) out += ' ';
  return out + "\"";
}

std::string_view type_shape(EntityType type) {
  switch (type) {
    case EntityType::Park:
      return "tab";
    case EntityType::Company:
      return "box";
    case EntityType::Person:
      return "ellipse";
    case EntityType::Project:
      return "hexagon";
    case EntityType::Organization:
      return "component";
    case EntityType::Location:
      return "house";
  }
  return "box";
}

struct EdgeStyle {
  std::string_view colour;
  std::string_view style;
};

EdgeStyle relation_style(RelationType type) {
  switch (type) {
    case RelationType::LocatedIn:
      return {"#6b6b6b", "solid"};
    case RelationType::HoldsPosition:
      return {"#9c755f", "solid"};
    case RelationType::InvestsIn:
      return {"#b07aa1", "bold"};
    case RelationType::PartOf:
      return {"#4e79a7", "dashed"};
    case RelationType::CooperatesWith:
      return {"#d37295", "bold"};
  }
  return {"#6b6b6b", "solid"};
}

void write_header(std::ostream& out) {
  out << "digraph parkgraph {\n"
      << "  graph [fontname=" << dot_string(kFont)
      << ", rankdir=LR, overlap=false, splines=true, newrank=true, nodesep=0.15, "
         "ranksep=0.6];\n"
      << "  node [fontname=" << dot_string(kFont)
      << ", shape=box, style=filled, fontsize=11, margin=\"0.08,0.03\"];\n"
      << "  edge [fontname=" << dot_string(kFont) << ", fontsize=9, arrowsize=0.6];\n";
}

void write_legend(std::ostream& out) {
  out << "  subgraph cluster_legend {\n"
      << "    label=\"Legend\";\n"
      << "    style=dashed;\n";
  for (const EntityType type : kAllEntityTypes) {
    out << "    " << dot_id("__legend_" + std::string(to_string(type)))
        << " [label=" << dot_string(to_string(type))
        << ", fillcolor=" << dot_string(type_colour(type)) << ", shape=" << type_shape(type)
        << "];\n";
  }
  // Relation colours as one table; an HTML-like label holds no user text, only type names.
  out << "    \"__legend_relations\" [shape=plain, style=\"\", label=<<table border=\"0\" "
         "cellspacing=\"2\">";
  for (const RelationType type : kAllRelationTypes) {
    const EdgeStyle style = relation_style(type);
    out << "<tr><td align=\"left\"><font color=\"" << style.colour << "\">&#x2014;&#x2014; "
        << to_string(type) << "</font></td></tr>";
  }
  out << "</table>>];\n  }\n";
}

void write_node(std::ostream& out, const Entity& entity, std::string_view indent) {
  out << indent << dot_id(entity.id) << " [label=" << dot_string(entity.name)
      << ", fillcolor=" << dot_string(type_colour(entity.type))
      << ", shape=" << type_shape(entity.type)
      << ", tooltip=" << dot_string(std::string(to_string(entity.type)) + " " + entity.id)
      << "];\n";
}

bool is_containment(RelationType type) {
  return type == RelationType::LocatedIn || type == RelationType::PartOf;
}

/// The park each non-park entity is drawn inside: the first park it is located in or part
/// of; a project without one takes the park of its first investor that has one.
std::map<Vertex, Vertex> home_parks(const BoostGraph& g) {
  std::map<Vertex, Vertex> home;
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const EntityType type = g[v].type;
    if (type == EntityType::Park || type == EntityType::Person || type == EntityType::Location) {
      continue;
    }
    for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const Vertex t = boost::target(e, g);
      if (is_containment(g[e].type) && g[t].type == EntityType::Park) {
        home.emplace(v, t);
        break;
      }
    }
  }
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].type != EntityType::Project || home.contains(v)) continue;
    for (const Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
      const auto investor = home.find(boost::source(e, g));
      if (g[e].type == RelationType::InvestsIn && investor != home.end()) {
        home.emplace(v, investor->second);
        break;
      }
    }
  }
  return home;
}

void write_nodes(std::ostream& out, const BoostGraph& g) {
  const std::map<Vertex, Vertex> home = home_parks(g);
  std::map<Vertex, std::vector<Vertex>> members;
  for (const auto& [v, park] : home) members[park].push_back(v);
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const Entity& entity = g[v];
    if (entity.type == EntityType::Park) {
      out << "  subgraph " << dot_id("cluster_" + std::to_string(v)) << " {\n"
          << "    label=" << dot_string(entity.name) << ";\n"
          << "    style=\"rounded,filled\"; fillcolor=\"#eef3f9\"; color="
          << dot_string(type_colour(EntityType::Park)) << "; fontsize=13;\n";
      write_node(out, entity, "    ");
      for (const Vertex member : members[v]) write_node(out, g[member], "    ");
      out << "  }\n";
    } else if (!home.contains(v)) {
      write_node(out, entity, "  ");
    }
  }
}

/// One edge per (head, type, tail, title): the same fact from several documents is drawn once.
void write_edges(std::ostream& out, const BoostGraph& g) {
  std::set<std::tuple<Vertex, RelationType, Vertex, std::string>> drawn;
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    const Relation& relation = g[e];
    const Vertex head = boost::source(e, g);
    const Vertex tail = boost::target(e, g);
    if (!drawn.emplace(head, relation.type, tail, relation.title).second) continue;
    std::string label(to_string(relation.type));
    if (!relation.title.empty()) label += "\n" + relation.title;
    const EdgeStyle style = relation_style(relation.type);
    out << "  " << dot_id(g[head].id) << " -> " << dot_id(g[tail].id)
        << " [label=" << dot_string(label) << ", color=" << dot_string(style.colour)
        << ", fontcolor=" << dot_string(style.colour);
    if (style.style != "solid") out << ", style=" << style.style;
    if (relation.type == RelationType::CooperatesWith) out << ", dir=both";
    out << "];\n";
  }
}

}  // namespace

std::string serialize_dot(const KnowledgeGraph& graph) {
  std::ostringstream out;
  out.imbue(std::locale::classic());  // no digit grouping from a global locale
  write_header(out);
  write_legend(out);
  write_nodes(out, graph.boost());
  write_edges(out, graph.boost());
  out << "}\n";
  return out.str();
}

}  // namespace parkgraph::detail
