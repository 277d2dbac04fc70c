// How names are compared when looked up "normalised". Private to graph/src.
#pragma once

#include <unicode/normalizer2.h>
#include <unicode/translit.h>

#include <memory>
#include <string>
#include <string_view>

namespace parkgraph::detail {

/// NFKC with case folding (ICU), optionally Traditional -> Simplified (ICU's "Hant-Hans"
/// transliterator), with white space and punctuation removed. Not thread-safe when
/// transliterating: give each thread its own.
class NameNormaliser {
 public:
  explicit NameNormaliser(bool traditional_to_simplified);
  [[nodiscard]] std::string operator()(std::string_view text) const;

 private:
  const icu::Normalizer2* nfkc_casefold_ = nullptr;
  std::unique_ptr<icu::Transliterator> to_simplified_;
};

}  // namespace parkgraph::detail
