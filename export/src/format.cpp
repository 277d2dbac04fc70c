// Format names, file extensions and the serialize() dispatcher.
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "detail.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

// The first name of each format is canonical; the rest are accepted spellings.
constexpr std::array<std::pair<std::string_view, Format>, 13> kFormatNames{{
    {"ttl", Format::Turtle},
    {"nt", Format::NTriples},
    {"nq", Format::NQuads},
    {"json", Format::Json},
    {"dot", Format::Dot},
    {"html", Format::Html},
    {"turtle", Format::Turtle},
    {"ntriples", Format::NTriples},
    {"n-triples", Format::NTriples},
    {"nquads", Format::NQuads},
    {"n-quads", Format::NQuads},
    {"gv", Format::Dot},
    {"htm", Format::Html},
}};

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::ranges::transform(lower, lower.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

/// Whether `text` is well-formed UTF-8 without U+0000.
bool is_clean_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int64_t>(text.size());
  for (int64_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c <= 0) return false;
  }
  return true;
}

/// `text` with every ill-formed sequence (lone surrogates included) and NUL as U+FFFD.
std::string clean_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int64_t>(text.size());
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c <= 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

/// Calls `visit` on every string of an entity (Entity or const Entity).
template <typename EntityT, typename Visit>
void for_each_entity_string(EntityT& e, Visit visit) {
  for (auto* s : {&e.id, &e.name}) visit(*s);
  for (auto& alias : e.aliases) visit(alias);
  for (auto& m : e.mentions) {
    visit(m.doc);
    visit(m.surface);
  }
  for (auto& a : e.attributes) {
    for (auto* s : {&a.name, &a.unit, &a.literal, &a.doc}) visit(*s);
  }
}

template <typename RelationT, typename Visit>
void for_each_relation_string(RelationT& r, Visit visit) {
  for (auto* s : {&r.title, &r.doc, &r.evidence, &r.rule}) visit(*s);
}

bool graph_is_clean(const KnowledgeGraph& graph) {
  bool clean = true;
  auto check = [&clean](const std::string& s) { clean = clean && is_clean_utf8(s); };
  const BoostGraph& g = graph.boost();
  for (const auto v : boost::make_iterator_range(boost::vertices(g)))
    for_each_entity_string(g[v], check);
  for (const auto e : boost::make_iterator_range(boost::edges(g)))
    for_each_relation_string(g[e], check);
  return clean;
}

/// A copy of `graph` whose strings are all clean UTF-8. Graphs built from decoded text
/// never need it; graphs assembled by hand (or from a lossy source) may.
KnowledgeGraph cleaned(const KnowledgeGraph& graph) {
  BoostGraph g = graph.boost();
  auto clean = [](std::string& s) {
    if (!is_clean_utf8(s)) s = clean_utf8(s);
  };
  for (const auto v : boost::make_iterator_range(boost::vertices(g)))
    for_each_entity_string(g[v], clean);
  for (const auto e : boost::make_iterator_range(boost::edges(g)))
    for_each_relation_string(g[e], clean);
  return KnowledgeGraph(std::move(g));
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  const std::string lower = ascii_lower(name);
  for (const auto& [known, format] : kFormatNames) {
    if (known == lower) return format;
  }
  return std::nullopt;
}

std::optional<Format> format_for_path(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  if (extension.size() < 2) return std::nullopt;  // no extension, or a bare "."
  return parse_format(std::string_view(extension).substr(1));
}

std::string_view format_name(Format format) {
  for (const auto& [name, known] : kFormatNames) {
    if (known == format) return name;  // canonical names come first
  }
  return "ttl";
}

std::string serialize(const KnowledgeGraph& graph, Format format, const ExportOptions& options) {
  // Every format must stay parseable whatever the strings hold: ill-formed UTF-8 and NUL
  // are written as U+FFFD (checked first, so the usual clean graph is not copied).
  if (!graph_is_clean(graph)) return serialize(cleaned(graph), format, options);
  switch (format) {
    case Format::Turtle:
    case Format::NTriples:
    case Format::NQuads:
      return detail::serialize_rdf(graph, format, options);
    case Format::Json:
      return detail::serialize_json(graph);
    case Format::Dot:
      return detail::serialize_dot(graph);
    case Format::Html:
      return detail::serialize_html(graph);
  }
  throw ExportError("serialize: unknown format");
}

}  // namespace parkgraph
