// Input encodings: bytes as they come from a crawl (UTF-8 with or without BOM, UTF-16 with a
// BOM, GB18030/GBK, or any charset ICU knows by name) turned into UTF-8 text, through ICU's
// converters. Independent of how documents are read, so any corpus driver can call it.
#pragma once

#include <string>
#include <string_view>

#include "parkgraph/extract.hpp"  // InputError

namespace parkgraph {

/// Text decoded from one document.
struct DecodedText {
  std::string utf8;      ///< the text as UTF-8; a UTF-8 BOM is kept, a UTF-16 BOM is not
  std::string encoding;  ///< what it was read as: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", ...
};

/// Decodes `bytes`. With an empty `encoding` (or "auto") the encoding is detected: a BOM
/// decides (UTF-8, UTF-16LE, UTF-16BE); otherwise valid UTF-8 is UTF-8, and bytes that are
/// not UTF-8 are GB18030 when ICU's charset detector says so and they convert without error.
/// Text that is mostly UTF-8 with a few broken sequences stays UTF-8 (and fails), so
/// truncated UTF-8 is reported rather than read as mojibake. A named `encoding` is any
/// ICU converter name ("GBK", "GB18030", "UTF-16LE", "Big5", ...).
/// Throws InputError naming the byte offset of the first invalid sequence, or of a NUL
/// character (binary data). Never returns text holding U+0000 or invalid UTF-8.
DecodedText decode_text(std::string_view bytes, std::string_view encoding = {});

/// Whether ICU has a converter called `name` ("auto" and "" count as known).
bool is_known_encoding(std::string_view name);

}  // namespace parkgraph
