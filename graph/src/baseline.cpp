#include "parkgraph/baseline.hpp"

#include <map>
#include <optional>

namespace parkgraph {
namespace {

// The relation type the two entity types most often stand in.
std::optional<RelationType> likely_relation(EntityType head, EntityType tail) {
  using enum EntityType;
  if (head == Person && tail != Person && tail != Project) return RelationType::HoldsPosition;
  if ((head == Company || head == Organization) && tail == Project) return RelationType::InvestsIn;
  if (head != Person && (tail == Location || tail == Park) && head != tail)
    return RelationType::LocatedIn;
  if (head == Organization && (tail == Organization || tail == Company))
    return RelationType::PartOf;
  if (head != Person && tail != Person && head != Project && tail != Project)
    return RelationType::CooperatesWith;
  return std::nullopt;
}

}  // namespace

std::vector<Extraction> cooccurrence_baseline(std::vector<Extraction> extractions) {
  for (auto& ex : extractions) {
    std::map<std::pair<std::size_t, std::size_t>, std::string> sentences;
    for (const auto& s : ex.sentences) sentences.emplace(std::make_pair(s.begin, s.end), "");
    for (const auto& f : ex.facts) sentences[{f.sentence.begin, f.sentence.end}] = f.evidence;
    std::vector<Fact> links;
    for (const auto& [span, evidence] : sentences) {
      std::vector<std::size_t> inside;
      for (std::size_t m = 0; m < ex.mentions.size(); ++m) {
        const Span& s = ex.mentions[m].span;
        if (s.begin >= span.first && s.end <= span.second) inside.push_back(m);
      }
      for (const std::size_t a : inside) {
        for (const std::size_t b : inside) {
          if (a == b) continue;
          const auto type = likely_relation(ex.mentions[a].type, ex.mentions[b].type);
          if (!type || (*type == RelationType::CooperatesWith && a > b)) continue;
          links.push_back(
              {a, b, *type, "", {span.first, span.second}, evidence, 0.3, "baseline.cooccurrence"});
        }
      }
    }
    ex.facts = std::move(links);
  }
  return extractions;
}

}  // namespace parkgraph
