// Money, areas and dates read from the text and attached to the entity they describe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "document.hpp"
#include "recognise.hpp"

namespace parkgraph::detail {

struct Quantity {
  double value = 0.0;
  std::string unit;  ///< "CNY", "m2", "mu"
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Parses a quantity starting at `pos` in one of `units` (tried in order): 110亿元, 1.46万亩,
/// 42万平方米, 4928万元.
std::optional<Quantity> parse_quantity(std::u32string_view text, std::size_t pos,
                                       std::span<const UnitForm> units);
/// Parses 2024年7月5日 starting at `pos` into ISO 2024-07-05.
std::optional<std::pair<std::string, std::size_t>> parse_date(std::u32string_view text,
                                                              std::size_t pos);

struct CandidateAttribute {
  int candidate = -1;
  std::string name;  ///< "investment", "area", "date"
  double value = 0.0;
  std::string unit;
  std::string literal;
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<CandidateAttribute> read_numbers(const NormalizedDocument& doc,
                                             const Recognition& recognition,
                                             const LexiconIndex& lexicon);

}  // namespace parkgraph::detail
