// Relation extraction over recognised names: composition, adjacency, title chains,
// trigger patterns, coordination, reference back (该公司) and the park a section is about.
#pragma once

#include <string>
#include <vector>

#include "document.hpp"
#include "lexicon_index.hpp"
#include "recognise.hpp"

namespace parkgraph::detail {

struct CandidateFact {
  int head = -1;  ///< candidate index
  int tail = -1;  ///< candidate index
  RelationType type = RelationType::LocatedIn;
  std::u32string title;
  std::size_t sentence = 0;
  double confidence = 0.0;
  std::string_view rule;
};

std::vector<CandidateFact> relate(const NormalizedDocument& doc, const Recognition& recognition,
                                  const LexiconIndex& lexicon);

}  // namespace parkgraph::detail
