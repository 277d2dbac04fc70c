#include "relate.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>

#include "text.hpp"

namespace parkgraph::detail {
namespace {

constexpr std::size_t kAnaphorWindow = 6;  // sentences an anaphor may reach back
constexpr std::size_t kTriggerGap = 12;    // code points between a party and its trigger

bool is_party(EntityType t) {
  return t == EntityType::Company || t == EntityType::Organization || t == EntityType::Park ||
         t == EntityType::Location;
}
bool is_container(EntityType t) {
  return t == EntityType::Location || t == EntityType::Park;
}

struct Slot {
  std::size_t begin;
  std::size_t end;
  int candidate;  // the entity (for an anaphor: the entity it refers to)
  bool anaphor;
};

class Relater {
 public:
  Relater(const NormalizedDocument& doc, const Recognition& rec, const LexiconIndex& lex)
      : doc_(doc),
        rec_(rec),
        lex_(lex),
        entities_(rec.entities()),
        entities_by_sentence_(doc.sentences.size()) {
    for (const int i : entities_) {
      const Candidate& c = cand(i);
      by_key_.try_emplace({c.type, c.key}, i);
      entities_by_sentence_[c.sentence].push_back(i);
      // The entity ending at each position that begins first (the first listed on a tie).
      const auto [it, inserted] = entity_ending_.try_emplace(c.end, i);
      if (!inserted && c.begin < cand(it->second).begin) it->second = i;
    }
  }

  std::vector<CandidateFact> run() {
    compose();
    place_prefixes();
    owners_by_name();
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      index_hits(s);
      slots_ = sentence_slots(s);
      chains(s);
      location_triggers(s);
      project_sites(s);
      sites_of_built_projects(s);
      firm_sites(s);
      positions(s);
      cooperations(s);
      joint_parties(s);
      subsidiaries(s);
      joint_ventures(s);
      founded_firms(s);
      listed_in_subject(s);
      governed_lists(s);
      investments(s);
      joint_agents(s);
      framing_site(s);
      previous_slots_ = slots_;
    }
    sites_of_investors();
    section_topics();
    lexicon_parents();
    return dedupe();
  }

 private:
  const NormalizedDocument& doc_;
  const Recognition& rec_;
  const LexiconIndex& lex_;
  // Emitted candidates in text order (by begin, then end), computed once. A candidate lies
  // inside its sentence, and sentences are in order: the indexes below rest on both, so
  // lookups stay local and a long document costs no more per sentence than a short one.
  std::vector<int> entities_;
  std::vector<std::vector<int>> entities_by_sentence_;  // entities_ split by sentence
  std::unordered_map<std::size_t, int> entity_ending_;  // see unit_ending
  std::map<std::pair<EntityType, std::u32string>, int> by_key_;
  const SentenceHits* hits_ = nullptr;  // the current sentence's, usually the recogniser's
  SentenceHits own_hits_;
  std::vector<Slot> slots_;
  std::vector<Slot> previous_slots_;
  std::vector<CandidateFact> facts_;

  [[nodiscard]] const Candidate& cand(int i) const {
    return rec_.candidates[static_cast<std::size_t>(i)];
  }
  [[nodiscard]] bool emitted(int i) const { return i >= 0 && (cand(i).accepted || cand(i).inner); }
  [[nodiscard]] std::u32string_view slice(std::size_t b, std::size_t e) const {
    return std::u32string_view(doc_.text).substr(b, e - b);
  }

  void add(int head, int tail, RelationType type, std::size_t sentence, double confidence,
           std::string_view rule, std::u32string title = {}) {
    if (head < 0 || tail < 0 || head == tail) return;
    if (cand(head).type == cand(tail).type && cand(head).key == cand(tail).key) return;
    facts_.push_back({head, tail, type, std::move(title), sentence, confidence, rule});
  }

  // An emitted entity standing for an inner name that is not itself emitted (places).
  [[nodiscard]] int emitted_for(int i) const {
    if (i < 0) return -1;
    if (emitted(i)) return i;
    const auto it = by_key_.find({cand(i).type, cand(i).key});
    return it == by_key_.end() ? -1 : it->second;
  }

  // Lexicon hits of the sentence, indexed by where they start and end (relative positions).
  void index_hits(std::size_t s) {
    if (s < rec_.sentence_hits.size()) {
      hits_ = &rec_.sentence_hits[s];
      return;
    }
    const Sentence& sentence = doc_.sentences[s];
    own_hits_ = SentenceHits(lex_, doc_.text, sentence.begin, sentence.end);
    hits_ = &own_hits_;
  }
  [[nodiscard]] const std::vector<Hit>& hits() const { return hits_->all(); }

  [[nodiscard]] const Hit* hit_ending(std::size_t pos, Cat cat) const {
    const Hit* best = nullptr;
    for (const std::uint32_t i : hits_->ending_at(pos)) {
      const Hit& h = hits()[i];
      if (h.payload.cat == cat && (best == nullptr || h.begin < best->begin)) best = &h;
    }
    return best;
  }
  [[nodiscard]] const Hit* hit_starting(std::size_t pos, Cat cat) const {
    const Hit* best = nullptr;
    for (const Hit& h : hits_->starting_at(pos)) {
      if (h.payload.cat == cat && (best == nullptr || h.end > best->end)) best = &h;
    }
    return best;
  }

  // An association (联盟, 协会, 商会): named after a park, it gathers there, no unit of it.
  [[nodiscard]] bool association(int i) const {
    const Candidate& c = cand(i);
    if (c.type != EntityType::Organization || c.sentence >= rec_.sentence_hits.size()) return false;
    const SentenceHits& hits = rec_.sentence_hits[c.sentence];
    const Hit* longest = nullptr;
    for (const std::uint32_t k : hits.ending_at(c.end)) {
      const Hit& h = hits.all()[k];
      if (h.payload.cat == Cat::OrgSuffix && (longest == nullptr || h.begin < longest->begin))
        longest = &h;
    }
    return longest != nullptr && longest->payload.level == kOrgAssoc;
  }

  // A university or school (郑州大学, 通化师范学院): its name says whom it serves, not where
  // it sits (南京大学苏州校区 is not in 南京). A research centre named after its city is in it.
  [[nodiscard]] bool academic(int i) const {
    const Candidate& c = cand(i);
    if (c.type != EntityType::Organization) return false;
    if (c.sentence >= rec_.sentence_hits.size()) return false;
    const SentenceHits& hits = rec_.sentence_hits[c.sentence];
    for (const std::uint32_t k : hits.ending_at(c.end)) {
      const Hit& h = hits.all()[k];
      if (h.payload.cat != Cat::OrgSuffix) continue;
      const auto word = slice(h.begin, h.end);
      for (const std::u32string& school : lex_.classes().members(WordClass::School)) {
        if (word.find(school) != std::u32string_view::npos) return true;
      }
    }
    return false;
  }

  // X将落户怀远经济开发区，投资…建设Y项目: a project with no place of its own lies in the park
  // its investor settles in, in the same sentence. (The investor by any of its names: 中驰轨道
  // in 中驰轨道年产…项目.) Parks are looked up by sentence and investor, not fact by fact.
  void sites_of_investors() {
    using Investor = std::tuple<std::size_t, EntityType, std::u32string>;
    std::set<std::pair<EntityType, std::u32string>> placed;
    std::map<Investor, int> park_of;  // the first park each firm settles in, per sentence
    for (const CandidateFact& f : facts_) {
      if (f.type != RelationType::LocatedIn) continue;
      placed.insert({cand(f.head).type, cand(f.head).key});
      if (cand(f.tail).type == EntityType::Park)
        park_of.try_emplace({f.sentence, cand(f.head).type, cand(f.head).key}, f.tail);
    }
    std::vector<CandidateFact> found;
    for (const CandidateFact& invests : facts_) {
      const Candidate& project = cand(invests.tail);
      if (invests.type != RelationType::InvestsIn || project.type != EntityType::Project ||
          placed.contains({EntityType::Project, project.key}))
        continue;
      const auto park =
          park_of.find({invests.sentence, cand(invests.head).type, cand(invests.head).key});
      if (park == park_of.end()) continue;
      found.push_back({invests.tail,
                       park->second,
                       RelationType::LocatedIn,
                       {},
                       invests.sentence,
                       0.55,
                       "locatedIn.investor-site"});
      placed.insert({EntityType::Project, project.key});
    }
    facts_.insert(facts_.end(), found.begin(), found.end());
  }

  // --- names inside names ----------------------------------------------------
  void compose() {
    for (const int i : entities_) {
      const Candidate& outer = cand(i);
      if (outer.owner >= 0) {
        add(emitted_for(outer.owner), i, RelationType::InvestsIn, outer.sentence, 0.7,
            "investsIn.owner-in-name");
      }
      const int inner = emitted_for(outer.prefix);
      if (inner < 0 || outer.prefix == outer.owner) continue;
      const EntityType it = cand(inner).type;
      switch (outer.type) {
        case EntityType::Organization:
        case EntityType::Company:
          // 中关村发展集团 is named after its park, not a unit of it.
          if (outer.type == EntityType::Company && it == EntityType::Park) break;
          if (it == EntityType::Location || (it == EntityType::Park && association(i))) {
            if (!academic(i))
              add(i, inner, RelationType::LocatedIn, outer.sentence, 0.8, "locatedIn.nested-name");
          } else if (it != EntityType::Person) {
            add(i, inner, RelationType::PartOf, outer.sentence, 0.85, "partOf.nested-name");
          }
          break;
        case EntityType::Park:
          // 西安交通大学国家大学科技园 is named after the university, not in it.
          if (it == EntityType::Organization) break;
          add(i, inner, RelationType::LocatedIn, outer.sentence, 0.8, "locatedIn.nested-name");
          break;
        case EntityType::Location:  // 心圩街道安宁社区党委: 安宁社区 lies in 心圩街道
          if (it == EntityType::Location) {
            add(i, inner, RelationType::LocatedIn, outer.sentence, 0.8, "locatedIn.nested-name");
          }
          break;
        case EntityType::Project:
          if (is_container(it) && outer.owner < 0) {
            add(i, inner, RelationType::LocatedIn, outer.sentence, 0.75, "locatedIn.nested-name");
          } else if (it == EntityType::Company || it == EntityType::Organization) {
            add(inner, i, RelationType::InvestsIn, outer.sentence, 0.8, "investsIn.nested-name");
          }
          break;
        default:
          break;
      }
    }
  }

  // 正威娄底…项目, 可喜安集团科技大厦…: a project named after a firm of the document.
  void owners_by_name() {
    for (const int p : entities_) {
      const Candidate& project = cand(p);
      if (project.type != EntityType::Project || project.owner >= 0) continue;
      const int best = firm_named_in(slice(project.begin, project.end));
      if (best >= 0)
        add(best, p, RelationType::InvestsIn, project.sentence, 0.65, "investsIn.firm-in-name");
    }
  }

  // The firm whose key (two characters or more, shorter than the name) starts within the
  // first three characters of `name`: the longest; of keys of one length, the first in key
  // order. Looked up by the name's own prefixes, not by reading every key of the document.
  [[nodiscard]] int firm_named_in(std::u32string_view name) const {
    int best = -1;
    const std::u32string* best_key = nullptr;
    for (std::size_t start = 0; start <= 2 && start < name.size(); ++start) {
      for (std::size_t length = 2; start + length <= name.size() && length < name.size();
           ++length) {
        const auto it =
            by_key_.find({EntityType::Company, std::u32string(name.substr(start, length))});
        if (it == by_key_.end()) continue;
        const std::u32string& key = it->first.second;
        if (best < 0 || key.size() > best_key->size() ||
            (key.size() == best_key->size() && key < *best_key)) {
          best = it->second;
          best_key = &key;
        }
      }
    }
    return best;
  }

  // 张家界高新区 -> 张家界市, when the document names the place on its own.
  void place_prefixes() {
    for (const int i : entities_) {
      const Candidate& c = cand(i);
      if (c.type == EntityType::Location || c.type == EntityType::Person) continue;
      if (c.prefix >= 0 && cand(c.prefix).type == EntityType::Location) continue;
      if (academic(i) || c.rule == "name.institute-short") continue;  // 昆明植物所: an institute
      // 合肥高新区建设投资集团: a firm named after a park says where the park is, not the firm.
      if (c.type == EntityType::Company && c.prefix >= 0 &&
          cand(c.prefix).type == EntityType::Park) {
        continue;
      }
      auto place =
          lex_.opening(doc_.text, c.begin, c.end - 1, {Cat::Province, Cat::City, Cat::County});
      // 泰国湄南通橡胶集团有限公司: a foreign firm named with its country is there.
      if (!place && c.type == EntityType::Company)
        place = lex_.opening(doc_.text, c.begin, c.end - 1, {Cat::Country});
      if (!place) continue;
      const auto it =
          by_key_.find({EntityType::Location, lex_.canonical(place->payload.canonical)});
      if (it == by_key_.end()) continue;
      add(i, it->second, RelationType::LocatedIn, c.sentence, 0.6, "locatedIn.place-prefix");
    }
  }

