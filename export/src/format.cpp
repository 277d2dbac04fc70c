// Format names, file extensions and the serialize() dispatcher.
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
