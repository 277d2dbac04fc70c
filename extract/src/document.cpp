#include "document.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <bitset>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "text.hpp"

namespace parkgraph::detail {
namespace {

icu::UnicodeString to_unicode(std::u32string_view text) {
  return icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                       static_cast<int32_t>(text.size()));
}

std::u32string to_u32string(const icu::UnicodeString& s) {
  std::u32string out;
  out.reserve(static_cast<std::size_t>(s.length()));
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

// ICU transliterators are expensive to build and not safe to share across threads for
// transliterate() calls, so every thread builds its own once.
std::unique_ptr<icu::Transliterator> new_traditional_to_simplified() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !t) throw std::runtime_error("ICU Traditional-Simplified missing");
  return t;
}

icu::Transliterator& traditional_to_simplified() {
  thread_local const std::unique_ptr<icu::Transliterator> instance =
      new_traditional_to_simplified();
  // The analyzer takes the thread_local for freed on some paths; it lives as long as the thread.
  return *instance;  // NOLINT(clang-analyzer-cplusplus.NewDelete)
}

// The characters ICU's rules change when they stand alone: the traditional forms. Simplified
// news holds few of them, so only short windows around those go through the (slow) rule
// engine, which then still sees the words around them (乾坤 keeps 乾). Rules that rewrite a
// phrase of characters that are all simplified already (巡察 -> 巡查) are thereby not
// applied: they change wording, not script.
const icu::UnicodeSet& traditional_character_set() {
  static const icu::UnicodeSet set = [] {
    icu::Transliterator& t = traditional_to_simplified();
    icu::UnicodeSet source;
    t.getSourceSet(source);
    icu::UnicodeSet changing;
    for (int32_t r = 0; r < source.getRangeCount(); ++r) {
      for (UChar32 c = source.getRangeStart(r); c <= source.getRangeEnd(r); ++c) {
        icu::UnicodeString one(c);
        t.transliterate(one);
        if (one != icu::UnicodeString(c)) changing.add(c);
      }
    }
    changing.freeze();
    return changing;
  }();
  return set;
}

// The same as a bit per BMP code point (all of them are in the BMP), tested per character.
const std::bitset<0x10000>& traditional_characters() {
  static const std::bitset<0x10000> bits = [] {
    std::bitset<0x10000> b;
    const icu::UnicodeSet& set = traditional_character_set();
    for (int32_t r = 0; r < set.getRangeCount(); ++r) {
      for (UChar32 c = set.getRangeStart(r); c <= set.getRangeEnd(r) && c < 0x10000; ++c)
        b.set(static_cast<std::size_t>(c));
    }
    return b;
  }();
  return bits;
}

bool is_traditional(char32_t c) {
  if (c < 0x10000) return traditional_characters().test(c);
  return traditional_character_set().contains(static_cast<UChar32>(c)) != 0;
}

// Characters of context kept on each side of a changeable character: ICU's rules look at
// the word around it (乾坤 keeps 乾, 乾燥 becomes 干燥), and words are shorter than this.
constexpr std::size_t kTransliterationContext = 8;

// Transliterates text[begin, end) in context, appending to `out` and `origin_out`; when the
// rules change the length, character by character so every output keeps its origin.
void simplify_window(std::u32string_view text, const std::vector<std::size_t>& origin,
                     std::size_t begin, std::size_t end, std::u32string& out,
                     std::vector<std::size_t>& origin_out) {
  icu::Transliterator& t = traditional_to_simplified();
  icu::UnicodeString window = to_unicode(text.substr(begin, end - begin));
  t.transliterate(window);
  const std::u32string simplified = to_u32string(window);
  if (simplified.size() == end - begin) {
    out += simplified;
    origin_out.insert(origin_out.end(), origin.begin() + static_cast<std::ptrdiff_t>(begin),
                      origin.begin() + static_cast<std::ptrdiff_t>(end));
    return;
  }
  for (std::size_t i = begin; i < end; ++i) {
    icu::UnicodeString one(static_cast<UChar32>(text[i]));
    t.transliterate(one);
    for (const char32_t c : to_u32string(one)) {
      out.push_back(c);
      origin_out.push_back(origin[i]);
    }
  }
}

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFKC missing");
  return *n;
}

}  // namespace