  // --- slots of a sentence -----------------------------------------------------
  std::vector<Slot> sentence_slots(std::size_t s) {
    std::vector<Slot> slots;
    for (const int i : entities_by_sentence_[s]) {
      const Candidate& c = cand(i);
      if (c.accepted) slots.push_back({c.begin, c.end, i, false});
    }
    for (const Hit& h : hits()) {
      if (h.payload.cat != Cat::Anaphor) continue;
      if (hit_starting(h.begin, Cat::Anaphor)->end != h.end) continue;  // 该院 in 该院士工作站
      const bool explicit_reference = doc_.text[h.begin] == U'该';
      const bool before_title = hit_starting(h.end, Cat::Title) != nullptr;
      const bool park_firm = slice(h.begin, h.end) == U"园区" && slice(h.end, h.end + 2) == U"企业";
      // 落户园区, 入驻园区: after a location verb a bare 园区 is the story's park; 项目位于生态园:
      // a bare word opening a clause before one is the latest of its kind.
      if (!explicit_reference && !before_title && !park_firm && !placed_after_verb(h.begin) &&
          !subject_of_verb(h))
        continue;
      // 数字化工业集团总经理: a bare word that ends a longer name is that name's, no reference.
      if (!explicit_reference && ends_a_name_run(h.begin)) continue;
      if (inside_slot(slots, h.begin)) continue;
      // 集团 alone refers to a group, as 该集团 does.
      const bool group_word = lex_.classes().has(WordClass::GroupWord, slice(h.begin, h.end));
      const auto noun = explicit_reference ? slice(h.begin + 1, h.end)
                        : group_word       ? slice(h.begin, h.end)
                                           : std::u32string_view();
      const int target = antecedent(static_cast<EntityType>(h.payload.level), h.begin, s, noun);
      if (target >= 0) slots.push_back({h.begin, h.end, target, true});
    }
    // 其总投资8.2亿元的X项目: 其 before an investment verb is the firm the text speaks of.
    for (std::size_t pos = doc_.sentences[s].begin; pos + 1 < doc_.sentences[s].end; ++pos) {
      if (!lex_.classes().has(WordClass::Possessive, doc_.text[pos]) || inside_slot(slots, pos))
        continue;
      const auto starting = hits_->starting_at(pos + 1);
      const bool invests = std::any_of(starting.begin(), starting.end(), [](const Hit& h) {
        return h.payload.cat == Cat::InvestTrigger;
      });
      if (!invests) continue;
      if (const int firm = possessor_firm(pos, s, slots); firm >= 0)
        slots.push_back({pos, pos + 1, firm, true});
    }
    // 落户高新区, 入驻开发区: a bare zone word after a location verb is the story's park too.
    // (Not an anaphor in the lexicon: that would make 高新区 a cut word inside names.)
    // (落户生态园: a park's own word names the latest park it ends, but no other.)
    for (const Hit& h : hits()) {
      if (h.payload.cat != Cat::ParkSuffix) continue;
      const bool placed = placed_after_verb(h.begin);
      if (!(placed || site_of_verb(h)) || inside_slot(slots, h.begin)) continue;
      if (hit_starting(h.begin, Cat::ParkSuffix)->end != h.end) continue;  // the longest word
      // The latest park named with the same zone word (高新区 -> 合肥高新区, 园区 ->
      // 苏州工业园区); after a location verb, else the latest park.
      int target = antecedent_matching(EntityType::Park, h.begin, s, slice(h.begin, h.end));
      if (target < 0 && placed && h.payload.level == kParkZone)
        target = antecedent(EntityType::Park, h.begin, s, {});
      if (target >= 0) slots.push_back({h.begin, h.end, target, true});
    }
    std::sort(slots.begin(), slots.end(),
              [](const Slot& a, const Slot& b) { return a.begin < b.begin; });
    return slots;
  }

  // Whether Han characters that are no function word or verb run up to `pos`.
  [[nodiscard]] bool ends_a_name_run(std::size_t pos) const {
    if (pos == 0 || !is_han(doc_.text[pos - 1])) return false;
    const auto ending = hits_->ending_at(pos);
    return std::none_of(ending.begin(), ending.end(), [this](std::uint32_t i) {
      const Cat c = hits()[i].payload.cat;
      return c == Cat::Stop || c == Cat::Connector || c == Cat::Speech || c == Cat::LocTrigger ||
             c == Cat::InvestTrigger || c == Cat::CoopTrigger || c == Cat::Title;
    });
  }

  // 在航空港区建设X: a bare zone word after 在 or 于 and before a building or investment verb.
  [[nodiscard]] bool site_of_verb(const Hit& zone) const {
    if (zone.begin == 0 || !is_site_preposition(doc_.text[zone.begin - 1])) return false;
    // 在生态园成立X: a founding verb too.
    if (lex_.classes().opening_length(WordClass::FoundVerb, slice(zone.end, doc_.text.size())) > 0)
      return true;
    return std::any_of(
        hits_->starting_at(zone.end).begin(), hits_->starting_at(zone.end).end(), [](const Hit& h) {
          return h.payload.cat == Cat::InvestTrigger ||
                 (h.payload.cat == Cat::LocTrigger && h.payload.level == kTriggerHost);
        });
  }

  // Whether `word` opens a clause and a location or investment verb (位于, 总投资) or the site of
  // one (在) follows it right away: 项目位于生态园, 公司总投资18.6亿元的…, 公司在南昌高新区开工.
  [[nodiscard]] bool subject_of_verb(const Hit& word) const {
    const bool opens = word.begin == 0 || is_break_punct(doc_.text[word.begin - 1]);
    if (!opens || word.end >= doc_.text.size()) return false;
    if (is_site_preposition(doc_.text[word.end])) return true;
    const auto starting = hits_->starting_at(word.end);
    return std::any_of(starting.begin(), starting.end(), [](const Hit& h) {
      return (h.payload.cat == Cat::LocTrigger && h.payload.level == kTriggerVerb) ||
             h.payload.cat == Cat::InvestTrigger;
    });
  }

  // A location verb (落户, 入驻; not a host verb such as 打造) ends right before `pos`.
  [[nodiscard]] bool placed_after_verb(std::size_t pos) const {
    const auto ending = hits_->ending_at(pos);
    return std::any_of(ending.begin(), ending.end(), [this](std::uint32_t i) {
      const Payload& p = hits()[i].payload;
      return p.cat == Cat::LocTrigger && p.level == kTriggerVerb;
    });
  }

  static bool inside_slot(const std::vector<Slot>& slots, std::size_t pos) {
    return std::any_of(slots.begin(), slots.end(),
                       [pos](const Slot& x) { return x.begin <= pos && pos < x.end; });
  }

  // The nearest earlier entity of `type` in the same block or the few sentences before.
  // 该院士工作站 refers to the last name ending in 院士工作站 when there is one.
  [[nodiscard]] int antecedent(EntityType type, std::size_t pos, std::size_t s,
                               std::u32string_view noun) const {
    if (type == EntityType::Organization && noun.size() >= 2) {
      const int named = antecedent_matching(type, pos, s, noun);
      if (named >= 0) return named;
    }
    // 该集团, 集团: a firm whose name holds the group word (…集团有限公司).
    if (type == EntityType::Company && lex_.classes().has(WordClass::GroupWord, noun)) {
      const int group = antecedent_matching(type, pos, s, noun, true);
      if (group >= 0) return group;
    }
    return antecedent_matching(type, pos, s, {});
  }

  // `anywhere`: the noun may stand anywhere in the name, not only at its end.
  [[nodiscard]] int antecedent_matching(EntityType type, std::size_t pos, std::size_t s,
                                        std::u32string_view noun, bool anywhere = false) const {
    // 该院士工作站 names its kind, so it may reach further back than a bare 该公司.
    const std::size_t window = noun.empty() ? kAnaphorWindow : doc_.sentences.size();
    const std::size_t first = s >= window ? s - window : 0;
    // The latest qualifying name: sentences from this one back, each read from its end; but
    // in an earlier sentence the name it opens with, its topic, comes first (X是Y的全资子公司。
    // 公司… speaks of X).
    for (std::size_t k = s + 1; k-- > first;) {
      // A bare noun does not reach back past a heading into another story (a page of briefs).
      if (noun.empty() && k < s && heading_between(k, s)) break;
      int best = -1;
      int topic = -1;
      for (const int i : entities_by_sentence_[k]) {
        const Candidate& c = cand(i);
        if (c.type != type || c.end > pos) continue;
        // A firm named inside a body's name (X有限公司党支部) is named all the same; an inner
        // park or place is not what 该产业园 speaks of (武汉东湖高新区 in 武汉东湖高新区…产业园).
        const bool inner_firm = c.inner && type == EntityType::Company;
        if (!c.accepted && !inner_firm && noun.empty()) continue;
        const auto name = slice(c.begin, c.end);
        if (!noun.empty() && anywhere && name.find(noun) == std::u32string_view::npos) continue;
        if (!noun.empty() && !anywhere &&
            (name.size() < noun.size() || name.substr(name.size() - noun.size()) != noun))
          continue;
        if (best < 0 || c.begin > cand(best).begin) best = i;
        if (c.begin == doc_.sentences[k].begin) topic = i;
      }
      if (topic >= 0 && k < s) return topic;
      if (best >= 0) return best;
    }
    return -1;
  }

  // Whether a heading block stands between sentence `k` and sentence `s` (k < s).
  [[nodiscard]] bool heading_between(std::size_t k, std::size_t s) const {
    for (std::size_t b = doc_.sentences[k].block + 1; b < doc_.sentences[s].block; ++b) {
      if (doc_.blocks[b].kind == BlockKind::Heading) return true;
    }
    return false;
  }

  // --- adjacency: 团山镇马棚村, 南昌高新区的泰豪软件股份有限公司, 兵团农八师 -----------
  // 南昌高新区的泰豪软件, 厦门软件园企业厦门美柚…: what may stand between a place and what is in
  // it.
  [[nodiscard]] bool joins(std::size_t b, std::size_t e) const {
    const auto gap = slice(b, e);
    return gap.empty() || gap == U"的" || gap == U"企业" || gap == U"园区企业" || gap == U"内的" ||
           quarter_of(gap);
  }
  // 西部的, 东北部的: a quarter of the place before (位于该区西部的硅基新材料产业园).
  [[nodiscard]] bool quarter_of(std::u32string_view gap) const {
    if (gap.size() < 3 || gap.size() > 4 || !gap.ends_with(U"部的")) return false;
    for (const char32_t c : gap.substr(0, gap.size() - 2)) {
      if (!lex_.classes().has(WordClass::Direction, std::u32string_view(&c, 1))) return false;
    }
    return true;
  }
  // 肯尼亚首都内罗毕, 湖北省省会武汉市.
  [[nodiscard]] bool capital_gap(std::size_t a, std::size_t b) const {
    const auto gap = slice(slots_[a].end, slots_[b].begin);
    return lex_.classes().has(WordClass::Capital, gap) &&
           cand(slots_[a].candidate).type == EntityType::Location &&
           cand(slots_[b].candidate).type == EntityType::Location;
  }

  void chains(std::size_t s) {
    for (std::size_t a = 0; a + 1 < slots_.size(); ++a) {
      std::size_t b = a + 1;
      // An apposition in brackets: 乌鲁木齐高新区(新市区)北区工业园.
      if (slots_[b].begin == slots_[a].end + 1 && doc_.text[slots_[a].end] == U'(' &&
          b + 1 < slots_.size() && slots_[b].end + 1 == slots_[b + 1].begin &&
          doc_.text[slots_[b].end] == U')') {
        ++b;
      } else if (!joins(slots_[a].end, slots_[b].begin) && !capital_gap(a, b)) {
        continue;
      }
      relate_adjacent(a, b, s);
    }
  }

  void relate_adjacent(std::size_t a, std::size_t b, std::size_t s) {
    const int outer = slots_[a].candidate;
    const int inner = slots_[b].candidate;
    const EntityType ot = cand(outer).type;
    const EntityType it = cand(inner).type;
    if (it == EntityType::Person) return;
    if (is_container(ot)) {
      add(inner, outer, RelationType::LocatedIn, s, 0.75, "locatedIn.adjacent");
      // 襄阳高新区刘集街道党工委: the place the next name opens with is in the first one.
      const int opening = emitted_for(cand(inner).prefix);
      if (opening >= 0 && cand(opening).type == EntityType::Location &&
          cand(opening).rule == "name.suffix" && slots_[a].end == slots_[b].begin &&
          cand(cand(inner).prefix).begin == cand(inner).begin) {
        add(opening, outer, RelationType::LocatedIn, s, 0.75, "locatedIn.adjacent");
      }
      // 团山镇马棚村、黄庄社区: later items of the list sit in the same place.
      for (std::size_t c = b + 1; c < slots_.size(); ++c) {
        if (slice(slots_[c - 1].end, slots_[c].begin) != U"、") break;
        if (cand(slots_[c].candidate).type != it) break;
        add(slots_[c].candidate, outer, RelationType::LocatedIn, s, 0.6, "locatedIn.adjacent-list");
      }
    } else if ((ot == EntityType::Organization || ot == EntityType::Company) &&
               (it == EntityType::Organization || it == EntityType::Park ||
                (it == EntityType::Company && ot == EntityType::Company))) {
      add(inner, outer, RelationType::PartOf, s, 0.7, "partOf.adjacent");
    } else if ((ot == EntityType::Company || ot == EntityType::Organization) &&
               it == EntityType::Project && slice(slots_[a].end, slots_[b].begin) == U"的") {
      add(outer, inner, RelationType::InvestsIn, s, 0.6, "investsIn.possessive");
    }
  }

  // --- 正威集团落户娄星区, 入驻厦门软件园 ------------------------------------------
  void location_triggers(std::size_t s) {
    for (const Hit& h : hits()) {
      if (h.payload.cat != Cat::LocTrigger) continue;
      if (h.payload.level == kTriggerHost) {
        host_trigger(h, s);
        continue;
      }
      const Slot* tail = slot_after(h.end);
      if (tail == nullptr || !is_container(cand(tail->candidate).type)) continue;
      tail = innermost_of_chain(*tail);
      // 星河科技、远帆药业等10余家企业已入驻X: every firm of a list before the verb, or of
      // the list the sentence opens with when the verb's clause names no subject.
      auto items = list_before(h.begin);
      if (items.empty()) items = subject_list(h.begin, s);
      if (items.size() >= 2) {
        for (const Slot* item : items)
          add(item->candidate, tail->candidate, RelationType::LocatedIn, s, 0.7,
              "locatedIn.trigger-list");
        continue;
      }
      if (const Slot* head = slot_before(h.begin)) {
        if (cand(head->candidate).type == EntityType::Person) continue;
        // A province, city or county is in no park (成都…将设在成都高新区: the city opened a
        // name the rules did not read); a street office or village may be.
        if (cand(head->candidate).rule == "lexicon.place" &&
            cand(tail->candidate).type == EntityType::Park)
          continue;
        add(head->candidate, tail->candidate, RelationType::LocatedIn, s, 0.8, "locatedIn.trigger");
      } else if (const Slot* subject = clause_chain_subject(h.begin, s)) {
        add(subject->candidate, tail->candidate, RelationType::LocatedIn, s, 0.6,
            "locatedIn.clause-subject");
      } else if (const int body = body_of_kind_before(h.begin, s); body >= 0) {
        add(body, tail->candidate, RelationType::LocatedIn, s, 0.6, "locatedIn.kind-subject");
      }
    }
  }

  // 研究院选址蚌埠高新区: a clause that opens with a body's kind word (and at most an adverb)
  // before the verb speaks of the latest body of that kind; -1 when none.
  [[nodiscard]] int body_of_kind_before(std::size_t verb, std::size_t s) const {
    constexpr std::size_t kAdverb = 2;
    const std::size_t clause = clause_start(verb, s);
    const Hit* kind = hit_starting(clause, Cat::OrgSuffix);
    if (kind == nullptr || kind->end - kind->begin < 2 || kind->end > verb ||
        verb - kind->end > kAdverb)
      return -1;
    return antecedent_matching(EntityType::Organization, clause, s, slice(kind->begin, kind->end));
  }

