// Text -> mentions and facts. The only entry point most callers need is Extractor.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "parkgraph/types.hpp"

namespace parkgraph {

class Ontology;  // lexicons and patterns, see parkgraph/ontology.hpp
namespace detail {
struct CompiledOntology;  // the lexicon automaton, private to the library
}

/// Input that cannot be read as UTF-8 text: names the byte where decoding stopped.
class InputError : public std::runtime_error {
 public:
  InputError(const std::string& message, std::size_t byte_offset)
      : std::runtime_error(message), byte_offset_(byte_offset) {}
  [[nodiscard]] std::size_t byte_offset() const { return byte_offset_; }

 private:
  std::size_t byte_offset_;
};

/// Extracts entities, relations and numbers from one document at a time.
/// Thread-safe: extract() touches no shared mutable state, so documents can run in parallel.
class Extractor {
 public:
  /// Uses the lexicons embedded in the library at build time.
  Extractor();
  /// Uses the lexicons of `ontology` (for example loaded from a directory by the user).
  explicit Extractor(std::shared_ptr<const Ontology> ontology);

  /// Extracts from the raw bytes of one document. Throws InputError when `bytes`
  /// is not valid UTF-8 or looks binary (a NUL byte); an empty text gives an empty result.
  [[nodiscard]] Extraction extract(std::string_view doc_id, std::string_view bytes) const;

  [[nodiscard]] const Ontology& ontology() const { return *ontology_; }

 private:
  std::shared_ptr<const Ontology> ontology_;
  std::shared_ptr<const detail::CompiledOntology> compiled_;
};

}  // namespace parkgraph
