// Knowledge graphs with hostile names, built from arbitrary bytes: used by the exporter fuzz
// targets (bytes from libFuzzer) and by the exporter property test (bytes from a seeded
// generator). Strings mix raw bytes (so also ill-formed UTF-8) with tokens that break naive
// serialisers: quotes, backslashes, newlines, <>{}|^`, control characters, lone surrogates
// as lossy decoders leave them (CESU-8 bytes, U+FFFD), markup enders and 10,000-character runs.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "parkgraph/graph.hpp"

namespace parkgraph::hostile {

/// Reads the input front to back; past the end everything is zero / empty.
class ByteReader {
 public:
  explicit ByteReader(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

  std::uint8_t byte() { return at_ < bytes_.size() ? bytes_[at_++] : 0; }
  [[nodiscard]] bool empty() const { return at_ >= bytes_.size(); }

  std::size_t number(std::size_t limit) {  // in [0, limit)
    const std::size_t value = (std::size_t{byte()} << 8) | byte();
    return limit == 0 ? 0 : value % limit;
  }

  double finite_number() {
    switch (byte() % 6) {
      case 0:
        return 0.0;
      case 1:
        return -static_cast<double>(number(1000000)) / 7.0;
      case 2:
        return 1e300;
      case 3:
        return 5e-324;  // the smallest subnormal
      case 4:
        return 11000000000.0;
      default:
        return static_cast<double>(number(65536)) * 0.25;
    }
  }

  /// A string of up to `max_parts` parts, each a raw byte or (bytes >= 0xF0) a hostile token.
  std::string text(std::size_t max_parts = 24) {
    static constexpr std::array<std::string_view, 15> kTokens = {
        "\"",
        "\\",
        "\n",
        "\r\n",
        "<>{}|^`",
        "\x01\x07\x1b\x7f",
        "\xC2\x85\xC2\x9F",
        "\xED\xA0\x80",              // a lone high surrogate, CESU-8 style
        "\xED\xBF\xBF",              // a lone low surrogate
        "\xEF\xBF\xBD",              // U+FFFD, what a lossy decoder leaves
        "\xE2\x80\xA8\xE2\x80\xA9",  // line and paragraph separators
        "</script><!--",
        "\"\"\"'''",
        "苏州工业园区",
        "%23?#@:_"};
    std::string out;
    const std::size_t parts = number(max_parts + 1);
    for (std::size_t i = 0; i < parts && !empty(); ++i) {
      const std::uint8_t b = byte();
      if (b == 0xFF) {
        out.append(10000, (byte() & 1) ? 'x' : '"');  // 10,000-character names
      } else if (b >= 0xF0) {
        out += kTokens[b - 0xF0];
      } else {
        out += static_cast<char>(b);
      }
    }
    return out;
  }

 private:
  std::span<const std::uint8_t> bytes_;
  std::size_t at_ = 0;
};

inline std::vector<MentionRef> make_mentions(ByteReader& in) {
  std::vector<MentionRef> mentions(in.byte() % 3);
  for (auto& m : mentions) {
    m.doc = in.text(8);
    m.start = in.number(100000);
    m.end = m.start + in.number(50);
    m.surface = in.text(8);
  }
  std::sort(mentions.begin(), mentions.end(), [](const MentionRef& a, const MentionRef& b) {
    return std::tie(a.doc, a.start) < std::tie(b.doc, b.start);
  });
  return mentions;
}

inline Entity make_entity(ByteReader& in) {
  static constexpr std::array<std::string_view, 5> kAttributes = {
      "investment", "area", "outputValue", "enterpriseCount", "date"};
  Entity e;
  e.type = kAllEntityTypes[in.byte() % std::size(kAllEntityTypes)];
  e.name = in.text();
  // Most ids follow the builder ("Park:<key>"); some are arbitrary bytes.
  e.id = (in.byte() % 4 == 0) ? in.text(8) : std::string(to_string(e.type)) + ":" + e.name;
  e.aliases.resize(in.byte() % 3);
  for (auto& alias : e.aliases) alias = in.text(8);
  std::sort(e.aliases.begin(), e.aliases.end());
  e.mentions = make_mentions(in);
  e.attributes.resize(in.byte() % 3);
  for (auto& a : e.attributes) {
    a.name = kAttributes[in.byte() % kAttributes.size()];
    a.value = in.finite_number();
    a.unit = in.text(4);
    a.literal = a.name == "date" ? in.text(6) : "";
    a.doc = in.text(6);
  }
  e.confidence = static_cast<double>(in.byte()) / 255.0;
  return e;
}

inline Relation make_relation(ByteReader& in) {
  Relation r;
  r.type = kAllRelationTypes[in.byte() % std::size(kAllRelationTypes)];
  r.title = in.text(8);
  r.doc = in.text(8);
  r.sentence_start = in.number(100000);
  r.sentence_end = r.sentence_start + in.number(500);
  r.evidence = in.text(32);
  r.confidence = static_cast<double>(in.byte()) / 255.0;
  r.rule = in.text(4);
  return r;
}

/// A graph as the builder lays it out: vertices in id order (ids unique), edges in
/// (head id, type, tail id, doc) order.
inline KnowledgeGraph graph_from_bytes(std::span<const std::uint8_t> bytes) {
  ByteReader in(bytes);
  std::map<std::string, Entity> by_id;
  const std::size_t entities = 1 + in.byte() % 12;
  for (std::size_t i = 0; i < entities && !in.empty(); ++i) {
    Entity e = make_entity(in);
    by_id.emplace(e.id, std::move(e));
  }
  BoostGraph g;
  for (auto& [id, e] : by_id) boost::add_vertex(std::move(e), g);
  const std::size_t n = boost::num_vertices(g);
  struct Planned {
    std::size_t head, tail;
    Relation relation;
  };
  std::vector<Planned> planned;
  const std::size_t relations = n == 0 ? 0 : in.byte() % 16;
  for (std::size_t i = 0; i < relations && !in.empty(); ++i) {
    const std::size_t head = in.byte() % n;
    const std::size_t tail = in.byte() % n;
    planned.push_back({head, tail, make_relation(in)});
  }
  std::stable_sort(planned.begin(), planned.end(), [&](const Planned& a, const Planned& b) {
    return std::tie(g[a.head].id, a.relation.type, g[a.tail].id, a.relation.doc) <
           std::tie(g[b.head].id, b.relation.type, g[b.tail].id, b.relation.doc);
  });
  for (auto& p : planned) boost::add_edge(p.head, p.tail, std::move(p.relation), g);
  return KnowledgeGraph(std::move(g));
}

}  // namespace parkgraph::hostile