  // 位于上海市浦东新区, 落户湖北省襄阳市高新区: places written one inside the next, outermost
  // first; what lies there lies in the last.
  // A place and 的 may come before the park (落户蚌埠市怀远县的怀远经济开发区).
  [[nodiscard]] const Slot* innermost_of_chain(const Slot& first) const {
    const Slot* last = &first;
    for (const Slot& x : slots_) {
      if (x.begin < last->end) continue;
      const bool of_place = x.begin == last->end + 1 && doc_.text[last->end] == U'的' &&
                            cand(last->candidate).type == EntityType::Location;
      if ((x.begin > last->end && !of_place) || x.anaphor || !is_container(cand(x.candidate).type))
        break;
      last = &x;
    }
    return last;
  }

  // 该项目由…投资建设，选址于连云港经开区: a verb opening a later clause (after at most an
  // adverb: 将, 拟, 正式) takes the sentence's subject when that is a project, firm or body.
  [[nodiscard]] const Slot* clause_chain_subject(std::size_t verb, std::size_t s) const {
    constexpr std::size_t kAdverb = 2;
    const std::size_t comma = doc_.text.rfind(U',', verb);
    const std::size_t sentence_begin = doc_.sentences[s].begin;
    if (comma == std::u32string::npos || comma < sentence_begin) return nullptr;
    // …，2024年落户湘潭高新区: a date may open the clause before the adverb.
    if (after_date(comma + 1, verb).size() > kAdverb) return nullptr;
    // The first name opening a clause before the verb's (何俊毅介绍，云锦智算成立于2018年，
    // 总部位于…: the speaker's framing clause has no such name).
    for (const Slot& subject : slots_) {
      if (subject.end > comma) break;
      // An interview's answer opens after the speaker's name and a colon (欧阳景行:X项目…).
      const bool opens_clause = subject.begin == sentence_begin ||
                                doc_.text[subject.begin - 1] == U',' ||
                                doc_.text[subject.begin - 1] == U':';
      const EntityType type = cand(subject.candidate).type;
      if (!opens_clause || type == EntityType::Person) continue;
      const bool can_settle = type == EntityType::Project || type == EntityType::Company ||
                              type == EntityType::Organization;
      if (!can_settle) return nullptr;
      // X旗下的Y…，投资…: the subsidiary the subject names is what the sentence speaks of.
      if (const Hit* word = hit_starting(subject.end, Cat::SubsidiaryWord)) {
        const Slot* child = slot_starting(word->end);
        if (child != nullptr && !child->anaphor && child->end <= comma &&
            cand(child->candidate).type == EntityType::Company)
          return child;
      }
      // 该公司总投资26亿元的X项目位于…，地处…: the firm's project, named in the subject's own
      // clause, is what lies there.
      if (type != EntityType::Project) {
        const std::size_t clause_end = doc_.text.find(U',', subject.end);
        for (const Slot& x : slots_) {
          if (x.begin < subject.end || x.end > clause_end) continue;
          if (cand(x.candidate).type == EntityType::Project) return &x;
        }
      }
      return &subject;
    }
    return nullptr;
  }

  // 宁德时代新能源电池项目在武汉经开区开工建设: a project built, started or run "at" a
  // place sits there.
  void project_sites(std::size_t s) {
    constexpr std::size_t kVerbGap = 2;  // 正式, 顺利: adverbs between the place and the verb
    for (std::size_t i = 0; i + 1 < slots_.size(); ++i) {
      const Slot& project = slots_[i];
      if (project.anaphor || cand(project.candidate).type != EntityType::Project) continue;
      if (!is_container(cand(slots_[i + 1].candidate).type)) continue;
      if (!site_preposition(slice(project.end, slots_[i + 1].begin))) continue;
      // 在大连高新区凌水街道开工: the innermost place of a chain is the site.
      std::size_t innermost = i + 1;
      while (innermost + 1 < slots_.size() &&
             slots_[innermost + 1].begin == slots_[innermost].end &&
             is_container(cand(slots_[innermost + 1].candidate).type))
        ++innermost;
      const Slot& site = slots_[innermost];
      const bool built_there = std::any_of(hits().begin(), hits().end(), [&](const Hit& h) {
        const Cat c = h.payload.cat;
        return (c == Cat::InvestTrigger || c == Cat::LocTrigger) && h.begin >= site.end &&
               h.begin - site.end <= kVerbGap && !clause_break(site.end, h.begin);
      });
      if (built_there) {
        add(project.candidate, site.candidate, RelationType::LocatedIn, s, 0.7,
            "locatedIn.project-site");
      }
    }
  }

  // 公司在葛店经开区布局的X项目, 在园区投资建设Y项目: a project invested in or built "at" a
  // place sits there.
  void sites_of_built_projects(std::size_t s) {
    constexpr std::size_t kToProject = 1;  // 的
    for (std::size_t i = 0; i + 1 < slots_.size(); ++i) {
      const Slot& site = slots_[i];
      if (!is_container(cand(site.candidate).type) || site.begin == 0 ||
          !is_site_preposition(doc_.text[site.begin - 1]))
        continue;
      const Hit* verb = hit_starting(site.end, Cat::InvestTrigger);
      if (verb == nullptr) continue;
      const Slot& project = slots_[i + 1];
      if (project.anaphor || cand(project.candidate).type != EntityType::Project ||
          project.begin < verb->end || project.begin - verb->end > kToProject ||
          clause_break(verb->end, project.begin))
        continue;
      add(project.candidate, site.candidate, RelationType::LocatedIn, s, 0.7,
          "locatedIn.built-at-site");
    }
  }

  // 铎岳重工2016年在徐州经开区注册, 该公司在园区落户: a firm registered, founded or settled
  // "at" a place is there.
  void firm_sites(std::size_t s) {
    constexpr std::size_t kVerbGap = 2;  // 正式, 注册: words between the site and the verb
    for (std::size_t i = 0; i + 1 < slots_.size(); ++i) {
      const Slot& firm = slots_[i];
      const Slot& site = slots_[i + 1];
      if (cand(firm.candidate).type != EntityType::Company) continue;
      if (!is_container(cand(site.candidate).type)) continue;
      if (!site_preposition(after_date(firm.end, site.begin))) continue;
      const auto rest = slice(site.end, doc_.sentences[s].end);
      // …but X在海南设立的全资子公司, X在园区设立外商独资企业Y: what the verb makes there is
      // another's.
      const auto modifies = [&](std::size_t verb_end) {
        if (verb_end < doc_.text.size() && doc_.text[verb_end] == U'的') return true;
        const std::size_t object = after_party_nouns(verb_end, doc_.sentences[s].end);
        return hit_starting(verb_end, Cat::SubsidiaryWord) != nullptr ||
               (object > verb_end && slot_starting(object) != nullptr);
      };
      const auto done_there = [&](WordClass verb_class) {
        const auto verbs = lex_.classes().members(verb_class);
        return std::any_of(verbs.begin(), verbs.end(), [&](const std::u32string& v) {
          const auto at = rest.find(v);
          return at != std::u32string_view::npos && at <= kVerbGap &&
                 !clause_break(site.end, site.end + at) && !modifies(site.end + at + v.size());
        });
      };
      bool settled = done_there(WordClass::FoundVerb) || done_there(WordClass::SiteVerb);
      settled = settled || std::any_of(hits().begin(), hits().end(), [&](const Hit& h) {
                  return h.payload.cat == Cat::LocTrigger && h.payload.level == kTriggerVerb &&
                         h.begin >= site.end && h.begin - site.end <= kVerbGap && !modifies(h.end);
                });
      if (settled)
        add(firm.candidate, site.candidate, RelationType::LocatedIn, s, 0.7, "locatedIn.firm-site");
    }
  }

  // The text between `b` and `e` after a date that opens it (2016年在 -> 在).
  [[nodiscard]] std::u32string_view after_date(std::size_t b, std::size_t e) const {
    std::size_t at = b;
    while (at < e && is_digit(doc_.text[at])) {
      std::size_t j = at;
      while (j < e && is_digit(doc_.text[j])) ++j;
      if (j == e || !lex_.classes().has(WordClass::DateWord, doc_.text[j])) break;
      at = j + 1;
    }
    return slice(at, e);
  }

  // 在, or a time word or adverb and 在 (日前在, 将在, 已于): what stands between a project and
  // the place it is built at.
  [[nodiscard]] static bool site_preposition(std::u32string_view gap) {
    constexpr std::size_t kAdverb = 2;
    if (gap.empty() || gap.size() > kAdverb + 1 ||
        !is_place_preposition(gap.substr(gap.size() - 1)))
      return false;
    return std::all_of(gap.begin(), gap.end(), [](char32_t c) { return is_han(c); });
  }

  // 乌鲁木齐高新区重点打造了新疆科技成果转化交易中心, 黄庄社区运营村办企业X: the place that
  // builds, brings in or runs something holds it.
  void host_trigger(const Hit& h, std::size_t s) {
    const Slot* host = nullptr;
    for (const Slot& x : slots_) {
      const bool apposition = x.begin > 0 && doc_.text[x.begin - 1] == U'(';  // 高新区(新市区)
      if (x.end <= h.begin && is_container(cand(x.candidate).type) && !apposition) host = &x;
    }
    const bool near = host != nullptr && h.begin - host->end <= kTriggerGap &&
                      !clause_break(host->end, h.begin) &&
                      slice(host->end, h.begin).find(U',') == std::u32string_view::npos;
    if (!near) {
      // 苏州高新区始终秉持…,目前拥有X: the park the sentence opens with is the host (not
      // one after 在, the scene: 在X另一个园区Y，…).
      host = nullptr;
      const Sentence& sentence = doc_.sentences[s];
      if (!slots_.empty() && slots_.front().begin <= sentence.begin + 2 &&
          cand(slots_.front().candidate).type == EntityType::Park &&
          !is_site_slot(slots_.front()) && !clause_break(slots_.front().end, h.begin)) {
        host = &slots_.front();
      }
    }
    if (host == nullptr) return;
    // 设立外商独资企业X: words describing the firm may stand before its name.
    const std::size_t object = after_party_nouns(h.end, doc_.sentences[s].end);
    for (const Slot& x : slots_) {
      if (x.begin < h.end) continue;
      if (x.begin - object > 4 && x.begin - h.end > 4) break;
      for (std::size_t i = h.end; i < x.begin; ++i) {
        if (is_break_punct(doc_.text[i])) return;
      }
      const EntityType t = cand(x.candidate).type;
      if (t == EntityType::Person || t == EntityType::Location) return;
      add(x.candidate, host->candidate, RelationType::LocatedIn, s, 0.65, "locatedIn.host-verb");
      // 已聚集A、B、C等企业: every item of a list after the verb.
      for (auto i = static_cast<std::size_t>(&x - slots_.data()) + 1; i < slots_.size(); ++i) {
        const auto gap = slice(slots_[i - 1].end, slots_[i].begin);
        if (!joins_list_items(gap) || slots_[i].anaphor || cand(slots_[i].candidate).type != t)
          break;
        add(slots_[i].candidate, host->candidate, RelationType::LocatedIn, s, 0.65,
            "locatedIn.host-verb");
      }
      return;
    }
  }

  // The slot ending closest before `pos` with no clause break in between.
  [[nodiscard]] const Slot* slot_before(std::size_t pos) const {
    const Slot* best = nullptr;
    for (const Slot& x : slots_) {
      if (x.end <= pos) best = &x;
    }
    if (best == nullptr || pos - best->end > kTriggerGap) return nullptr;
    for (std::size_t i = best->end; i < pos; ++i) {
      if (doc_.text[i] == U',' || doc_.text[i] == U'。' || doc_.text[i] == U';') return nullptr;
    }
    return best;
  }

  // The firms, bodies or projects of a list that is the subject of a verb at `verb`: items
  // joined by 、, 和 or 及, closed by 等 (and a head: 等10余家配套企业已经) or right before the
  // verb, in one clause. Empty when there is none.
  [[nodiscard]] std::vector<const Slot*> list_before(std::size_t verb) const {
    constexpr std::size_t kListTail = 12;  // 等10余家配套企业已经跟着
    std::size_t end = verb;
    for (std::size_t i = verb; i > 0 && verb - i <= kListTail; --i) {
      if (is_break_punct(doc_.text[i - 1])) break;
      if (const Hit* closer = hit_ending(i, Cat::ListEnd)) {
        end = closer->begin;
        break;
      }
    }
    const Slot* last = nullptr;
    for (const Slot& x : slots_) {
      if (x.end == end || (end == verb && x.end <= verb && verb - x.end <= kTriggerGap)) last = &x;
    }
    std::vector<const Slot*> items;
    if (last == nullptr || last->anaphor || !can_be_listed(cand(last->candidate).type))
      return items;
    for (std::size_t i = verb; i > last->end; --i) {
      if (is_break_punct(doc_.text[i - 1])) return items;
    }
    items.push_back(last);
    for (auto i = static_cast<std::size_t>(last - slots_.data()); i > 0; --i) {
      const Slot& item = slots_[i - 1];
      const auto gap = slice(item.end, items.back()->begin);
      if (!joins_list_items(gap)) break;
      if (item.anaphor || !can_be_listed(cand(item.candidate).type)) break;
      items.push_back(&item);
    }
    return items;
  }
  // A晶禾科技、B等4家企业的增资扩产项目也在现场签约，将全部落户X: the items of the list
  // closed by 等 in an earlier clause, when the clause of `verb` holds no name before it.
  [[nodiscard]] std::vector<const Slot*> subject_list(std::size_t verb, std::size_t s) const {
    const std::size_t clause = clause_start(verb, s);
    for (const Slot& x : slots_) {
      if (x.begin >= clause && x.end <= verb) return {};
    }
    for (const Hit& h : hits()) {
      if (h.payload.cat != Cat::ListEnd || h.end > clause) continue;
      return list_before(h.end);
    }
    return {};
  }
  static bool can_be_listed(EntityType t) {
    return t == EntityType::Company || t == EntityType::Organization || t == EntityType::Project;
  }

  // 、, 和, 及 between two items of a list; 与 too between parties (A与B共同投资).
  static bool joins_list_items(std::u32string_view gap) {
    return gap == U"、" || gap == U"和" || gap == U"及";
  }
  static bool joins_parties(std::u32string_view gap) {
    return joins_list_items(gap) || gap == U"与";
  }

