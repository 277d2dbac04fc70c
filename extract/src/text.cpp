#include "text.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <bitset>
#include <memory>
#include <stdexcept>

#include "parkgraph/extract.hpp"

namespace parkgraph::detail {

std::u32string decode_utf8(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size() / 2);
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      throw InputError("invalid UTF-8 at byte " + std::to_string(start),
                       static_cast<std::size_t>(start));
    }
    if (c == 0) {
      throw InputError("binary data (NUL byte) at byte " + std::to_string(start),
                       static_cast<std::size_t>(start));
    }
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (const char32_t c : text) {
    uint8_t buffer[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buffer, n, 4, static_cast<UChar32>(c), error);
    if (!error) out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
  }
  return out;
}

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

std::vector<bool> word_boundaries(std::u32string_view text) {
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator missing");
    return b;
  }();
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  std::vector<std::size_t> cp_at(static_cast<std::size_t>(utf16.length()) + 1, 0);
  for (int32_t i = 0, cp = 0; i <= utf16.length(); ++cp) {
    cp_at[static_cast<std::size_t>(i)] = static_cast<std::size_t>(cp);
    if (i == utf16.length()) break;
    i += U16_LENGTH(utf16.char32At(i));
  }
  std::vector<bool> boundary(text.size() + 1, false);
  words->setText(utf16);
  for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) {
    boundary[cp_at[static_cast<std::size_t>(b)]] = true;
  }
  return boundary;
}

bool icu_is_han(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN;
}

bool icu_is_digit(char32_t c) {
  return u_isdigit(static_cast<UChar32>(c)) != 0;
}

namespace {

// What ICU answers for every BMP code point, asked once.
std::bitset<0x10000> bmp_table(bool (*test)(char32_t)) {
  std::bitset<0x10000> bits;
  for (char32_t c = 0; c < 0x10000; ++c) bits[c] = test(c);
  return bits;
}

}  // namespace

const std::bitset<0x10000>& bmp_han_table() {
  static const std::bitset<0x10000> han = bmp_table(icu_is_han);
  return han;
}

const std::bitset<0x10000>& bmp_digit_table() {
  static const std::bitset<0x10000> digits = bmp_table(icu_is_digit);
  return digits;
}

bool is_space(char32_t c) {
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

bool is_ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool is_punct(char32_t c) {
  return u_ispunct(static_cast<UChar32>(c)) != 0;
}

std::size_t clause_end_joining_lists(std::u32string_view text, std::size_t from, std::size_t end) {
  while (from < end && (text[from] == U'、' || !is_break_punct(text[from]))) ++from;
  return from;
}

bool is_break_punct(char32_t c) {
  // Brackets are handled by the name scanners themselves (a place in brackets can be
  // part of a company name), and so are the connector dots of 玉溪·顺义产业园.
  if (c == U'(' || c == U')' || c == U'·' || c == U'+' || c == U'-') return false;
  if (is_space(c)) return true;
  const auto type = u_charType(static_cast<UChar32>(c));
  switch (type) {
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
    case U_CONTROL_CHAR:
      return true;
    default:
      return false;
  }
}

bool is_terminal_punct(char32_t c) {
  switch (c) {
    case U'。':
    case U'!':
    case U'?':
    case U'！':
    case U'？':
    case U'…':
    case U';':
    case U'；':
      return true;
    default:
      return false;
  }
}

}  // namespace parkgraph::detail
