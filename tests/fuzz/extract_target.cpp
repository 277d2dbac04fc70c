// Fuzz target: the whole extractor on arbitrary bytes (mostly invalid UTF-8, which must be
// refused with an InputError) and, through the dictionary of seed pages, on real-looking
// Chinese text. Invariants: every span lies inside the document and every fact and
// attribute points at an existing mention.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parkgraph/extract.hpp"
#include "text.hpp"

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

void check_span(const parkgraph::Span& span, std::size_t length) {
  check(span.begin <= span.end && span.end <= length);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const parkgraph::Extractor extractor;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  parkgraph::Extraction ex;
  try {
    ex = extractor.extract("fuzz.txt", bytes);
  } catch (const parkgraph::InputError& e) {
    check(e.byte_offset() <= size);
    return 0;
  }
  const std::size_t length = parkgraph::detail::decode_utf8(bytes).size();
  for (const auto& m : ex.mentions) check_span(m.span, length);
  for (const auto& f : ex.facts) {
    check(f.head < ex.mentions.size() && f.tail < ex.mentions.size());
    check_span(f.sentence, length);
  }
  for (const auto& a : ex.attributes) {
    check(a.mention < ex.mentions.size());
    check_span(a.span, length);
  }
  for (const auto& s : ex.sentences) check_span(s, length);
  return 0;
}
