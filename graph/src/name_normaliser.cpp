#include "name_normaliser.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace parkgraph::detail {

NameNormaliser::NameNormaliser(bool traditional_to_simplified) {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: no NFKC_Casefold normaliser");
  if (traditional_to_simplified) {
    to_simplified_.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no Hant-Hans transliterator");
  }
}

std::string NameNormaliser::operator()(std::string_view text) const {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (to_simplified_) to_simplified_->transliterate(unicode);
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded = nfkc_casefold_->normalize(unicode, status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    if (!u_isUWhiteSpace(c) && !u_ispunct(c)) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

}  // namespace parkgraph::detail