  // 在, 于, 到: what may stand between a verb or a project and the place it names.
  static bool is_place_preposition(std::u32string_view gap) {
    return gap.size() == 1 && (is_site_preposition(gap[0]) || gap[0] == U'到');
  }

  [[nodiscard]] const Slot* slot_after(std::size_t pos) const {
    for (const Slot& x : slots_) {
      if (x.begin < pos) continue;
      const auto gap = slice(pos, x.begin);
      if (gap.empty() || is_place_preposition(gap)) return &x;
      return nullptr;
    }
    return nullptr;
  }

  // --- 襄阳高新区党工委副书记、管委会主任邓卓海 -----------------------------------
  // 张明(星河科技有限公司董事长): an office in brackets after the name.
  void bracketed_position(const Slot& person, std::size_t s) {
    const std::size_t open = person.end;
    if (open >= doc_.text.size() || doc_.text[open] != U'(') return;
    const auto close = doc_.text.find(U')', open);
    if (close == std::u32string::npos || close - open > 30) return;
    for (const Slot& unit : slots_) {
      if (unit.begin != open + 1 || unit.anaphor) continue;
      const std::size_t title_begin = walk_title(close);
      if (title_begin != unit.end) return;
      add_position(person.candidate, unit.candidate, unit.end, close, s);
      return;
    }
  }

  void positions(std::size_t s) {
    passive_positions(s);
    for (const Slot& p : slots_) {
      if (p.anaphor || cand(p.candidate).type != EntityType::Person) continue;
      bracketed_position(p, s);
      stated_position(p, s);
      std::size_t title_end = p.begin;
      while (true) {
        std::size_t title_begin = walk_title(title_end);
        if (title_begin == title_end) break;
        // 豪克斯公司亚太区副总裁: the office's scope or order may stand between unit and title.
        std::size_t unit_end = title_begin;
        int unit = unit_ending(unit_end);
        if (unit < 0) {
          unit_end = before_office_modifier(title_begin, clause_start(title_begin, s));
          unit = unit_end < title_begin ? unit_ending(unit_end) : -1;
          if (unit < 0) unit_end = title_begin;
        }
        // 厦门美柚信息科技有限公司的联合创始人陈晓君.
        if (unit < 0 && title_begin > 0 && doc_.text[title_begin - 1] == U'的') {
          unit = unit_ending(title_begin - 1);
          if (unit >= 0) --title_begin;
        }
        // X有限公司(以下简称“Y”)采购总监Z: the unit before the short name it declares.
        if (unit < 0) {
          if (const std::size_t open = declaring_bracket_before(title_begin, s); open != 0) {
            unit = unit_ending(open);
            if (unit >= 0) unit_end = open;
          }
        }
        if (unit < 0) {
          // 在广西博世科…有限公司,党支部书记、副总经理黄晓玲介绍: the unit framing the clause.
          // 公司董事长张建国、总经理李明华: a title after the name of one who holds an office
          // of the sentence is in the same unit.
          if (const int shared = unit_of_person_before(title_begin, s); shared >= 0)
            add_position(p.candidate, shared, title_begin, title_end, s);
          else if (const int framing = framing_unit(title_begin, s); framing >= 0)
            add_position(p.candidate, framing, title_begin, title_end, s);
          else if (const int park = park_of_bare_organ(title_begin, s); park >= 0)
            add_position(p.candidate, park, title_begin, title_end, s);
          else if (const auto body = body_opening_clause(title_begin, title_end, s))
            add_position(p.candidate, body->unit, body->title_begin, title_end, s);
          else if (const int firm = subject_firm_of_title(title_begin, s); firm >= 0)
            add_position(p.candidate, firm, title_begin, title_end, s);
          break;
        }
        add_position(p.candidate, unit, title_begin, title_end, s);
        const std::size_t unit_begin = unit_start(unit, unit_end);
        if (unit_begin == 0 || doc_.text[unit_begin - 1] != U'、') break;
        title_end = unit_begin - 1;
      }
    }
  }

  // 阿依古丽·吐尔逊是公司联合创始人、首席技术官, 王立现任园区管委会副主任: an office stated
  // after the name by a verb, the unit right after the verb and titles to the clause's end.
  // Further clauses may state more (…副会长，也是温州市青年企业家商会会长).
  void stated_position(const Slot& person, std::size_t s) {
    constexpr int kMaxOffices = 4;
    const std::size_t sentence_end = doc_.sentences[s].end;
    std::size_t verb_end = office_verb_end(person.end, sentence_end);
    // 额尔敦毕力格，哈尔滨凛测科技有限公司创始人、董事长: a name opening the sentence, then a
    // comma in place of the verb.
    if (verb_end == 0 && person.begin == doc_.sentences[s].begin && person.end < sentence_end &&
        doc_.text[person.end] == U',')
      verb_end = person.end + 1;
    for (int office = 0; office < kMaxOffices && verb_end != 0; ++office) {
      // 、 may join titles (联合创始人、首席技术官); the walk back checks it does.
      const std::size_t clause_end = clause_end_joining_lists(doc_.text, verb_end, sentence_end);
      if (!stated_office(person, verb_end, clause_end, s)) return;
      if (clause_end + 1 >= sentence_end || doc_.text[clause_end] != U',') return;
      const std::size_t next = clause_end + 1;
      const std::size_t adverb =
          lex_.classes().opening_length(WordClass::OfficeAdverb, slice(next, sentence_end));
      verb_end = adverb == 0 ? 0 : office_verb_end(next, sentence_end);
    }
  }

  // Where an office verb at `pos` ends, an adverb before it included (是, 同时担任); or 0.
  [[nodiscard]] std::size_t office_verb_end(std::size_t pos, std::size_t end) const {
    const std::size_t adverb =
        lex_.classes().opening_length(WordClass::OfficeAdverb, slice(pos, end));
    const std::size_t verb =
        lex_.classes().opening_length(WordClass::OfficeVerb, slice(pos + adverb, end));
    return verb == 0 ? 0 : pos + adverb + verb;
  }

  // The office stated in [verb_end, clause_end): a unit right after the verb and titles to the
  // clause's end. Whether one was found.
  bool stated_office(const Slot& person, std::size_t verb_end, std::size_t clause_end,
                     std::size_t s) {
    const std::size_t title_begin = walk_title(clause_end);
    if (title_begin == clause_end) return false;
    // X当选联盟首任理事长: the unit may be named by its kind word, and the office by its order.
    // (The walk reads a kind word right after the verb into the title: 出任实验室主任.)
    if (title_begin > verb_end) {
      const std::size_t unit_end = before_office_modifier(title_begin, verb_end);
      if (const int unit = unit_ending(unit_end); unit >= 0) {
        if (unit_start(unit, unit_end) != verb_end) return false;
        add_position(person.candidate, unit, title_begin, clause_end, s);
        return true;
      }
    }
    const auto body = body_named_by_kind(verb_end, clause_end, s);
    if (!body) return false;
    add_position(person.candidate, body->unit, body->title_begin, clause_end, s);
    return true;
  }

  // 研究院院长由华中农业大学教授诸葛昕担任: an office a person is given by 由…担任; the unit
  // and title stand before 由.
  void passive_positions(std::size_t s) {
    const std::size_t sentence_end = doc_.sentences[s].end;
    for (const Slot& person : slots_) {
      if (person.anaphor || cand(person.candidate).type != EntityType::Person) continue;
      const std::size_t verb =
          lex_.classes().opening_length(WordClass::OfficeVerb, slice(person.end, sentence_end));
      if (verb < 2) continue;  // 担任, 兼任; not 是
      std::size_t agent = person.begin;
      while (agent > doc_.sentences[s].begin &&
             !lex_.classes().has(WordClass::AgentMarker, doc_.text[agent - 1]) &&
             !is_break_punct(doc_.text[agent - 1]))
        --agent;
      if (agent == doc_.sentences[s].begin ||
          !lex_.classes().has(WordClass::AgentMarker, doc_.text[agent - 1]))
        continue;
      const std::size_t title_end = agent - 1;
      const std::size_t title_begin = walk_title(title_end);
      if (title_begin == title_end) continue;
      const std::size_t clause_begin = clause_start(title_begin, s);
      if (const int unit = unit_ending(before_office_modifier(title_begin, clause_begin));
          unit >= 0) {
        add_position(person.candidate, unit, title_begin, title_end, s);
      } else if (const auto body = body_named_by_kind(clause_begin, title_end, s)) {
        add_position(person.candidate, body->unit, body->title_begin, title_end, s);
      } else if (const int subject = subject_body(s);
                 subject >= 0 && title_begin == clause_begin && clause_begin > slots_.front().end) {
        // X商会现有会员企业212家，会长由Y担任: the office is the subject's.
        add_position(person.candidate, subject, title_begin, title_end, s);
      }
    }
  }

  // The firm or body a sentence opens with, or -1.
  [[nodiscard]] int subject_body(std::size_t s) const {
    if (slots_.empty() || slots_.front().anaphor || slots_.front().begin != doc_.sentences[s].begin)
      return -1;
    const int first = slots_.front().candidate;
    return is_firm_or_body(first) ? first : -1;
  }

  // The unit in which the person named right before `、` or `和` at `title_begin - 1` holds an
  // office stated in sentence `s`; or -1.
  [[nodiscard]] int unit_of_person_before(std::size_t title_begin, std::size_t s) const {
    // 、 or 和 (总经理王建华和副总经理李明).
    if (title_begin < 2 || !joins_parties(slice(title_begin - 1, title_begin))) return -1;
    for (const Slot& x : slots_) {
      if (x.end != title_begin - 1 || x.anaphor || cand(x.candidate).type != EntityType::Person)
        continue;
      for (const CandidateFact& f : facts_) {
        if (f.sentence != s || f.type != RelationType::HoldsPosition || f.head != x.candidate)
          continue;
        // 园区党工委书记A、管委会主任B, 奉新县委书记A、县长B: the next office is the owner's of
        // the party committee (the park, the county).
        const Candidate& unit = cand(f.tail);
        const bool committee = is_organ_unit(f.tail) ||
                               (unit.government && cand(unit.prefix).type == EntityType::Location);
        return committee ? emitted_for(unit.prefix) : f.tail;
      }
    }
    return -1;
  }

  // Where the clause holding `pos` starts (after a break or at the sentence's start).
  [[nodiscard]] std::size_t clause_start(std::size_t pos, std::size_t s) const {
    while (pos > doc_.sentences[s].begin && !is_break_punct(doc_.text[pos - 1])) --pos;
    return pos;
  }

  // Where an order word before a title (首任理事长) begins, if one does after `floor`.
  [[nodiscard]] std::size_t before_office_modifier(std::size_t title_begin,
                                                   std::size_t floor) const {
    return title_begin -
           lex_.classes().closing_length(WordClass::OfficeModifier, slice(floor, title_begin));
  }

  struct BodyOffice {
    int unit;
    std::size_t title_begin;
  };

  // 联盟 in 当选联盟首任理事长, 研究院 in 研究院院长由X担任: a body's kind word opening the
  // stretch [begin, title_end) before a title names the latest body of that kind in the
  // document; the title follows it (after an order word).
  [[nodiscard]] std::optional<BodyOffice> body_named_by_kind(std::size_t begin,
                                                             std::size_t title_end,
                                                             std::size_t s) const {
    const Hit* kind = hit_starting(begin, Cat::OrgSuffix);
    if (kind == nullptr || kind->end >= title_end) return std::nullopt;
    const std::size_t title_begin =
        kind->end +
        lex_.classes().opening_length(WordClass::OfficeModifier, slice(kind->end, title_end));
    if (walk_title(title_end) > title_begin || hit_starting(title_begin, Cat::Title) == nullptr)
      return std::nullopt;
    const int unit =
        antecedent_matching(EntityType::Organization, begin, s, slice(kind->begin, kind->end));
    if (unit < 0) return std::nullopt;
    return BodyOffice{unit, title_begin};
  }

  // The firm or body a sentence opens with as its scene (在X, 在园区内的X,) when a title chain
  // follows its comma at `title_begin`; or -1.
  [[nodiscard]] int framing_unit(std::size_t title_begin, std::size_t s) const {
    if (title_begin < 2 || doc_.text[title_begin - 1] != U',') return -1;
    for (const Slot& x : slots_) {
      if (x.anaphor || x.end + 1 != title_begin) continue;
      const EntityType t = cand(x.candidate).type;
      if (t != EntityType::Company && t != EntityType::Organization) return -1;
      const std::size_t sentence_begin = doc_.sentences[s].begin;
      const bool scene = is_site_preposition(doc_.text[sentence_begin]) &&
                         slice(sentence_begin, x.begin).find(U',') == std::u32string_view::npos &&
                         (x.begin == sentence_begin + 1 || doc_.text[x.begin - 1] == U'的');
      return scene ? x.candidate : -1;
    }
    return -1;
  }

  // Where the bracket declaring a short name (以下简称“Y”) ends right before `pos` opens; or 0.
  [[nodiscard]] std::size_t declaring_bracket_before(std::size_t pos, std::size_t s) const {
    if (pos < 2 || doc_.text[pos - 1] != U')') return 0;
    const std::size_t open = doc_.text.rfind(U'(', pos - 1);
    if (open == std::u32string::npos || open <= doc_.sentences[s].begin) return 0;
    const auto inside = slice(open + 1, pos - 1);
    return lex_.classes().opening_length(WordClass::AliasMarker, inside) > 0 ? open : 0;
  }

  // 协会会长、广西华鼎实业集团有限公司董事长覃庆丰说: a body's kind word opening the clause
  // before the first title of a chain names the latest body of that kind.
  [[nodiscard]] std::optional<BodyOffice> body_opening_clause(std::size_t title_begin,
                                                              std::size_t title_end,
                                                              std::size_t s) const {
    // (The walk back over the title may have taken the kind word in: 协会会长.)
    const Hit* kind = hit_ending(title_begin, Cat::OrgSuffix);
    if (kind == nullptr) kind = hit_starting(title_begin, Cat::OrgSuffix);
    if (kind == nullptr || kind->end - kind->begin < 2 || kind->end >= title_end)
      return std::nullopt;
    // 管委会主任: a park's organ is the park's, read by park_of_bare_organ.
    if (lex_.classes().has(WordClass::ParkOrgan, slice(kind->begin, kind->end)))
      return std::nullopt;
    const std::size_t clause = clause_start(kind->begin, s);
    const bool opens = kind->begin == clause ||
                       (kind->begin > 0 &&
                        (doc_.text[kind->begin - 1] == U'”' || doc_.text[kind->begin - 1] == U'"'));
    if (!opens) return std::nullopt;
    return body_named_by_kind(kind->begin, title_end, s);
  }