namespace {

constexpr char32_t kUnchanged = 0;
constexpr char32_t kSeveral = 0xFFFFFFFF;  // NFKC gives more than one code point: ask ICU

/// NFKC of every Basic Multilingual Plane character, read from ICU once: kUnchanged for
/// the inert ones, the single code point most others become (full-width ，０Ａ), kSeveral
/// for the rest. News is full of full-width punctuation, and a table lookup spares an ICU
/// string per character.
const std::vector<char32_t>& bmp_nfkc() {
  static const std::vector<char32_t> table = [] {
    const icu::Normalizer2& normalizer = nfkc();
    std::vector<char32_t> mapped(0x10000, kUnchanged);
    for (UChar32 c = 0x80; c < 0x10000; ++c) {
      if (U_IS_SURROGATE(c) || normalizer.isInert(c)) continue;
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString n = normalizer.normalize(icu::UnicodeString(c), status);
      const bool single = U_SUCCESS(status) && n.countChar32() == 1;
      mapped[static_cast<std::size_t>(c)] =
          single ? static_cast<char32_t>(n.char32At(0)) : kSeveral;
    }
    return mapped;
  }();
  return table;
}

}  // namespace

std::u32string normalize_characters(std::u32string_view original,
                                    std::vector<std::size_t>& origin) {
  // NFKC one code point at a time keeps the mapping exact; the text has no combining
  // sequences whose composition would cross code points in practice (CJK news).
  const icu::Normalizer2& normalizer = nfkc();
  const std::vector<char32_t>& bmp = bmp_nfkc();
  std::u32string folded;
  folded.reserve(original.size());
  origin.clear();
  origin.reserve(original.size() + 1);
  for (std::size_t i = 0; i < original.size(); ++i) {
    const char32_t c = original[i];
    if (c == U'\uFEFF') continue;  // byte order mark
    const char32_t mapped = c < bmp.size() ? bmp[c] : kSeveral;
    if (c < 0x80 || mapped == kUnchanged ||
        (mapped == kSeveral && normalizer.isInert(static_cast<UChar32>(c)))) {
      folded.push_back(c == U'\r' ? U'\n' : c);
      origin.push_back(i);
      continue;
    }
    if (mapped != kSeveral) {
      folded.push_back(mapped);
      origin.push_back(i);
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString n =
        normalizer.normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
    for (const char32_t out : to_u32string(n)) {
      folded.push_back(out);
      origin.push_back(i);
    }
  }
  origin.push_back(original.size());

  // Traditional -> Simplified: copy stretches without changeable characters, send windows
  // around the others through ICU.
  std::u32string out;
  out.reserve(folded.size());
  std::vector<std::size_t> remapped;
  remapped.reserve(origin.size());
  std::size_t copied = 0;  // folded[0, copied) is in `out`
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] < 0x80 || !is_traditional(folded[i])) continue;
    const std::size_t begin =
        std::max(copied, i > kTransliterationContext ? i - kTransliterationContext : 0);
    std::size_t end = std::min(folded.size(), i + kTransliterationContext + 1);
    // Grow the window while another changeable character lies within its context.
    for (std::size_t j = i + 1; j < end; ++j) {
      if (folded[j] >= 0x80 && is_traditional(folded[j]))
        end = std::min(folded.size(), j + kTransliterationContext + 1);
    }
    out.append(folded, copied, begin - copied);
    remapped.insert(remapped.end(), origin.begin() + static_cast<std::ptrdiff_t>(copied),
                    origin.begin() + static_cast<std::ptrdiff_t>(begin));
    simplify_window(folded, origin, begin, end, out, remapped);
    copied = end;
    i = end - 1;
  }
  out.append(folded, copied);
  remapped.insert(remapped.end(), origin.begin() + static_cast<std::ptrdiff_t>(copied),
                  origin.end());
  origin = std::move(remapped);
  return out;
}

std::pair<std::size_t, std::size_t> NormalizedDocument::original_span(std::size_t begin,
                                                                      std::size_t end) const {
  if (begin >= end) return {origin[begin], origin[begin]};
  return {origin[begin], origin[end - 1] + 1};
}

