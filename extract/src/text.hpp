// Code-point level helpers over ICU: decoding, encoding, character classes.
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

namespace parkgraph::detail {

/// Decodes UTF-8; throws InputError naming the byte offset of the first invalid
/// sequence, or of a NUL byte (binary input). A leading BOM is kept (it is a code point
/// of the original text) and normalised away later.
std::u32string decode_utf8(std::string_view bytes);
std::string to_utf8(std::u32string_view text);
std::u32string to_u32(
    std::string_view utf8);  ///< for trusted text (lexicons); invalid bytes dropped

/// Word boundaries of `text` by ICU's dictionary-based word break iterator: element i is
/// true when a word starts or ends at code point i (size text.size() + 1).
std::vector<bool> word_boundaries(std::u32string_view text);

/// Whether a BMP code point is of a script or class, read from ICU once (the tables below
/// are asked for nearly every character of every sentence; inline, they cost a bit test).
const std::bitset<0x10000>& bmp_han_table();
const std::bitset<0x10000>& bmp_digit_table();
/// Asking ICU itself (any code point; the tables hold its answers for the BMP).
bool icu_is_han(char32_t c);
bool icu_is_digit(char32_t c);

inline bool is_han(char32_t c) {
  static const std::bitset<0x10000>& table = bmp_han_table();
  return c < 0x10000 ? table.test(c) : icu_is_han(c);
}
bool is_space(char32_t c);
/// Punctuation and symbols that can never be inside an entity name.
bool is_break_punct(char32_t c);
/// Where the clause from `from` ends (at most `end`): the first break mark, 、 excepted, since
/// it joins titles (联合创始人、首席技术官) and names of one list.
std::size_t clause_end_joining_lists(std::u32string_view text, std::size_t from, std::size_t end);
/// Any Unicode punctuation (general category P*).
bool is_punct(char32_t c);
/// Decimal digits (Nd): 0-9, full-width ０-９ and other scripts' digits.
inline bool is_digit(char32_t c) {
  if (c < 0x80) return c >= U'0' && c <= U'9';
  static const std::bitset<0x10000>& table = bmp_digit_table();
  return c < 0x10000 ? table.test(c) : icu_is_digit(c);
}
bool is_ascii_alnum(char32_t c);
/// 。！？!? and the like: the end of a sentence.
bool is_terminal_punct(char32_t c);

/// 在, 于: the prepositions before the site of a verb (在合肥高新区建设…, 设于…).
inline bool is_site_preposition(char32_t c) {
  return c == U'在' || c == U'于';
}

}  // namespace parkgraph::detail