  // X高新区党工委书记周立新主持，管委会主任白云峰通报…: a title that opens a clause with a
  // park's organ word (管委会, 党工委) and no unit is held in the park the sentence named last
  // before it; or -1.
  [[nodiscard]] int park_of_bare_organ(std::size_t title_begin, std::size_t s) const {
    const std::size_t sentence_begin = doc_.sentences[s].begin;
    if (title_begin > sentence_begin && !is_break_punct(doc_.text[title_begin - 1])) return -1;
    const auto organs = lex_.classes().members(WordClass::ParkOrgan);
    const auto rest = slice(title_begin, doc_.sentences[s].end);
    if (std::none_of(organs.begin(), organs.end(),
                     [&](const std::u32string& organ) { return rest.starts_with(organ); }))
      return -1;
    // The park may be named inside a longer name (银川经开区 in 银川经开区党工委).
    for (std::size_t end = title_begin; end > sentence_begin; --end) {
      const auto it = entity_ending_.find(end);
      if (it != entity_ending_.end() && cand(it->second).type == EntityType::Park)
        return it->second;
    }
    // A clause opening with the organ and no park in its sentence speaks of the story's park
    // (an interview's zone): the one named last nearby, else the one named most so far.
    if (const int near = antecedent(EntityType::Park, title_begin, s, {}); near >= 0) return near;
    return most_named_park(title_begin);
  }

  // The park named most often before `pos` (the earliest of equals), or -1.
  [[nodiscard]] int most_named_park(std::size_t pos) const {
    std::map<std::u32string, std::pair<int, int>> named;  // key -> (count, first entity)
    for (const int i : entities_) {
      const Candidate& c = cand(i);
      if (c.begin >= pos) break;
      if (c.type != EntityType::Park || !c.accepted) continue;
      auto& [count, first] = named.try_emplace(c.key, 0, i).first->second;
      ++count;
    }
    int best = -1;
    int best_count = 0;
    for (const auto& [key, entry] : named) {
      const auto [count, first] = entry;
      if (count > best_count || (count == best_count && cand(first).begin < cand(best).begin)) {
        best = first;
        best_count = count;
      }
    }
    return best;
  }

  // 锂擎储能2019年落户滨海科技园，副总裁迟晓蔓说: a title opening a later clause with no unit
  // is held in the firm the sentence opened with; or -1.
  [[nodiscard]] int subject_firm_of_title(std::size_t title_begin, std::size_t s) const {
    const std::size_t sentence_begin = doc_.sentences[s].begin;
    if (title_begin <= sentence_begin || doc_.text[title_begin - 1] != U',') return -1;
    for (const Slot& x : slots_) {
      if (x.end >= title_begin) break;
      if (x.begin != sentence_begin) continue;
      return !x.anaphor && cand(x.candidate).type == EntityType::Company ? x.candidate : -1;
    }
    return -1;
  }

  // Steps left over titles, organ words (党工委, 管委会) and 、 joining them.
  [[nodiscard]] std::size_t walk_title(std::size_t pos) const {
    std::size_t start = pos;
    while (start > 0) {
      if (const Hit* t = hit_ending(start, Cat::Title)) {
        // 中国科学院院士 as one title word still names its unit: stop where the unit ends.
        std::size_t unit_end = 0;
        for (std::size_t k = t->begin + 1; k < start; ++k) {
          if (unit_ending(k) >= 0) unit_end = k;
        }
        if (unit_end > 0) return unit_end;
        start = t->begin;
      } else if (const Hit* o = hit_ending(start, Cat::OrgSuffix); o != nullptr && start != pos) {
        // 党工委副书记, 组织部部长: an organ or department word inside the title.
        if (unit_ending(start) >= 0) break;
        start = department_name_start(o->begin, 4);  // 组织部, 宣传部, 发展处
      } else if (const Hit* c = hit_ending(start, Cat::CompanySuffix);
                 c != nullptr && start != pos) {
        // 执行副总裁兼数字化工业集团总经理: a division of the firm inside the title.
        if (unit_ending(start) >= 0) break;
        start = c->begin;
        if (start > 0 && title_joiner(doc_.text[start - 1]) == false)
          start = department_name_start(start, 6);
      } else if (title_joiner(doc_.text[start - 1]) && start != pos &&
                 (hit_ending(start - 1, Cat::Title) != nullptr ||
                  hit_ending(start - 1, Cat::OrgSuffix) != nullptr)) {
        --start;  // 、 or 兼 joins two titles of one chain (董事长兼总经理)
      } else {
        break;
      }
    }
    // The walk may have crossed the unit's own organ word (襄阳高新区党工委): stop at the unit.
    return start;
  }

  static bool title_joiner(char32_t c) { return c == U'、' || c == U'兼'; }

  // Where a department's own name before its organ word begins (组织部, 数字化工业集团):
  // at most `longest` Han characters back, stopping at a unit, a title or a joiner.
  [[nodiscard]] std::size_t department_name_start(std::size_t organ, int longest) const {
    std::size_t start = organ;
    for (int steps = 0; steps < longest && start > 0 && is_han(doc_.text[start - 1]) &&
                        !title_joiner(doc_.text[start - 1]) && unit_ending(start) < 0 &&
                        hit_ending(start, Cat::Title) == nullptr;
         ++steps) {
      --start;
    }
    return start;
  }

  // A unit's own organ (襄阳高新区党工委, X公司党委): its name and a plain organ word. A
  // committee named for whom it gathers (两新组织党委, 产业链联合党委) is a body of its own.
  [[nodiscard]] bool is_organ_unit(int i) const {
    constexpr std::size_t kPlainOrgan = 3;  // 党委, 党工委, 管委会, 党支部
    const Candidate& c = cand(i);
    if (c.type != EntityType::Organization || c.prefix < 0) return false;
    const auto* hit = hit_ending(c.end, Cat::OrgSuffix);
    if (hit == nullptr || hit->payload.level != kOrgOrgan || hit->end - hit->begin > kPlainOrgan)
      return false;
    // Only the zone's district in brackets may stand between (杭州高新区(滨江)党工委).
    auto between = slice(cand(c.prefix).end, hit->begin);
    if (between.size() > 2 && between.front() == U'(' && between.back() == U')') between = {};
    return between.empty();
  }

  // The entity (or reference) whose name ends at `pos`.
  [[nodiscard]] int unit_ending(std::size_t pos) const {
    int best = -1;
    for (const Slot& x : slots_) {
      if (x.end == pos) best = x.candidate;
    }
    if (best >= 0) return best;
    const auto it = entity_ending_.find(pos);
    return it == entity_ending_.end() ? -1 : it->second;
  }

  [[nodiscard]] std::size_t unit_start(int unit, std::size_t title_begin) const {
    for (const Slot& x : slots_) {
      if (x.candidate == unit && x.end == title_begin) return x.begin;
    }
    return cand(unit).end == title_begin ? cand(unit).begin : 0;
  }

  void add_position(int person, int unit, std::size_t title_begin, std::size_t title_end,
                    std::size_t s) {
    // A title next to the name that is a role, not an office (村民, 成员, 记者), holds nothing.
    if (const Hit* last = hit_ending(title_end, Cat::Title);
        last != nullptr && last->payload.level == kTitleRole) {
      return;
    }
    // The organ of a park or firm is part of the title: 党工委副书记 of 襄阳高新区; so is a
    // body's when the chain goes on to the body's own office (党委书记、主任 of 沈阳市国资委;
    // 联盟党支部书记 alone is the branch's). A place's organ, 街道党工委, is a body of its own.
    if (is_organ_unit(unit)) {
      const int owner = emitted_for(cand(unit).prefix);
      const bool chain_goes_on =
          slice(title_begin, title_end).find(U'、') != std::u32string_view::npos;
      if (owner >= 0 &&
          (cand(owner).type == EntityType::Park || cand(owner).type == EntityType::Company ||
           (cand(owner).type == EntityType::Organization && chain_goes_on))) {
        title_begin = cand(cand(unit).prefix).end;  // the owner's name before the organ
        unit = owner;
      }
    }
    if (cand(unit).type == EntityType::Person || cand(unit).type == EntityType::Project) return;
    title_end = split_off_place_head(person, unit, title_begin, title_end, s);
    std::u32string title(slice(title_begin, title_end));
    if (!title.empty() && title.front() == U'的') title.erase(0, 1);
    // 杭州高新区(滨江)党工委书记: the district in brackets is the park's, not the title's.
    if (const auto close = title.find(U')');
        !title.empty() && title.front() == U'(' && close != std::u32string::npos && close <= 5) {
      title.erase(0, close + 1);
    }
    if (title.empty()) return;
    add(person, unit, RelationType::HoldsPosition, s, 0.85, "holdsPosition.title-chain",
        std::move(title));
  }

  // 蚌埠市委副书记、市长: in a chain after a place's party committee, the head of the place's
  // government (市长 after 市委, 县长 after 县委, 副区长 after 区委) is an office in the place.
  // Adds that office and returns where the committee's titles end; else `title_end`.
  std::size_t split_off_place_head(int person, int unit, std::size_t title_begin,
                                   std::size_t title_end, std::size_t s) {
    const Candidate& committee = cand(unit);
    if (!committee.government || committee.prefix < 0 ||
        cand(committee.prefix).type != EntityType::Location || committee.end - committee.begin < 2)
      return title_end;
    const auto name = slice(committee.begin, committee.end);
    if (name.back() != U'委') return title_end;
    const char32_t level = name[name.size() - 2];  // 市 of 市委
    const auto chain = slice(title_begin, title_end);
    const std::size_t comma = chain.rfind(U'、');
    if (comma == std::u32string_view::npos) return title_end;
    std::u32string_view head = chain.substr(comma + 1);
    const std::size_t deputy = lex_.classes().opening_length(WordClass::OfficeModifier, head);
    if (head.starts_with(U"副"))
      head.remove_prefix(1);
    else if (deputy > 0)
      head.remove_prefix(deputy);
    if (head.size() != 2 || head[0] != level || head[1] != U'长') return title_end;
    const int place = emitted_for(committee.prefix);
    if (place < 0) return title_end;
    add(person, place, RelationType::HoldsPosition, s, 0.85, "holdsPosition.title-chain",
        std::u32string(chain.substr(comma + 1)));
    return title_begin + comma;
  }

  // --- A与B签约, A和B共同举办, A联合B开展 -------------------------------------------
  void cooperations(std::size_t s) {
    const bool has_trigger = std::any_of(hits().begin(), hits().end(), [](const Hit& h) {
      return h.payload.cat == Cat::CoopTrigger;
    });
    if (!has_trigger) return;
    std::vector<bool> consumed(slots_.size(), false);
    std::vector<const Hit*> connectors;
    for (const Hit& k : hits()) {
      // 与, 和, 联合, 携手 join parties; 共建 or 签约 before a name is its object, not a party.
      const bool connector = k.payload.cat == Cat::Connector;
      if (connector && !inside_slot(slots_, k.begin)) connectors.push_back(&k);
    }
    std::sort(connectors.begin(), connectors.end(),
              [](const Hit* x, const Hit* y) { return x->begin < y->begin; });
    for (const Hit* k : connectors) {
      const auto first = party_slot_after(k->end, s);
      if (!first || consumed[*first]) continue;
      const int a = party_before(k->begin, consumed);
      if (a < 0) continue;
      // A、B等5家企业与C签约: every listed party signs.
      std::vector<int> parties{a};
      for (std::size_t i = 0; i + 1 < slots_.size(); ++i) {
        if (slots_[i + 1].candidate != a || slots_[i + 1].end > k->begin) continue;
        for (std::size_t j = i + 1; j > 0; --j) {
          const auto gap = slice(slots_[j - 1].end, slots_[j].begin);
          if ((gap != U"、" && gap != U"和") || !is_party(cand(slots_[j - 1].candidate).type))
            break;
          parties.push_back(slots_[j - 1].candidate);
        }
        break;
      }
      std::vector<int> others;
      std::size_t others_end = k->end;
      for (std::size_t b = *first; b < slots_.size(); ++b) {
        if (b > *first) {
          const auto gap = slice(slots_[b - 1].end, slots_[b].begin);
          if (!joins_list_items(gap)) break;
        }
        consumed[b] = true;
        others_end = slots_[b].end;
        const int party = slots_[b].candidate;
        if (!is_party(cand(party).type) || party == a) continue;
        if (cand(party).prefix == a || cand(a).prefix == party) continue;
        // 与中科院院士邴邦椿签订: the party is the person the unit introduces.
        if (hit_starting(slots_[b].end, Cat::Title) != nullptr) continue;
        others.push_back(party);
        for (const int head : parties) {
          add(head, party, RelationType::CooperatesWith, s, 0.75, "cooperatesWith.connector");
        }
      }
      signing_list(parties, k->begin, s);
      // A与B、C签订三方协议: the list after the connector signs together too, unless each
      // signs on its own (分别) or the list is cut short (等).
      if (others.size() >= 2 && hit_ending(others_end + 1, Cat::ListEnd) == nullptr &&
          slice(doc_.sentences[s].begin, doc_.sentences[s].end).find(U"分别") ==
              std::u32string_view::npos)
        cooperate_pairwise(others, s, 0.7, "cooperatesWith.list");
    }
  }

  // A、B与C签署三方协议: a short list written out whole (no 等) right before the connector
  // signs one agreement together, so its members are parties of each other too.
  void signing_list(const std::vector<int>& parties, std::size_t connector, std::size_t s) {
    if (parties.size() < 2) return;
    const bool whole = std::any_of(slots_.begin(), slots_.end(), [&](const Slot& x) {
      return x.candidate == parties.front() && x.end == connector;
    });
    if (whole) cooperate_pairwise(parties, s, 0.7, "cooperatesWith.list");
  }

  // Every two of `parties` cooperate; a name and the one it was composed over do not.
  void cooperate_pairwise(const std::vector<int>& parties, std::size_t s, double confidence,
                          std::string_view rule) {
    for (std::size_t i = 0; i < parties.size(); ++i) {
      for (std::size_t j = i + 1; j < parties.size(); ++j) {
        if (cand(parties[i]).prefix == parties[j] || cand(parties[j]).prefix == parties[i])
          continue;
        add(parties[i], parties[j], RelationType::CooperatesWith, s, confidence, rule);
      }
    }
  }

