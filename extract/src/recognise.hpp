// Entity recognition over a normalised document: candidates from lexicon hits, name
// suffixes scanned to their left edge, person-name contexts and lists.
#pragma once

#include <algorithm>
#include <cstddef>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.hpp"
#include "lexicon_index.hpp"
#include "parkgraph/types.hpp"

namespace parkgraph::detail {

/// A recognised name in normalised coordinates.
struct Candidate {
  std::size_t begin = 0;
  std::size_t end = 0;
  EntityType type = EntityType::Organization;
  double confidence = 0.0;
  std::string_view rule;
  int prefix = -1;  ///< candidate this name was composed over (襄阳高新区 in 襄阳高新区党工委)
  int owner = -1;  ///< company named at the head of a project name (湖南宏旺 in 湖南宏旺年产…项目)
  std::size_t sentence = 0;
  bool accepted = false;  ///< survived overlap resolution as a maximal name
  bool inner = false;     ///< inside an accepted name, emitted as an entity of its own
  bool listed = false;    ///< an item of a list (X、Y等企业)
  bool modifier = false;  ///< a place name only modifying the words after it (西安邮电…)
  bool government = false;  ///< a place's government or party committee (北京市政府, 常宁市委)
  std::u32string key;
};

/// All candidates of a document after overlap resolution, in text order.
/// Spans of the text already named, asked whether a new span overlaps none. No span is longer
/// than the longest taken, so only those beginning in (begin - longest, end) can overlap.
class TakenSpans {
 public:
  void take(std::size_t begin, std::size_t end) {
    spans_.emplace(begin, end);
    longest_ = std::max(longest_, end - begin);
  }
  [[nodiscard]] bool free(std::size_t begin, std::size_t end) const {
    const std::size_t from = begin >= longest_ ? begin - longest_ + 1 : 0;
    for (auto it = spans_.lower_bound({from, 0}); it != spans_.end() && it->first < end; ++it) {
      if (begin < it->second) return false;
    }
    return true;
  }

 private:
  std::set<std::pair<std::size_t, std::size_t>> spans_;
  std::size_t longest_ = 0;
};

/// The spans of the accepted candidates.
inline TakenSpans accepted_spans(std::span<const Candidate> candidates) {
  TakenSpans taken;
  for (const Candidate& c : candidates) {
    if (c.accepted) taken.take(c.begin, c.end);
  }
  return taken;
}

struct Recognition {
  std::vector<Candidate> candidates;
  /// The lexicon hits of every sentence of the document, by sentence index.
  std::vector<SentenceHits> sentence_hits;
  /// Candidates that are entities (accepted or emitted inner), sorted by position.
  [[nodiscard]] std::vector<int> entities() const;
};

Recognition recognise(const NormalizedDocument& doc, const LexiconIndex& lexicon);

/// Canonical key of a name of `type`, from its text and its composition.
std::u32string canonical_key(std::u32string_view surface, EntityType type,
                             const LexiconIndex& lexicon);

}  // namespace parkgraph::detail