namespace {

struct Line {
  std::size_t begin;  // into the character-normalised text
  std::size_t end;
};

bool starts_with(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool starts_with_any(std::u32string_view s, const std::vector<std::u32string>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [s](const std::u32string& prefix) { return starts_with(s, prefix); });
}

bool is_byline_marker(char32_t c) {
  return c == U'▶' || c == U'►' || c == U'▷' || c == U'>';
}

// A line made only of short space-separated tokens (2-4 Han characters), like a byline
// "周俊 潘金枝 申晖军" or "高吉楠", or a photographer credit "敖民极/摄".
bool looks_like_name_line(std::u32string_view line, std::u32string_view photo_credit) {
  std::size_t token = 0;
  std::size_t tokens = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == U' ' || line[i] == U'/') {
      if (i < line.size() && line[i] == U'/') {
        if (photo_credit.empty() || line.substr(i + 1) != photo_credit) return false;
        if (token >= 2 && token <= 4) ++tokens;
        return tokens > 0;
      }
      // "许晨 摄": the photographer's credit word closes the line.
      if (i == line.size() && !photo_credit.empty() && token == photo_credit.size() &&
          line.substr(i - token) == photo_credit && tokens > 0) {
        return true;
      }
      if (token > 0) {
        if (token < 2 || token > 4) return false;
        ++tokens;
      }
      token = 0;
      continue;
    }
    if (!is_han(line[i])) return false;
    ++token;
  }
  return tokens > 0 && tokens <= 6;
}

/// The longest line read as a heading when it has no sentence punctuation.
constexpr std::size_t kShortLine = 24;

BlockKind classify(std::u32string_view line, const LineMarkers& markers) {
  if (line.empty()) return BlockKind::Body;
  if (line.front() == U'#') return BlockKind::Heading;
  if (is_byline_marker(line.front())) return BlockKind::Byline;
  if (starts_with_any(line, markers.caption)) return BlockKind::Caption;
  // 责任编辑：孟晓燕: the desk's credits name persons, as a byline does.
  if (starts_with_any(line, markers.credit)) return BlockKind::Byline;
  if (starts_with_any(line, markers.furniture)) return BlockKind::Furniture;
  std::size_t digits = 0;
  for (const char32_t c : line) digits += (is_digit(c) || c == U'-') ? 1 : 0;
  if (digits == line.size()) return BlockKind::Furniture;  // a phone number
  if (looks_like_name_line(line, markers.photo_credit)) return BlockKind::Byline;
  // A short line with no sentence punctuation is a heading; a comma means a sentence
  // the layout cut short.
  if (!is_terminal_punct(line.back()) && line.back() != U'”' && line.size() <= kShortLine &&
      line.find(U'。') == std::u32string_view::npos &&
      line.find(U',') == std::u32string_view::npos) {
    return BlockKind::Heading;
  }
  return BlockKind::Body;
}

// A body line that stops mid-sentence (no final punctuation) is continued by the next
// line: the page layout broke it, often inside a word (完成襄 / 阳市).
bool continues_on_next_line(std::u32string_view line, BlockKind kind) {
  if (kind != BlockKind::Body || line.empty()) return false;
  const char32_t last = line.back();
  if (is_terminal_punct(last) || last == U'”' || last == U'’' || last == U'」' || last == U':')
    return false;
  return true;
}

// Whether ICU's dictionary reads a word across the end of `line` into `next` (综合实 / 验区):
// then the line is a fragment the layout cut, not a heading, which ends with a whole word.
bool word_runs_across(std::u32string_view line, std::u32string_view next) {
  constexpr std::size_t kContext = 6;
  if (line.empty() || next.empty() || !is_han(line.back()) || !is_han(next.front())) return false;
  const std::size_t tail = std::min(line.size(), kContext);
  std::u32string joined(line.substr(line.size() - tail));
  joined += next.substr(0, kContext);
  return !word_boundaries(joined)[tail];
}

bool can_continue(std::u32string_view next, const LineMarkers& markers) {
  if (next.empty()) return false;
  // A short line without final punctuation is a heading, not the rest of a sentence; nor
  // does a caption, a credit or page furniture continue one.
  if (classify(next, markers) != BlockKind::Body) return false;
  const char32_t first = next.front();
  if (first == U'#' || is_byline_marker(first)) return false;
  return is_han(first) || is_digit(first) || first == U'“' || first == U'(' || first == U'《' ||
         is_ascii_alnum(first);
}

std::vector<Line> split_lines(std::u32string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == U'\n') {
      std::size_t b = start;
      std::size_t e = i;
      while (b < e && is_space(text[b])) ++b;
      while (e > b && is_space(text[e - 1])) --e;
      if (e > b) lines.push_back({b, e});
      start = i + 1;
    }
  }
  return lines;
}