  // 株洲高新区以轨道交通装备为主导,A、B等龙头企业带动作用明显: firms listed in a sentence
  // whose subject is a zone sit in it.
  void listed_in_subject(std::size_t s) {
    if (slots_.empty() || slots_.front().anaphor) return;
    const Slot& subject = slots_.front();
    if (!is_named_zone(cand(subject.candidate)) ||
        !is_subject_position(doc_.sentences[s].begin, subject.begin)) {
      return;
    }
    for (const Slot& x : slots_) {
      const Candidate& c = cand(x.candidate);
      if (x.anaphor || !c.listed || c.type != EntityType::Company) continue;
      add(x.candidate, subject.candidate, RelationType::LocatedIn, s, 0.55,
          "locatedIn.sentence-subject");
    }
  }

  // 在安东园，X公司新购置的土地上，Y项目的厂房已经封顶: a park opening the sentence after 在
  // and closed by a comma is the scene of the rest; its firms and projects that no rule of
  // the sentence placed lie in it.
  // (在大庆高新区另一个园区兴化园区，…: the last of the parks the framing clause names.)
  void framing_site(std::size_t s) {
    if (slots_.empty()) return;
    const std::size_t begin = doc_.sentences[s].begin;
    const Slot& first = slots_.front();
    if (first.anaphor || first.begin != begin + 1 || !is_site_preposition(doc_.text[begin])) return;
    const Slot* last = &first;
    for (const Slot& x : slots_) {
      const auto gap = slice(last->end, std::max(last->end, x.begin));
      if (x.begin >= last->end && x.end <= doc_.sentences[s].end &&
          gap.find_first_of(U",(") == std::u32string_view::npos &&
          is_container(cand(x.candidate).type) && !x.anaphor)
        last = &x;
      else if (x.begin >= last->end)
        break;
    }
    const Slot& site = *last;
    if (cand(site.candidate).type != EntityType::Park || !scene_ends_clause(site.end, s)) return;
    std::set<int> placed;
    for (const CandidateFact& f : facts_) {
      if (f.sentence != s) continue;
      // X的全资子公司Y: the parent is named for whose Y is, not as a firm of the scene; Y is
      // not placed by being X's.
      const bool firm_of_firm =
          f.type == RelationType::PartOf && cand(f.tail).type == EntityType::Company;
      if (firm_of_firm)
        placed.insert(f.tail);
      else if (places_by_text(f))
        placed.insert(f.head);
    }
    for (const Slot& x : slots_) {
      const EntityType t = cand(x.candidate).type;
      if (x.anaphor || x.begin <= site.end || placed.contains(x.candidate) ||
          (t != EntityType::Company && t != EntityType::Project))
        continue;
      add(x.candidate, site.candidate, RelationType::LocatedIn, s, 0.6, "locatedIn.framing-site");
    }
  }

  // Whether the framing clause ends at `pos` with a comma, after at most a bracket (X(以下简称
  // “Y”)) and a floor or inside word (三楼, 内).
  [[nodiscard]] bool scene_ends_clause(std::size_t pos, std::size_t s) const {
    constexpr std::size_t kInside = 3;
    const std::size_t end = doc_.sentences[s].end;
    if (pos < end && doc_.text[pos] == U'(') {
      const std::size_t close = doc_.text.find(U')', pos);
      if (close == std::u32string::npos || close >= end) return false;
      pos = close + 1;
    }
    const std::size_t comma = doc_.text.find(U',', pos);
    if (comma == std::u32string::npos || comma >= end) return false;
    if (comma == pos) return true;
    return comma - pos <= kInside &&
           lex_.classes().has(WordClass::InsideWord, slice(comma - 1, comma));
  }

  // 深汕特别合作区下辖鹅埠、小漠…四镇, 园区下辖A、B两个片区: what a zone or place governs lies
  // in it; a park it governs is part of it.
  void governed_lists(std::size_t s) {
    for (std::size_t i = 0; i + 1 < slots_.size(); ++i) {
      const std::size_t verb = governing_verb_before(slots_[i + 1].begin, s);
      if (verb == 0) continue;
      // The ruler stands right before the verb, or opens the sentence whose later clause the
      // verb opens (苏州工业园区位于…，下辖A、B等街道).
      const bool adjacent = slots_[i + 1].begin == slots_[i].end + verb;
      const Slot& ruler = adjacent ? slots_[i] : slots_.front();
      if (!is_container(cand(ruler.candidate).type) || ruler.anaphor) continue;
      if (!adjacent && !opens_clause_after_subject(slots_[i + 1].begin - verb, s)) continue;
      for (std::size_t j = i + 1; j < slots_.size(); ++j) {
        if (j > i + 1) {
          const auto gap = slice(slots_[j - 1].end, slots_[j].begin);
          if (!joins_list_items(gap)) break;
        }
        const EntityType t = cand(slots_[j].candidate).type;
        if (t == EntityType::Location)
          add(slots_[j].candidate, ruler.candidate, RelationType::LocatedIn, s, 0.7,
              "locatedIn.governed");
        else if (t == EntityType::Park)
          add(slots_[j].candidate, ruler.candidate, RelationType::PartOf, s, 0.7,
              "partOf.governed");
      }
    }
  }

  // The length of a govern verb (下辖) ending at `pos`, or 0.
  [[nodiscard]] std::size_t governing_verb_before(std::size_t pos, std::size_t s) const {
    return lex_.classes().closing_length(WordClass::GovernVerb,
                                         slice(doc_.sentences[s].begin, pos));
  }

  // Whether `pos` opens a later clause of a sentence whose first slot, a zone or place, opens
  // a clause before it (据了解，苏州工业园区位于…，下辖…).
  [[nodiscard]] bool opens_clause_after_subject(std::size_t pos, std::size_t s) const {
    if (slots_.empty() || pos == 0 || doc_.text[pos - 1] != U',') return false;
    const std::size_t subject = slots_.front().begin;
    return subject < pos && (subject == doc_.sentences[s].begin || doc_.text[subject - 1] == U',');
  }

  // 武汉东湖高新区、华中科技大学、武汉光迅科技股份有限公司三方签署共建协议: the parties listed
  // before 双方, 三方 or 多方 and an agreement verb all cooperate with one another.
  void joint_parties(std::size_t s) {
    constexpr std::size_t kVerbGap = 4;  // 共同, 正式: words between 三方 and the verb
    std::size_t first = 0;
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      const bool party = !slots_[i].anaphor && is_party(cand(slots_[i].candidate).type);
      if (!party) {
        first = i + 1;
        continue;
      }
      if (i > first) {
        const auto gap = slice(slots_[i - 1].end, slots_[i].begin);
        if (!joins_parties(gap)) first = i;
      }
      if (i == first) continue;
      const Hit* count = party_count_at(slots_[i].end);
      // A、B、C共同举办: three or more parties and a joint verb right after them.
      const bool joint_verb =
          i - first >= 2 &&
          lex_.classes().opening_length(WordClass::JointWord,
                                        slice(slots_[i].end, doc_.sentences[s].end)) > 0 &&
          hit_starting(slots_[i].end, Cat::CoopTrigger) != nullptr;
      if (count == nullptr && !joint_verb) continue;
      const std::size_t after = count != nullptr ? count->end : slots_[i].end;
      const bool agrees = std::any_of(hits().begin(), hits().end(), [&](const Hit& h) {
        return h.payload.cat == Cat::CoopTrigger && h.begin >= after && h.begin - after <= kVerbGap;
      });
      if (!agrees) continue;
      for (std::size_t a = first; a < i; ++a) {
        for (std::size_t b = a + 1; b <= i; ++b) {
          add(slots_[a].candidate, slots_[b].candidate, RelationType::CooperatesWith, s, 0.75,
              "cooperatesWith.joint");
        }
      }
    }
  }

  // 宁波甬芯微电子有限公司是宁波甬芯集团有限公司的全资子公司; 衡微量子全资子公司郑州衡微
  // 量子科技有限公司; 公司旗下全资子公司X: the subsidiary is part of its parent.
  void subsidiaries(std::size_t s) {
    constexpr std::size_t kParentGap = 2;       // 旗下, 的
    constexpr std::size_t kPlaceParentGap = 3;  // 通过其, 在…的
    for (const Hit& h : hits()) {
      if (h.payload.cat != Cat::SubsidiaryWord) continue;
      if (hit_starting(h.begin, Cat::SubsidiaryWord)->end != h.end) continue;  // the longest
      // X全资子公司Y: the subsidiary named right after the word; X通过其香港子公司Y: a place
      // before the word is where the subsidiary is.
      const Slot* place = slot_ending_at_most(h.begin, 0);
      if (place != nullptr && cand(place->candidate).type != EntityType::Location) place = nullptr;
      int parent = place != nullptr ? parent_before(place->begin, kPlaceParentGap, s)
                                    : parent_before(h.begin, kParentGap, s);
      // 由其控股子公司Y: 其 is the firm the sentence speaks of; 其在上海设立的全资子公司Y:
      // a subsidiary founded at a place is there.
      const Slot* founded_at = nullptr;
      std::size_t owner_end = h.begin;
      if (parent < 0 && place == nullptr) owner_end = before_founding(h.begin, founded_at);
      if (parent < 0 && owner_end > 0 &&
          lex_.classes().has(WordClass::Possessive, doc_.text[owner_end - 1]))
        parent = possessor_firm(owner_end - 1, s);
      if (founded_at != nullptr) place = founded_at;
      if (parent >= 0 && is_firm_or_body(parent)) {
        if (const Slot* child = slot_starting(h.end);
            child != nullptr && !child->anaphor &&
            cand(child->candidate).type == EntityType::Company) {
          add(child->candidate, parent, RelationType::PartOf, s, 0.8, "partOf.subsidiary");
          if (place != nullptr)
            add(child->candidate, place->candidate, RelationType::LocatedIn, s, 0.7,
                "locatedIn.subsidiary-place");
          continue;
        }
      }
      if (!founded_subsidiary(h, s)) copula_subsidiary(h, s);
    }
  }

  // X与Y签署合资协议，…，合资成立Z; 由X和Y共同出资组建的Z; X与Y成立合资公司Z: a firm two
  // parties found together is part of each.
  void joint_ventures(std::size_t s) {
    const std::size_t end = doc_.sentences[s].end;
    const WordClasses& classes = lex_.classes();
    for (std::size_t at = doc_.sentences[s].begin; at < end; ++at) {
      std::size_t verb_end = 0;
      const Slot* site = nullptr;
      if (const std::size_t joint = classes.opening_length(WordClass::JointWord, slice(at, end))) {
        // 共同出资在生态园成立Z: the site may come between, and the firm is there.
        std::size_t verb_at = at + joint;
        if (const Slot* at_site = slot_starting(verb_at + 1);
            at_site != nullptr && is_site_preposition(doc_.text[verb_at]) &&
            is_container(cand(at_site->candidate).type)) {
          verb_at = at_site->end;
          site = at_site;
        }
        const std::size_t verb = classes.opening_length(WordClass::FoundVerb, slice(verb_at, end));
        if (verb > 0) verb_end = verb_at + verb;
      } else if (const std::size_t verb =
                     classes.opening_length(WordClass::FoundVerb, slice(at, end))) {
        const std::size_t noun =
            classes.opening_length(WordClass::JointNoun, slice(at + verb, end));
        if (noun > 0) verb_end = at + verb + noun;
      }
      if (verb_end == 0) continue;
      // 合资成立Z, 合资成立了Z, 合资组建的Z: the firm right after the verb or one particle on.
      const Slot* child = slot_starting(verb_end);
      if (child == nullptr && verb_end < end) child = slot_starting(verb_end + 1);
      if (child == nullptr || child->anaphor || cand(child->candidate).type != EntityType::Company)
        continue;
      if (site != nullptr)
        add(child->candidate, site->candidate, RelationType::LocatedIn, s, 0.7,
            "locatedIn.joint-venture-site");
      const std::vector<int> parents = joint_parents(at, s);
      const int controlling = controlling_parent(parents, child->end, s);
      for (const int parent : parents) {
        if (controlling >= 0 && parent != controlling) continue;
        if (parent != child->candidate && is_firm_or_body(parent))
          add(child->candidate, parent, RelationType::PartOf, s, 0.7, "partOf.joint-venture");
      }
      // The founders of a joint venture work together.
      if (parents.size() == 2 && is_firm_or_body(parents[0]) && is_firm_or_body(parents[1]))
        add(parents[0], parents[1], RelationType::CooperatesWith, s, 0.7,
            "cooperatesWith.joint-venture");
    }
  }

  // …合资组建Z，X控股60%: the parent holding more than half of the joint venture, named after
  // it in sentence `s` (by any of its names); -1 when none is.
  [[nodiscard]] int controlling_parent(const std::vector<int>& parents, std::size_t after,
                                       std::size_t s) const {
    constexpr double kControl = 50.0;
    const std::size_t end = doc_.sentences[s].end;
    for (const Slot& x : slots_) {
      if (x.begin < after || x.anaphor) continue;
      const std::size_t verb =
          lex_.classes().opening_length(WordClass::ShareVerb, slice(x.end, end));
      if (verb == 0 || x.end + verb >= end || !is_digit(doc_.text[x.end + verb])) continue;
      std::size_t digits = x.end + verb;
      while (digits < end && (is_digit(doc_.text[digits]) || doc_.text[digits] == U'.')) ++digits;
      if (digits == x.end + verb || digits >= end || doc_.text[digits] != U'%') continue;
      const double share = std::stod(to_utf8(slice(x.end + verb, digits)));
      if (share <= kControl) continue;
      for (const int parent : parents) {
        if (cand(parent).type == cand(x.candidate).type &&
            cand(parent).key == cand(x.candidate).key)
          return parent;
      }
    }
    return -1;
  }

  // The parties a connector joins last before `pos` in sentence `s` (X与Y, X和Y).
  [[nodiscard]] std::vector<int> joint_parents(std::size_t pos, std::size_t s) const {
    const Hit* last = nullptr;
    for (const Hit& k : hits()) {
      if (k.payload.cat == Cat::Connector && k.end <= pos && !inside_slot(slots_, k.begin) &&
          (last == nullptr || k.begin > last->begin))
        last = &k;
    }
    if (last == nullptr) return {};
    const std::vector<bool> none(slots_.size(), false);
    const int before = party_before(last->begin, none);
    const auto after = party_slot_after(last->end, s);
    if (before < 0 || !after || slots_[*after].end > pos) return {};
    return {before, slots_[*after].candidate};
  }

