// GraphViz DOT: one filled node per entity, coloured by type, with a legend cluster.
#include <cstdio>
#include <locale>
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

void write_header(std::ostream& out) {
  out << "digraph parkgraph {\n"
      << "  graph [fontname=" << dot_string(kFont)
      << ", rankdir=LR, overlap=false, splines=true];\n"
      << "  node [fontname=" << dot_string(kFont) << ", shape=box, style=\"filled,rounded\"];\n"
      << "  edge [fontname=" << dot_string(kFont) << ", fontsize=10];\n";
}

void write_legend(std::ostream& out) {
  out << "  subgraph cluster_legend {\n"
      << "    label=\"Legend\";\n"
      << "    style=dashed;\n";
  for (const EntityType type : kAllEntityTypes) {
    out << "    " << dot_id("__legend_" + std::string(to_string(type)))
        << " [label=" << dot_string(to_string(type))
        << ", fillcolor=" << dot_string(type_colour(type)) << "];\n";
  }
  out << "  }\n";
}

void write_nodes(std::ostream& out, const BoostGraph& g) {
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const Entity& entity = g[v];
    out << "  " << dot_id(entity.id) << " [label=" << dot_string(entity.name)
        << ", fillcolor=" << dot_string(type_colour(entity.type))
        << ", tooltip=" << dot_string(to_string(entity.type)) << "];\n";
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
    out << "  " << dot_id(g[head].id) << " -> " << dot_id(g[tail].id)
        << " [label=" << dot_string(label);
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
