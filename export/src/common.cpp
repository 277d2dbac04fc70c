// Helpers shared by the serialisers: IRIs, number formatting, escaping, colours.
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

#include "detail.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph {
namespace detail {

bool needs_percent_encoding(unsigned char c) {
  if (c < 0x20 || c == 0x7F) return true;
  switch (c) {
    case ' ':
    case '<':
    case '>':
    case '"':
    case '{':
    case '}':
    case '|':
    case '\\':
    case '^':
    case '`':
    case '%':
    case '#':
    case '?':
      return true;
    default:
      return false;
  }
}

namespace {

void append_percent(std::string& out, unsigned char c) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 0x0F];
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string format_decimal(double value) {
  if (value == 0.0) value = 0.0;  // drop the sign of -0
  // Fixed notation with the shortest digits that round-trip: never an exponent, and
  // integral values come out without ".0" (11000000000). 512 bytes fit any double.
  std::array<char, 512> buffer{};
  const auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  if (error != std::errc{}) throw ExportError("cannot format number as decimal");
  return std::string(buffer.data(), end);
}

nlohmann::ordered_json json_number(double value) {
  // 2^63 bounds what int64 holds; beyond it keep the double (printed exactly by nlohmann).
  constexpr double kInt64Limit = 9223372036854775808.0;
  if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < kInt64Limit) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

std::string dump_json(const nlohmann::ordered_json& json, int indent) {
  try {
    return json.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::strict);
  } catch (const nlohmann::json::exception& error) {
    throw ExportError(std::string("JSON export: ") + error.what());
  }
}

std::string encode_iri_segment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {  // U+0080..U+009F, C1 controls
      append_percent(out, c);
      append_percent(out, next);
      ++i;
    } else if (needs_percent_encoding(c)) {
      append_percent(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string_view id_key(const Entity& entity) {
  const std::string_view id = entity.id;
  const std::string_view type = to_string(entity.type);
  constexpr std::string_view kSeparators = ":/_-#";
  if (id.size() > type.size() + 1 && equals_ignoring_ascii_case(id.substr(0, type.size()), type) &&
      kSeparators.find(id[type.size()]) != std::string_view::npos) {
    return id.substr(type.size() + 1);
  }
  return id;
}

std::string lower_type_name(EntityType type) {
  std::string name(to_string(type));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string document_iri(std::string_view doc, const ExportOptions& options) {
  return options.base_iri + "doc/" + encode_iri_segment(doc);
}

std::uint64_t fnv1a64(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string_view type_colour(EntityType type) {
  // Tableau 10: distinguishable, and readable with black text on top.
  switch (type) {
    case EntityType::Park:
      return "#4e79a7";
    case EntityType::Company:
      return "#f28e2b";
    case EntityType::Person:
      return "#e15759";
    case EntityType::Project:
      return "#76b7b2";
    case EntityType::Organization:
      return "#59a14f";
    case EntityType::Location:
      return "#edc948";
  }
  return "#bab0ac";
}

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace detail

bool valid_base_iri(std::string_view iri) {
  const std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0 ||
      !std::isalpha(static_cast<unsigned char>(iri[0]))) {
    return false;
  }
  for (const char c : iri.substr(0, colon)) {
    const auto u = static_cast<unsigned char>(c);
    if (!std::isalnum(u) && c != '+' && c != '-' && c != '.') return false;
  }
  if (!iri.ends_with('/') && !iri.ends_with('#')) return false;
  // '%', '#' and '?' may stand in a base; the rest of what segments encode may not.
  return std::ranges::none_of(iri, [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u != '%' && u != '#' && u != '?' && detail::needs_percent_encoding(u);
  });
}

bool supports(Format format, const ExportOptions& options) {
  return !options.provenance || format == Format::NQuads;
}

std::string entity_iri(const Entity& entity, const ExportOptions& options) {
  return options.base_iri + detail::lower_type_name(entity.type) + "/" +
         detail::encode_iri_segment(detail::id_key(entity));
}

}  // namespace parkgraph