  // 该集团在生态园设立外商独资企业Y, X在苏州新设独资公司Y: a firm another founds at a place
  // (named by words for a firm, 外商独资企业) is part of the founder, which opens the clause.
  void founded_firms(std::size_t s) {
    const std::size_t end = doc_.sentences[s].end;
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      const Slot& site = slots_[i];
      if (!is_container(cand(site.candidate).type) || site.begin == 0 ||
          !is_site_preposition(doc_.text[site.begin - 1]))
        continue;
      const std::size_t verb =
          lex_.classes().opening_length(WordClass::FoundVerb, slice(site.end, end));
      if (verb == 0) continue;
      const std::size_t words = site.end + verb;
      const std::size_t name = after_party_nouns(words, end);
      const Slot* firm = slot_starting(name);
      if (name == words || firm == nullptr || firm->anaphor ||
          cand(firm->candidate).type != EntityType::Company)
        continue;
      // The founder ends where 在 begins, after at most an adverb (则, 已).
      const Slot* founder = slot_ending_at_most(site.begin - 1, 1);
      if (founder == nullptr || cand(founder->candidate).type != EntityType::Company ||
          founder->candidate == firm->candidate)
        continue;
      add(firm->candidate, founder->candidate, RelationType::PartOf, s, 0.7, "partOf.founded");
    }
  }

  // X总部位于无锡，此次在盐城投资设立全资子公司Y: a subsidiary founded (设立, 成立) by the firm
  // the sentence opens with. Whether one was found.
  bool founded_subsidiary(const Hit& word, std::size_t s) {
    const Slot* child = slot_starting(word.end);
    if (child == nullptr || child->anaphor || cand(child->candidate).type != EntityType::Company)
      return false;
    const auto before = slice(doc_.sentences[s].begin, word.begin);
    const auto verbs = lex_.classes().members(WordClass::FoundVerb);
    if (std::none_of(verbs.begin(), verbs.end(),
                     [&](const std::u32string& v) { return before.ends_with(v); }))
      return false;
    // The first firm opening a clause (根据协议，X将在区内设立…).
    const Slot* founder = nullptr;
    for (const Slot& x : slots_) {
      if (x.begin >= word.begin) break;
      const bool opens = x.begin == doc_.sentences[s].begin || doc_.text[x.begin - 1] == U',';
      if (opens && cand(x.candidate).type == EntityType::Company) {
        founder = &x;
        break;
      }
    }
    if (founder == nullptr || founder->candidate == child->candidate) return false;
    add(child->candidate, founder->candidate, RelationType::PartOf, s, 0.7, "partOf.founded");
    return true;
  }

  // Y是X的全资子公司: the subject is the subsidiary, also when it opens an earlier clause
  // (Y2023年落户…，是X的全资子公司), and the parent is the firm after 是, also when more
  // words come before the subsidiary word (是X今年在银川注册成立的全资子公司) or before the
  // parent (是总部位于宁德的X的全资子公司).
  void copula_subsidiary(const Hit& word, std::size_t s) {
    constexpr std::size_t kParentGap = 2;  // 的
    const std::size_t sentence_begin = doc_.sentences[s].begin;
    std::size_t copula = word.begin;
    while (copula > sentence_begin && doc_.text[copula - 1] != U'是') {
      if (is_break_punct(doc_.text[copula - 1])) return;
      --copula;
    }
    if (copula == sentence_begin) return;
    --copula;  // at 是
    const Slot* parent = slot_ending_at_most(word.begin, kParentGap);
    if (parent == nullptr || parent->begin <= copula) parent = slot_starting(copula + 1);
    if (parent == nullptr || parent->anaphor || parent->end > word.begin ||
        !is_firm_or_body(parent->candidate))
      return;
    const Slot* child = slot_ending_at_most(copula, 0);
    if (child == nullptr) child = clause_chain_subject(copula, s);
    if (child != nullptr && child->candidate != parent->candidate &&
        cand(child->candidate).type == EntityType::Company)
      add(child->candidate, parent->candidate, RelationType::PartOf, s, 0.8, "partOf.subsidiary");
  }

  [[nodiscard]] bool is_firm_or_body(int i) const {
    const EntityType t = cand(i).type;
    return t == EntityType::Company || t == EntityType::Organization;
  }

  [[nodiscard]] const Slot* slot_starting(std::size_t pos) const {
    for (const Slot& x : slots_) {
      if (x.begin == pos) return &x;
    }
    return nullptr;
  }

  // The slot ending at `pos` or at most `gap` code points before it, with no punctuation
  // between.
  [[nodiscard]] const Slot* slot_ending_at_most(std::size_t pos, std::size_t gap) const {
    const Slot* best = nullptr;
    for (const Slot& x : slots_) {
      if (x.end <= pos && pos - x.end <= gap) best = &x;
    }
    if (best == nullptr) return nullptr;
    for (std::size_t i = best->end; i < pos; ++i) {
      if (!is_han(doc_.text[i])) return nullptr;
    }
    return best;
  }

  // The parent before a subsidiary word: a named firm or body, or 公司/集团 standing for the
  // firm the text was about (公司旗下全资子公司).
  [[nodiscard]] int parent_before(std::size_t pos, std::size_t gap, std::size_t s) const {
    if (const Slot* x = slot_ending_at_most(pos, gap)) return x->candidate;
    for (std::size_t back = 0; back <= gap && back <= pos; ++back) {
      for (const std::uint32_t i : hits_->ending_at(pos - back)) {
        const Hit& a = hits()[i];
        if (a.payload.cat == Cat::Anaphor &&
            static_cast<EntityType>(a.payload.level) == EntityType::Company) {
          return antecedent(EntityType::Company, a.begin, s, {});
        }
      }
    }
    return -1;
  }

  // 双方, 三方, 多方 (triggers.txt, partyCount) starting at `pos`, or nullptr.
  [[nodiscard]] const Hit* party_count_at(std::size_t pos) const {
    return hit_starting(pos, Cat::PartyCount);
  }

  // The party a connector introduces: the name right after it, or after words describing it
  // (与当地龙头企业X); a place opening such words is the party's home (与大连本地企业X).
  [[nodiscard]] std::optional<std::size_t> party_slot_after(std::size_t pos, std::size_t s) const {
    const auto direct = slot_index_at(pos);
    std::size_t at = pos;
    if (direct) {
      const EntityType type = cand(slots_[*direct].candidate).type;
      at = slots_[*direct].end;
      // 与乌鲁木齐高新区的新疆丝路云仓…有限公司: a park or place and 的 before a firm or body
      // say where the party is; the firm or body is the party.
      if ((type == EntityType::Park || type == EntityType::Location) &&
          at + 1 < doc_.sentences[s].end && doc_.text[at] == U'的') {
        const auto located = slot_index_at(at + 1);
        if (located && is_firm_or_body(slots_[*located].candidate)) return located;
      }
      if (type != EntityType::Location) return direct;
    }
    const std::size_t described = at;
    at = after_party_nouns(at, doc_.sentences[s].end);
    if (at == described) return direct;
    const auto party = slot_index_at(at);
    return party ? party : direct;
  }

  // Where the words describing a party (当地龙头企业, 外商独资企业) that open text[pos, end) end.
  [[nodiscard]] std::size_t after_party_nouns(std::size_t pos, std::size_t end) const {
    constexpr int kDescribingWords = 3;  // 当地 + 龙头 + 企业
    for (int i = 0; i < kDescribingWords; ++i) {
      std::size_t word = lex_.classes().opening_length(WordClass::PartyNoun, slice(pos, end));
      // 与德国企业凯斯特…: a country before the noun says where the party is from.
      if (const Hit* country = hit_starting(pos, Cat::Country); word == 0 && country != nullptr)
        word = country->end - pos;
      if (word == 0) break;
      pos += word;
    }
    return pos;
  }

  [[nodiscard]] std::optional<std::size_t> slot_index_at(std::size_t pos) const {
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      if (slots_[i].begin == pos && is_party(cand(slots_[i].candidate).type)) return i;
    }
    return std::nullopt;
  }

  // The party before a connector: the nearest one in the sentence, else the subject of
  // the sentence before (与现代中药制剂全国重点实验室签订… continues the sentence before).
  [[nodiscard]] int party_before(std::size_t pos, const std::vector<bool>& consumed) const {
    int best = -1;
    std::size_t best_end = 0;
    int first = -1;  // the sentence's first party
    int site = -1;  // 在乌玛产业协作园开工，并与Y签订: where the subject acted, not a party
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      const Slot& x = slots_[i];
      if (x.end > pos || consumed[i] || !is_party(cand(x.candidate).type)) continue;
      if (is_site_slot(x)) {
        site = x.candidate;
        continue;
      }
      if (first < 0) first = x.candidate;
      best = x.candidate;
      best_end = x.end;
    }
    // X下辖A、B四镇，…，持续深化与深圳的协作: a party in an earlier clause is the object
    // of that clause's verb; the sentence's subject, its first party, goes on.
    if (best >= 0 && first >= 0 && first != best &&
        slice(best_end, pos).find(U',') != std::u32string_view::npos && cand(best).listed)
      return first;
    if (best >= 0) return best;
    for (const Slot& x : previous_slots_) {
      if (is_party(cand(x.candidate).type)) return x.candidate;
    }
    return site;
  }

  // A park or place right after 在 or 于: the site of an act.
  [[nodiscard]] bool is_site_slot(const Slot& x) const {
    const EntityType t = cand(x.candidate).type;
    return (t == EntityType::Park || t == EntityType::Location) && x.begin > 0 &&
           is_site_preposition(doc_.text[x.begin - 1]);
  }

  [[nodiscard]] bool clause_break(std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e; ++i) {
      if (doc_.text[i] == U';' || doc_.text[i] == U'；' || doc_.text[i] == U'。') return true;
    }
    return e - b > 40;
  }

  // --- 企业总投资7亿元的…项目 -------------------------------------------------------
  void investments(std::size_t s) {
    for (const Hit& h : hits()) {
      if (h.payload.cat != Cat::InvestTrigger) continue;
      if (h.payload.level == kTriggerInvestorRole) {
        investor_role(h, s);
        continue;
      }
      const Slot* investor = nullptr;
      for (const Slot& x : slots_) {
        if (x.end <= h.begin && h.begin - x.end <= kTriggerGap &&
            (cand(x.candidate).type == EntityType::Company)) {
          investor = &x;
        }
      }
      // X…将落户Y，投资1.8亿美元建设Z项目: a clause opening with the verb is the subject's.
      if (investor == nullptr) {
        investor = clause_chain_subject(h.begin, s);
        if (investor != nullptr && cand(investor->candidate).type != EntityType::Company)
          investor = nullptr;
      }
      if (investor == nullptr) continue;
      // X项目由Y公司投资建设, X项目由其控股子公司Y投资建设: the project stands before 由;
      // the firm whose subsidiary builds it invests too.
      int owner = -1;
      if (const auto agent = agent_before(investor->begin, s, owner)) {
        const Slot* project = nullptr;
        for (const Slot& x : slots_) {
          if (x.end <= *agent && cand(x.candidate).type == EntityType::Project) project = &x;
        }
        if (project != nullptr) {
          add(investor->candidate, project->candidate, RelationType::InvestsIn, s, 0.7,
              "investsIn.trigger");
          if (owner >= 0 && owner != investor->candidate)
            add(owner, project->candidate, RelationType::InvestsIn, s, 0.65,
                "investsIn.subsidiary-builds");
          continue;
        }
      }
      for (const Slot& x : slots_) {
        if (x.begin >= h.end && clause_break(h.end, x.begin)) break;  // another clause (；)
        if (x.begin >= h.end && cand(x.candidate).type == EntityType::Project) {
          add(investor->candidate, x.candidate, RelationType::InvestsIn, s, 0.7,
              "investsIn.trigger");
          break;
        }
      }
    }
  }

  // 由济南高新区管委会与山东大学共同投资建设的X项目 (or X项目由A和B共同投资建设): every party
  // listed between 由 and the investment verb invests in the project.
  void joint_agents(std::size_t s) {
    const std::size_t sentence_begin = doc_.sentences[s].begin;
    for (const Hit& h : hits()) {
      if (h.payload.cat != Cat::InvestTrigger || h.payload.level == kTriggerInvestorRole) continue;
      const std::size_t verb = h.begin - lex_.classes().closing_length(
                                             WordClass::JointWord, slice(sentence_begin, h.begin));
      const std::vector<const Slot*> parties = parties_ending_at(verb);
      if (parties.size() < 2) continue;
      const std::size_t first = parties.back()->begin;
      if (first == sentence_begin ||
          !lex_.classes().has(WordClass::AgentMarker, doc_.text[first - 1]))
        continue;
      const Slot* project = nullptr;
      for (const Slot& x : slots_) {
        if (x.begin >= h.end && clause_break(h.end, x.begin)) break;
        if (cand(x.candidate).type != EntityType::Project) continue;
        if (x.end < first || (x.begin >= h.end && project == nullptr)) project = &x;
        if (x.begin >= h.end) break;
      }
      if (project == nullptr) continue;
      for (const Slot* party : parties)
        add(party->candidate, project->candidate, RelationType::InvestsIn, s, 0.7,
            "investsIn.joint-agents");
    }
  }

  // The firms, bodies or parks of a list (A与B, A、B和C) whose last item ends at `end`, last
  // first; empty when none ends there.
  [[nodiscard]] std::vector<const Slot*> parties_ending_at(std::size_t end) const {
    std::vector<const Slot*> items;
    for (std::size_t i = slots_.size(); i > 0; --i) {
      const Slot& x = slots_[i - 1];
      if (items.empty()) {
        if (x.end != end) continue;
      } else {
        const auto gap = slice(x.end, items.back()->begin);
        if (!joins_parties(gap)) break;
      }
      const EntityType t = cand(x.candidate).type;
      if (x.anaphor || !(is_firm_or_body(x.candidate) || t == EntityType::Park)) break;
      items.push_back(&x);
    }
    return items;
  }

  // Where the owner of a firm ends before `pos` when the firm is said to be founded somewhere
  // (其 + 在上海 + 设立 + 的 + 全资子公司): before 在; `site` is then the place. Else `pos`.
  [[nodiscard]] std::size_t before_founding(std::size_t pos, const Slot*& site) const {
    std::size_t at = pos;
    if (at > 0 && lex_.classes().has(WordClass::NameOpener, doc_.text[at - 1])) --at;  // 的
    const std::size_t verb = lex_.classes().closing_length(WordClass::FoundVerb, slice(0, at));
    if (verb == 0) return pos;
    at -= verb;
    const Slot* place = slot_ending_at_most(at, 0);
    if (place == nullptr || !is_container(cand(place->candidate).type) || place->begin == 0 ||
        !is_site_preposition(doc_.text[place->begin - 1]))
      return pos;
    site = place;
    return place->begin - 1;
  }

  // Where 由 stands before the investor at `pos`, also across 其 and a subsidiary word (由其
  // 控股子公司Y); `owner` is then the firm 其 speaks of.
  [[nodiscard]] std::optional<std::size_t> agent_before(std::size_t pos, std::size_t s,
                                                        int& owner) const {
    const auto& classes = lex_.classes();
    std::size_t at = pos;
    if (const Hit* word = hit_ending(at, Cat::SubsidiaryWord)) {
      at = word->begin;
      if (at > 0 && classes.has(WordClass::Possessive, doc_.text[at - 1])) {
        --at;
        owner = possessor_firm(at, s);
      }
    }
    if (at == 0 || !classes.has(WordClass::AgentMarker, doc_.text[at - 1])) return std::nullopt;
    return at - 1;
  }

  // The firm 其 at `pos` speaks of: the first firm the sentence names before it, else the
  // firm the text spoke of last.
  [[nodiscard]] int possessor_firm(std::size_t pos, std::size_t s) const {
    return possessor_firm(pos, s, slots_);
  }
  [[nodiscard]] int possessor_firm(std::size_t pos, std::size_t s,
                                   const std::vector<Slot>& slots) const {
    // (`slots` may be in the making, not yet in text order.)
    const Slot* first = nullptr;
    for (const Slot& x : slots) {
      if (x.begin < pos && cand(x.candidate).type == EntityType::Company &&
          (first == nullptr || x.begin < first->begin))
        first = &x;
    }
    return first != nullptr ? first->candidate : antecedent(EntityType::Company, pos, s, {});
  }

  // 该项目投资方为江苏阳光新能源科技有限公司: the project before the role word, the investor
  // after 为 or 是.
  void investor_role(const Hit& role, std::size_t s) {
    const Slot* project = nullptr;
    for (const Slot& x : slots_) {
      if (x.end <= role.begin && role.begin - x.end <= 2 &&
          cand(x.candidate).type == EntityType::Project)
        project = &x;
    }
    if (project == nullptr) return;
    for (const Slot& x : slots_) {
      if (x.begin < role.end) continue;
      const auto gap = slice(role.end, x.begin);
      const bool copula = gap == U"为" || gap == U"是" || gap == U"为:" || gap == U":";
      const EntityType t = cand(x.candidate).type;
      if (copula && (t == EntityType::Company || t == EntityType::Organization))
        add(x.candidate, project->candidate, RelationType::InvestsIn, s, 0.7,
            "investsIn.investor-role");
      return;
    }
  }

  // The entities whose names begin in [begin, end), in text order.
  [[nodiscard]] std::span<const int> entities_starting_in(std::size_t begin,
                                                          std::size_t end) const {
    const auto by_begin = [this](int i, std::size_t pos) { return cand(i).begin < pos; };
    const auto first = std::lower_bound(entities_.begin(), entities_.end(), begin, by_begin);
    const auto last = std::lower_bound(first, entities_.end(), end, by_begin);
    return {first, last};
  }

  // --- what a section is about ----------------------------------------------------
  // A heading that names a park (or else a place) sets the topic of the blocks under it:
  // firms and projects listed there, sub-parks and villages with no other place, sit in it.
  void section_topics() {
    // A name already placed in a park or by the text keeps that place; one placed only in a
    // city by its own name (随州市人才公寓) still sits in the story's park.
    std::vector<bool> located(rec_.candidates.size(), false);
    for (const auto& f : facts_) {
      if (places_by_text(f)) located[static_cast<std::size_t>(f.head)] = true;
      // A subsidiary's parent group is named for whose it is, not as a firm of the story.
      if (f.type == RelationType::PartOf && cand(f.head).type == EntityType::Company &&
          cand(f.tail).type == EntityType::Company)
        located[static_cast<std::size_t>(f.tail)] = true;
    }
    int topic = -1;
    BlockKind previous_kind = BlockKind::Heading;
    for (const Block& block : doc_.blocks) {
      const auto in_block = [&](const Candidate& c) {
        // A park named inside a project's name (云甸工业区路网) is in the story too.
        const bool named = c.accepted || (c.inner && c.type == EntityType::Park);
        return c.begin >= block.begin && c.end <= block.end && named;
      };
      if (block.kind == BlockKind::Byline && previous_kind == BlockKind::Body) {
        topic = -1;  // a byline after text opens the next story
      }
      const BlockKind kind = block.kind;
      const auto remember = [&] { previous_kind = kind; };
      if (block.kind == BlockKind::Heading) {
        remember();
        int park = -1;
        int place = -1;
        for (const int i : entities_starting_in(block.begin, block.end)) {
          if (!in_block(cand(i))) continue;
          // A story is about a zone (石河子高新区), not a sub-area named in a subheading.
          if (park < 0 && is_named_zone(cand(i))) park = i;
          if (cand(i).type == EntityType::Location && place < 0) place = i;
          if (cand(i).type == EntityType::Organization && place < 0) place = -2;
        }
        if (park >= 0)
          topic = park;
        else if (place != -1)
          topic = place;  // a place or an organisation starts a new story
        else if (names_a_zone(block))
          topic = -1;  // ## 井冈山经济技术开发区: a zone the rules did not read opens another story
        continue;
      }
      remember();
      if (block.kind != BlockKind::Body || topic < 0) continue;
      const int here = paragraph_park(block, in_block);
      const int block_topic = here >= 0 ? here : topic;
      for (const int i : entities_starting_in(block.begin, block.end)) {
        const Candidate& c = cand(i);
        if (!in_block(c) || located[static_cast<std::size_t>(i)]) continue;
        if (c.key == cand(block_topic).key || !sits_in_topic(c, cand(block_topic))) continue;
        add(i, block_topic, RelationType::LocatedIn, c.sentence, 0.5, "locatedIn.section-topic");
        located[static_cast<std::size_t>(i)] = true;
      }
    }
  }

  // Whether a fact places its head in a park or by the text: not a city its own name opens
  // with (随州市人才公寓 still sits in the story's park).
  [[nodiscard]] bool places_by_text(const CandidateFact& f) const {
    const bool weak = f.rule == "locatedIn.nested-name" || f.rule == "locatedIn.place-prefix";
    const bool placed = f.type == RelationType::LocatedIn || f.type == RelationType::PartOf;
    return placed && !(weak && cand(f.tail).type == EntityType::Location);
  }

  // Whether a heading is a zone's name and nothing else (## 井冈山经济技术开发区).
  [[nodiscard]] bool names_a_zone(const Block& heading) const {
    std::size_t end = heading.end;
    while (end > heading.begin && !is_han(doc_.text[end - 1])) --end;
    std::size_t begin = end;
    while (begin > heading.begin && is_han(doc_.text[begin - 1])) --begin;
    if (begin != heading.begin && is_han(doc_.text[begin])) {
      for (std::size_t k = heading.begin; k < begin; ++k) {
        if (is_han(doc_.text[k])) return false;  // more words than the name
      }
    }
    const auto found = lex_.scan(doc_.text, begin, end);
    return std::any_of(found.begin(), found.end(), [&](const Hit& h) {
      return h.payload.cat == Cat::ParkSuffix && h.payload.level == kParkZone && h.end == end &&
             h.begin > begin;
    });
  }

  // The zone a paragraph opens with (苏州工业园区…, 苏州工业园区管委会副主任…介绍), which its
  // firms then sit in, whatever the heading above named; or -1.
  template <typename InBlock>
  [[nodiscard]] int paragraph_park(const Block& block, const InBlock& in_block) const {
    for (const int i : entities_starting_in(block.begin, block.end)) {
      const Candidate& c = cand(i);
      if (!in_block(c)) continue;
      if (!is_subject_position(block.begin, c.begin)) return -1;
      const int park = c.type == EntityType::Organization ? emitted_for(c.prefix) : i;
      return park >= 0 && is_named_zone(cand(park)) ? park : -1;
    }
    return -1;
  }

  // Where text from `from` has its subject: at once, or after a short opening phrase and its
  // comma (近日，, 今年以来，, 其中，).
  [[nodiscard]] bool is_subject_position(std::size_t from, std::size_t pos) const {
    constexpr std::size_t kOpening = 8;
    const auto before = slice(from, pos);
    return before.empty() || (before.size() <= kOpening && before.back() == U',');
  }

  // A zone a story can be about: one the lexicon knows, or one named with its place
  // (石河子高新区), not a sub-area named alone.
  [[nodiscard]] bool is_named_zone(const Candidate& c) const {
    return c.type == EntityType::Park && (c.rule == "lexicon.park" || c.prefix >= 0);
  }

  // 武汉鸿图…有限公司 in a story about 随州高新区 came from elsewhere.
  [[nodiscard]] bool from_another_city(const Candidate& firm, const Candidate& park) const {
    const std::u32string firm_city = opening_place(firm, Cat::County);
    if (!firm_city.empty()) return firm_city != opening_place(park, Cat::County);
    // 上海澜芯半导体有限公司 in a story about 合肥高新区: a firm named after a province (or a
    // municipality) other than the park city's.
    const std::u32string firm_province = opening_place(firm, Cat::Province, false);
    const std::u32string park_city = opening_place(park, Cat::City);
    if (firm_province.empty() || park_city.empty()) return false;
    const std::u32string* park_province = lex_.parent(park_city);
    return park_province != nullptr && *park_province != firm_province;
  }

  // Both names open with a prefecture-level city, and not the same one. (A county is too
  // fine a test here: 龙泉园区 is an area of 玉溪高新区 whatever county is called 龙泉.)
  [[nodiscard]] bool in_another_city(const Candidate& park, const Candidate& topic) const {
    const std::u32string city = opening_city(park);
    const std::u32string topic_city = opening_place(topic, Cat::City);
    return !city.empty() && !topic_city.empty() && city != topic_city;
  }

  // The city a name opens with; or, for a county the text names as a place of its own
  // (玛纳斯工业园区 in a story that names 玛纳斯县), the county's city; or "".
  [[nodiscard]] std::u32string opening_city(const Candidate& c) const {
    std::u32string city = opening_place(c, Cat::City);
    if (!city.empty()) return city;
    const std::u32string county = opening_place(c, Cat::County, false);
    if (county.empty() || !by_key_.contains({EntityType::Location, county})) return city;
    if (const std::u32string* parent = lex_.parent(county)) city = *parent;
    return city;
  }

  // The city (or, with `finest` Cat::County, also the county) a name opens with, or "";
  // without `cities`, only a place of category `finest`.
  [[nodiscard]] std::u32string opening_place(const Candidate& c, Cat finest,
                                             bool cities = true) const {
    const auto place = cities ? lex_.opening(doc_.text, c.begin, c.end, {Cat::City, finest})
                              : lex_.opening(doc_.text, c.begin, c.end, {finest});
    return place ? lex_.canonical(place->payload.canonical) : std::u32string();
  }

  [[nodiscard]] bool registered_firm(const Candidate& c) const {
    const auto name = slice(c.begin, c.end);
    const auto ends = [&](std::u32string_view suffix) {
      return name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    return c.rule == "name.suffix" && (ends(U"有限公司") || ends(U"分公司"));
  }

  [[nodiscard]] bool sits_in_topic(const Candidate& c, const Candidate& topic) const {
    if (c.begin > 0 && doc_.text[c.begin - 1] == U'(') return false;  // an apposition
    switch (c.type) {
      case EntityType::Company:
        // A registered firm (…有限公司) of a park's story sits in the park; a brand or a
        // group is often only visited or mentioned there.
        return c.listed || (topic.type == EntityType::Park && registered_firm(c) &&
                            !from_another_city(c, topic));
      case EntityType::Park:
        // 东莞松山湖高新区 in a story about 杭州高新区 is another city's park, visited or
        // compared, not a sub-park.
        // Nor is a zone set up in its own right (葛店经济技术开发区 in a story about 东湖高新区).
        return c.rule != "lexicon.park" && topic.type == EntityType::Park &&
               !in_another_city(c, topic) &&
               !lex_.classes().closes(WordClass::ZoneOfItsOwn, slice(c.begin, c.end));
      case EntityType::Project:
        return true;
      case EntityType::Location:
        return c.rule == "name.suffix" && topic.type == EntityType::Park;
      default:
        return false;
    }
  }

  // --- what the lexicon knows: 襄阳市 lies in 湖北省 -------------------------------
  void lexicon_parents() {
    for (const auto& [type_key, i] : by_key_) {
      const auto& [type, key] = type_key;
      if (type != EntityType::Location && type != EntityType::Park) continue;
      std::u32string lookup = key;
      if (type == EntityType::Park) {
        const auto* payloads = lex_.lookup(slice(cand(i).begin, cand(i).end));
        if (payloads == nullptr) continue;
        for (const auto& p : *payloads) {
          if (p.cat == Cat::NationalPark) lookup = lex_.canonical(p.canonical);
        }
      }
      const std::u32string* parent = lex_.parent(lookup);
      if (parent == nullptr) continue;
      const auto it = by_key_.find({EntityType::Location, *parent});
      if (it == by_key_.end()) continue;
      add(i, it->second, RelationType::LocatedIn, cand(i).sentence, 0.55, "locatedIn.lexicon");
    }
  }

  std::vector<CandidateFact> dedupe() {
    std::map<std::tuple<std::u32string, int, std::u32string, int, int>, std::size_t> seen;
    std::vector<CandidateFact> out;
    for (auto& f : facts_) {
      const Candidate& h = cand(f.head);
      const Candidate& t = cand(f.tail);
      auto key = std::make_tuple(h.key, static_cast<int>(h.type), t.key, static_cast<int>(t.type),
                                 static_cast<int>(f.type));
      if (f.type == RelationType::CooperatesWith &&
          std::tie(t.key, t.type) < std::tie(h.key, h.type)) {
        key = std::make_tuple(t.key, static_cast<int>(t.type), h.key, static_cast<int>(h.type),
                              static_cast<int>(f.type));
      }
      const auto [it, inserted] = seen.try_emplace(key, out.size());
      if (inserted) {
        out.push_back(std::move(f));
      } else if (f.confidence > out[it->second].confidence) {
        out[it->second] = std::move(f);
      }
    }
    return out;
  }
};

}  // namespace

std::vector<CandidateFact> relate(const NormalizedDocument& doc, const Recognition& recognition,
                                  const LexiconIndex& lexicon) {
  return Relater(doc, recognition, lexicon).run();
}

}  // namespace parkgraph::detail