// "……标杆示范。 苏萱": a reporter's name set after the last sentence of a paragraph.
std::size_t trailing_byline_start(std::u32string_view line, std::u32string_view photo_credit) {
  // The tail after the last sentence's final punctuation and a space ("。 苏萱",
  // "。 许晨 摄").
  std::size_t end_of_sentence = line.size();
  while (end_of_sentence > 0 && !is_terminal_punct(line[end_of_sentence - 1])) --end_of_sentence;
  if (end_of_sentence == 0 || end_of_sentence >= line.size() || line[end_of_sentence] != U' ')
    return line.size();
  const auto tail = line.substr(end_of_sentence + 1);
  return looks_like_name_line(tail, photo_credit) ? end_of_sentence + 1 : line.size();
}

// Longer than any sentence of news prose: a "sentence" with no full stop for this long is a
// table, a list or a page that lost its punctuation. Every relation quotes its sentence as
// evidence, so an unbounded one would make the output grow with the square of the input.
constexpr std::size_t kMaxSentenceLength = 1000;

// Adds text[b, e) as sentences of at most kMaxSentenceLength code points, each long one cut
// after the last clause mark (，、；, a space) in its second half, else at the limit.
void add_sentences(NormalizedDocument& doc, std::size_t b, std::size_t e, std::size_t block) {
  while (e - b > kMaxSentenceLength) {
    std::size_t cut = b + kMaxSentenceLength;
    for (std::size_t i = cut; i > b + kMaxSentenceLength / 2; --i) {
      if (is_break_punct(doc.text[i - 1])) {
        cut = i;
        break;
      }
    }
    std::size_t piece_end = cut;
    while (piece_end > b && is_space(doc.text[piece_end - 1])) --piece_end;
    if (piece_end > b) doc.sentences.push_back({b, piece_end, block});
    b = cut;
    while (b < e && is_space(doc.text[b])) ++b;
  }
  if (e > b) doc.sentences.push_back({b, e, block});
}

void split_sentences(NormalizedDocument& doc, std::size_t block_index) {
  const Block& block = doc.blocks[block_index];
  if (block.kind != BlockKind::Body && block.kind != BlockKind::Caption &&
      block.kind != BlockKind::Heading) {
    add_sentences(doc, block.begin, block.end, block_index);
    return;
  }
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getSimplifiedChinese(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU sentence break iterator missing");
    return b;
  }();
  const std::u32string_view text(doc.text.data() + block.begin, block.end - block.begin);
  const icu::UnicodeString utf16 = to_unicode(text);
  // UTF-16 index -> code point index within the block.
  std::vector<std::size_t> cp_at(static_cast<std::size_t>(utf16.length()) + 1, 0);
  for (int32_t i = 0, cp = 0; i <= utf16.length(); ++cp) {
    cp_at[static_cast<std::size_t>(i)] = static_cast<std::size_t>(cp);
    if (i == utf16.length()) break;
    i += U16_LENGTH(utf16.char32At(i));
  }
  breaker->setText(utf16);
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker->next()) {
    std::size_t b = block.begin + cp_at[static_cast<std::size_t>(start)];
    std::size_t e = block.begin + cp_at[static_cast<std::size_t>(end)];
    while (e > b && is_space(doc.text[e - 1])) --e;
    add_sentences(doc, b, e, block_index);
  }
}

}  // namespace

namespace {

// 马　骁, 符　策　摄: newspapers pad a two-character name to the width of three with an
// ideographic space. A full-width space between two Han characters that each stand alone
// (a space, a bracket or the line's edge on their other side) is such padding, and goes.
void drop_name_padding(std::u32string_view original, std::u32string& chars,
                       std::vector<std::size_t>& origin) {
  auto alone_after = [&](std::size_t i) { return i >= chars.size() || !is_han(chars[i]); };
  std::u32string kept;
  std::vector<std::size_t> kept_origin;
  kept.reserve(chars.size());
  kept_origin.reserve(origin.size());
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const bool padding = chars[i] == U' ' && original[origin[i]] == U'\u3000' && !kept.empty() &&
                         is_han(kept.back()) &&
                         (kept.size() < 2 || !is_han(kept[kept.size() - 2])) &&
                         i + 1 < chars.size() && is_han(chars[i + 1]) && alone_after(i + 2);
    if (padding) continue;
    kept.push_back(chars[i]);
    kept_origin.push_back(origin[i]);
  }
  kept_origin.push_back(origin.back());
  chars = std::move(kept);
  origin = std::move(kept_origin);
}

}  // namespace

