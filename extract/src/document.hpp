// Reading a page: normalisation with an offset map, layout repair, blocks, sentences.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parkgraph::detail {

enum class BlockKind { Heading, Byline, Caption, Furniture, Body };

/// A run of normalised text that the page layout set apart.
struct Block {
  BlockKind kind = BlockKind::Body;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t block = 0;  ///< index into NormalizedDocument::blocks
};

/// The text every recogniser reads: NFKC, Simplified, words broken by the layout re-joined,
/// one block per line. `origin[i]` is the code point of the original text that normalised
/// position i came from; origin has text.size() + 1 entries (the last one is the end).
struct NormalizedDocument {
  std::u32string text;
  std::vector<std::size_t> origin;
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;

  /// Original code-point range of the normalised range [begin, end).
  [[nodiscard]] std::pair<std::size_t, std::size_t> original_span(std::size_t begin,
                                                                  std::size_t end) const;
};

/// Normalises `original` (already decoded). Thread-safe.
NormalizedDocument normalize_document(std::u32string_view original);

/// NFKC followed by Traditional-to-Simplified, keeping the origin of every output code point.
/// Exposed for tests.
std::u32string normalize_characters(std::u32string_view original, std::vector<std::size_t>& origin);

}  // namespace parkgraph::detail
