// Fuzz target: the text reader (encoding detection and conversion) and the normaliser.
// The first byte picks the encoding to name (or none, so detection runs); the rest is the
// document. Invariants: decoded text is valid UTF-8 without NUL, and the normalised text's
// offset map stays inside the original.
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "document.hpp"
#include "parkgraph/encoding.hpp"
#include "text.hpp"

namespace {

constexpr std::array<std::string_view, 8> kEncodings = {"",        "auto",     "UTF-8",    "GBK",
                                                        "GB18030", "UTF-16LE", "UTF-16BE", "Big5"};

void check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view encoding = kEncodings[data[0] % kEncodings.size()];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  parkgraph::DecodedText decoded;
  try {
    decoded = parkgraph::decode_text(bytes, encoding);
  } catch (const parkgraph::InputError& e) {
    check(e.byte_offset() <= bytes.size());
    return 0;
  }
  // Decoded text must be valid UTF-8 without NUL: decode_utf8 throws otherwise (-> abort).
  const std::u32string text = parkgraph::detail::decode_utf8(decoded.utf8);
  static const parkgraph::detail::LineMarkers markers =
      parkgraph::detail::LineMarkers::from(parkgraph::Ontology::embedded());
  const auto doc = parkgraph::detail::normalize_document(text, markers);
  check(doc.origin.size() == doc.text.size() + 1);
  for (const std::size_t o : doc.origin) check(o <= text.size());
  for (const auto& block : doc.blocks)
    check(block.begin <= block.end && block.end <= doc.text.size());
  for (const auto& s : doc.sentences) {
    check(s.begin <= s.end && s.end <= doc.text.size() && s.block < doc.blocks.size());
  }
  return 0;
}
