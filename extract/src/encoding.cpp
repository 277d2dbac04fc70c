// decode_text: BOM sniffing, UTF-8 validation, ICU charset detection and ICU conversion
// (ucnv) with the byte offset of the first invalid sequence.
#include "parkgraph/encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

namespace parkgraph {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
/// How much of a document ICU's charset detector looks at.
constexpr std::size_t kDetectionSample = std::size_t{64} * 1024;

[[noreturn]] void fail(const std::string& what, std::size_t offset) {
  throw InputError(what + " at byte " + std::to_string(offset), offset);
}

struct Utf8Scan {
  std::optional<std::size_t> first_invalid;
  std::optional<std::size_t> first_nul;
  std::size_t valid_multibyte = 0;  ///< well-formed sequences of two bytes or more
  std::size_t invalid = 0;          ///< ill-formed sequences
};

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int64_t>(bytes.size());
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      if (!scan.first_invalid) scan.first_invalid = static_cast<std::size_t>(start);
      ++scan.invalid;
    } else if (c == 0) {
      if (!scan.first_nul) scan.first_nul = static_cast<std::size_t>(start);
    } else if (i - start > 1) {
      ++scan.valid_multibyte;
    }
  }
  return scan;
}

/// `bytes` as UTF-8, or InputError at its first ill-formed sequence or NUL; `scan` is
/// scan_utf8(bytes) when the caller has it already.
DecodedText checked_utf8(std::string_view bytes, const Utf8Scan& scan) {
  const std::size_t no_error = bytes.size();
  const std::size_t invalid = scan.first_invalid.value_or(no_error);
  const std::size_t nul = scan.first_nul.value_or(no_error);
  if (invalid < nul) fail("invalid UTF-8", invalid);
  if (nul < invalid) fail("binary data (NUL byte)", nul);
  return {std::string(bytes), "UTF-8"};
}

DecodedText checked_utf8(std::string_view bytes) {
  return checked_utf8(bytes, scan_utf8(bytes));
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) throw InputError("unknown encoding '" + name + "'", 0);
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  return converter;
}

/// Appends UTF-16 `units` to `out` as UTF-8 (the units hold no unpaired surrogate).
void append_utf8(std::string& out, const UChar* units, int32_t count) {
  for (int32_t i = 0; i < count;) {
    UChar32 c = 0;
    U16_NEXT(units, i, count, c);
    std::array<uint8_t, 4> buffer{};
    int32_t n = 0;
    [[maybe_unused]] UBool error = false;  // c is a scalar value: nothing to report
    U8_APPEND(buffer.data(), n, 4, c, error);
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
  }
}

/// Converts `bytes` from `name` (strictly: the first invalid sequence throws). `base` is the
/// offset of `bytes` in the document, for messages. Works in bounded chunks, so a large
/// document needs no offset table of its own size.
std::string convert(std::string_view bytes, const std::string& name, std::size_t base) {
  const Converter converter = open_converter(name);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  constexpr int32_t kChunk = 16 * 1024;
  std::array<UChar, kChunk> units{};
  std::array<int32_t, kChunk> offsets{};
  const char* const begin = bytes.data();
  const char* const end = begin + bytes.size();
  const char* source = begin;
  int32_t carried = 0;  // a lead surrogate left over from the previous chunk
  for (;;) {
    const char* const call_start = source;
    UChar* target = units.data() + carried;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, units.data() + kChunk, &source, end,
                   offsets.data() + carried, /*flush=*/true, &status);
    const auto produced = static_cast<int32_t>(target - units.data());
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) {
      std::array<char, 32> invalid{};
      int8_t invalid_length = static_cast<int8_t>(invalid.size());
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(converter.get(), invalid.data(), &invalid_length, &ignored);
      const auto at = static_cast<std::size_t>(source - begin) -
                      static_cast<std::size_t>(std::max<int8_t>(invalid_length, 0));
      fail(status == U_TRUNCATED_CHAR_FOUND ? "truncated " + name + " sequence"
                                            : "invalid " + name + " sequence",
           base + at);
    }
    for (int32_t i = carried; i < produced; ++i) {
      if (units[static_cast<std::size_t>(i)] != 0) continue;
      const int32_t offset = offsets[static_cast<std::size_t>(i)];
      fail("binary data (NUL character)", base + static_cast<std::size_t>(call_start - begin) +
                                              static_cast<std::size_t>(std::max(offset, 0)));
    }
    int32_t complete = produced;
    if (complete > 0 && U16_IS_LEAD(units[static_cast<std::size_t>(complete - 1)])) --complete;
    if (status != U_BUFFER_OVERFLOW_ERROR) complete = produced;
    append_utf8(out, units.data(), complete);
    carried = produced - complete;
    if (carried > 0) units[0] = units[static_cast<std::size_t>(complete)];
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
  }
  return out;
}

/// Whether ICU's detector names GB18030 among the charsets `bytes` could be in.
bool detector_says_gb18030(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      &ucsdet_close);
  if (U_FAILURE(status)) return false;
  const auto sample = bytes.substr(0, std::min(bytes.size(), kDetectionSample));
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status)) return false;
  for (int32_t i = 0; i < count; ++i) {
    UErrorCode name_status = U_ZERO_ERROR;
    const std::string_view name = ucsdet_getName(matches[i], &name_status);
    if (U_SUCCESS(name_status) && name == "GB18030") return true;
  }
  return false;
}

DecodedText detect_and_decode(std::string_view bytes) {
  if (bytes.starts_with(kUtf8Bom)) return checked_utf8(bytes);
  if (bytes.starts_with(kUtf16LeBom)) return {convert(bytes.substr(2), "UTF-16LE", 2), "UTF-16LE"};
  if (bytes.starts_with(kUtf16BeBom)) return {convert(bytes.substr(2), "UTF-16BE", 2), "UTF-16BE"};
  const Utf8Scan scan = scan_utf8(bytes);
  // Mostly well-formed UTF-8 with a few broken sequences is damaged UTF-8, not GB18030.
  if (!scan.first_invalid || scan.valid_multibyte >= scan.invalid) {
    return checked_utf8(bytes, scan);
  }
  if (!detector_says_gb18030(bytes)) {
    fail("invalid UTF-8 (and not recognisably GB18030/GBK; name the encoding with --encoding)",
         *scan.first_invalid);
  }
  return {convert(bytes, "GB18030", 0), "GB18030"};
}

bool is_auto(std::string_view name) {
  return name.empty() || name == "auto";
}

}  // namespace

DecodedText decode_text(std::string_view bytes, std::string_view encoding) {
  if (is_auto(encoding)) return detect_and_decode(bytes);
  const std::string name(encoding);
  if (ucnv_compareNames(name.c_str(), "UTF-8") == 0) return checked_utf8(bytes);
  std::size_t skip = 0;
  if (ucnv_compareNames(name.c_str(), "UTF-16LE") == 0 && bytes.starts_with(kUtf16LeBom)) skip = 2;
  if (ucnv_compareNames(name.c_str(), "UTF-16BE") == 0 && bytes.starts_with(kUtf16BeBom)) skip = 2;
  return {convert(bytes.substr(skip), name, skip), name};
}

bool is_known_encoding(std::string_view name) {
  if (is_auto(name)) return true;
  UErrorCode status = U_ZERO_ERROR;
  const std::string copy(name);
  const Converter converter(ucnv_open(copy.c_str(), &status));
  return U_SUCCESS(status);
}

}  // namespace parkgraph
