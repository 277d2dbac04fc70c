#include "numbers.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

#include "text.hpp"

namespace parkgraph::detail {
namespace {

bool starts_at(std::u32string_view text, std::size_t pos, std::u32string_view word) {
  return text.substr(pos, word.size()) == word;
}

std::optional<std::pair<double, std::size_t>> parse_number(std::u32string_view text,
                                                           std::size_t pos) {
  std::string ascii;
  std::size_t i = pos;
  auto ascii_digit = [&](std::size_t at) {
    return at < text.size() && text[at] >= U'0' && text[at] <= U'9';
  };
  while (i < text.size()) {
    if (ascii_digit(i)) {
      ascii.push_back(static_cast<char>(text[i]));
    } else if (text[i] == U'.' && !ascii.empty() && ascii_digit(i + 1) &&
               ascii.find('.') == std::string::npos) {
      ascii.push_back('.');
    } else {
      break;
    }
    ++i;
  }
  if (ascii.empty() || ascii.back() == '.') return std::nullopt;
  return std::make_pair(std::strtod(ascii.c_str(), nullptr), i);
}

}  // namespace

std::optional<Quantity> parse_quantity(std::u32string_view text, std::size_t pos,
                                       std::span<const UnitForm> units) {
  const auto number = parse_number(text, pos);
  if (!number) return std::nullopt;
  std::size_t i = number->second;
  // 250余亩, 5万余平方米: an approximate quantity keeps its stated number.
  if (i < text.size() && (text[i] == U'余' || text[i] == U'多')) ++i;
  for (const UnitForm& form : units) {
    if (starts_at(text, i, form.text)) {
      return Quantity{std::round(number->first * form.factor * 100.0) / 100.0, form.unit, pos,
                      i + form.text.size()};
    }
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::size_t>> parse_date(std::u32string_view text,
                                                              std::size_t pos) {
  const auto year = parse_number(text, pos);
  if (!year || year->second - pos != 4 || !starts_at(text, year->second, U"年"))
    return std::nullopt;
  const auto month = parse_number(text, year->second + 1);
  if (!month || !starts_at(text, month->second, U"月")) return std::nullopt;
  const auto day = parse_number(text, month->second + 1);
  if (!day || !starts_at(text, day->second, U"日")) return std::nullopt;
  const int m = static_cast<int>(month->first);
  const int d = static_cast<int>(day->first);
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(year->first), m, d);
  return std::make_pair(std::string(buffer), day->second + 1);
}

namespace {

bool preceded_by_investment(std::u32string_view text, std::size_t pos, std::size_t floor) {
  const std::size_t from = pos >= floor + 6 ? pos - 6 : floor;
  return text.substr(from, pos - from).find(U"投资") != std::u32string_view::npos;
}

bool preceded_by_area(std::u32string_view text, std::size_t pos, std::size_t floor) {
  const std::size_t from = pos >= floor + 6 ? pos - 6 : floor;
  return text.substr(from, pos - from).find(U"面积") != std::u32string_view::npos;
}

/// The candidates of a document by sentence, each list in candidate order: a number looks
/// only at its own sentence and the few before, however long the document.
using CandidatesBySentence = std::vector<std::vector<int>>;

CandidatesBySentence candidates_by_sentence(const NormalizedDocument& doc, const Recognition& rec) {
  CandidatesBySentence out(doc.sentences.size());
  for (std::size_t i = 0; i < rec.candidates.size(); ++i) {
    const std::size_t s = rec.candidates[i].sentence;
    if (s < out.size()) out[s].push_back(static_cast<int>(i));
  }
  return out;
}

// The project a number in this sentence describes: the one it introduces (总投资…的X项目),
// else the last one before it, else the last project of the sentences just before.
int described_entity(const NormalizedDocument& doc, const Recognition& rec,
                     const CandidatesBySentence& by_sentence, std::size_t sentence, std::size_t end,
                     std::initializer_list<EntityType> types) {
  auto wanted = [&](const Candidate& c) {
    if (!c.accepted) return false;
    for (const auto t : types) {
      if (c.type == t) return true;
    }
    return false;
  };
  const auto text = std::u32string_view(doc.text);
  int after = -1;
  int before = -1;
  for (const int i : by_sentence[sentence]) {
    const Candidate& c = rec.candidates[static_cast<std::size_t>(i)];
    if (!wanted(c)) continue;
    if (c.begin >= end && after < 0 && text.substr(end, 1) == U"的") after = i;
    if (c.end <= end) before = i;
  }
  if (after >= 0) return after;
  if (before >= 0) return before;
  // 项目总投资约110亿元: only a sentence about "the project" reaches back for it.
  const auto& span = doc.sentences[sentence];
  if (text.substr(span.begin, end - span.begin).find(U"项目") == std::u32string_view::npos)
    return -1;
  for (std::size_t back = 1; back <= 3 && back <= sentence; ++back) {
    int last = -1;
    for (const int i : by_sentence[sentence - back]) {
      if (wanted(rec.candidates[static_cast<std::size_t>(i)])) last = i;
    }
    if (last >= 0) return last;
  }
  return -1;
}

}  // namespace

std::vector<CandidateAttribute> read_numbers(const NormalizedDocument& doc,
                                             const Recognition& recognition,
                                             const LexiconIndex& lexicon) {
  std::vector<CandidateAttribute> out;
  const std::u32string_view text(doc.text);
  const CandidatesBySentence by_sentence = candidates_by_sentence(doc, recognition);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (std::size_t pos = sentence.begin; pos < sentence.end; ++pos) {
      if (!is_digit(text[pos]) ||
          (pos > sentence.begin && (is_digit(text[pos - 1]) || text[pos - 1] == U'.')))
        continue;
      if (const auto date = parse_date(text.substr(0, sentence.end), pos)) {
        const int target =
            described_entity(doc, recognition, by_sentence, s, date->second, {EntityType::Project});
        if (target >= 0) out.push_back({target, "date", 0.0, "", date->first, pos, date->second});
        continue;
      }
      const auto q = parse_quantity(text.substr(0, sentence.end), pos, lexicon.units());
      if (!q) continue;
      if (q->unit == "CNY" && preceded_by_investment(text, pos, sentence.begin)) {
        const int target =
            described_entity(doc, recognition, by_sentence, s, q->end, {EntityType::Project});
        if (target >= 0)
          out.push_back({target, "investment", q->value, q->unit, "", q->begin, q->end});
      } else if ((q->unit == "m2" || q->unit == "mu") &&
                 preceded_by_area(text, pos, sentence.begin)) {
        const int target = described_entity(doc, recognition, by_sentence, s, q->end,
                                            {EntityType::Project, EntityType::Park});
        if (target >= 0) out.push_back({target, "area", q->value, q->unit, "", q->begin, q->end});
      }
    }
  }
  return out;
}

}  // namespace parkgraph::detail
