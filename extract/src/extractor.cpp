#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document.hpp"
#include "lexicon_index.hpp"
#include "numbers.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/ontology.hpp"
#include "recognise.hpp"
#include "relate.hpp"
#include "text.hpp"

namespace parkgraph {

namespace detail {

// The automaton and the page markers are built once per ontology and shared by every
// extraction.
struct CompiledOntology {
  explicit CompiledOntology(const Ontology& o) : index(o), markers(LineMarkers::from(o)) {}
  LexiconIndex index;
  LineMarkers markers;
};

namespace {

// The entities of one type, in text order.
std::vector<int> entities_of(const Recognition& rec, EntityType type) {
  std::vector<int> out;
  for (const int i : rec.entities()) {
    if (rec.candidates[static_cast<std::size_t>(i)].type == type) out.push_back(i);
  }
  return out;
}

// 美柚 and 厦门美柚信息科技有限公司 in one document are one firm: a short firm name that
// opens a fuller one's key takes that key, unless it is the parent the fuller one was
// composed over (健民集团 in 健民集团叶开泰医药(随州)有限公司).
void merge_short_firm_names(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                            Recognition& rec) {
  const std::vector<int> firms = entities_of(rec, EntityType::Company);
  // A registered name (…有限公司) is a firm of its own, never another's short name; and a
  // short name whose key such a name has is that firm's (晶策控股 is 晶策控股集团有限公司's,
  // not its subsidiary 宁夏晶策新材料科技有限公司's).
  const std::u32string_view text(doc.text);
  // 豪克斯公司 after 德国豪克斯汽车技术有限公司: a short key with nothing but the legal word
  // after it is how a firm named earlier is called, not a registered name.
  constexpr std::size_t kLongestShortKey = 4;
  auto registered = [&](const Candidate& c) {
    const auto surface = text.substr(c.begin, c.end - c.begin);
    const std::size_t ending =
        lexicon.classes().closing_length(WordClass::RegisteredEnding, surface);
    if (ending == 0) return false;
    const auto before = surface.substr(0, surface.size() - ending);
    return !(c.key.size() <= kLongestShortKey && before == c.key);
  };
  std::set<std::u32string> registered_keys;
  for (const int i : firms) {
    const Candidate& c = rec.candidates[static_cast<std::size_t>(i)];
    if (registered(c)) registered_keys.insert(c.key);
  }
  // Every firm's current key with its place in `firms`, sorted, so the keys a short name
  // opens are one range; a firm's key changes only when its own turn comes, and the index
  // follows it.
  std::set<std::pair<std::u32string, std::size_t>> keys;
  for (std::size_t n = 0; n < firms.size(); ++n)
    keys.emplace(rec.candidates[static_cast<std::size_t>(firms[n])].key, n);
  for (std::size_t n = 0; n < firms.size(); ++n) {
    Candidate& shorter = rec.candidates[static_cast<std::size_t>(firms[n])];
    if (registered(shorter) || registered_keys.contains(shorter.key)) continue;
    // Short names of up to four characters (美柚); a longer one only when the fuller key is
    // it and an industry word (锂源新能源 for 青海锂源新能源科技有限公司).
    const bool short_key = shorter.key.size() <= 4;
    // A group (鹏汇集团) is no short name of a firm whose name says no group (its subsidiary
    // 深圳鹏汇新能源技术有限公司).
    const auto shorter_surface = text.substr(shorter.begin, shorter.end - shorter.begin);
    const std::u32string* group_word = nullptr;
    for (const std::u32string& word : lexicon.classes().members(WordClass::GroupWord)) {
      if (shorter_surface.ends_with(word)) group_word = &word;
    }
    // The first firm in text order whose key is longer and opens with this one, unless this
    // one is the parent it was composed over.
    std::size_t first = firms.size();
    for (auto it = keys.lower_bound({shorter.key, 0});
         it != keys.end() && it->first.starts_with(shorter.key); ++it) {
      const auto& [key, m] = *it;
      if (m == n || m >= first || key.size() == shorter.key.size()) continue;
      if (!short_key &&
          !lexicon.has(std::u32string_view(key).substr(shorter.key.size()), Cat::IndustrySuffix))
        continue;
      const Candidate& longer = rec.candidates[static_cast<std::size_t>(firms[m])];
      if (group_word != nullptr &&
          text.substr(longer.begin, longer.end - longer.begin).find(*group_word) ==
              std::u32string_view::npos)
        continue;
      if (longer.prefix >= 0 &&
          rec.candidates[static_cast<std::size_t>(longer.prefix)].key == shorter.key)
        continue;
      first = m;
    }
    if (first == firms.size()) continue;
    keys.erase({shorter.key, n});
    shorter.key = rec.candidates[static_cast<std::size_t>(firms[first])].key;
    keys.emplace(shorter.key, n);
  }
}

// 张家界市乾坤莓茶工程技术研究中心 and 乾坤莓茶工程技术研究中心 in one document are one
// centre: a name that is another one less the place it opens with takes that one's key.
void merge_place_prefixed_names(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                                Recognition& rec) {
  const auto entities = rec.entities();
  const std::u32string_view text(doc.text);
  // The entities by their text, in order: a name less its place or zone is looked up here
  // instead of being compared with every entity of the document.
  std::unordered_map<std::u32string_view, std::vector<int>> by_surface;
  for (const int i : entities) {
    const Candidate& c = rec.candidates[static_cast<std::size_t>(i)];
    by_surface[text.substr(c.begin, c.end - c.begin)].push_back(i);
  }
  const auto named = [&by_surface](std::u32string_view surface) -> std::span<const int> {
    const auto it = by_surface.find(surface);
    if (it == by_surface.end()) return {};
    return it->second;
  };
  for (const int l : entities) {
    const Candidate& longer = rec.candidates[static_cast<std::size_t>(l)];
    if (longer.type != EntityType::Organization && longer.type != EntityType::Company &&
        longer.type != EntityType::Park) {
      continue;
    }
    const auto surface = text.substr(longer.begin, longer.end - longer.begin);
    // 长春新区北湖科技园 = 北湖科技园: a sub-park named with or without its zone; so is a
    // body of the zone with a name of its own (南昌高新区光电产业链党建联盟 = 光电产业链党建联盟).
    if (longer.type != EntityType::Company && longer.prefix >= 0) {
      const std::size_t min_rest = longer.type == EntityType::Park ? 3 : 5;
      const Candidate& zone = rec.candidates[static_cast<std::size_t>(longer.prefix)];
      const auto rest = text.substr(zone.end, longer.end - zone.end);
      if (zone.type == EntityType::Park && zone.begin == longer.begin && rest.size() >= min_rest) {
        for (const int s : named(rest)) {
          Candidate& shorter = rec.candidates[static_cast<std::size_t>(s)];
          if (shorter.type == longer.type) shorter.key = longer.key;
        }
      }
    }
    for (const Hit& place : lexicon.scan(surface, 0, std::min<std::size_t>(surface.size(), 6))) {
      if (place.begin != 0 ||
          (place.payload.cat != Cat::Province && place.payload.cat != Cat::City &&
           place.payload.cat != Cat::County && place.payload.cat != Cat::Country)) {
        continue;
      }
      const auto rest = surface.substr(place.end);
      if (rest.size() < 4) continue;
      for (const int s : named(rest)) {
        Candidate& shorter = rec.candidates[static_cast<std::size_t>(s)];
        if (shorter.type == longer.type) shorter.key = longer.key;
      }
      // 天津滨海高新技术产业开发区, later 滨海高新区: the rest may be written in another of its
      // forms, which shares its key.
      if (longer.type == EntityType::Park) {
        const std::u32string rest_key = canonical_key(rest, longer.type, lexicon);
        for (const int s : entities) {
          Candidate& shorter = rec.candidates[static_cast<std::size_t>(s)];
          if (shorter.type == longer.type && shorter.key == rest_key) shorter.key = longer.key;
        }
      }
    }
  }
}

// Another mention of the entity `named` is at [begin, end) of sentence `sentence`, read by
// `rule`: the entity's type and key, none of the names it was composed over.
Candidate another_mention(const Candidate& named, std::size_t begin, std::size_t end,
                          std::size_t sentence, double confidence, std::string_view rule) {
  Candidate c = named;
  c.begin = begin;
  c.end = end;
  c.prefix = -1;
  c.owner = -1;
  c.inner = false;
  c.confidence = confidence;
  c.rule = rule;
  c.sentence = sentence;
  return c;
}

// The short name a text declares for a name right after it (X(以下简称“Y”), X，又称“Y”),
// up to its closing quote or bracket; empty when there is none.
std::u32string_view declared_short_name(std::u32string_view text, std::size_t pos,
                                        const LexiconIndex& lexicon) {
  constexpr std::size_t kShortest = 2;
  constexpr std::size_t kLongest = 12;
  if (pos < text.size() && (text[pos] == U'(' || text[pos] == U',')) ++pos;
  const std::size_t marker =
      lexicon.classes().opening_length(WordClass::AliasMarker, text.substr(pos));
  if (marker == 0) return {};
  pos += marker;
  if (pos < text.size() && (text[pos] == U':' || text[pos] == U'“')) ++pos;
  std::size_t end = pos;
  while (end < text.size() && end - pos <= kLongest &&
         (is_han(text[end]) || is_ascii_alnum(text[end])))
    ++end;
  const bool closed = end < text.size() && (text[end] == U'”' || text[end] == U')');
  if (!closed || end - pos < kShortest || end - pos > kLongest) return {};
  return text.substr(pos, end - pos);
}

// The sentence of running text (no page furniture) that holds [begin, end), if one does.
std::optional<std::size_t> text_sentence_holding(const NormalizedDocument& doc, std::size_t begin,
                                                 std::size_t end) {
  const auto sentence = sentence_at(doc.sentences, begin);
  if (sentence == doc.sentences.end() || sentence->end < end ||
      doc.blocks[sentence->block].kind == BlockKind::Furniture)
    return std::nullopt;
  return static_cast<std::size_t>(sentence - doc.sentences.begin());
}

// Every use of `form` after `from` that `usable(begin, end)` lets through and that lies inside
// one running-text sentence is another mention of `named`, read by `rule`; its span is taken.
template <typename Usable>
void add_later_mentions(const NormalizedDocument& doc, const Candidate& named,
                        std::u32string_view form, std::size_t from, std::string_view rule,
                        TakenSpans& taken, std::vector<Candidate>& found, Usable usable) {
  constexpr double kConfidence = 0.6;
  const std::u32string_view text(doc.text);
  for (std::size_t at = text.find(form, from); at != std::u32string_view::npos;
       at = text.find(form, at + 1)) {
    const std::size_t end = at + form.size();
    if (!usable(at, end)) continue;
    const auto sentence = text_sentence_holding(doc, at, end);
    if (!sentence) continue;
    found.push_back(another_mention(named, at, end, *sentence, kConfidence, rule));
    taken.take(at, end);
  }
}

// Whether a zone word at `pos` stands alone: at the sentence's start, after a mark, or after
// a function word or verb (由示范区管委会, 与高新区管委会).
bool opens_bare(std::u32string_view text, std::size_t pos, std::size_t sentence_begin,
                const SentenceHits& hits) {
  if (pos == sentence_begin || !is_han(text[pos - 1])) return true;
  const auto ending = hits.ending_at(pos);
  return std::any_of(ending.begin(), ending.end(), [&hits](std::uint32_t i) {
    const Cat c = hits.all()[i].payload.cat;
    return c == Cat::Stop || c == Cat::Connector || c == Cat::CoopTrigger || c == Cat::Speech ||
           c == Cat::LocTrigger;
  });
}

// The zone words each park of the document ends with in its key (高新区 of 昆明高新区, 经开区 of
// 南宁经济技术开发区), to the park most often named with it (the first on a tie).
std::map<std::u32string, int, std::less<>> parks_by_zone_word(const Recognition& rec,
                                                              const LexiconIndex& lexicon) {
  std::map<std::u32string, std::size_t> mentions;  // park key -> mentions
  std::map<std::u32string, int> first;             // park key -> its first candidate
  for (const int i : entities_of(rec, EntityType::Park)) {
    const Candidate& c = rec.candidates[static_cast<std::size_t>(i)];
    ++mentions[c.key];
    first.try_emplace(c.key, i);
  }
  std::map<std::u32string, int, std::less<>> out;
  std::map<std::u32string, std::size_t> best;
  for (const auto& [key, count] : mentions) {
    for (const Hit& h : lexicon.scan(key, 0, key.size())) {
      if (h.end != key.size() || h.begin == 0 || h.payload.cat != Cat::ParkSuffix ||
          h.payload.level != kParkZone)
        continue;
      std::u32string word = key.substr(h.begin);
      const auto known = best.find(word);
      if (known != best.end() && known->second >= count) continue;
      best[word] = count;
      out[std::move(word)] = first.at(key);
    }
  }
  return out;
}

// 示范区管委会, 高新区管委会, 经开区投资促进局: a bare zone word and a body's kind word name the
// organ or department of the document's zone ending with that word, composed over it.
void add_bare_zone_bodies(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                          Recognition& rec) {
  const auto parks = parks_by_zone_word(rec, lexicon);
  if (parks.empty()) return;
  const std::u32string_view text(doc.text);
  TakenSpans taken = accepted_spans(rec.candidates);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (doc.blocks[sentence.block].kind == BlockKind::Furniture) continue;
    const SentenceHits& hits = rec.sentence_hits[s];
    for (const Hit& zone : hits.all()) {
      if (zone.payload.cat != Cat::ParkSuffix || zone.payload.level != kParkZone) continue;
      const auto park = parks.find(text.substr(zone.begin, zone.end - zone.begin));
      if (park == parks.end() || !opens_bare(text, zone.begin, sentence.begin, hits)) continue;
      const Hit* body = nullptr;
      for (const Hit& h : hits.starting_at(zone.end)) {
        if (h.payload.cat == Cat::OrgSuffix &&
            (h.payload.level == kOrgGov || h.payload.level == kOrgOrgan) &&
            (body == nullptr || h.end > body->end))
          body = &h;
      }
      if (body == nullptr || !taken.free(zone.begin, body->end)) continue;
      const Candidate& named = rec.candidates[static_cast<std::size_t>(park->second)];
      // The zone word is composed over but no mention: a bare 示范区 is no name of the zone.
      Candidate zone_mention =
          another_mention(named, zone.begin, zone.end, s, 0.6, "name.bare-zone");
      zone_mention.accepted = false;
      zone_mention.inner = false;
      Candidate organ;
      organ.begin = zone.begin;
      organ.end = body->end;
      organ.type = EntityType::Organization;
      organ.confidence = 0.6;
      organ.rule = "name.bare-zone-body";
      organ.sentence = s;
      organ.accepted = true;
      organ.key = named.key + std::u32string(text.substr(body->begin, body->end - body->begin));
      rec.candidates.push_back(std::move(zone_mention));
      organ.prefix = static_cast<int>(rec.candidates.size() - 1);
      rec.candidates.push_back(std::move(organ));
      taken.take(zone.begin, body->end);
    }
  }
}

// 成都 + 地质所 in 成都地质所: when only places and bodies lie inside [begin, end), the
// longer name is read instead; they are no mentions of their own any more. Whether it was.
bool read_instead(Recognition& rec, std::size_t begin, std::size_t end) {
  std::vector<Candidate*> inside;
  for (Candidate& c : rec.candidates) {
    if (!c.accepted || c.end <= begin || c.begin >= end) continue;
    const bool within = c.begin >= begin && c.end <= end;
    if (!within || (c.type != EntityType::Location && c.type != EntityType::Organization))
      return false;
    inside.push_back(&c);
  }
  for (Candidate* c : inside) c->accepted = false;
  return !inside.empty();
}

// The short names of a research body: its field and the last character of its kind word,
// alone or after the place before the field (中国科学院昆明植物研究所: 植物所, 昆明植物所).
std::vector<std::u32string> institute_short_names(std::u32string_view name,
                                                  const LexiconIndex& lexicon) {
  constexpr std::size_t kMinField = 2;
  constexpr std::size_t kMaxField = 4;
  const std::size_t kind = lexicon.classes().closing_length(WordClass::InstituteWord, name);
  if (kind == 0 || name.size() < kind + kMinField) return {};
  const std::size_t field_end = name.size() - kind;
  // The field runs back to the first character a place, a known body or a body's kind covers.
  std::vector<bool> covered(field_end, false);
  const std::vector<Hit> hits = lexicon.scan(name, 0, field_end);
  for (const Hit& h : hits) {
    const Cat c = h.payload.cat;
    const bool place = c == Cat::Province || c == Cat::City || c == Cat::County;
    if (!place && c != Cat::KnownOrg && c != Cat::OrgSuffix && c != Cat::Country) continue;
    for (std::size_t k = h.begin; k < h.end; ++k) covered[k] = true;
  }
  std::size_t field_begin = field_end;
  while (field_begin > 0 && !covered[field_begin - 1] && field_end - field_begin < kMaxField)
    --field_begin;
  if (field_end - field_begin < kMinField || (field_begin > 0 && !covered[field_begin - 1]))
    return {};
  const std::u32string short_name =
      std::u32string(name.substr(field_begin, field_end - field_begin)) + name[name.size() - 1];
  std::vector<std::u32string> out{short_name};
  for (const Hit& h : hits) {
    const Cat c = h.payload.cat;
    if (h.end == field_begin && (c == Cat::Province || c == Cat::City || c == Cat::County))
      out.push_back(std::u32string(name.substr(h.begin, h.end - h.begin)) + short_name);
  }
  return out;
}

// 中国科学院昆明植物研究所, later 植物所 or 昆明植物所: another mention of the body.
void add_institute_short_names(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                               Recognition& rec) {
  const std::u32string_view text(doc.text);
  TakenSpans taken = accepted_spans(rec.candidates);
  std::vector<Candidate> found;
  std::set<std::u32string_view> done;
  const std::vector<int> bodies = entities_of(rec, EntityType::Organization);
  for (const int i : bodies) {
    const Candidate body = rec.candidates[static_cast<std::size_t>(i)];
    const auto name = text.substr(body.begin, body.end - body.begin);
    if (!done.insert(name).second) continue;
    std::vector<std::u32string> short_names = institute_short_names(name, lexicon);
    std::sort(short_names.begin(), short_names.end(),
              [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (const std::u32string& short_name : short_names) {
      // Another word of the lexicon is not this body's name; another body's short name (植物所
      // of 中国科学院植物研究所) is, in a text that names this body.
      if (const auto* known = lexicon.lookup(short_name);
          known != nullptr && std::any_of(known->begin(), known->end(),
                                          [](const Payload& p) { return p.cat != Cat::KnownOrg; }))
        continue;
      // A recogniser read it as a body of its own (植物所 by 所): it is this one.
      for (const int j : bodies) {
        Candidate& other = rec.candidates[static_cast<std::size_t>(j)];
        if (other.begin > body.begin &&
            text.substr(other.begin, other.end - other.begin) == short_name)
          other.key = body.key;
      }
      add_later_mentions(
          doc, body, short_name, body.end, "name.institute-short", taken, found,
          [&](std::size_t at, std::size_t end) {
            const bool overlaps_found =
                std::any_of(found.begin(), found.end(),
                            [&](const Candidate& f) { return f.begin < end && at < f.end; });
            return !overlaps_found && (taken.free(at, end) || read_instead(rec, at, end));
          });
    }
  }
  rec.candidates.insert(rec.candidates.end(), found.begin(), found.end());
}

// 苏州工业园区两新组织工作委员会（以下简称“园区两新工委”）: every later use of the declared
// short name is that body, firm, park or project.
void add_declared_short_names(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                              Recognition& rec) {
  const std::u32string_view text(doc.text);
  TakenSpans taken;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> accepted_at;
  for (std::size_t i = 0; i < rec.candidates.size(); ++i) {
    const Candidate& c = rec.candidates[i];
    if (!c.accepted) continue;
    taken.take(c.begin, c.end);
    accepted_at[{c.begin, c.end}] = i;
  }
  std::vector<Candidate> found;
  const std::size_t count = rec.candidates.size();
  for (std::size_t i = 0; i < count; ++i) {
    const Candidate full = rec.candidates[i];
    if (!full.accepted || full.type == EntityType::Person || full.type == EntityType::Location)
      continue;
    const std::u32string_view short_name = declared_short_name(text, full.end, lexicon);
    if (short_name.empty()) continue;
    for (std::size_t at = text.find(short_name, full.end); at != std::u32string_view::npos;
         at = text.find(short_name, at + 1)) {
      const std::size_t end = at + short_name.size();
      if (const auto it = accepted_at.find({at, end}); it != accepted_at.end()) {
        Candidate& same = rec.candidates[it->second];
        same.type = full.type;
        same.key = full.key;
        continue;
      }
      const auto sentence = sentence_at(doc.sentences, at);
      if (!taken.free(at, end) || sentence == doc.sentences.end() || sentence->end < end) continue;
      found.push_back(another_mention(full, at, end,
                                      static_cast<std::size_t>(sentence - doc.sentences.begin()),
                                      0.7, "name.declared-short"));
      taken.take(at, end);
    }
  }
  rec.candidates.insert(rec.candidates.end(), found.begin(), found.end());
}

// 贵安智算中心二期项目, in a heading 智算中心二期项目: a project named again by the end of its
// name, long enough to name it (six characters with its head word), is that project.
void merge_project_short_forms(const NormalizedDocument& doc, Recognition& rec) {
  constexpr std::size_t kShortestForm = 6;
  const std::u32string_view text(doc.text);
  std::unordered_map<std::u32string_view, std::vector<int>> projects;
  for (const int i : rec.entities()) {
    const Candidate& c = rec.candidates[static_cast<std::size_t>(i)];
    if (c.type == EntityType::Project) projects[text.substr(c.begin, c.end - c.begin)].push_back(i);
  }
  // Longest names first (equals by their characters), so a name that ends a name that ends a
  // third takes the longest one's key whatever the order of the map.
  std::vector<std::u32string_view> surfaces;
  surfaces.reserve(projects.size());
  for (const auto& entry : projects) surfaces.push_back(entry.first);
  std::sort(surfaces.begin(), surfaces.end(), [](std::u32string_view a, std::u32string_view b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  for (const std::u32string_view surface : surfaces) {
    const std::u32string key =
        rec.candidates[static_cast<std::size_t>(projects[surface].front())].key;
    for (std::size_t cut = 1; cut + kShortestForm <= surface.size(); ++cut) {
      const auto it = projects.find(surface.substr(cut));
      if (it == projects.end()) continue;
      for (const int s : it->second) rec.candidates[static_cast<std::size_t>(s)].key = key;
    }
  }
}

// 金阳科技产业园, later 金阳园区: a park named again by the start of its name and a generic
// park word (园区) is the same park, when exactly one park of the document opens with that
// start.
void merge_short_park_names(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                            Recognition& rec) {
  const std::u32string_view text(doc.text);
  const std::vector<int> parks = entities_of(rec, EntityType::Park);
  auto surface_of = [&](int i) {
    const Candidate& c = rec.candidates[static_cast<std::size_t>(i)];
    return text.substr(c.begin, c.end - c.begin);
  };
  for (const int s : parks) {
    const std::u32string_view surface = surface_of(s);
    for (const std::u32string& word : lexicon.classes().members(WordClass::GenericParkWord)) {
      if (!surface.ends_with(word)) continue;
      const std::u32string_view start = surface.substr(0, surface.size() - word.size());
      if (start.size() < 2 || start.size() > 3) continue;
      Candidate& shorter = rec.candidates[static_cast<std::size_t>(s)];
      const std::u32string* key = nullptr;
      bool ambiguous = false;
      for (const int l : parks) {
        const Candidate& longer = rec.candidates[static_cast<std::size_t>(l)];
        const std::u32string_view name = surface_of(l);
        if (name.size() <= surface.size() || !name.starts_with(start) || longer.key == shorter.key)
          continue;
        ambiguous = ambiguous || (key != nullptr && *key != longer.key);
        key = &longer.key;
      }
      if (key != nullptr && !ambiguous) shorter.key = *key;
      break;
    }
  }
}

// Whether `short_form` abbreviates `full` the way Chinese abbreviates: the same opening
// (a place) and the same ending (示范区, 区), and in between each character of the short
// form opens one word of the full form, in order (山西综改示范区 for 山西转型综合改革示范区,
// 海口综保区 for 海口综合保税区).
bool abbreviates(std::u32string_view short_form, std::u32string_view full) {
  constexpr std::size_t kMinOpening = 2;
  constexpr std::size_t kMinMiddle = 2;
  if (full.size() <= short_form.size()) return false;
  std::size_t shared_opening = 0;
  while (shared_opening < short_form.size() && short_form[shared_opening] == full[shared_opening])
    ++shared_opening;
  std::size_t ending = 0;
  while (ending < short_form.size() &&
         short_form[short_form.size() - 1 - ending] == full[full.size() - 1 - ending])
    ++ending;
  if (ending == 0) return false;
  // The first abbreviated word may open with the opening's next character (海口综保区:
  // 综 of 综合), so every opening from the longest shared one down is tried.
  for (std::size_t opening = shared_opening; opening >= kMinOpening; --opening) {
    if (opening + ending + kMinMiddle > short_form.size()) continue;
    const std::u32string_view abbreviated =
        short_form.substr(opening, short_form.size() - opening - ending);
    const std::u32string_view spelled = full.substr(opening, full.size() - opening - ending);
    // Written out whole inside the full form, it names a part, not an abbreviation
    // (合肥高新区 in 合肥高新区生物医药产业园区).
    if (spelled.size() <= abbreviated.size() ||
        spelled.find(abbreviated) != std::u32string_view::npos)
      continue;
    const std::vector<bool> starts = word_boundaries(spelled);
    std::size_t at = 0;
    bool matched = true;
    for (const char32_t c : abbreviated) {
      while (at < spelled.size() && !(starts[at] && spelled[at] == c)) ++at;
      if (at == spelled.size()) {
        matched = false;
        break;
      }
      ++at;
    }
    if (matched) return true;
  }
  return false;
}

// 山西转型综合改革示范区, later 山西综改示范区: a park named by an abbreviation of another
// park's name in the document is that park.
void merge_abbreviated_parks(const NormalizedDocument& doc, Recognition& rec) {
  const std::u32string_view text(doc.text);
  const std::vector<int> parks = entities_of(rec, EntityType::Park);
  for (const int s : parks) {
    Candidate& shorter = rec.candidates[static_cast<std::size_t>(s)];
    const auto short_form = text.substr(shorter.begin, shorter.end - shorter.begin);
    for (const int l : parks) {
      const Candidate& longer = rec.candidates[static_cast<std::size_t>(l)];
      if (longer.key == shorter.key) continue;
      if (abbreviates(short_form, text.substr(longer.begin, longer.end - longer.begin))) {
        shorter.key = longer.key;
        break;
      }
    }
  }
}

// How many characters from `at` abbreviate the body named `full`: the text follows the name's
// characters in order, leaving some out, and stops inside its last word (张江科建办 for
// 张江科学城建设管理办公室, 中科院 for 中国科学院, 中科院重庆研究院 for
// 中国科学院重庆绿色智能技术研究院). `kind_begins` are where the words of the body's kind
// of three characters or more (办公室, 管理办公室, 科学院) begin in `full`. 0 when it does not.
std::size_t abbreviation_length(std::u32string_view text, std::size_t at, std::u32string_view full,
                                std::span<const std::size_t> kind_begins) {
  constexpr std::size_t kMinLength = 3;
  constexpr std::size_t kMinAfterOpening = 2;  // 科建办 of 张江科建办; 国家局 is too little
  // Characters left out in two places at least: one stretch left out names another body
  // (南昌大学 is not 南昌航空大学, 兰州新区管委会 not 兰州新区化工园区管委会).
  constexpr std::size_t kMinGaps = 2;
  std::size_t opening = 0;
  while (at + opening < text.size() && opening < full.size() &&
         text[at + opening] == full[opening]) {
    ++opening;
  }
  if (opening == 0) return 0;
  std::size_t next = opening;  // in `full`, after the last character matched
  std::size_t length = opening;
  std::size_t gaps = 0;
  for (std::size_t i = at + opening; i < text.size(); ++i) {
    const std::size_t found = full.find(text[i], next);
    if (found == std::u32string_view::npos) break;
    if (found > next) ++gaps;
    next = found + 1;
    length = i + 1 - at;
  }
  if (length < kMinLength || length - opening < kMinAfterOpening || gaps < kMinGaps) return 0;
  // It ends with the name's last character or with the first of its kind word (办 of
  // 办公室), not inside that word (中医学 is no name of 中国中医科学院).
  const std::size_t last = next - 1;
  if (last + 1 != full.size() &&
      std::find(kind_begins.begin(), kind_begins.end(), last) == kind_begins.end())
    return 0;
  return length;
}

// Whether `word`, read alone, can stand for one park of the document: a word the lexicon
// lacks, or a park word no zone shares (未来科技城; not 经开区, which is any zone).
bool names_one_park(const LexiconIndex& lexicon, std::u32string_view word) {
  const std::vector<Payload>* known = lexicon.lookup(word);
  if (known == nullptr) return true;
  return std::all_of(known->begin(), known->end(), [](const Payload& p) {
    return p.cat == Cat::ParkSuffix && p.level != kParkZone;
  });
}

// 张江科学城建设管理办公室, later 张江科建办; 深圳(哈尔滨)产业园区, later 深哈产业园: a body or
// park named again by an abbreviation of its name is that one, whether a recogniser read the
// abbreviation as a name of its own or not.
void add_abbreviated_names(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                           EntityType type, Recognition& rec) {
  constexpr std::size_t kMinFull = 5;
  const std::u32string_view text(doc.text);
  const std::vector<int> bodies = entities_of(rec, type);
  TakenSpans taken = accepted_spans(rec.candidates);
  std::vector<Candidate> found;
  std::set<std::u32string_view> done;  // a name said again is looked for once, from its first
  for (const int l : bodies) {
    const Candidate full_name = rec.candidates[static_cast<std::size_t>(l)];
    if (!full_name.accepted || full_name.end - full_name.begin < kMinFull) continue;
    const auto full = text.substr(full_name.begin, full_name.end - full_name.begin);
    if (!done.insert(full).second) continue;
    constexpr std::size_t kMinKindWord = 3;  // 学院 of 科学院 is no word of its own here
    std::vector<std::size_t> kind_begins;
    for (const Hit& h : lexicon.scan(full, 0, full.size())) {
      if (h.end != full.size()) continue;
      if (h.payload.cat == Cat::OrgSuffix && h.end - h.begin >= kMinKindWord)
        kind_begins.push_back(h.begin);
      // 深哈产业园 for 深圳(哈尔滨)产业园区: a park's may end anywhere in its park word.
      if (type == EntityType::Park && h.payload.cat == Cat::ParkSuffix) {
        for (std::size_t k = h.begin; k < h.end; ++k) kind_begins.push_back(k);
      }
    }
    // A body the recognisers read as a name of its own.
    for (const int s : bodies) {
      Candidate& other = rec.candidates[static_cast<std::size_t>(s)];
      if (other.key != full_name.key &&
          abbreviation_length(text, other.begin, full, kind_begins) == other.end - other.begin)
        other.key = full_name.key;
    }
    // Text no recogniser read.
    const auto find_abbreviations = [&](std::u32string_view name,
                                        std::span<const std::size_t> name_kind_begins,
                                        bool unknown_words_only) {
      for (std::size_t at = text.find(name.front(), full_name.end); at != std::u32string_view::npos;
           at = text.find(name.front(), at + 1)) {
        const std::size_t length = abbreviation_length(text, at, name, name_kind_begins);
        if (length == 0 || !taken.free(at, at + length)) continue;
        if (unknown_words_only && !names_one_park(lexicon, text.substr(at, length))) continue;
        const auto sentence = text_sentence_holding(doc, at, at + length);
        if (!sentence) continue;
        found.push_back(
            another_mention(full_name, at, at + length, *sentence, 0.6, "name.abbreviation"));
        taken.take(at, at + length);
      }
    };
    find_abbreviations(full, kind_begins, false);
    // 长春汽车经济技术开发区, later 汽开区: a park is also abbreviated without the place its
    // name opens with, unless that abbreviation is a word of the lexicon (经开区 is any zone).
    if (const auto opening =
            lexicon.opening(full, 0, full.size(), {Cat::Province, Cat::City, Cat::County});
        type == EntityType::Park && opening && full.size() - opening->end >= kMinFull) {
      const std::size_t place = opening->end;
      std::vector<std::size_t> rest_kind_begins;
      for (const std::size_t k : kind_begins) {
        if (k >= place) rest_kind_begins.push_back(k - place);
      }
      find_abbreviations(full.substr(place), rest_kind_begins, true);
    }
  }
  rec.candidates.insert(rec.candidates.end(), found.begin(), found.end());
}

// Before a zone word (园区, 高新区), a name of its own (宏伟 + 园区), not nothing (国家高新区
// is one zone word) or a generic word.
bool own_name_before_zone_word(const LexiconIndex& lexicon, std::u32string_view own) {
  std::size_t zone_word = 0;
  for (const Hit& h : lexicon.scan(own, 0, own.size())) {
    if (h.end == own.size() && h.payload.cat == Cat::ParkSuffix && h.payload.level == kParkZone)
      zone_word = std::max(zone_word, h.end - h.begin);
  }
  if (zone_word == 0) return true;
  const auto before = own.substr(0, own.size() - zone_word);
  if (before.empty()) return false;
  const std::vector<Payload>* known = lexicon.lookup(before);
  return known == nullptr || std::none_of(known->begin(), known->end(), [](const Payload& p) {
           return p.cat == Cat::Stop || p.cat == Cat::Generic || p.cat == Cat::GenericCore;
         });
}

// 大庆高新区宏伟园区, later 宏伟园区; 杭州未来科技城, later 未来科技城: a park named inside
// another park or after its place is named again by its own part alone, which no recogniser
// reads as a name without what stands before it.
void add_parks_by_own_part(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                           Recognition& rec) {
  constexpr std::size_t kMinOwnName = 4;  // 宏伟园区; 园区 alone is any park
  const std::u32string_view text(doc.text);
  TakenSpans taken = accepted_spans(rec.candidates);
  std::vector<Candidate> found;
  std::set<std::u32string_view> done;
  for (const int p : entities_of(rec, EntityType::Park)) {
    const Candidate park = rec.candidates[static_cast<std::size_t>(p)];
    if (!park.accepted) continue;
    const auto name = text.substr(park.begin, park.end - park.begin);
    std::size_t own_begin = 0;
    if (park.prefix >= 0) {
      const Candidate& parent = rec.candidates[static_cast<std::size_t>(park.prefix)];
      if (parent.type == EntityType::Park && parent.begin == park.begin)
        own_begin = parent.end - park.begin;
    }
    if (own_begin == 0) {
      const auto place =
          lexicon.opening(name, 0, name.size(), {Cat::Province, Cat::City, Cat::County});
      if (place) own_begin = place->end;
    }
    if (own_begin == 0 || own_begin >= name.size()) continue;
    const auto own = name.substr(own_begin);
    if (own.size() < kMinOwnName || !names_one_park(lexicon, own) ||
        !own_name_before_zone_word(lexicon, own) || !done.insert(own).second)
      continue;
    add_later_mentions(doc, park, own, park.end, "name.own-part", taken, found,
                       [&taken](std::size_t at, std::size_t end) { return taken.free(at, end); });
  }
  rec.candidates.insert(rec.candidates.end(), found.begin(), found.end());
}

// Whether one place holds the other (安徽省 holds 合肥市): names opening with either may be
// the same firm.
bool nested_places(const std::u32string& a, const std::u32string& b, const LexiconIndex& lexicon) {
  const auto holds = [&lexicon](const std::u32string& outer, std::u32string inner) {
    for (int depth = 0; depth < 3; ++depth) {
      const std::u32string* up = lexicon.parent(inner);
      if (up == nullptr) return false;
      if (*up == outer) return true;
      inner = *up;
    }
    return false;
  };
  return a == b || holds(a, b) || holds(b, a);
}

// 安徽衡微量子科技股份有限公司 and 郑州衡微量子科技有限公司 share a key once their places are
// dropped, but firms registered in two places apart are two firms (a parent and its branch):
// the one named later with the other place keeps its place in its key.
void split_firms_of_other_places(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                                 Recognition& rec) {
  const std::u32string_view text(doc.text);
  std::map<std::u32string, std::u32string> first_place;  // key -> place of its first firm
  for (const int i : rec.entities()) {
    Candidate& c = rec.candidates[static_cast<std::size_t>(i)];
    if (c.type != EntityType::Company) continue;
    const auto place =
        lexicon.opening(text, c.begin, c.end, {Cat::Province, Cat::City, Cat::County});
    if (!place) continue;
    const std::u32string& canonical = lexicon.canonical(place->payload.canonical);
    const auto [it, first] = first_place.try_emplace(c.key, canonical);
    if (first || nested_places(it->second, canonical, lexicon)) continue;
    c.key = std::u32string(text.substr(place->begin, place->end - place->begin)) + c.key;
  }
}

// IASP协会 = IASP: a name that only adds its kind to a known organisation is that one.
// An organ or part of a unit (党委, 党组, 学院): the lexicon's org suffixes of those classes.
bool is_organ_word(std::u32string_view word, const LexiconIndex& lexicon) {
  const auto* payloads = lexicon.lookup(word);
  if (payloads == nullptr) return false;
  return std::any_of(payloads->begin(), payloads->end(), [](const Payload& p) {
    return p.cat == Cat::OrgSuffix && (p.level == kOrgOrgan || p.level == kOrgUnit);
  });
}

void merge_restated_kinds(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                          Recognition& rec) {
  for (auto& c : rec.candidates) {
    if (c.prefix < 0 || c.type != EntityType::Organization) continue;
    const Candidate& inner = rec.candidates[static_cast<std::size_t>(c.prefix)];
    // …but 广西大学党委 is the university's party committee, a body of its own.
    const auto added = std::u32string_view(doc.text).substr(inner.end, c.end - inner.end);
    if (inner.type == EntityType::Organization && inner.rule == "lexicon.organization" &&
        c.end - inner.end <= 2 && c.begin == inner.begin && !is_organ_word(added, lexicon)) {
      c.key = inner.key;
    }
  }
}

// 国际科技园区协会(IASP): a Latin acronym in brackets after a name is that name's alias.
void add_bracketed_acronyms(const NormalizedDocument& doc, Recognition& rec) {
  const std::u32string_view text(doc.text);
  const auto entities = rec.entities();
  for (const int i : entities) {
    const Candidate outer = rec.candidates[static_cast<std::size_t>(i)];
    if (outer.type == EntityType::Person || outer.type == EntityType::Location) continue;
    if (outer.end + 3 >= text.size() || text[outer.end] != U'(') continue;
    std::size_t close = outer.end + 1;
    while (close < text.size() && close - outer.end <= 11 &&
           ((text[close] >= U'A' && text[close] <= U'Z') || is_digit(text[close]))) {
      ++close;
    }
    if (close >= text.size() || text[close] != U')' || close - outer.end < 3) continue;
    Candidate acronym = outer;
    acronym.begin = outer.end + 1;
    acronym.end = close;
    acronym.prefix = -1;
    acronym.owner = -1;
    acronym.rule = "name.acronym";
    acronym.accepted = true;
    acronym.inner = false;
    rec.candidates.push_back(acronym);
  }
}

// 贵阳高新区(贵州科学城): a park named again in brackets is the same park.
void merge_bracketed_parks(const NormalizedDocument& doc, Recognition& rec) {
  const auto entities = rec.entities();
  for (std::size_t i = 0; i + 1 < entities.size(); ++i) {
    const Candidate& a = rec.candidates[static_cast<std::size_t>(entities[i])];
    Candidate& b = rec.candidates[static_cast<std::size_t>(entities[i + 1])];
    if (a.type != EntityType::Park || b.type != EntityType::Park) continue;
    if (b.begin != a.end + 1 || doc.text[a.end] != U'(' || b.end >= doc.text.size() ||
        doc.text[b.end] != U')') {
      continue;
    }
    b.key = a.key;
  }
}

}  // namespace

// The span of a park's own name inside a name composed over its zone or its city: 田心高科园
// in 株洲高新区田心高科园, 井冈山经济技术开发区 in 吉安市井冈山经济技术开发区 (a zone named
// after a place the lexicon lacks, with the city it lies in before it); or nothing.
std::optional<std::pair<std::size_t, std::size_t>> own_park_name(const NormalizedDocument& doc,
                                                                 const LexiconIndex& lexicon,
                                                                 const Recognition& rec,
                                                                 const Candidate& c) {
  constexpr std::size_t kMinOwnName = 3;
  constexpr std::size_t kMinPlaceName = 2;
  if (c.type != EntityType::Park || c.prefix < 0) return std::nullopt;
  const Candidate& unit = rec.candidates[static_cast<std::size_t>(c.prefix)];
  if (unit.begin != c.begin || c.end < unit.end + kMinOwnName) return std::nullopt;
  if (unit.type == EntityType::Park) return std::make_pair(unit.end, c.end);
  if (unit.type != EntityType::Location) return std::nullopt;
  const std::u32string_view own = std::u32string_view(doc.text).substr(unit.end, c.end - unit.end);
  // The name before the longest zone word ending it is a place's or one the lexicon lacks:
  // none in 天津经济技术开发区 (经济技术开发区 is the zone word itself), an industry in
  // 长春汽车经济技术开发区, a county in 南京江宁经济技术开发区.
  std::optional<std::size_t> zone_word;
  for (const Hit& h : lexicon.scan(own, 0, own.size())) {
    if (h.end == own.size() && h.payload.cat == Cat::ParkSuffix && h.payload.level == kParkZone &&
        (!zone_word || h.begin < *zone_word))
      zone_word = h.begin;
  }
  if (!zone_word || *zone_word < kMinPlaceName) return std::nullopt;
  const auto* known = lexicon.lookup(own.substr(0, *zone_word));
  const bool names_a_place =
      known == nullptr || std::any_of(known->begin(), known->end(), [](const Payload& p) {
        return p.cat == Cat::County || p.cat == Cat::City;
      });
  if (names_a_place) return std::make_pair(unit.end, c.end);
  return std::nullopt;
}

}  // namespace detail

namespace {

std::string original_text(std::u32string_view original, std::size_t b, std::size_t e) {
  return detail::to_utf8(original.substr(b, e - b));
}

}  // namespace

Extractor::Extractor() : Extractor(std::make_shared<const Ontology>(Ontology::embedded())) {}

Extractor::Extractor(std::shared_ptr<const Ontology> ontology)
    : ontology_(std::move(ontology)),
      compiled_(std::make_shared<const detail::CompiledOntology>(*ontology_)) {}

Extraction Extractor::extract(std::string_view doc_id, std::string_view bytes) const {
  using namespace detail;
  const std::u32string original = decode_utf8(bytes);
  const NormalizedDocument doc = normalize_document(original, compiled_->markers);
  const LexiconIndex& lexicon = compiled_->index;
  Recognition rec = recognise(doc, lexicon);
  merge_short_firm_names(doc, lexicon, rec);
  split_firms_of_other_places(doc, lexicon, rec);
  merge_bracketed_parks(doc, rec);
  merge_short_park_names(doc, lexicon, rec);
  merge_abbreviated_parks(doc, rec);
  add_abbreviated_names(doc, lexicon, EntityType::Organization, rec);
  add_abbreviated_names(doc, lexicon, EntityType::Park, rec);
  add_parks_by_own_part(doc, lexicon, rec);
  add_bracketed_acronyms(doc, rec);
  merge_restated_kinds(doc, lexicon, rec);
  merge_place_prefixed_names(doc, lexicon, rec);
  merge_project_short_forms(doc, rec);
  add_declared_short_names(doc, lexicon, rec);
  add_institute_short_names(doc, lexicon, rec);
  add_bare_zone_bodies(doc, lexicon, rec);

  Extraction out;
  out.doc = std::string(doc_id);
  std::map<int, std::size_t> mention_of;
  for (const int i : rec.entities()) {
    const Candidate& c = rec.candidates[static_cast<std::size_t>(i)];
    const auto [ob, oe] = doc.original_span(c.begin, c.end);
    Mention m;
    m.type = c.type;
    m.surface = to_utf8(std::u32string_view(doc.text).substr(c.begin, c.end - c.begin));
    m.original = original_text(original, ob, oe);
    m.key = to_utf8(c.key);
    m.span = {ob, oe};
    m.confidence = c.confidence;
    m.rule = std::string(c.rule);
    mention_of[i] = out.mentions.size();
    out.mentions.push_back(std::move(m));
    // 株洲高新区田心高科园: the sub-park's own name (田心高科园) is written inside it, and is
    // how it is called without its zone.
    if (const auto own = own_park_name(doc, lexicon, rec, c)) {
      const auto [sb, se] = doc.original_span(own->first, own->second);
      Mention bare;
      bare.type = c.type;
      bare.surface =
          to_utf8(std::u32string_view(doc.text).substr(own->first, own->second - own->first));
      bare.original = original_text(original, sb, se);
      bare.key = to_utf8(c.key);
      bare.span = {sb, se};
      bare.confidence = c.confidence;
      bare.rule = "name.sub-park";
      out.mentions.push_back(std::move(bare));
    }
  }
  for (const auto& f : relate(doc, rec, lexicon)) {
    const auto head = mention_of.find(f.head);
    const auto tail = mention_of.find(f.tail);
    if (head == mention_of.end() || tail == mention_of.end()) continue;
    const Sentence& sentence = doc.sentences[f.sentence];
    const auto [sb, se] = doc.original_span(sentence.begin, sentence.end);
    Fact fact;
    fact.head = head->second;
    fact.tail = tail->second;
    fact.type = f.type;
    fact.title = to_utf8(f.title);
    fact.sentence = {sb, se};
    fact.evidence = to_utf8(
        std::u32string_view(doc.text).substr(sentence.begin, sentence.end - sentence.begin));
    fact.confidence = f.confidence;
    fact.rule = std::string(f.rule);
    out.facts.push_back(std::move(fact));
  }
  for (const Sentence& sentence : doc.sentences) {
    const auto [sb, se] = doc.original_span(sentence.begin, sentence.end);
    out.sentences.push_back({sb, se});
  }
  for (const auto& a : read_numbers(doc, rec, lexicon)) {
    const auto target = mention_of.find(a.candidate);
    if (target == mention_of.end()) continue;
    const auto [ob, oe] = doc.original_span(a.begin, a.end);
    out.attributes.push_back({target->second,
                              a.name,
                              a.value,
                              a.unit,
                              a.literal.empty() ? original_text(original, ob, oe) : a.literal,
                              {ob, oe}});
  }
  return out;
}

}  // namespace parkgraph
