// Reading a page: normalisation with an offset map, layout repair, blocks, sentences.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parkgraph/ontology.hpp"

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

/// Words that open a line of page furniture rather than of the article (line_markers.txt).
struct LineMarkers {
  std::vector<std::u32string> caption;    ///< 图为, 图片来源
  std::vector<std::u32string> credit;     ///< 责任编辑: the desk's credits name persons
  std::vector<std::u32string> furniture;  ///< 招商电话, 扫码: no entities
  std::u32string photo_credit;            ///< 摄, closing a photographer's credit

  /// The markers of `ontology`'s line_markers lexicon.
  static LineMarkers from(const Ontology& ontology);
};

/// Normalises `original` (already decoded), telling page furniture by `markers`. Thread-safe.
NormalizedDocument normalize_document(std::u32string_view original, const LineMarkers& markers);

/// The sentence holding `pos`, or sentences.end() (sentences are in order and disjoint).
std::vector<Sentence>::const_iterator sentence_at(const std::vector<Sentence>& sentences,
                                                  std::size_t pos);

/// NFKC followed by Traditional-to-Simplified, keeping the origin of every output code point.
/// Exposed for tests.
std::u32string normalize_characters(std::u32string_view original, std::vector<std::size_t>& origin);

}  // namespace parkgraph::detail