LineMarkers LineMarkers::from(const Ontology& ontology) {
  LineMarkers markers;
  for (const LexiconEntry& e : ontology.lexicon("line_markers")) {
    std::u32string word = to_u32(e.key());
    const std::string_view kind = e.field(1);
    if (kind == "caption") {
      markers.caption.push_back(std::move(word));
    } else if (kind == "credit") {
      markers.credit.push_back(std::move(word));
    } else if (kind == "furniture") {
      markers.furniture.push_back(std::move(word));
    } else if (kind == "photoCredit") {
      markers.photo_credit = std::move(word);
    } else {
      throw std::runtime_error("line_markers: unknown kind '" + std::string(kind) + "' of '" +
                               e.key() + "'");
    }
  }
  return markers;
}

NormalizedDocument normalize_document(std::u32string_view original, const LineMarkers& markers) {
  std::vector<std::size_t> char_origin;
  std::u32string chars = normalize_characters(original, char_origin);
  drop_name_padding(original, chars, char_origin);
  const std::vector<Line> lines = split_lines(chars);

  NormalizedDocument doc;
  auto append = [&](std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) {
      doc.text.push_back(chars[i]);
      doc.origin.push_back(char_origin[i]);
    }
  };
  auto open_block = [&](BlockKind kind) {
    if (!doc.text.empty()) {
      doc.text.push_back(U'\n');
      doc.origin.push_back(doc.origin.back() + 1);
    }
    doc.blocks.push_back({kind, doc.text.size(), doc.text.size()});
  };

  bool joining = false;
  for (std::size_t li = 0; li < lines.size(); ++li) {
    std::u32string_view line(chars.data() + lines[li].begin, lines[li].end - lines[li].begin);
    BlockKind kind = joining ? BlockKind::Body : classify(line, markers);
    // A short line ending in a quoted phrase (装上“红色引擎”) is a heading when a byline or
    // another heading follows it; before body text it is a sentence the layout broke.
    if (!joining && kind == BlockKind::Body && line.back() == U'”' && line.size() <= kShortLine &&
        line.size() >= 2 && !is_terminal_punct(line[line.size() - 2]) && li + 1 < lines.size()) {
      const BlockKind next = classify(std::u32string_view(chars.data() + lines[li + 1].begin,
                                                          lines[li + 1].end - lines[li + 1].begin),
                                      markers);
      if (next == BlockKind::Byline || next == BlockKind::Heading) kind = BlockKind::Heading;
    }
    if (!joining && kind == BlockKind::Heading && line.front() != U'#' && li + 1 < lines.size()) {
      const std::u32string_view next(chars.data() + lines[li + 1].begin,
                                     lines[li + 1].end - lines[li + 1].begin);
      if (next.size() > kShortLine && classify(next, markers) == BlockKind::Body &&
          word_runs_across(line, next)) {
        kind = BlockKind::Body;
      }
    }
    if (!joining) open_block(kind);
    std::size_t body_end = line.size();
    if (kind == BlockKind::Body || kind == BlockKind::Caption)
      body_end = trailing_byline_start(line, markers.photo_credit);
    append(lines[li].begin, lines[li].begin + body_end);
    doc.blocks.back().end = doc.text.size();
    if (body_end < line.size()) {
      while (doc.blocks.back().end > doc.blocks.back().begin &&
             is_space(doc.text[doc.blocks.back().end - 1])) {
        --doc.blocks.back().end;
      }
      open_block(BlockKind::Byline);
      append(lines[li].begin + body_end, lines[li].end);
      doc.blocks.back().end = doc.text.size();
      joining = false;
      continue;
    }
    const std::u32string_view block_text(doc.text.data() + doc.blocks.back().begin,
                                         doc.blocks.back().end - doc.blocks.back().begin);
    joining = li + 1 < lines.size() && continues_on_next_line(block_text, doc.blocks.back().kind) &&
              can_continue(std::u32string_view(chars.data() + lines[li + 1].begin,
                                               lines[li + 1].end - lines[li + 1].begin),
                           markers);
  }
  doc.origin.push_back(doc.text.empty() ? original.size() : doc.origin.back() + 1);
  if (!doc.text.empty()) doc.origin.back() = char_origin[lines.back().end - 1] + 1;

  for (std::size_t b = 0; b < doc.blocks.size(); ++b) split_sentences(doc, b);
  return doc;
}

std::vector<Sentence>::const_iterator sentence_at(const std::vector<Sentence>& sentences,
                                                  std::size_t pos) {
  auto after = std::upper_bound(sentences.begin(), sentences.end(), pos,
                                [](std::size_t p, const Sentence& s) { return p < s.begin; });
  if (after == sentences.begin()) return sentences.end();
  const auto holding = std::prev(after);
  return pos < holding->end ? holding : sentences.end();
}

}  // namespace parkgraph::detail
