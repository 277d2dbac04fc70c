#include "recognise.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <set>

#include "text.hpp"

using namespace std::string_view_literals;

namespace parkgraph::detail {
namespace {

constexpr std::size_t kMaxNameLength = 24;
constexpr std::size_t kMaxProjectLength = 32;
constexpr std::size_t kMaxGrassrootsCore = 3;
constexpr std::size_t kMaxListItem = 24;
constexpr std::size_t kMaxShortFirmName = 4;
// A person's name without a surname the lexicon lists: up to four characters, or up to six
// when most are transliterating ones (阿拉腾其木格).
constexpr std::size_t kMaxUnlistedName = 4;
constexpr std::size_t kMaxTransliteratedName = 6;

bool is_open_bracket(char32_t c) {
  return c == U'(' || c == U'（';
}
bool is_close_bracket(char32_t c) {
  return c == U')' || c == U'）';
}
bool is_han_or_latin(char32_t c) {
  return is_han(c) || is_ascii_alnum(c);
}

// Lexicon categories that end a name when scanning leftward from its suffix.
bool is_cut_category(Cat cat) {
  switch (cat) {
    case Cat::Stop:
    case Cat::Generic:
    case Cat::Speech:
    case Cat::CoopTrigger:
    case Cat::LocTrigger:
    case Cat::InvestTrigger:
    case Cat::Title:
    case Cat::ListEnd:
    case Cat::Anaphor:
    case Cat::Connector:
      return true;
    default:
      return false;
  }
}

bool is_suffix_category(Cat cat) {
  return cat == Cat::OrgSuffix || cat == Cat::CompanySuffix || cat == Cat::ParkSuffix ||
         cat == Cat::LocSuffix || cat == Cat::ProjectSuffix;
}

EntityType type_of_suffix(Cat cat) {
  switch (cat) {
    case Cat::CompanySuffix:
      return EntityType::Company;
    case Cat::ParkSuffix:
      return EntityType::Park;
    case Cat::LocSuffix:
      return EntityType::Location;
    case Cat::ProjectSuffix:
      return EntityType::Project;
    default:
      return EntityType::Organization;
  }
}

// Which entity types a name of `outer` type may be composed over when the inner one
// stands right before its core: 襄阳高新区 + 党工委, 健民集团 + 叶开泰医药…有限公司.
bool composes_over(EntityType outer, EntityType inner) {
  switch (outer) {
    case EntityType::Organization:
      return inner != EntityType::Project;
    case EntityType::Company:
      return inner == EntityType::Company || inner == EntityType::Location;
    case EntityType::Park:
      return inner == EntityType::Location || inner == EntityType::Park;
    case EntityType::Project:
      return inner != EntityType::Person;
    default:
      return false;
  }
}

// A project name goes on past a place inside it (正威 娄底 电力…项目); other names stop at
// the first name they are composed over.
bool is_container(EntityType t) {
  return t == EntityType::Location || t == EntityType::Park;
}

bool scans_past(EntityType outer, EntityType inner) {
  return outer == EntityType::Project &&
         (inner == EntityType::Location || inner == EntityType::Park);
}

std::size_t min_free_chars(EntityType type) {
  return type == EntityType::Park ? 1 : 2;
}

class SentenceRecogniser {
 public:
  SentenceRecogniser(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                     const SentenceHits& hits, std::size_t sentence_index,
                     const std::set<std::uint32_t>& counties_named,
                     std::vector<Candidate>& candidates)
      : text_(doc.text),
        counties_named_(counties_named),
        lexicon_(lexicon),
        sentence_(doc.sentences[sentence_index]),
        sentence_index_(sentence_index),
        block_kind_(doc.blocks[doc.sentences[sentence_index].block].kind),
        candidates_(candidates),
        first_candidate_(candidates.size()),
        hits_(hits) {
    const std::size_t n = sentence_.end - sentence_.begin + 1;
    word_start_.assign(n, kUnknown);
    word_start_near_.assign(n, kUnknown);
    candidates_by_end_.resize(n);
  }

  void run() {
    add_lexicon_entities();
    add_persons();
    add_suffix_names();
    add_lists();
    add_counted_lists();
    add_counted_place_lists();
    add_industry_lists();
    add_subject_brands();
  }

 private:
  const std::u32string& text_;
  const std::set<std::uint32_t>& counties_named_;
  const LexiconIndex& lexicon_;
  const Sentence& sentence_;
  std::size_t sentence_index_;
  BlockKind block_kind_;
  std::vector<Candidate>& candidates_;
  std::size_t first_candidate_;
  const SentenceHits& hits_;
  // ICU word boundaries relative to the sentence start, filled a clause at a time on first
  // use (see word_starts_at): kUnknown until then.
  static constexpr signed char kUnknown = -1;
  mutable std::vector<signed char> word_start_;
  mutable std::vector<signed char> word_start_near_;  // the same, from a window (see below)
  std::vector<std::vector<int>> candidates_by_end_;   // candidate indices by end, relative

  [[nodiscard]] std::u32string_view slice(std::size_t b, std::size_t e) const {
    return std::u32string_view(text_).substr(b, e - b);
  }

  // Whether `c` belongs to a closed class of word_classes.txt.
  [[nodiscard]] bool is(WordClass word_class, char32_t c) const {
    return lexicon_.classes().has(word_class, c);
  }
  // Counting, shared by the rules that tell a count or a date from a name (三个, 两家, 十余座,
  // 2025年).
  [[nodiscard]] bool count_numeral(char32_t c) const {
    return is(WordClass::Numeral, c) || is(WordClass::Approximate, c);
  }

  template <typename Pred>
  [[nodiscard]] const Hit* longest_ending(std::size_t pos, Pred pred) const {
    if (pos < sentence_.begin || pos > sentence_.end) return nullptr;
    // Hits ending at `pos` come longest first, so the first that qualifies is the answer
    // (and costlier predicates, such as word breaks, run for fewer hits).
    for (const std::uint32_t i : hits_.ending_at(pos)) {
      const Hit& h = hits_.all()[i];
      if (pred(h)) return &h;
    }
    return nullptr;
  }

  template <typename Pred>
  [[nodiscard]] const Hit* longest_starting(std::size_t pos, Pred pred) const {
    if (pos < sentence_.begin || pos >= sentence_.end) return nullptr;
    // Hits starting at `pos` come shortest first: walk back from the longest; among hits
    // of one length the first listed wins.
    const std::span<const Hit> hits = hits_.starting_at(pos);
    const Hit* best = nullptr;
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
      if (best != nullptr && it->end != best->end) break;
      if (pred(*it)) best = &*it;
    }
    return best;
  }

  // Calls f(hit) for every lexicon hit starting at `pos`.
  template <typename F>
  void for_hits_at(std::size_t pos, F f) const {
    if (pos < sentence_.begin || pos >= sentence_.end) return;
    for (const Hit& h : hits_.starting_at(pos)) f(h);
  }

  [[nodiscard]] bool starts_with_cat(std::size_t pos, Cat cat) const {
    return longest_starting(pos, [cat](const Hit& h) { return h.payload.cat == cat; }) != nullptr;
  }

  // A one-character word continues a word ICU's dictionary started before it (据 in 数据).
  [[nodiscard]] bool standalone(const Hit& h) const { return word_starts_near(h.begin); }

  // Whether ICU's word break iterator puts a boundary before `pos`. Computed for the clause
  // around `pos` (the stretch between punctuation or spaces) when first asked: most clauses
  // never ask, and a dictionary word never spans punctuation, so the answer is the one a
  // pass over the whole sentence gives.
  [[nodiscard]] bool word_starts_at(std::size_t pos) const {
    signed char& known = word_start_[pos - sentence_.begin];
    if (known != kUnknown) return known != 0;
    auto separates = [&](std::size_t i) { return is_space(text_[i]) || is_punct(text_[i]); };
    std::size_t begin = pos;
    while (begin > sentence_.begin && !separates(begin - 1)) --begin;
    std::size_t end = pos;
    while (end < sentence_.end && !separates(end)) ++end;
    const std::vector<bool> boundary = word_boundaries(slice(begin, end));
    for (std::size_t i = begin; i <= end; ++i)
      word_start_[i - sentence_.begin] = boundary[i - begin] ? 1 : 0;
    return known != 0;
  }

  // word_starts_at, answered from a few characters either side of `pos` unless the clause's
  // boundaries are known already: asked for two-character words, which most clauses hold, so
  // reading whole clauses would cost a dictionary pass over most of the text.
  [[nodiscard]] bool word_starts_near(std::size_t pos) const {
    constexpr std::size_t kContext = 4;
    const signed char known = word_start_[pos - sentence_.begin];
    if (known != kUnknown) return known != 0;
    signed char& near = word_start_near_[pos - sentence_.begin];
    if (near == kUnknown) {
      const std::size_t begin = std::max(sentence_.begin, pos >= kContext ? pos - kContext : 0);
      const std::size_t end = std::min(sentence_.end, pos + kContext);
      near = word_boundaries(slice(begin, end))[pos - begin] ? 1 : 0;
    }
    return near != 0;
  }

  // Whether a known name made of Latin letters or digits begins or ends inside a longer run
  // of them.
  [[nodiscard]] bool cuts_a_token(const Hit& h) const {
    if (!is_ascii_alnum(text_[h.begin]) && !is_ascii_alnum(text_[h.end - 1])) return false;
    const bool before = h.begin > sentence_.begin && is_ascii_alnum(text_[h.begin - 1]) &&
                        is_ascii_alnum(text_[h.begin]);
    const bool after =
        h.end < sentence_.end && is_ascii_alnum(text_[h.end]) && is_ascii_alnum(text_[h.end - 1]);
    return before || after;
  }

  // Particles after which a name starts (的储能电池…, 与研发中心…): a name verb right after
  // one is the name's, not the clause's.
  [[nodiscard]] bool names_follow(const Hit& h) const {
    return lexicon_.classes().has(WordClass::NameOpener, slice(h.begin, h.end));
  }

  // One-character verbs (称, 获) are too often inside names to cut them, and a one-character
  // function word does not cut where it ends a longer word (据 in 数据). Nor does a
  // two-character verb or title that ICU's dictionary reads across (量产 in 测量产业, 电工
  // in 机电工程).
  [[nodiscard]] const Hit* cut_word_ending(std::size_t pos) const {
    return longest_ending(pos, [this](const Hit& h) {
      const std::size_t length = h.end - h.begin;
      const bool single_verb =
          h.payload.cat == Cat::Stop && h.payload.level == kStopVerb && length == 1;
      if (!is_cut_category(h.payload.cat) || single_verb) return false;
      // 永磁同步牵引电机: nor a connector ICU's dictionary reads into the next word (同步),
      // unless a name ends right before it (联盟和江城…: ICU's 和江 is no word here).
      if (length == 1)
        return standalone(h) &&
               (!starts_with_cat(h.begin, Cat::Connector) || h.end >= sentence_.end ||
                candidate_ending(h.begin, h.begin) >= 0 || word_starts_near(h.end));
      const bool checked = h.payload.cat == Cat::Stop || h.payload.cat == Cat::Title;
      return length > 2 || !checked || word_starts_near(h.begin);
    });
  }

  // Whether `connector` (与, 和) joins two disciplines in the name of a university's part: a
  // unit word (学院, 系) follows at `suffix_begin`, and a few characters before the connector
  // a university or college is named.
  [[nodiscard]] bool joins_disciplines(const Hit& connector, std::size_t suffix_begin) const {
    constexpr std::size_t kMaxDiscipline = 6;
    if (connector.end - connector.begin != 1 ||
        !one_character_word(connector.begin, Cat::Connector))
      return false;
    const bool unit = longest_starting(suffix_begin, [](const Hit& h) {
                        return h.payload.cat == Cat::OrgSuffix && h.payload.level == kOrgUnit;
                      }) != nullptr;
    if (!unit) return false;
    for (std::size_t q = connector.begin;
         q > sentence_.begin && connector.begin - q <= kMaxDiscipline && is_han(text_[q - 1]);
         --q) {
      const int school = candidate_ending(q, connector.begin);
      if (school >= 0) {
        const Candidate& c = candidates_[static_cast<std::size_t>(school)];
        return c.type == EntityType::Organization &&
               lexicon_.classes().closes(WordClass::School, slice(c.begin, c.end)) &&
               q < connector.begin;
      }
      if (q < connector.begin && cut_word_ending(q) != nullptr) return false;
    }
    return false;
  }

  // 建到了产业园门口: a one-character function word that ICU reads as the end of the word
  // before it (到了) did not cut the name, but no name opens with it.
  [[nodiscard]] bool opens_with_bound_particle(std::size_t pos) const {
    const Hit* particle = longest_starting(pos, [](const Hit& h) {
      return h.end - h.begin == 1 && h.payload.cat == Cat::Stop && h.payload.level == kStopFunc;
    });
    return particle != nullptr && pos > sentence_.begin && is_han(text_[pos - 1]) &&
           !standalone(*particle);
  }

  // The longest candidate of this sentence that ends exactly at `pos`.
  [[nodiscard]] int candidate_ending(std::size_t pos, std::size_t not_after) const {
    if (pos > not_after || pos < sentence_.begin || pos > sentence_.end) return -1;
    int best = -1;
    for (const int i : candidates_by_end_[pos - sentence_.begin]) {
      if (best < 0 || candidates_[static_cast<std::size_t>(i)].begin <
                          candidates_[static_cast<std::size_t>(best)].begin) {
        best = i;
      }
    }
    return best;
  }

  int add(std::size_t b, std::size_t e, EntityType type, double confidence, std::string_view rule,
          int prefix = -1) {
    for (const int i : candidates_by_end_[e - sentence_.begin]) {
      Candidate& c = candidates_[static_cast<std::size_t>(i)];
      if (c.begin == b && c.type == type) {
        c.confidence = std::max(c.confidence, confidence);
        return i;
      }
    }
    candidates_by_end_[e - sentence_.begin].push_back(static_cast<int>(candidates_.size()));
    Candidate c;
    c.begin = b;
    c.end = e;
    c.type = type;
    c.confidence = confidence;
    c.rule = rule;
    c.prefix = prefix;
    c.sentence = sentence_index_;
    candidates_.push_back(c);
    return static_cast<int>(candidates_.size() - 1);
  }

  // --- known names ----------------------------------------------------------
  // A known name ends where a word ends: 科技部 in 科技部门 is no ministry.
  [[nodiscard]] bool ends_inside_word(const Hit& name) const {
    bool inside = false;
    for (std::size_t k = name.begin + 1; k < name.end && !inside; ++k) {
      for_hits_at(k, [&](const Hit& h) {
        const Cat c = h.payload.cat;
        if ((c == Cat::Generic || c == Cat::GenericCore || c == Cat::Stop) && h.end > name.end)
          inside = true;
      });
    }
    return inside;
  }

  // A county's short name is a common word as often as a place (资源, 合作, 同心): it
  // counts only in a document that also writes the county's full name.
  [[nodiscard]] bool left_boundary(std::size_t pos) const {
    if (pos == sentence_.begin || !is_han(text_[pos - 1])) return true;
    // 2017年玉溪…: the end of a date.
    if (pos >= sentence_.begin + 2 && is_digit(text_[pos - 2]) &&
        (text_[pos - 1] == U'年' || text_[pos - 1] == U'月' || text_[pos - 1] == U'日')) {
      return true;
    }
    return longest_ending(pos, [](const Hit& h) {
             return is_cut_category(h.payload.cat) || h.payload.cat == Cat::Province ||
                    h.payload.cat == Cat::City || h.payload.cat == Cat::County ||
                    h.payload.cat == Cat::Country || is_suffix_category(h.payload.cat);
           }) != nullptr;
  }

  [[nodiscard]] bool right_boundary(std::size_t pos) const {
    if (pos >= sentence_.end || !is_han(text_[pos])) return true;
    if (lexicon_.classes().opens(WordClass::Capital, slice(pos, sentence_.end))) return true;
    return longest_starting(pos, [](const Hit& h) {
             const Cat c = h.payload.cat;
             return is_cut_category(c) || c == Cat::Stop || c == Cat::Province || c == Cat::City ||
                    c == Cat::County || is_suffix_category(c) || c == Cat::NationalPark ||
                    c == Cat::Speech || c == Cat::GenericCore;
           }) != nullptr;
  }

  // 东区, 南区 right after another name (新川创新科技园东区) are parts of it, though
  // 攀枝花 has districts of those names.
  [[nodiscard]] bool part_of_preceding_name(const Hit& h) const {
    return h.end - h.begin == 2 && text_[h.begin + 1] == U'区' &&
           is(WordClass::Direction, text_[h.begin]) && h.begin > sentence_.begin &&
           is_han(text_[h.begin - 1]);
  }

  [[nodiscard]] bool after_place_preposition(std::size_t pos) const {
    return pos > sentence_.begin && is(WordClass::PlacePreposition, text_[pos - 1]);
  }

  [[nodiscard]] bool usable_place(const Hit& h) const {
    if (part_of_preceding_name(h)) return false;
    // 白山 in 长白山: a short place name must start where a word starts.
    if (h.payload.level == kPlaceShort && !left_boundary(h.begin)) return false;
    if (h.payload.cat == Cat::County && h.payload.level == kPlaceShort &&
        counties_named_.count(h.payload.canonical) == 0) {
      return false;
    }
    // A country as a modifier (中国企业, 中国式) is not a place mention; one listed after
    // another place, or after a preposition, is (赴德国、日本开展…, 在俄罗斯留学).
    // (从中国500强: a count after it makes it a modifier still.)
    const bool listed =
        h.begin > sentence_.begin &&
        (text_[h.begin - 1] == U'、' ||
         (after_place_preposition(h.begin) && h.end < sentence_.end && is_han(text_[h.end])));
    if (h.payload.cat == Cat::Country && !listed && h.end < sentence_.end &&
        (is_han(text_[h.end]) || is_digit(text_[h.end]) || is_ascii_alnum(text_[h.end])) &&
        !starts_with_cat(h.end, Cat::Province) && !starts_with_cat(h.end, Cat::City) &&
        !starts_with_cat(h.end, Cat::Country) &&
        !lexicon_.classes().opens(WordClass::Capital, slice(h.end, sentence_.end))) {
      return false;
    }
    return true;
  }

  void add_lexicon_entities() {
    for (const Hit& h : hits_.all()) {
      const bool place = h.payload.cat == Cat::Province || h.payload.cat == Cat::City ||
                         h.payload.cat == Cat::County || h.payload.cat == Cat::Country;
      if (!place && ends_inside_word(h)) continue;  // a place's 市 may open 市重点项目
      // 格力 in 严格力度, 里加 in 里加铺: a two-character name must start a word.
      if (h.end - h.begin <= 2 && !left_boundary(h.begin)) continue;
      // 360 in 4360亿元, TCL in TCLX: a name of Latin letters or digits is a whole token.
      if (cuts_a_token(h)) continue;
      const bool short_form = h.payload.level == kPlaceShort;
      switch (h.payload.cat) {
        case Cat::Province:
        case Cat::City:
        case Cat::County:
        case Cat::Country:
          if (!usable_place(h)) break;
          {
            const int place = add(h.begin, h.end, EntityType::Location,
                                  h.payload.level == kPlaceFull ? 0.9 : 0.75, "lexicon.place");
            // 西安邮电…: a short place name running into other words modifies them; it may
            // open a name but is no mention of its own.
            // …but 西藏日喀则: a place inside it may follow.
            if (h.payload.level == kPlaceShort && !right_boundary(h.end) &&
                !starts_with_cat(h.end, Cat::City) && !starts_with_cat(h.end, Cat::County) &&
                !after_place_preposition(h.begin))
              candidates_[static_cast<std::size_t>(place)].modifier = true;
          }
          break;
        case Cat::NationalPark:
          add(h.begin, h.end, EntityType::Park, 0.95, "lexicon.park");
          break;
        case Cat::KnownOrg: {
          // Two-character short forms (南大, 北大) are words as often as names.
          if (short_form && h.end - h.begin < 3 && is_han(text_[h.begin])) break;
          const int known =
              add(h.begin, h.end, EntityType::Organization, 0.9, "lexicon.organization");
          compose_over_lexicon_parent(known, h);
          break;
        }
        case Cat::KnownCompany:
          extend_known_company(add(h.begin, h.end, EntityType::Company, 0.9, "lexicon.company"));
          break;
        default:
          break;
      }
    }
  }

  // 中国科学院合肥物质科学研究院: a known body whose name opens with its parent's (the
  // lexicon's third column) is composed over it, so the parent is named too.
  void compose_over_lexicon_parent(int known, const Hit& h) {
    const std::u32string* parent = lexicon_.parent(lexicon_.canonical(h.payload.canonical));
    if (parent == nullptr || parent->size() >= h.end - h.begin ||
        slice(h.begin, h.begin + parent->size()) != *parent) {
      return;
    }
    for (std::size_t i = first_candidate_; i < candidates_.size(); ++i) {
      const Candidate& c = candidates_[i];
      if (c.begin == h.begin && c.end == h.begin + parent->size() &&
          c.type == EntityType::Organization) {
        candidates_[static_cast<std::size_t>(known)].prefix = static_cast<int>(i);
        return;
      }
    }
  }

  // 中国航发 + 黎阳动力: a known firm followed by a short name ending in an industry word
  // is that firm's unit, named as a firm of its own.
  void extend_known_company(int known) {
    const std::size_t from = candidates_[static_cast<std::size_t>(known)].end;
    // 蓝思科技、山河智能: the unit's name follows the firm's at once, in Han characters.
    if (from >= sentence_.end || !is_han(text_[from]) || cut_word_ending(from) != nullptr) return;
    // 中国建材集团投资的…: the firm's own legal word (集团, 公司) follows; what comes after it
    // is the sentence's verb, not a unit.
    if (starts_with_cat(from, Cat::CompanySuffix)) return;
    for (std::size_t end = from + 2; end <= sentence_.end && end <= from + 6; ++end) {
      if (!is_han(text_[end - 1]) || cut_word_ending(end - 1) != nullptr) return;
      const Hit* industry =
          longest_ending(end, [](const Hit& h) { return h.payload.cat == Cat::IndustrySuffix; });
      if (industry != nullptr && industry->begin > from) {
        // 宁德时代 + 新能源电池 + 项目: the industry words name the firm's project, not a unit.
        const Hit* project =
            longest_starting(end, [](const Hit& h) { return h.payload.cat == Cat::ProjectSuffix; });
        if (project != nullptr && names_a_project(*project)) return;
        add(candidates_[static_cast<std::size_t>(known)].begin, end, EntityType::Company, 0.8,
            "name.known-firm-unit", known);
        return;
      }
    }
  }

  // --- persons ----------------------------------------------------------------
  [[nodiscard]] bool is_name_char(std::size_t pos) const {
    return pos < sentence_.end && is_han(text_[pos]);
  }

  // A position where a given name cannot go on: a word that starts there.
  [[nodiscard]] bool blocks_given_name(std::size_t pos) const {
    if (!is_name_char(pos)) return true;
    return longest_starting(pos, [](const Hit& h) {
             return is_cut_category(h.payload.cat) || is_suffix_category(h.payload.cat);
           }) != nullptr;
  }

  // Whether a title ends right before `pos` (总经理 + 谢镇南).
  [[nodiscard]] bool after_title(std::size_t pos) const {
    return longest_ending(pos, [](const Hit& t) { return t.payload.cat == Cat::Title; }) != nullptr;
  }

  // Whether the only word starting at `pos` that blocks a given name is a one-character suffix.
  [[nodiscard]] bool one_character_suffix(std::size_t pos) const {
    const Hit* word = longest_starting(pos, [](const Hit& h) {
      return is_cut_category(h.payload.cat) || is_suffix_category(h.payload.cat);
    });
    return word != nullptr && word->end == pos + 1 && !is_cut_category(word->payload.cat);
  }

  // 费琳 + 算了一笔账: a character before an aspect particle (了) that opens no longer word
  // (了解) is a verb, not a given name's.
  [[nodiscard]] bool verb_before_aspect(std::size_t pos) const {
    const std::size_t particle = pos + 1;
    return particle < sentence_.end && is(WordClass::Aspect, text_[particle]) &&
           longest_starting(particle, [](const Hit& h) { return h.end - h.begin > 1; }) == nullptr;
  }

  [[nodiscard]] bool person_ending(std::size_t pos) const {
    const int c = candidate_ending(pos, pos);
    return c >= 0 && candidates_[static_cast<std::size_t>(c)].type == EntityType::Person;
  }

  // Length of the name starting with the surname hit, or 0.
  [[nodiscard]] std::size_t name_length(const Hit& surname) const {
    const std::size_t given = surname.end;
    const std::size_t s = surname.end - surname.begin;
    // 褚向东: a function word (向) that ICU reads into one word with the next character opens
    // a given name of two.
    // (ICU is asked last: it is the costliest test.)
    // 总经理冀如松说: so does one between a title and a speech verb.
    if (is_name_char(given) && one_character_word(given, Cat::Stop) && is_name_char(given + 1) &&
        !blocks_given_name(given + 1) && given + 2 <= sentence_.end &&
        (given + 2 == sentence_.end || blocks_given_name(given + 2) ||
         starts_with_cat(given + 2, Cat::Speech)) &&
        ((after_title(surname.begin) && given + 2 < sentence_.end &&
          starts_with_cat(given + 2, Cat::Speech)) ||
         !word_starts_at(given + 1)))
      return s + 2;
    // 总经理谢镇南: right after a title, a one-character place word (镇) opens a given name
    // when a name character follows it.
    const bool titled_given = after_title(surname.begin) && is_name_char(given) &&
                              one_character_suffix(given) && is_name_char(given + 1) &&
                              !blocks_given_name(given + 1);
    if (!is_name_char(given) || (blocks_given_name(given) && !titled_given)) return 0;
    if (!blocks_given_name(given + 1) && !verb_before_aspect(given + 1)) return s + 2;
    // 周清和介绍: a one-character function word right before a speech verb ends the name.
    if (is_name_char(given + 1) && starts_with_cat(given + 2, Cat::Speech) &&
        longest_starting(given + 1, [](const Hit& h) { return h.end - h.begin > 1; }) == nullptr) {
      return s + 2;
    }
    return s + 1;
  }

  // 党员, 信箱, 来访: a surname character that opens an ordinary word.
  [[nodiscard]] bool starts_a_word(std::size_t pos) const {
    return longest_starting(pos, [](const Hit& h) {
             const Cat c = h.payload.cat;
             return h.end - h.begin >= 2 &&
                    (c == Cat::Generic || c == Cat::GenericCore || c == Cat::Stop ||
                     c == Cat::Title || c == Cat::Speech || c == Cat::Anaphor ||
                     c == Cat::OrgSuffix || c == Cat::InvestTrigger || c == Cat::CoopTrigger);
           }) != nullptr;
  }

  // 张明远(星河智能科技有限公司董事长): a bracket after the name that ends with a title.
  [[nodiscard]] bool office_in_brackets(std::size_t pos) const {
    if (pos >= sentence_.end || !is_open_bracket(text_[pos])) return false;
    for (std::size_t close = pos + 1; close < sentence_.end && close - pos <= 30; ++close) {
      if (!is_close_bracket(text_[close])) continue;
      return longest_ending(close, [](const Hit& h) { return h.payload.cat == Cat::Title; }) !=
             nullptr;
    }
    return false;
  }

  [[nodiscard]] bool followed_by_speech_or_title(std::size_t pos) const {
    return starts_with_cat(pos, Cat::Speech) || starts_with_cat(pos, Cat::Title);
  }

  // 王建国是公司副总经理, 李明现任园区管委会主任: an office stated after the name by a verb,
  // the clause ending in a title.
  [[nodiscard]] bool office_stated_after(std::size_t pos) const {
    constexpr std::size_t kMaxClause = 30;
    // 同时担任: an adverb may stand before the verb.
    const std::size_t adverb =
        lexicon_.classes().opening_length(WordClass::OfficeAdverb, slice(pos, sentence_.end));
    const std::size_t verb = lexicon_.classes().opening_length(WordClass::OfficeVerb,
                                                               slice(pos + adverb, sentence_.end));
    if (verb == 0) return false;
    const std::size_t clause_end = clause_end_joining_lists(
        text_, pos + adverb + verb, std::min(sentence_.end, pos + kMaxClause + 1));
    if (clause_end - pos > kMaxClause) return false;
    return longest_ending(clause_end, [](const Hit& t) { return t.payload.cat == Cat::Title; }) !=
           nullptr;
  }

  // 院长由诸葛昕担任: a name between 由 and an office verb that ends the clause.
  [[nodiscard]] bool office_given_to(std::size_t begin, std::size_t end) const {
    constexpr std::size_t kShortestVerb = 2;  // 担任, 兼任; not 是
    if (begin == sentence_.begin || !is(WordClass::AgentMarker, text_[begin - 1])) return false;
    const std::size_t verb =
        lexicon_.classes().opening_length(WordClass::OfficeVerb, slice(end, sentence_.end));
    return verb >= kShortestVerb &&
           (end + verb == sentence_.end || is_break_punct(text_[end + verb]));
  }

  void add_persons() {
    if (block_kind_ == BlockKind::Byline) {
      add_byline_persons(sentence_.begin, sentence_.end);
      return;
    }
    for (const Hit& h : hits_.all()) {
      if (h.payload.cat != Cat::Surname) continue;
      // 董事长孙伯涛: a title that ends inside a two-character surname (长孙) leaves the name
      // to the one-character surname after it.
      if (h.end - h.begin == 2 && longest_ending(h.begin + 1, [&h](const Hit& t) {
                                    return t.payload.cat == Cat::Title && t.begin < h.begin;
                                  }) != nullptr)
        continue;
      const std::size_t len = name_length(h);
      if (len == 0 || starts_a_word(h.begin)) continue;
      const std::size_t end = h.begin + len;
      const bool titled = after_title(h.begin);
      // A name before it bounds a person's name, but not a place (湖南蓝岳总经理: a firm
      // called by its province and trade name).
      const int name_before = candidate_ending(h.begin, h.begin);
      const bool boundary_before =
          h.begin == sentence_.begin || is_break_punct(text_[h.begin - 1]) ||
          (name_before >= 0 &&
           candidates_[static_cast<std::size_t>(name_before)].type != EntityType::Location) ||
          longest_ending(h.begin, [](const Hit& x) {
            return x.payload.cat == Cat::CompanySuffix || x.payload.cat == Cat::OrgSuffix;
          }) != nullptr;
      // 都, 和 are surnames and function words: such a name needs a speech verb after it,
      // and right after a person's name 和 joins two persons (王刚和李明).
      const bool function_word = longest_starting(h.begin, [&](const Hit& w) {
                                   return w.payload.cat == Cat::Stop && w.end == h.end;
                                 }) != nullptr;
      // A measure word (项, 位) counts only after a numeral: after a title or 的 it is a
      // surname (总经理项一鸣是…, 今年56岁的项振鹏同时担任…).
      const bool measure_as_surname =
          function_word && is(WordClass::Measure, text_[h.begin]) &&
          (titled || (h.begin > sentence_.begin && text_[h.begin - 1] == U'的'));
      if (function_word && !measure_as_surname && !starts_with_cat(end, Cat::Speech)) continue;
      if (function_word && person_ending(h.begin)) continue;
      // 王刚和李明介绍: the second of two persons joined by 和, 与 or 及.
      const Hit* connector =
          longest_ending(h.begin, [](const Hit& w) { return w.payload.cat == Cat::Connector; });
      const bool joined = connector != nullptr && person_ending(connector->begin);
      // 马棚 + 村党支部书记: a village's name, with the organ's title after it.
      const bool place_word_follows =
          longest_starting(end, [](const Hit& w) {
            return w.payload.cat == Cat::LocSuffix && w.payload.level == kLocGrassroots;
          }) != nullptr;
      if (titled) {
        add(h.begin, end, EntityType::Person, 0.85, "person.after-title");
      } else if ((boundary_before || joined) && !place_word_follows &&
                 (followed_by_speech_or_title(end) || office_in_brackets(end) ||
                  office_stated_after(end))) {
        add(h.begin, end, EntityType::Person, 0.8, "person.before-speech");
      } else if (h.begin > sentence_.begin && text_[h.begin - 1] == U'的' && !place_word_follows &&
                 office_stated_after(end)) {
        // 今年56岁的项振鹏同时担任…会长: after 的, only an office stated after the name.
        add(h.begin, end, EntityType::Person, 0.8, "person.stated-office");
      } else if (office_given_to(h.begin, end)) {
        add(h.begin, end, EntityType::Person, 0.8, "person.given-office");
      }
    }
    add_unlisted_titled_names();
    add_names_before_bracketed_offices();
    add_appositive_name();
    add_dotted_names();
    add_person_lists();
    add_speaker_label();
    // Desk credits inside a page's header line: 责任编辑:言蓓  美编:邝宇.
    for (const Hit& h : hits_.all()) {
      if (h.payload.cat != Cat::Title || h.payload.level != kTitleRole ||
          h.end + 1 >= sentence_.end || text_[h.end] != U':')
        continue;
      std::size_t stop = h.end + 1;
      while (stop < sentence_.end && is_han(text_[stop])) ++stop;
      if (stop == sentence_.end || is_break_punct(text_[stop])) add_byline_persons(h.end + 1, stop);
    }
    // Inline bylines: (记者 张伟), (全媒体记者 成俊峰 唐曦 通讯员 吴豪).
    for (const Hit& h : hits_.all()) {
      if (h.payload.cat != Cat::Title || h.end >= sentence_.end || text_[h.end] != U' ') continue;
      std::size_t stop = h.end;
      while (stop < sentence_.end && !is_close_bracket(text_[stop]) && text_[stop] != U'\n') ++stop;
      // （记者 央拉）: a credit in brackets is a byline of its own.
      const bool bracketed = stop < sentence_.end && opened_bracket_before(h.begin);
      add_byline_persons(h.end, stop, bracketed);
    }
  }

  // Whether an open bracket before `pos` in the sentence is not closed before it.
  [[nodiscard]] bool opened_bracket_before(std::size_t pos) const {
    for (std::size_t k = pos; k > sentence_.begin; --k) {
      if (is_close_bracket(text_[k - 1])) return false;
      if (is_open_bracket(text_[k - 1])) return true;
    }
    return false;
  }

  // 副校长才让卓玛表示: a name between a title and a verb is a person's even when it opens
  // with no surname of our list (Tibetan, Mongolian and Uyghur names have none), as long as
  // no word of the lexicon of two characters or more lies inside it (single characters such
  // as 才, 让 are too common in such names to count).
  void add_unlisted_titled_names() {
    constexpr std::size_t kMinName = 2;
    for (const Hit& title : hits_.all()) {
      if (title.payload.cat != Cat::Title || title.end >= sentence_.end ||
          !is_han(text_[title.end]))
        continue;
      // 董事 of 董事长: the name follows the whole title.
      if (longest_starting(title.begin, [](const Hit& h) {
            return h.payload.cat == Cat::Title;
          })->end != title.end)
        continue;
      // Names that open with a listed surname are read by the rules for those, up to three
      // characters; four (巴图孟和, 普布卓玛) are read here.
      const bool surname = starts_with_cat(title.end, Cat::Surname);
      for (std::size_t length = surname ? kMaxUnlistedName : kMinName;
           length <= kMaxTransliteratedName; ++length) {
        const std::size_t end = title.end + length;
        if (end >= sentence_.end || !is_han(text_[end - 1])) break;
        // 额尔德木图, 乌云毕力格: longer names are transliterated (Mongolian, Tibetan).
        if (!name_length_fits(title.end, end)) break;
        // 钱思远在…, 祁海平则认为: a one-character function word ends no name; but a connector
        // joins no verb, so one right before a speech verb is the name's (巴图孟和说).
        if (!name_closes_at(end) ||
            (one_character_word(end - 1, Cat::Stop) &&
             !(one_character_word(end - 1, Cat::Connector) && starts_with_cat(end, Cat::Speech))))
          continue;
        bool word_inside = false;
        for (std::size_t k = title.end; k < end && !word_inside; ++k) {
          for_hits_at(k, [&](const Hit& h) { word_inside = word_inside || h.end - h.begin >= 2; });
        }
        if (!word_inside && candidate_ending(end, end) < 0)
          add(title.end, end, EntityType::Person, 0.7, "person.title-speech");
        break;
      }
    }
  }

  // ”乌云毕力格(和林格尔新区管委会副主任)表示: a name opening a clause with the office in
  // brackets after it, whatever its surname; a long one must read as transliterated.
  void add_names_before_bracketed_offices() {
    constexpr std::size_t kMinName = 2;
    for (std::size_t open = sentence_.begin + kMinName; open < sentence_.end; ++open) {
      if (text_[open] != U'(' || !office_in_brackets(open)) continue;
      std::size_t begin = open;
      while (begin > sentence_.begin && is_han(text_[begin - 1]) &&
             open - begin <= kMaxTransliteratedName)
        --begin;
      const bool opens_clause = begin == sentence_.begin || !is_han(text_[begin - 1]);
      if (!opens_clause || open - begin < kMinName || !name_length_fits(begin, open)) continue;
      if (candidate_ending(open, open) >= 0) continue;
      bool word_inside = false;
      for (std::size_t k = begin; k < open && !word_inside; ++k) {
        for_hits_at(k, [&](const Hit& h) {
          word_inside = word_inside || (h.end - h.begin >= 2 && h.payload.cat != Cat::Surname);
        });
      }
      if (!word_inside) add(begin, open, EntityType::Person, 0.7, "person.bracketed-office");
    }
  }

  // Whether [begin, end) is short enough for a name with no listed surname: four characters,
  // or six when at least half are ones the press transliterates foreign names with.
  [[nodiscard]] bool name_length_fits(std::size_t begin, std::size_t end) const {
    const std::size_t length = end - begin;
    if (length <= kMaxUnlistedName) return true;
    if (length > kMaxTransliteratedName) return false;
    std::size_t foreign = 0;
    for (std::size_t k = begin; k < end; ++k) foreign += is(WordClass::Transliteration, text_[k]);
    return 2 * foreign >= length;
  }

  // 额尔敦毕力格，哈尔滨凛测科技有限公司创始人、董事长，…: a profile opens with the name alone,
  // and after the comma the unit and the titles fill the clause. The name has no word of the
  // lexicon of two characters or more inside (a listed surname may open it).
  void add_appositive_name() {
    constexpr std::size_t kMinName = 2;
    constexpr std::size_t kMaxName = 7;
    constexpr std::size_t kMaxClause = 40;
    const std::size_t begin = sentence_.begin;
    std::size_t comma = begin;
    while (comma < sentence_.end && comma - begin <= kMaxName && is_han(text_[comma])) ++comma;
    if (comma - begin < kMinName || comma - begin > kMaxName || comma >= sentence_.end ||
        text_[comma] != U',')
      return;
    for (std::size_t k = begin; k < comma; ++k) {
      const bool word = longest_starting(k, [&](const Hit& h) {
                          return h.payload.cat != Cat::Surname && h.end - h.begin >= 2;
                        }) != nullptr;
      if (word || (k > begin && one_character_word(k, Cat::Stop))) return;
    }
    const std::size_t clause_end =
        clause_end_joining_lists(text_, comma + 1, std::min(sentence_.end, comma + kMaxClause + 1));
    if (clause_end - comma > kMaxClause || clause_end >= sentence_.end) return;
    const Hit* title = longest_ending(clause_end, [](const Hit& h) {
      return h.payload.cat == Cat::Title && h.payload.level != kTitleRole;
    });
    if (title == nullptr) return;
    const bool unit = std::any_of(hits_.all().begin(), hits_.all().end(), [&](const Hit& h) {
      const Cat c = h.payload.cat;
      return h.begin > comma && h.end <= title->begin &&
             (c == Cat::CompanySuffix || c == Cat::OrgSuffix || c == Cat::ParkSuffix ||
              c == Cat::KnownCompany || c == Cat::KnownOrg || c == Cat::NationalPark);
    });
    if (unit && candidate_ending(comma, comma) < 0)
      add(begin, comma, EntityType::Person, 0.7, "person.apposition");
  }

  // 阿依古丽·吐尔逊: a name of two parts joined by a middle dot (Uyghur, Kazakh and foreign
  // names), of two to four and two to three characters, with no word of the lexicon starting
  // inside; not two places (玉溪·顺义产业园) or a name running on into a suffix.
  void add_dotted_names() {
    constexpr std::size_t kMinPart = 2;
    constexpr std::size_t kMaxPart = kMaxDottedPart;
    constexpr std::size_t kMaxLastPart =
        kMaxDottedPart;  // 吐尔逊, 贝尔蒂尼: read on only to an edge
    auto word_starts = [&](std::size_t k) {
      return longest_starting(k, [](const Hit& h) {
               return h.payload.cat != Cat::Surname &&
                      (h.end - h.begin >= 2 || is_cut_category(h.payload.cat));
             }) != nullptr;
    };
    for (std::size_t dot = sentence_.begin + kMinPart; dot + kMinPart < sentence_.end; ++dot) {
      if (text_[dot] != U'·') continue;
      std::size_t begin = dot;
      while (begin > sentence_.begin && dot - begin < kMaxPart && is_han(text_[begin - 1]) &&
             (begin == dot ||
              !longest_ending(begin, [](const Hit& h) { return is_cut_category(h.payload.cat); })))
        --begin;
      begin = longer_first_part(begin, dot);
      std::size_t end = dot + 1;
      while (end < sentence_.end && end - dot - 1 < kMaxLastPart && is_han(text_[end]) &&
             (end == dot + 1 || !word_starts(end)))
        ++end;
      const std::size_t longer_end = longer_last_part(dot, end);
      // A fourth character (贝尔蒂尼) only where a name may end after it: 吐尔逊 + 正带着 is
      // a name and an adverb.
      if (longer_end > end) {
        end = longer_end;
      } else if (end - dot - 1 == kMaxLastPart && !dotted_name_may_end(end) &&
                 !transliterated(end - 1, end)) {
        --end;
      }
      if (dot - begin < kMinPart || end - dot - 1 < kMinPart) continue;
      bool word_inside = false;  // 签约·开工, 产学研·合作: words, not a name
      for (std::size_t k = begin; k < end && !word_inside; ++k) word_inside = word_starts(k);
      if (word_inside) continue;
      if (end < sentence_.end && is_han(text_[end]) &&
          longest_starting(end, [](const Hit& h) { return is_suffix_category(h.payload.cat); }))
        continue;
      if (lexicon_.lookup(slice(begin, dot)) != nullptr) continue;
      if (candidate_ending(end, end) < 0)
        add(begin, end, EntityType::Person, 0.75, "person.dotted");
    }
  }

  // Parts of a dotted name longer than four characters (阿卜杜萨拉木·买合木提,
  // 叶尔江·沙力木别克) are read only over characters that open no word of the lexicon, and only
  // up to a clear edge: a break, the sentence's ends, a title before, a verb or a word after.
  static constexpr std::size_t kMaxDottedPart = 4;
  static constexpr std::size_t kMaxLongDottedPart = 6;

  [[nodiscard]] bool opens_any_word(std::size_t pos) const { return word_runs_past(pos, pos); }

  // Where the first part begins, read back past `begin` (four characters before `dot`).
  [[nodiscard]] std::size_t longer_first_part(std::size_t begin, std::size_t dot) const {
    if (dot - begin != kMaxDottedPart) return begin;
    std::size_t longer = begin;
    while (longer > sentence_.begin && dot - longer < kMaxLongDottedPart &&
           is_han(text_[longer - 1]) && !opens_any_word(longer - 1))
      --longer;
    if (longer == begin) return begin;
    const bool edge =
        longer == sentence_.begin || !is_han(text_[longer - 1]) ||
        longest_ending(longer, [](const Hit& h) { return is_cut_category(h.payload.cat); });
    return edge ? longer : begin;
  }

  // Where the last part ends, read on past `end` (four characters after `dot`); `end` when
  // it does not go on.
  [[nodiscard]] std::size_t longer_last_part(std::size_t dot, std::size_t end) const {
    if (end - dot - 1 != kMaxDottedPart) return end;
    std::size_t longer = end;
    while (longer < sentence_.end && longer - dot - 1 < kMaxLongDottedPart &&
           is_han(text_[longer]) && !opens_any_word(longer))
      ++longer;
    return longer > end && (dotted_name_may_end(longer) || transliterated(end, longer)) ? longer
                                                                                        : end;
  }

  // Whether every character of [begin, end) is one the press transliterates foreign names with.
  [[nodiscard]] bool transliterated(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
      if (!is(WordClass::Transliteration, text_[k])) return false;
    }
    return true;
  }

  // Whether a dotted name may end before `pos`: a break or the sentence's end, a word of two
  // or more that cuts names, a speech verb, a verb of what officials do, or 是 and the like.
  [[nodiscard]] bool dotted_name_may_end(std::size_t pos) const {
    if (pos >= sentence_.end || !is_han(text_[pos]) || starts_with_cat(pos, Cat::Speech))
      return true;
    const auto rest = slice(pos, sentence_.end);
    return longest_starting(pos,
                            [](const Hit& h) {
                              return h.end - h.begin >= 2 && is_cut_category(h.payload.cat);
                            }) != nullptr ||
           lexicon_.classes().opens(WordClass::PersonVerb, rest) ||
           lexicon_.classes().opens(WordClass::OfficeVerb, rest);
  }

  // Whether the character at `pos` is a one-character word of `cat` (在 a function word, 和 a
  // connector).
  [[nodiscard]] bool one_character_word(std::size_t pos, Cat cat) const {
    return longest_starting(pos, [cat](const Hit& h) {
             return h.end - h.begin == 1 && h.payload.cat == cat;
           }) != nullptr;
  }

  // Whether a person's name after a title may end at `pos`: a speech verb or a verb of what
  // officials do follows (介绍, 当选, 出席: word_classes.txt), or 在 and, a few characters on,
  // a speech verb (…在开工仪式上表示), or one adverb and a speech verb (格桑曲珍则表示).
  [[nodiscard]] bool name_closes_at(std::size_t pos) const {
    constexpr std::size_t kSceneLength = 10;  // 在开工仪式上
    if (starts_with_cat(pos, Cat::Speech) ||
        lexicon_.classes().opens(WordClass::PersonVerb, slice(pos, sentence_.end)))
      return true;
    if (is_site_preposition(text_[pos])) {
      for (std::size_t k = pos + 1; k < sentence_.end && k <= pos + kSceneLength; ++k) {
        if (is_break_punct(text_[k])) return false;
        if (starts_with_cat(k, Cat::Speech)) return true;
      }
      return false;
    }
    return one_character_word(pos, Cat::Stop) && starts_with_cat(pos + 1, Cat::Speech);
  }

  // 钱思远：我们…: an interview's speaker label, a whole name opening the sentence before a
  // colon (not a place or another lexicon word: 张江：).
  void add_speaker_label() {
    const Hit* surname = longest_starting(
        sentence_.begin, [](const Hit& h) { return h.payload.cat == Cat::Surname; });
    if (surname == nullptr) return;
    const std::size_t length = name_length(*surname);
    const std::size_t end = sentence_.begin + length;
    if (length < 2 || end >= sentence_.end || text_[end] != U':') return;
    if (lexicon_.lookup(slice(sentence_.begin, end)) != nullptr) return;
    if (candidate_ending(end, end) >= 0) return;
    add(sentence_.begin, end, EntityType::Person, 0.75, "person.speaker");
  }

  // 副市长王海、李红梅、张立新等出席: names listed with 、 after a person's name are persons
  // when each is a whole name (surname and given name) closed by 、, 等, a comma or a verb.
  void add_person_lists() {
    for (std::size_t i = first_candidate_; i < candidates_.size(); ++i) {
      if (candidates_[i].type != EntityType::Person) continue;
      std::size_t pos = candidates_[i].end;
      while (pos + 2 < sentence_.end && text_[pos] == U'、') {
        const Hit* surname =
            longest_starting(pos + 1, [](const Hit& h) { return h.payload.cat == Cat::Surname; });
        if (surname == nullptr || starts_a_word(surname->begin)) break;
        const std::size_t length = name_length(*surname);
        if (length == 0) break;
        const std::size_t end = surname->begin + length;
        const bool closed = end >= sentence_.end || text_[end] == U'、' || text_[end] == U'等' ||
                            is_break_punct(text_[end]) || text_[end] == U'和' ||
                            followed_by_speech_or_title(end) || cut_word_ending(end + 1) != nullptr;
        if (!closed || candidate_ending(end, end) >= 0) break;
        add(surname->begin, end, EntityType::Person, 0.75, "person.list");
        pos = end;
      }
    }
  }

  // Space-separated names such as "周俊 潘金枝 申晖军" or "本报记者 叶伟". On a byline or
  // credit line, a name after a credit (记者, 通讯员, 责任编辑:) needs no surname from our
  // list (纳晓慧, 达丽娜), as long as it is no word the lexicon knows…
  // `credited`: [begin, end) follows a credit in brackets (（记者 央拉）), a byline of its own.
  void add_byline_persons(std::size_t begin, std::size_t end, bool credited = false) {
    std::size_t i = begin;
    const bool credit_line = credited || block_kind_ == BlockKind::Byline;
    while (i < end) {
      while (i < end && !is_han(text_[i])) ++i;
      std::size_t j = i;
      while (j < end && is_han(text_[j])) ++j;
      if (j == i) break;
      // 通讯员 阿依努尔·卡德尔: a dotted name is one person, not two.
      if (const std::size_t dotted = dotted_byline_name(i, j, end); dotted > j) {
        add(i, dotted, EntityType::Person, 0.8, "person.byline");
        i = dotted;
        continue;
      }
      const std::size_t len = j - i;
      const bool has_surname = longest_starting(i, [](const Hit& h) {
                                 return h.payload.cat == Cat::Surname;
                               }) != nullptr;
      const bool is_title =
          longest_ending(j, [i](const Hit& h) {
            return h.payload.cat == Cat::Title && h.end - h.begin >= 2 && h.begin >= i;
          }) != nullptr;
      // …nor a label before a colon (电话:, 邮箱:).
      const bool label = j < end && text_[j] == U':';
      const bool credited_name = credited && credit_line && !label &&
                                 lexicon_.lookup(slice(i, j)) == nullptr && !starts_a_word(i);
      // 记者 萨仁其木格, 通讯员 孟和巴雅尔: a credited name set off by spaces may be a long
      // Mongolian or Tibetan one.
      const bool set_off = j == end || is_space(text_[j]) || is_close_bracket(text_[j]);
      const std::size_t max_len =
          credited_name && set_off ? kMaxTransliteratedName : kMaxUnlistedName;
      if (len >= 2 && len <= max_len && (has_surname || credited_name) && !is_title) {
        add(i, j, EntityType::Person, 0.8, "person.byline");
      }
      credited = credited || is_title;
      i = j;
    }
  }

  // Where a dotted name whose first part is [begin, dot) ends in a byline, or `dot` when no
  // name of two parts of two to six characters each is there.
  [[nodiscard]] std::size_t dotted_byline_name(std::size_t begin, std::size_t dot,
                                               std::size_t end) const {
    constexpr std::size_t kMinPart = 2;
    if (dot + 1 >= end || text_[dot] != U'·' || !is_han(text_[dot + 1])) return dot;
    std::size_t last = dot + 1;
    while (last < end && is_han(text_[last])) ++last;
    const bool parts_fit = dot - begin >= kMinPart && dot - begin <= kMaxLongDottedPart &&
                           last - dot - 1 >= kMinPart && last - dot - 1 <= kMaxLongDottedPart;
    return parts_fit ? last : dot;
  }

  // --- names ending in a suffix ---------------------------------------------
  struct LeftEdge {
    std::size_t begin;
    int prefix;        ///< the outermost name composed over (the unit the name opens with)
    int nearest = -1;  ///< the first name composed over, right before the suffix
    /// Places read past after the unit, each containing the one before (心圩街道 in
    /// 心圩街道安宁社区党委), nearest first.
    std::vector<int> containing;
  };

  // `after_university`: the name may open with an organisation (a university's park).
  [[nodiscard]] bool connector_in_trade_name(const Hit& word) const {
    if (word.end - word.begin != 1 || word.begin < sentence_.begin + 1) return false;
    const bool connector = longest_ending(word.end, [&](const Hit& h) {
                             return h.payload.cat == Cat::Connector && h.begin == word.begin;
                           }) != nullptr;
    const std::size_t first = word.begin - 1;  // the one character before it
    if (!connector || !is_han(text_[first]) || cut_word_ending(word.begin) != nullptr) return false;
    if (first == sentence_.begin || is_break_punct(text_[first - 1]) ||
        one_character_word(first - 1, Cat::Connector))
      return true;  // 与钧和集团签约
    const int before = candidate_ending(first, word.begin);
    return before >= 0 &&
           candidates_[static_cast<std::size_t>(before)].type == EntityType::Location;
  }

  // Where the opening bracket is, when the bracket closing at `close` holds a place and a
  // place ends right before it; else nothing.
  [[nodiscard]] std::optional<std::size_t> bracketed_place_after_place(
      std::size_t close, std::size_t not_after) const {
    const int inside = candidate_ending(close, not_after);
    if (inside < 0) return std::nullopt;
    const Candidate& place = candidates_[static_cast<std::size_t>(inside)];
    if (place.type != EntityType::Location || place.begin < sentence_.begin + 2 ||
        !is_open_bracket(text_[place.begin - 1]))
      return std::nullopt;
    const std::size_t open = place.begin - 1;
    const int before = candidate_ending(open, not_after);
    if (before < 0 || candidates_[static_cast<std::size_t>(before)].type != EntityType::Location)
      return std::nullopt;
    return open;
  }

  // Where a country's name begins when it and a dash end right before `p` (中国—东盟…):
  // the opening of a name two sides hold together; else nothing.
  [[nodiscard]] std::optional<std::size_t> country_before_dash(std::size_t p,
                                                               EntityType type) const {
    if (type == EntityType::Location || type == EntityType::Project || p < sentence_.begin + 3)
      return std::nullopt;
    const char32_t dash = text_[p - 1];
    if (dash != U'—' && dash != U'–' && dash != U'-' && dash != U'―') return std::nullopt;
    if (!is_han(text_[p])) return std::nullopt;
    const Hit* country =
        longest_ending(p - 1, [](const Hit& h) { return h.payload.cat == Cat::Country; });
    if (country == nullptr) return std::nullopt;
    return country->begin;
  }

  std::optional<LeftEdge> left_edge(std::size_t suffix_begin, EntityType type,
                                    bool after_university = false) const {
    const std::size_t limit = type == EntityType::Project ? kMaxProjectLength : kMaxNameLength;
    const bool digits_allowed = type == EntityType::Project;
    std::size_t p = suffix_begin;
    std::size_t free_chars = 0;
    int prefix = -1;
    int nearest = -1;
    std::vector<int> containing;  // places read on past the unit, which contain it
    while (p > sentence_.begin && suffix_begin - p < limit) {
      const int before = candidate_ending(p, suffix_begin);
      if (before >= 0) {
        const Candidate& inner = candidates_[static_cast<std::size_t>(before)];
        // 原沈阳浑南城建投资有限公司 + 整体划入 + 集团: a registered name is whole; a firm's
        // name goes on past one only into a branch word (网宿科技有限公司厦门分公司).
        if (type == EntityType::Company && inner.type == EntityType::Company &&
            lexicon_.classes().closes(WordClass::RegisteredEnding, slice(inner.begin, inner.end)) &&
            !starts_with_branch_word(suffix_begin))
          return std::nullopt;
        // 瑞康微创医疗器械有限公司: a brand inside a registered name is part of it, not a parent.
        // …but 中国电信 + 四川 + 公司 is the brand's branch in a province.
        const bool branch = longest_starting(p, [suffix_begin](const Hit& h) {
                              const Cat c = h.payload.cat;
                              return h.end == suffix_begin &&
                                     (c == Cat::Province || c == Cat::City || c == Cat::County);
                            }) != nullptr;
        const bool brand_inside = type == EntityType::Company &&
                                  inner.type == EntityType::Company &&
                                  inner.rule == "lexicon.company" && !branch;
        if (brand_inside) {
          free_chars += p - inner.begin;
          p = inner.begin;
          continue;
        }
        if (!composes_over(type, inner.type)) {
          // 西安交通大学 + 国家大学科技园: a university's park is named after it.
          if (after_university && inner.type == EntityType::Organization && prefix < 0) {
            prefix = before;
            p = inner.begin;
            break;
          }
          // X有限公司赣州经开区分公司: a park between a firm and its branch word is where the
          // branch is; the firm before it is the unit.
          if (type == EntityType::Company && inner.type == EntityType::Park && prefix < 0 &&
              p == suffix_begin && starts_with_branch_word(suffix_begin)) {
            const int unit = candidate_ending(inner.begin, suffix_begin);
            if (unit >= 0 && candidates_[static_cast<std::size_t>(unit)].type == type) {
              prefix = unit;
              p = candidates_[static_cast<std::size_t>(unit)].begin;
              break;
            }
          }
          // 中关村发展集团, 苏州工业园区股份有限公司: a firm with no name of its own besides the
          // park's (nothing, or a generic word) is the park's own firm, named by the park.
          if (type == EntityType::Company && inner.type == EntityType::Park && prefix < 0 &&
              (suffix_begin - p < 2 || generic_core(p, suffix_begin))) {
            prefix = before;
            p = inner.begin;
            break;
          }
          // 湖北华越汽车零部件有限公司: a shorter guess of another kind inside this name.
          const bool guess = type == EntityType::Company && inner.rule == "name.suffix" &&
                             !is_container(inner.type);
          if (!guess || inner.begin < sentence_.begin) break;
          // 成都高新区 + 星河汽车零部(件有限公司): read on only to the park or place the guess was
          // composed over, which the firm's name then meets on its own terms.
          const std::size_t to =
              inner.prefix >= 0 &&
                      is_container(candidates_[static_cast<std::size_t>(inner.prefix)].type)
                  ? candidates_[static_cast<std::size_t>(inner.prefix)].end
                  : inner.begin;
          free_chars += p - to;
          p = to;
          continue;
        }
        const bool second_place = prefix >= 0 && scans_past(type, inner.type);
        if (second_place) break;  // 沅江市新湾镇储能电站: the nearest place is the project's
        if (prefix < 0 && p == suffix_begin) nearest = before;
        // 冷链配送中心 + 项目: a guess right before 项目 is the project's own name; read on.
        if (type == EntityType::Project && before == nearest && inner.rule == "name.suffix" &&
            inner.type != EntityType::Company && !is_container(inner.type)) {
          free_chars += p - inner.begin;
          p = inner.begin;
          continue;
        }
        prefix = before;
        p = inner.begin;
        if (type == EntityType::Project && inner.type == EntityType::Company) {
          const int place = candidate_ending(p, suffix_begin);
          if (place >= 0 &&
              candidates_[static_cast<std::size_t>(place)].type == EntityType::Location)
            p = candidates_[static_cast<std::size_t>(place)].begin;  // 云南 + 联通…数据中心
          break;
        }
        // 中南大学长沙高新区技术转移中心: a park between a body and its part.
        if (inner.type == EntityType::Park && type == EntityType::Organization) {
          const int unit = candidate_ending(p, suffix_begin);
          if (unit >= 0 && candidates_[static_cast<std::size_t>(unit)].type == type) {
            prefix = unit;
            p = candidates_[static_cast<std::size_t>(unit)].begin;
            break;
          }
        }
        // 南京大学苏州校区, 网宿科技有限公司厦门分公司: a place between a unit and its part.
        if (inner.type == EntityType::Location &&
            (type == EntityType::Organization || type == EntityType::Company)) {
          const int unit = candidate_ending(p, suffix_begin);
          if (unit >= 0 && candidates_[static_cast<std::size_t>(unit)].type == type) {
            prefix = unit;
            p = candidates_[static_cast<std::size_t>(unit)].begin;
            break;
          }
          // 深圳市 + 南山区 + 科技创新局: the places containing the first, written before it,
          // open the name too; the unit stays the nearest place (the name is composed over
          // 南山区, and 湖南省长沙市岳麓区人民政府 stands for 岳麓区).
          for (int outer = place_ending(p, suffix_begin); outer >= 0 && containing.size() < 3;
               outer = place_ending(p, suffix_begin)) {
            p = candidates_[static_cast<std::size_t>(outer)].begin;
            containing.push_back(outer);
          }
          break;
        }
        if (!scans_past(type, inner.type)) break;
        continue;
      }
      const char32_t c = text_[p - 1];
      // 深圳(哈尔滨)产业园区, 中德(沈阳)…产业园: a park two places build together names the
      // one it lies in in brackets after the other.
      if (is_close_bracket(c) && type == EntityType::Park) {
        const auto open = bracketed_place_after_place(p - 1, suffix_begin);
        if (!open) break;
        p = *open;
        continue;
      }
      if (is_close_bracket(c) && type != EntityType::Park && type != EntityType::Location) {
        std::size_t open = p - 1;
        while (open > sentence_.begin && p - open < 10 && !is_open_bracket(text_[open - 1])) --open;
        if (open == sentence_.begin || !is_open_bracket(text_[open - 1])) break;
        // 叶开泰医药(随州)有限公司: a place in brackets belongs to a name…
        const int inside = candidate_ending(p - 1, suffix_begin);
        const bool place_inside = inside >= 0 &&
                                  candidates_[static_cast<std::size_t>(inside)].begin == open &&
                                  is_container(candidates_[static_cast<std::size_t>(inside)].type);
        // 中国北方稀土(集团)高科技股份有限公司: nor does a firm's legal word.
        const bool legal_word_inside =
            type == EntityType::Company && longest_starting(open, [&](const Hit& h) {
                                             return h.payload.cat == Cat::CompanySuffix &&
                                                    h.end == p - 1;
                                           }) != nullptr;
        if (!place_inside && !legal_word_inside && !district_of_park(open, p - 1)) break;
        p = open - 1;
        continue;
      }
      // 运河数据港 ESG 创新中心: a space may set off Latin letters inside a name.
      if (c == U' ' && p >= sentence_.begin + 2 &&
          (is_ascii_alnum(text_[p]) || is_ascii_alnum(text_[p - 2])) &&
          is_han_or_latin(text_[p - 2])) {
        --p;
        continue;
      }
      // 年产1.5万吨: a decimal point inside a project's figures.
      if (digits_allowed && c == U'.' && p >= sentence_.begin + 2 && p < sentence_.end &&
          is_digit(text_[p - 2]) && is_digit(text_[p])) {
        --p;
        continue;
      }
      // 中国—东盟博览会秘书处, 中国-中亚合作论坛: a country and a dash open a name two sides
      // hold together.
      if (const auto country = country_before_dash(p, type); country) {
        p = *country;
        break;
      }
      if (is_break_punct(c) || is_open_bracket(c) || is_close_bracket(c)) break;
      if (!digits_allowed && (is_digit(c) || c == U'-' || c == U'+')) break;
      // 4名浙江大学…: a count's measure word opens no name.
      if (!digits_allowed && is(WordClass::Measure, c) && p >= sentence_.begin + 2 &&
          (is_digit(text_[p - 2]) || count_numeral(text_[p - 2])))
        break;
      // 旗下香港子公司钧岳国际(香港)有限公司: a firm's name does not open with the word for it.
      if (type == EntityType::Company && longest_ending(p, [](const Hit& h) {
                                           return h.payload.cat == Cat::SubsidiaryWord;
                                         }) != nullptr)
        break;
      // 高新区孙旗屯乡, 设在高新区丝路软件城: a bare zone word before a town or park is the
      // zone it lies in, not its name. A park's only when the zone word stands alone and the
      // park has a name of its own (航空港区生物医药产业园 keeps it).
      if (const Hit* zone = longest_ending(p,
                                           [](const Hit& h) {
                                             return h.payload.cat == Cat::ParkSuffix &&
                                                    h.payload.level == kParkZone;
                                           });
          zone != nullptr && (type == EntityType::Location ||
                              (type == EntityType::Park && bare_zone_word(*zone, suffix_begin))))
        break;
      const Hit* word = cut_word_ending(p);
      // 山西并芯微电子有限公司: a one-character function word right after a place may open the
      // trade name (not 的 or a preposition: 上海的申港化工…, 在上海…).
      if (word != nullptr && type == EntityType::Company && word->end == p &&
          word->end - word->begin == 1 && word->payload.cat == Cat::Stop &&
          !is(WordClass::NameOpener, text_[word->begin]) &&
          !is_site_preposition(text_[word->begin]) && suffix_begin - p >= 2 &&
          place_ending_at(word->begin)) {
        --p;
        ++free_chars;
        continue;
      }
      // 金称镇, 马家村: one character of a village's name may also be a function word.
      if (word != nullptr && type == EntityType::Location && word->end - word->begin == 1 &&
          free_chars < 2 && p - 1 > sentence_.begin && is_han(text_[p - 2])) {
        word = nullptr;
      }
      // 总投资7亿元的综合制剂智能化技改及冷链仓储项目: after an investment's 的, a project's
      // name may join two parts with 及 or 和.
      if (word != nullptr && type == EntityType::Project && joins_project_parts(*word)) {
        p = word->begin;
        continue;
      }
      // 常州钧和动力科技有限公司, 钧和集团: a connector after one character that follows a
      // place or opens the clause is part of a trade name; a connector joining two names
      // has a name before it.
      if (word != nullptr && type == EntityType::Company && connector_in_trade_name(*word)) {
        free_chars += p - word->begin;
        p = word->begin;
        continue;
      }
      // 重庆大学机械与运载工程学院: a college's name may join two disciplines with 与 or 和.
      if (word != nullptr && type == EntityType::Organization &&
          joins_disciplines(*word, suffix_begin)) {
        p = word->begin;
        continue;
      }
      // 重庆大学 + 生物工程学院: a word that runs across the end of a name read before it
      // (大学生) does not cut; the name is composed over.
      if (word != nullptr && prefix < 0) {
        std::size_t inner_end = 0;
        for (std::size_t q = word->begin + 1; q < p && inner_end == 0; ++q) {
          if (candidate_ending(q, suffix_begin) >= 0) inner_end = q;
        }
        if (inner_end != 0) {
          free_chars += p - inner_end;
          p = inner_end;
          continue;
        }
      }
      if (word != nullptr) {
        // 龙源开发建设公司, 生产运营中心: verbs that names hold are stepped over until the
        // name has a core of its own; any other word ends it, and so does a verb before a
        // unit the name was composed over (了解 + 苏州高新区人才公寓). A park's name holds
        // one only after an industry (集成电路设计产业园).
        const bool name_verb =
            word->payload.cat == Cat::Stop && word->payload.level == kStopNameVerb;
        const bool industry_before = longest_ending(word->begin, [](const Hit& h) {
                                       return h.payload.cat == Cat::IndustrySuffix;
                                     }) != nullptr;
        // 辽科智造产业园: a name verb that is an industry word too (智造) is the park's industry;
        // not one that is also a clause's verb of investing (建设, 投资).
        const auto word_is = [&](Cat cat) {
          return longest_starting(word->begin, [&](const Hit& h) {
                   return h.payload.cat == cat && h.end == word->end;
                 }) != nullptr;
        };
        const bool industry_itself = word_is(Cat::IndustrySuffix) && !word_is(Cat::InvestTrigger);
        if (!name_verb || prefix >= 0 ||
            (is_container(type) && !industry_before && !industry_itself))
          break;
        // A name verb right after the clause's own verb or a break is that clause's
        // (成功孵化 + 大友恒集团), not part of the name.
        const std::size_t before = word->begin;
        if (before == sentence_.begin || is_break_punct(text_[before - 1])) break;
        // 50亿元 + 建设, 1.8亿美元(约合人民币13亿元) + 建设: after an amount, the clause's.
        if (text_[before - 1] == U'元' || is_digit(text_[before - 1]) ||
            is_close_bracket(text_[before - 1]))
          break;
        // 投资 + 建设 + X生产基地: after an investment verb the building verb is the clause's;
        // so it is after the site it is built at (在西安高新区草堂科技产业基地 + 建设 + X项目).
        if (type == EntityType::Project && (after_investment_verb(before) || after_site(before)))
          break;
        // …but a function word (的储能电池…) is the name's own left edge, not a clause verb.
        if (const Hit* left = cut_word_ending(before);
            left != nullptr && !names_follow(*left) &&
            !(left->payload.cat == Cat::Stop && left->payload.level == kStopNameVerb)) {
          break;
        }
        p = word->begin;
        continue;
      }
      --p;
      ++free_chars;
    }
    // A guess read on past still names the project: it counts as what the name is built on.
    if (prefix < 0 && nearest >= 0) prefix = nearest;
    if (prefix < 0 && free_chars < min_free_chars(type)) return std::nullopt;
    if (prefix >= 0 && candidates_[static_cast<std::size_t>(prefix)].begin != p &&
        containing.empty()) {
      // Composed, then went on past it (projects): keep only if the rest is a name too.
      if (free_chars == 0) return std::nullopt;
    }
    return LeftEdge{p, prefix, nearest, std::move(containing)};
  }

  [[nodiscard]] bool starts_with_branch_word(std::size_t pos) const {
    return longest_starting(pos, [](const Hit& h) {
             return h.payload.cat == Cat::CompanySuffix && h.payload.level == kCompanyBranch;
           }) != nullptr;
  }
  [[nodiscard]] static bool is_place_hit(const Hit& h) {
    const Cat c = h.payload.cat;
    return c == Cat::Province || c == Cat::City || c == Cat::County;
  }
  [[nodiscard]] bool place_ending_at(std::size_t pos) const {
    return longest_ending(pos, is_place_hit) != nullptr;
  }

  // 心圩街道 + 安宁社区 + 党委: a village, community or town read past inside a name is where
  // the place after it lies; linked as its composition prefix, both are entities of their own.
  void link_grassroots_chain(int nearest, const std::vector<int>& containing) {
    int inner = nearest;
    for (const int outer : containing) {
      if (inner < 0) return;
      Candidate& in = candidates_[static_cast<std::size_t>(inner)];
      const Candidate& out = candidates_[static_cast<std::size_t>(outer)];
      if (in.type != EntityType::Location || in.rule != "name.suffix" || out.rule != "name.suffix")
        return;
      if (in.prefix < 0) in.prefix = outer;
      inner = outer;
    }
  }

  // The place candidate ending at `pos` (and not after `not_after`), or -1. Written right
  // before another place inside a name, a place is the one containing it (深圳市南山区).
  [[nodiscard]] int place_ending(std::size_t pos, std::size_t not_after) const {
    const int place = candidate_ending(pos, not_after);
    return place >= 0 && candidates_[static_cast<std::size_t>(place)].type == EntityType::Location
               ? place
               : -1;
  }

  // 杭州高新区(滨江): a zone run together with a district names that district in brackets
  // right after it, often by a short name the text never spells out (滨江 for 滨江区).
  [[nodiscard]] bool district_of_park(std::size_t open, std::size_t close) const {
    if (close - open < 2 || close - open > 4) return false;
    for (std::size_t i = open; i < close; ++i) {
      if (!is_han(text_[i])) return false;
    }
    const int park = candidate_ending(open - 1, close);
    return park >= 0 && candidates_[static_cast<std::size_t>(park)].type == EntityType::Park;
  }

  [[nodiscard]] bool generic_core(std::size_t b, std::size_t e) const {
    if (b >= e) return false;
    // 三片区, 两大园区: a count is no name.
    bool numerals_only = true;
    for (std::size_t i = b; i < e; ++i)
      numerals_only =
          numerals_only && (count_numeral(text_[i]) || is(WordClass::CountModifier, text_[i]));
    if (numerals_only) return true;
    // Generic when it opens with a generic word (重点, 全省, 优秀…).
    bool generic = false;
    for_hits_at(b, [&](const Hit& h) {
      const Cat c = h.payload.cat;
      if ((c == Cat::GenericCore || c == Cat::Generic) && h.end <= e) generic = true;
    });
    return generic;
  }

  // 国家乳业技术创新中心: a body's name opening with a rank (国家) and going on with a field of
  // its own, not generic words (国家重点实验室).
  [[nodiscard]] bool ranked_field(std::size_t b, std::size_t e, EntityType type) const {
    constexpr std::size_t kMinField = 2;
    if (type != EntityType::Organization) return false;
    const std::size_t rank = lexicon_.classes().opening_length(WordClass::RankWord, slice(b, e));
    if (rank == 0 || e - b - rank < kMinField || generic_throughout(b + rank, e)) return false;
    for (std::size_t k = b + rank; k < e; ++k) {
      if (cut_word_ending(k + 1) != nullptr) return false;
    }
    return true;
  }

  // Whether [b, e) is generic words from end to end (重点, 重大产业): a firm's project so
  // named is no name, but 创新药物产业化基地项目 is (创新 opens it, 药物 is no generic word).
  [[nodiscard]] bool generic_throughout(std::size_t b, std::size_t e) const {
    std::size_t at = b;
    while (at < e) {
      const Hit* word = longest_starting(at, [e](const Hit& h) {
        return (h.payload.cat == Cat::GenericCore || h.payload.cat == Cat::Generic) && h.end <= e;
      });
      if (word == nullptr) return generic_core(b, e) && at == b;
      at = word->end;
    }
    return true;
  }

  void add_suffix_names() {
    // One suffix per end position: the longest, so 研究中心 wins over 中心.
    for (std::size_t end = sentence_.begin + 1; end <= sentence_.end; ++end) {
      const Hit* suffix =
          longest_ending(end, [](const Hit& h) { return is_suffix_category(h.payload.cat); });
      if (suffix == nullptr) continue;
      // Of two suffixes of one length, a facility word (数据中心) says more than a body's.
      if (const Hit* facility = longest_ending(end, [&](const Hit& h) {
            return h.payload.cat == Cat::ProjectSuffix && h.begin == suffix->begin;
          })) {
        suffix = facility;
      }
      add_suffix_name(*suffix);
    }
  }

  // A word that runs across the end of the name's core into its suffix, or from the
  // suffix on past it, means the suffix is not one: 农村, 乡村, 部门, 董事局主席, 注册资本.
  [[nodiscard]] bool word_crosses(std::size_t core_begin, const Hit& suffix) const {
    bool crosses = false;
    for (std::size_t k = core_begin; k < suffix.end && !crosses; ++k) {
      for_hits_at(k, [&](const Hit& h) {
        const Cat c = h.payload.cat;
        const bool wordy = c == Cat::Generic || c == Cat::GenericCore || c == Cat::Stop ||
                           c == Cat::Title || c == Cat::Speech;
        if (!wordy) return;
        const bool into_suffix = suffix.end - suffix.begin == 1 && h.begin < suffix.begin &&
                                 h.end > suffix.begin && h.end <= suffix.end;
        const bool past_suffix =
            (c == Cat::Title ? h.begin < suffix.begin : h.begin <= suffix.begin) &&
            h.end > suffix.end;
        // A title may follow the organ word (党支部书记, 市委常委); only one that takes the
        // suffix's last character (大学校 + 校长) shows the suffix is misread.
        // …but 村党支部书记 after 星光村 is the village's suffix and then a title of its own.
        const bool title_after = c == Cat::Title && starts_with_cat(suffix.end, Cat::Title);
        const bool from_suffix = (c != Cat::Title || h.begin + 1 == suffix.end) && !title_after &&
                                 h.begin >= suffix.begin && h.end > suffix.end &&
                                 !word_runs_past(suffix.end, h.end);
        // 注册资本, 老城区: a generic word that takes the suffix in.
        const bool takes_suffix =
            c == Cat::Generic && h.begin < suffix.begin && h.end == suffix.end;
        if (into_suffix || past_suffix || from_suffix || takes_suffix) crosses = true;
      });
    }
    return crosses;
  }

  // Whether a word of the lexicon starts at `pos` and runs past `end`: 生物 after 大学 in
  // 工业大学生物工程学院, so 学生 there is read across two words.
  [[nodiscard]] bool word_runs_past(std::size_t pos, std::size_t end) const {
    return longest_starting(pos, [end](const Hit& h) {
             return h.end > end && h.payload.cat != Cat::Surname;
           }) != nullptr;
  }

  // Whether the place a name was composed over (`prefix`) is a province.
  [[nodiscard]] bool province_wide(int prefix) const {
    const Candidate& place = candidates_[static_cast<std::size_t>(prefix)];
    return place.type == EntityType::Location && longest_starting(place.begin, [&](const Hit& h) {
                                                   return h.payload.cat == Cat::Province &&
                                                          h.end == place.end;
                                                 }) != nullptr;
  }

  // 以区带镇, 一幅村: a village name does not open with an administrative word or a count.
  [[nodiscard]] bool grassroots_core(std::size_t b, std::size_t e) const {
    if (b >= e) return false;
    if (count_numeral(text_[e - 1])) return false;  // 赤石四镇: four towns, the last named
    for (std::size_t k = b; k < e; ++k) {
      if (starts_with_cat(k, Cat::ListEnd)) return false;  // 五常、仓前等街道: a list's end
    }
    if (is(WordClass::AdminChar, text_[b])) return false;
    if (e - b >= 2 && is(WordClass::Measure, text_[b + 1])) return false;
    // 不出村, 驻三星村: a function word or verb does not open a village's name.
    if (is_site_preposition(text_[e - 1])) return false;  // 支部建在社区
    const Hit* opening = longest_starting(b, [](const Hit& h) {
      return h.payload.cat == Cat::Stop || h.payload.cat == Cat::LocTrigger;
    });
    return opening == nullptr || opening->end - opening->begin > 1 || opening->end > e;
  }

  // 曾都经济开发区: a zone named by a two- or three-character place the lexicon lacks.
  [[nodiscard]] bool short_zone_name(const LeftEdge& edge, const Hit& suffix) const {
    if (suffix.payload.cat != Cat::ParkSuffix || suffix.payload.level != kParkZone) return false;
    // 园区, 新区 are common words: a two-character zone word needs a two-character place
    // right after a verb (撤销龙泉园区).
    if (suffix.end - suffix.begin < 3 &&
        (suffix.begin - edge.begin != 2 || cut_word_ending(edge.begin) == nullptr)) {
      return false;
    }
    const std::size_t core = suffix.begin - edge.begin;
    if (core < 2 || core > 3 || generic_core(edge.begin, suffix.begin)) return false;
    // 制造业集中示范区: the name must start where a word starts.
    if (!word_starts_at(edge.begin)) return false;
    if (longest_ending(suffix.end, [](const Hit& h) { return h.payload.cat == Cat::NationalPark; }))
      return false;  // 占玉溪高新区: the lexicon's 玉溪高新区 is the name
    for (std::size_t i = edge.begin; i < suffix.begin; ++i) {
      if (!is_han(text_[i]) || is(WordClass::Numeral, text_[i]) || is(WordClass::Ordinal, text_[i]))
        return false;
    }
    return left_boundary(edge.begin);
  }

  // “星火服务队”: a name in quotation marks is a proper name even without a named unit.
  [[nodiscard]] bool quoted_name(std::size_t begin, std::size_t end) const {
    return begin > sentence_.begin && end < sentence_.end && text_[begin - 1] == U'“' &&
           text_[end] == U'”' && end - begin <= kMaxNameLength;
  }

  [[nodiscard]] static bool needs_named_unit(const Hit& suffix) {
    if (suffix.payload.cat == Cat::LocSuffix) return false;  // 镇, 村: checked by their own rule
    if (suffix.end - suffix.begin == 1) return true;
    const auto level = suffix.payload.level;
    switch (suffix.payload.cat) {
      case Cat::OrgSuffix:
        return level == kOrgOrgan || level == kOrgUnit;
      case Cat::ParkSuffix:
        return level == kParkZone;
      default:
        return false;
    }
  }

  // 驰远电气控股60%: a firm's word before a share is the verb of holding it.
  [[nodiscard]] bool holds_a_share(const Hit& suffix) const {
    return suffix.end < sentence_.end &&
           (is_digit(text_[suffix.end]) || count_numeral(text_[suffix.end])) &&
           lexicon_.classes().has(WordClass::ShareVerb, slice(suffix.begin, suffix.end));
  }

  void add_suffix_name(const Hit& suffix) {
    // 北京国家会议中心 (a venue), 北京国际科技创新中心 (a city's strategic role): by the
    // guidelines neither is an entity.
    if (suffix.payload.cat == Cat::OrgSuffix && suffix.payload.level == kOrgNoEntity) return;
    if (holds_a_share(suffix)) return;
    const EntityType type = type_of_suffix(suffix.payload.cat);
    const bool campus =
        suffix.payload.cat == Cat::ParkSuffix && suffix.payload.level == kParkCampus;
    auto edge = left_edge(suffix.begin, type, campus);
    if (!edge || opens_with_bound_particle(edge->begin)) return;
    // 香港子公司: a branch word after a place alone names no firm (网宿科技有限公司厦门分公司,
    // after the firm, does).
    if (suffix.payload.cat == Cat::CompanySuffix && suffix.payload.level == kCompanyBranch &&
        edge->prefix >= 0) {
      const Candidate& unit = candidates_[static_cast<std::size_t>(edge->prefix)];
      if (unit.type == EntityType::Location && unit.begin == edge->begin &&
          unit.end == suffix.begin)
        return;
    }
    if (const auto verb_end = site_then_verb(*edge)) {
      // 在航空港区建设智能终端精密结构件项目: a project is named after the verb; any other
      // name would open with it.
      if (type != EntityType::Project || *verb_end >= suffix.begin) return;
      edge = LeftEdge{*verb_end, -1, -1, {}};
    }
    // A one-character suffix (局, 委, 厂), the organ or part of a unit (党委, 学院) and an
    // administrative zone (高新区) make a name only after a named unit or place: 山东省科技厅,
    // 襄阳高新区党工委, 长安大学信息工程学院, 济南高新区. Without one they are generic nouns.
    if (edge->prefix < 0 && needs_named_unit(suffix) && !short_zone_name(*edge, suffix) &&
        !(quoted_name(edge->begin, suffix.end) && suffix.end - suffix.begin >= 2 &&
          suffix.begin - edge->begin >= 2 && !is(WordClass::Numeral, text_[edge->begin]))) {
      return;
    }
    {
      const std::size_t core_begin =
          edge->prefix >= 0 ? candidates_[static_cast<std::size_t>(edge->prefix)].end : edge->begin;
      if (word_crosses(core_begin, suffix)) return;
    }
    // 多宝电缆集团股份有限公司党支部书记, 科技局党组成员: the organ of a firm or a body
    // before a title belongs to the title; only a park's organs are named on their own.
    if (suffix.payload.cat == Cat::OrgSuffix && suffix.payload.level == kOrgOrgan &&
        edge->prefix >= 0) {
      const EntityType unit = candidates_[static_cast<std::size_t>(edge->prefix)].type;
      const Hit* compound =
          longest_starting(suffix.begin, [](const Hit& h) { return h.payload.cat == Cat::Title; });
      const Hit* after =
          longest_starting(suffix.end, [](const Hit& h) { return h.payload.cat == Cat::Title; });
      // A body's organ is named on its own when an office follows (联盟党支部书记), not when
      // the organ word opens a member's title (科技局党组成员).
      const bool member_title = compound != nullptr && compound->end > suffix.end &&
                                (after == nullptr || after->payload.level == kTitleRole);
      // 国资委党委书记、主任: the body's own office after the organ's makes both the body's.
      const bool own_office_follows = after != nullptr && after->end + 1 < sentence_.end &&
                                      text_[after->end] == U'、' &&
                                      starts_with_cat(after->end + 1, Cat::Title);
      if (unit == EntityType::Company && (compound != nullptr || after != nullptr)) return;
      if (unit == EntityType::Organization && (member_title || own_office_follows)) return;
    }
    std::size_t begin = edge->begin;
    const bool composed = edge->prefix >= 0;
    const std::size_t core_begin =
        composed ? candidates_[static_cast<std::size_t>(edge->prefix)].end : begin;
    if (type == EntityType::Location) {
      if (suffix.payload.level == kLocAdmin) return;  // counties and cities come from the lexicon
      if (suffix.begin - begin > kMaxGrassrootsCore) return;
      if (!grassroots_core(begin, suffix.begin)) return;
    }
    // 运营6个算力中心: a counted kind is no name.
    if (!composed && counted(begin)) return;
    // 一直在集团负责…: a suffix right after 在 or 于 is the plain noun for the unit.
    if (!composed && type != EntityType::Project && suffix.begin > begin &&
        is_site_preposition(text_[suffix.begin - 1]))
      return;
    // 总投资…的综合制剂…项目: a project its investment introduces is named, whatever it opens with.
    const bool introduced = type == EntityType::Project && introduced_by_investment(begin);
    // “智能制造联合实验室”: quotation marks make a name of generic words.
    // (A quoted park or village word is a slogan: “数字园区”, “百强村”.)
    const bool quoted = type == EntityType::Organization && quoted_name(begin, suffix.end) &&
                        suffix.begin - begin >= 2;
    if (!composed && !introduced && !quoted && generic_core(begin, suffix.begin) &&
        !ranked_field(begin, suffix.begin, type))
      return;
    if (composed && core_begin < suffix.begin &&
        ((type == EntityType::Location && generic_core(core_begin, suffix.begin)) ||
         (type == EntityType::Project && generic_throughout(core_begin, suffix.begin)))) {
      return;
    }
    // 江苏国家级开发区, 江苏省国家级经济技术开发区: a kind of zone after a province names all
    // of them there (宁波国家高新区, after a city, is one).
    if (type == EntityType::Park && composed && province_wide(edge->prefix) &&
        lexicon_.classes().opens(WordClass::ZoneLevel, slice(core_begin, suffix.end))) {
      return;
    }
    if (type == EntityType::Park && counted(suffix.begin)) return;
    if (type == EntityType::Project && !composed && suffix.begin - begin < 2) return;  // 路网
    // 娄底项目: a bare 项目 needs a name of its own; 新湾镇储能电站 does not.
    if (type == EntityType::Project && suffix.begin - core_begin < 2 &&
        suffix.end - suffix.begin <= 2 && !(absorbs_guess(*edge) && names_a_project(suffix))) {
      return;
    }
    if (type == EntityType::Project) begin = after_quantity(begin, suffix.begin);
    if (begin >= suffix.begin) return;  // 25.1万平方米标准厂房: a quantity of a kind
    if (type == EntityType::Project && !composed && !project_evidence(begin, suffix.begin)) return;
    // 汽车零部件: a one-character suffix (部, 局, 厂) inside a longer word is no suffix; ICU's
    // dictionary knows where the word ends. (Asked last: it is the costliest test.)
    if (suffix.end - suffix.begin == 1 && suffix.end < sentence_.end && is_han(text_[suffix.end]) &&
        !word_starts_at(suffix.end)) {
      return;
    }
    int prefix = edge->prefix;
    if (type == EntityType::Project && absorbs_guess(*edge) && names_a_project(suffix)) {
      // 正威娄底电力铜基新材料产业园项目: the 产业园 was the project's name, not a park.
      Candidate& guess = candidates_[static_cast<std::size_t>(edge->nearest)];
      if (prefix == edge->nearest) prefix = guess.prefix;
      guess.confidence = 0.0;
      guess.rule = "name.absorbed";
    }
    const double confidence = composed ? 0.85 : 0.7;
    const int id = add(begin, suffix.end, type, confidence, "name.suffix", prefix);
    link_grassroots_chain(prefix, edge->containing);
    const auto word = slice(suffix.begin, suffix.end);
    candidates_[static_cast<std::size_t>(id)].government =
        type == EntityType::Organization && composed &&
        (word.back() == U'委' || word.ends_with(U"政府"));
    if (type == EntityType::Project) add_project_owner(id);
  }

  // 在贵阳高新区扩建厂房, 在合肥高新区建设研发中心: after 在 or 于 a place or park is the site
  // of the verb that follows it, not the opening of a name.
  // Returns where the verb ends, or nothing.
  [[nodiscard]] std::optional<std::size_t> site_then_verb(const LeftEdge& edge) const {
    // The site: the park or place the name was composed over, or a bare zone word the story
    // uses for its park (在航空港区建设…).
    std::size_t site_begin = 0;
    std::size_t site_end = 0;
    if (edge.prefix >= 0) {
      const Candidate& site = candidates_[static_cast<std::size_t>(edge.prefix)];
      if (site.type != EntityType::Park && site.type != EntityType::Location) return std::nullopt;
      site_begin = site.begin;
      site_end = site.end;
    } else if (const Hit* zone = longest_starting(edge.begin, [](const Hit& h) {
                 return h.payload.cat == Cat::ParkSuffix && h.payload.level == kParkZone;
               })) {
      site_begin = zone->begin;
      site_end = zone->end;
    } else {
      return std::nullopt;
    }
    if (site_begin <= sentence_.begin) return std::nullopt;
    if (!is_site_preposition(text_[site_begin - 1])) return std::nullopt;
    const Hit* verb = longest_starting(site_end, [](const Hit& h) {
      return h.payload.cat == Cat::Stop && h.payload.level != kStopFunc;
    });
    if (verb == nullptr) return std::nullopt;
    return verb->end;
  }

  // An investment verb (投资, 开工: triggers.txt) ends right before `pos`.
  // Whether `zone` (高新区) stands alone before a park with a name of its own (设在高新区丝路
  // 软件城), not as a part of a longer zone word (航空港 in 航空港区) nor before a kind of
  // park (航空港区生物医药产业园 is named by its zone).
  [[nodiscard]] bool bare_zone_word(const Hit& zone, std::size_t suffix_begin) const {
    const Hit* whole = longest_starting(zone.begin, [](const Hit& h) {
      return h.payload.cat == Cat::ParkSuffix && h.payload.level == kParkZone;
    });
    return whole != nullptr && whole->end == zone.end && opens_bare(zone.begin) &&
           !generic_core(zone.end, suffix_begin) && !opens_industry(zone.end, suffix_begin);
  }

  // Whether [b, e) opens with an industry word (生物医药产业园): it names a kind, not a park.
  [[nodiscard]] bool opens_industry(std::size_t b, std::size_t e) const {
    bool industry = false;
    for_hits_at(b, [&](const Hit& h) {
      if (h.payload.cat == Cat::IndustrySuffix && h.end <= e) industry = true;
    });
    return industry;
  }

  // Whether a word starting at `pos` stands on its own: at a clause's start or after a word
  // that ends names (设在 + 高新区).
  [[nodiscard]] bool opens_bare(std::size_t pos) const {
    return pos == sentence_.begin || is_break_punct(text_[pos - 1]) ||
           cut_word_ending(pos) != nullptr;
  }

  // Whether a place or park after 在 or 于 ends at `pos`, or a few characters before it
  // (在西安高新区 + 草堂科技产业基地): the site a clause's verb is done at.
  [[nodiscard]] bool after_site(std::size_t pos) const {
    constexpr std::size_t kSiteName = 10;  // a sub-area named after the place: 草堂科技产业基地
    std::size_t at = pos;
    while (at > sentence_.begin && pos - at < kSiteName && candidate_ending(at, pos) < 0 &&
           is_han(text_[at - 1]) && cut_word_ending(at) == nullptr)
      --at;
    for (int place = candidate_ending(at, pos);
         place >= 0 && is_container(candidates_[static_cast<std::size_t>(place)].type);
         place = candidate_ending(at, pos)) {
      at = candidates_[static_cast<std::size_t>(place)].begin;
    }
    return at < pos && at > sentence_.begin && is(WordClass::PlacePreposition, text_[at - 1]);
  }

  [[nodiscard]] bool after_investment_verb(std::size_t pos) const {
    return longest_ending(pos, [](const Hit& h) { return h.payload.cat == Cat::InvestTrigger; }) !=
           nullptr;
  }

  // 总投资7亿元的X项目, 拟投资50亿元建设X项目: an amount introduces the project after it.
  [[nodiscard]] bool introduced_by_investment(std::size_t begin) const {
    std::size_t marker = 0;
    if (begin > sentence_.begin && text_[begin - 1] == U'的') {
      marker = 1;
    } else if (const Hit* verb = longest_ending(begin, [](const Hit& h) {
                 return h.payload.cat == Cat::Stop && h.payload.level == kStopNameVerb;
               })) {
      marker = begin - verb->begin;  // 建设, 新建
    }
    if (marker == 0) return false;
    const std::size_t at = begin - marker;
    // 投资建设X生产基地, 由中国建材集团投资的X项目: an investment verb right before the
    // building verb or 的, amount or not.
    if (after_investment_verb(at)) return true;
    const auto before = slice(at > sentence_.begin + 8 ? at - 8 : sentence_.begin, at);
    return before.find(U'元') != std::u32string_view::npos;
  }

  [[nodiscard]] bool joins_project_parts(const Hit& word) const {
    const auto w = slice(word.begin, word.end);
    if (w != U"及" && w != U"和") return false;
    for (std::size_t i = word.begin; i > sentence_.begin && word.begin - i < 20; --i) {
      const char32_t c = text_[i - 1];
      if (is_break_punct(c)) return false;
      if (c == U'的') {
        const std::size_t from = i - 1 >= sentence_.begin + 8 ? i - 9 : sentence_.begin;
        return slice(from, i - 1).find(U'元') != std::u32string_view::npos;
      }
      // 投资3800万美元建设X及Y项目: the same after an amount and an investment verb, and
      // after a capacity (年产2万吨针状焦及负极材料项目).
      if (capacity_at(i - 1)) return true;
      if (const Hit* verb =
              longest_ending(i, [](const Hit& h) { return h.payload.cat == Cat::InvestTrigger; })) {
        const std::size_t from =
            verb->begin >= sentence_.begin + 8 ? verb->begin - 8 : sentence_.begin;
        return slice(from, verb->begin).ends_with(U"元");
      }
    }
    return false;
  }

  // Whether a capacity opens at `pos` (年产, 日熔量).
  [[nodiscard]] bool capacity_at(std::size_t pos) const {
    return is_han(text_[pos]) && lexicon_.classes().opening_length(WordClass::CapacityWord,
                                                                   slice(pos, sentence_.end)) > 0;
  }

  // 25.1万平方米标准厂房: a quantity is not part of a name, except a capacity (年产10万吨).
  [[nodiscard]] std::size_t after_quantity(std::size_t begin, std::size_t suffix_begin) const {
    std::size_t cut = begin;
    for (std::size_t i = begin; i < suffix_begin; ++i) {
      if (capacity_at(i)) return cut;
      if (!is_digit(text_[i])) continue;
      std::size_t j = i;
      while (j < suffix_begin && (is_digit(text_[j]) || text_[j] == U'.')) ++j;
      if (j < suffix_begin && (text_[j] == U'万' || text_[j] == U'亿' || text_[j] == U'平' ||
                               text_[j] == U'亩' || text_[j] == U'个' || text_[j] == U'吨')) {
        while (j < suffix_begin && !is_han(text_[j])) ++j;
        while (j < suffix_begin && (text_[j] == U'万' || text_[j] == U'亿' || text_[j] == U'平' ||
                                    text_[j] == U'方' || text_[j] == U'米' || text_[j] == U'亩' ||
                                    text_[j] == U'个' || text_[j] == U'吨' || text_[j] == U'元')) {
          ++j;
        }
        cut = j;
      }
      i = j;
    }
    return cut;
  }

  // 项目, 工程: words that turn the name before them into a project's name.
  [[nodiscard]] bool names_a_project(const Hit& suffix) const {
    return lexicon_.classes().has(WordClass::ProjectHead, slice(suffix.begin, suffix.end));
  }

  [[nodiscard]] bool absorbs_guess(const LeftEdge& edge) const {
    if (edge.nearest < 0) return false;
    const Candidate& inner = candidates_[static_cast<std::size_t>(edge.nearest)];
    return inner.rule == "name.suffix" && inner.type != EntityType::Location;
  }

  // A project without a named owner or place needs a name of its own: a capacity
  // (年产10万吨), a code (1580), or a name introduced by its investment (总投资…的X项目).
  // A count ends right before `pos` (6个, 两家, 十余座).
  [[nodiscard]] bool counted(std::size_t pos) const {
    if (pos < sentence_.begin + 2 || !is(WordClass::Measure, text_[pos - 1])) return false;
    const char32_t n = text_[pos - 2];
    return is_digit(n) || count_numeral(n);
  }

  // Digits at `pos` followed by a date or count word (2025年, 3个, 两批): no part of a name.
  [[nodiscard]] bool opens_with_count(std::size_t pos) const {
    std::size_t j = pos;
    while (j < sentence_.end && (is_digit(text_[j]) || text_[j] == U'.')) ++j;
    return j == sentence_.end || is(WordClass::DateWord, text_[j]) ||
           is(WordClass::Measure, text_[j]);
  }

  [[nodiscard]] bool project_evidence(std::size_t begin, std::size_t suffix_begin) const {
    if (begin >= suffix_begin) return false;
    // 总投资25亿元的12英寸晶圆封测项目: a measure opens the name (12英寸, 28纳米, 5G); a date
    // or a count (2025年, 3个) does not, and needs no name of its own.
    if (is_digit(text_[begin])) return introduced_by_investment(begin) && !opens_with_count(begin);
    if (introduced_by_investment(begin)) return true;
    if (owned_by_registered_firm(begin, suffix_begin)) return true;
    // 钢城新苑二期: a phase names a construction project.
    if (text_.compare(suffix_begin + 1, 1, U"期") == 0 &&
        is(WordClass::Numeral, text_[suffix_begin])) {
      return suffix_begin - begin >= 2;
    }
    // 鑫星半导体项目: a firm's name, by its industry word, names the project.
    if (text_.compare(suffix_begin, 2, U"项目") == 0) {
      const Hit* industry = longest_ending(
          suffix_begin, [](const Hit& h) { return h.payload.cat == Cat::IndustrySuffix; });
      if (industry != nullptr && cut_word_ending(suffix_begin) != nullptr)
        industry = nullptr;  // 投资
      if (industry != nullptr && industry->begin >= begin + 2 &&
          !generic_core(begin, industry->begin) &&
          (begin == sentence_.begin || (text_[begin - 1] != U'等' && text_[begin - 1] != U'、'))) {
        return true;
      }
    }
    for (std::size_t i = begin; i < suffix_begin; ++i) {
      if (capacity_at(i)) return true;
      if (is_digit(text_[i]) && i > begin && !is_digit(text_[i - 1])) {
        std::size_t j = i;
        while (j < suffix_begin && is_digit(text_[j])) ++j;
        if (j == suffix_begin) return true;  // 涟钢1580项目
      }
    }
    return false;
  }

  // 宁夏鑫轴精工机械有限公司的高精密数控机床功能部件项目: a project a firm named by its
  // registered name owns, four characters or more before its head word (项目, 工程).
  [[nodiscard]] bool owned_by_registered_firm(std::size_t begin, std::size_t suffix_begin) const {
    constexpr std::size_t kMinName = 4;
    if (begin <= sentence_.begin + 1 || text_[begin - 1] != U'的' ||
        suffix_begin - begin < kMinName)
      return false;
    if (!lexicon_.classes().opens(WordClass::ProjectHead, slice(suffix_begin, sentence_.end)))
      return false;
    const int owner = candidate_ending(begin - 1, begin - 1);
    if (owner < 0) return false;
    const Candidate& firm = candidates_[static_cast<std::size_t>(owner)];
    return firm.type == EntityType::Company &&
           lexicon_.classes().closes(WordClass::RegisteredEnding, slice(firm.begin, firm.end)) &&
           !generic_core(begin, suffix_begin);
  }

  // 湖南宏旺年产96万吨…项目, 涟钢1580项目: the firm named before the capacity or number.
  void add_project_owner(int project_id) {
    const Candidate project = candidates_[static_cast<std::size_t>(project_id)];
    if (project.prefix >= 0 &&
        candidates_[static_cast<std::size_t>(project.prefix)].type == EntityType::Company) {
      candidates_[static_cast<std::size_t>(project_id)].owner = project.prefix;
      return;
    }
    // The firm's registered name may open with its province (湖南宏旺).
    const std::size_t start = project.begin;
    for (std::size_t i = start; i < project.end; ++i) {
      const bool capacity = capacity_at(i);
      if (!capacity && !is_digit(text_[i])) continue;
      if (i - start < 2 || i - start > kMaxShortFirmName + 2) return;
      for (std::size_t k = start; k < i; ++k) {
        if (!is_han(text_[k])) return;
      }
      if (text_[i - 1] == U'第') return;  // 京东方第6代: an ordinal, not a name
      if (generic_core(start, i)) return;
      const int owner = add(start, i, EntityType::Company, 0.6, "company.project-owner");
      candidates_[static_cast<std::size_t>(project_id)].owner = owner;
      return;
    }
  }

  // --- lists: 闻泰科技、贝泰妮等链主企业; 以沃森生物、维和药业为代表的…企业 -----------
  struct ListHead {
    EntityType type;
    bool typed_projects;  // 等风电项目: the modifier names a kind of project
  };

  // The head noun after 等 (…等[N个][modifier]企业/项目), or nullopt when there is none or
  // the list names categories (…等科技类项目) rather than things.
  [[nodiscard]] bool preposition_at(std::size_t pos) const {
    return longest_starting(pos,
                            [pos](const Hit& h) {
                              return h.payload.cat == Cat::Stop && h.payload.level == kStopFunc &&
                                     h.end == pos + 1;
                            }) != nullptr &&
           !starts_with_cat(pos, Cat::Connector) && !is(WordClass::Measure, text_[pos]) &&
           !is(WordClass::NameOpener, text_[pos]) &&  // 等轴承及配套企业: joins the modifier
           longest_ending(pos + 1, [pos](const Hit& h) {
             return h.payload.cat == Cat::Stop && h.begin < pos;  // 批 of 一批
           }) == nullptr;
  }

  [[nodiscard]] std::optional<ListHead> list_head(std::size_t from) const {
    if (from < sentence_.end && text_[from] == U'地') return std::nullopt;  // 湖北、河南等地
    std::size_t pos = from;
    while (pos < sentence_.end &&
           (is_digit(text_[pos]) || text_[pos] == U'余' || text_[pos] == U'多'))
      ++pos;
    if (pos > from && pos < sentence_.end &&
        (text_[pos] == U'个' || text_[pos] == U'家' || text_[pos] == U'户' || text_[pos] == U'项' ||
         text_[pos] == U'所' || text_[pos] == U'批')) {
      ++pos;
    }
    const std::size_t modifier_begin = pos;
    for (; pos < sentence_.end && pos < from + 14; ++pos) {
      if (is_break_punct(text_[pos])) return std::nullopt;
      const Hit* head =
          longest_starting(pos, [](const Hit& h) { return h.payload.cat == Cat::ListHead; });
      // 公租房、托育服务等资源优先向园区…开放: a preposition before any head word ends the
      // list's noun phrase (等互联网和信息服务业项目, 等一批…企业 go on).
      // (在建项目: a word opening the modifier modifies the head.)
      if (head == nullptr && pos > modifier_begin && preposition_at(pos)) return std::nullopt;
      if (head == nullptr) continue;
      // 等园区负责人: the head modifies a title; the list names persons.
      if (starts_with_cat(head->end, Cat::Title)) return std::nullopt;
      const auto modifier = slice(modifier_begin, pos);
      if (modifier.find(U'类') != std::u32string_view::npos) return std::nullopt;
      if (head->payload.level == 0) return std::nullopt;  // 等领域: fields, not entities
      const auto type = static_cast<EntityType>(head->payload.level - 1);
      const bool typed = type == EntityType::Project && !modifier.empty() &&
                         !generic_core(modifier_begin, pos) && modifier != U"一批";
      return ListHead{type, typed};
    }
    return std::nullopt;
  }

  void add_lists() {
    for (const Hit& h : hits_.all()) {
      if (h.payload.cat != Cat::ListEnd) continue;
      const bool representative = slice(h.begin, h.end) == U"为代表";
      const auto head =
          list_head(representative && slice(h.end, h.end + 1) == U"的" ? h.end + 1 : h.end);
      if (!head) continue;
      add_list_items(h.begin, *head, representative);
    }
  }

  [[nodiscard]] bool looks_like_project(std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e; ++i) {
      if (is_digit(text_[i])) return true;
    }
    for (std::size_t i = b; i < e; ++i) {
      if (longest_starting(i, [e](const Hit& h) {
            return (h.payload.cat == Cat::ProjectSuffix || h.payload.cat == Cat::ParkSuffix) &&
                   h.end <= e;
          }) != nullptr) {
        return true;
      }
    }
    return e - b > kMaxShortFirmName + 1;
  }

  [[nodiscard]] bool ends_in_industry(std::size_t b, std::size_t e) const {
    const Hit* s =
        longest_ending(e, [](const Hit& h) { return h.payload.cat == Cat::IndustrySuffix; });
    return s != nullptr && s->begin > b;
  }

  // Items of a list ending at `end`: spans between 、 separators; the first one starts
  // where a word, a name or punctuation stops it (以闻泰科技、贝泰妮等).
  [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> list_items(
      std::size_t end, EntityType head = EntityType::Company) const {
    std::vector<std::pair<std::size_t, std::size_t>> items;
    std::size_t item_end = end;
    while (item_end > sentence_.begin) {
      std::size_t p = item_end;
      while (p > sentence_.begin && item_end - p < kMaxListItem) {
        const char32_t c = text_[p - 1];
        if (c == U'、' || is_break_punct(c)) break;
        --p;
      }
      if (p == item_end || item_end - p >= kMaxListItem) break;
      const bool first = p == sentence_.begin || text_[p - 1] != U'、';
      if (first) p = first_item_start(p, item_end, head);
      // 远帆药业和北辰机械等: the last two items may be joined by 和 or 及 instead.
      if (const std::size_t joint = item_joint(p, item_end); joint != 0) {
        items.emplace_back(joint + 1, item_end);
        item_end = joint;
      }
      if (p < item_end) items.emplace_back(p, item_end);
      if (first) break;
      item_end = p - 1;
    }
    return items;
  }

  // Where 和 or 及 joins two items of a list inside [b, e): a connector ICU reads as a word
  // of its own, with two characters or more on either side; or 0.
  [[nodiscard]] std::size_t item_joint(std::size_t b, std::size_t e) const {
    constexpr std::size_t kMinItem = 2;
    for (std::size_t k = b + kMinItem; k + kMinItem < e; ++k) {
      const Hit* connector = longest_starting(
          k, [](const Hit& h) { return h.end - h.begin == 1 && h.payload.cat == Cat::Connector; });
      if (connector != nullptr && standalone(*connector) && word_starts_near(k + 1)) return k;
    }
    return 0;
  }

  [[nodiscard]] std::size_t first_item_start(std::size_t floor, std::size_t end,
                                             EntityType head) const {
    // 星河微电子有限公司、长风药业等: a name of the list's kind already read is the whole item.
    if (const int named = candidate_ending(end, end); named >= 0) {
      const Candidate& c = candidates_[static_cast<std::size_t>(named)];
      if (c.type == head && c.begin >= floor) return c.begin;
    }
    std::size_t p = end;
    while (p > floor) {
      if (candidate_ending(p, end) >= 0 && p < end) {
        const auto& c = candidates_[static_cast<std::size_t>(candidate_ending(p, end))];
        // 衡阳高新区金扬矿机: a park before a firm is its place; 云甸工业区路网 is one project.
        if (c.type == EntityType::Park && head == EntityType::Company) break;
      }
      const Hit* w = cut_word_ending(p);
      // 华为: a one-character word at the very end of an item is part of its name.
      if (w != nullptr && w->end - w->begin == 1 && end - p < 2) w = nullptr;
      if (w != nullptr && slice(w->begin, w->end) != U"及") {
        const bool name_verb = w->payload.cat == Cat::Stop && w->payload.level == kStopNameVerb;
        if (!name_verb) break;
      }
      --p;
    }
    return p;
  }

  void add_list_items(std::size_t end, ListHead head, bool representative) {
    const auto items = list_items(end, head.type);
    if (items.size() < 2 && !representative) {
      // A single item needs a 项目 or 园区 head to be trusted: 现代商贸物流园等69个项目.
      if (items.empty() || head.type == EntityType::Company) return;
    }
    for (const auto& [b, e] : items) add_list_item(b, e, head);
  }

  // 金扬矿机、通用电缆2家企业: a list closed by a count and a head noun instead of 等.
  void add_counted_lists() {
    for (std::size_t pos = sentence_.begin + 1; pos < sentence_.end; ++pos) {
      if (!is_digit(text_[pos]) || is_digit(text_[pos - 1]) || !is_han(text_[pos - 1]) ||
          text_[pos - 1] == U'等' || text_[pos - 1] == U'的') {
        continue;
      }
      const auto head = list_head(pos);
      if (!head || head->type != EntityType::Company) continue;
      const auto items = list_items(pos);
      if (items.size() < 2) continue;
      // 博世、三星、西门子等世界500强企业: a list closed by 等 is read by add_lists; its words
      // after 等 belong to no item.
      const bool closed_by_deng =
          std::any_of(hits_.all().begin(), hits_.all().end(), [&](const Hit& h) {
            return h.payload.cat == Cat::ListEnd && h.begin >= items.back().first && h.end <= pos;
          });
      if (closed_by_deng) continue;
      for (const auto& [b, e] : items) add_list_item(b, e, *head);
    }
  }

  // 下辖鹅埠、小漠、鲘门、赤石四镇: bare names listed before a count of towns, villages or
  // streets are such places.
  void add_counted_place_lists() {
    for (const Hit& h : hits_.all()) {
      if (h.payload.cat != Cat::LocSuffix || h.payload.level != kLocGrassroots) continue;
      if (h.begin < sentence_.begin + 2 || !count_numeral(text_[h.begin - 1]) ||
          !is_han(text_[h.begin - 2]))
        continue;
      if (list_items(h.begin - 1, EntityType::Location).size() < 2) continue;
      add_list_items(h.begin - 1, ListHead{EntityType::Location, false}, false);
    }
  }

  // 华润电力拟投资30亿元…, 楚光激光落户光谷: a short name ending in an industry word that
  // opens a clause and is followed (after at most an adverb: 拟, 将, 正式) by an investment,
  // cooperation or location verb is a firm's. (Not before 与 or 和: 电子信息与… is a sector.)
  void add_subject_brands() {
    constexpr std::size_t kMaxBrand = 8;
    constexpr std::size_t kAdverb = 2;
    for (std::size_t b = sentence_.begin; b < sentence_.end; ++b) {
      if (b != sentence_.begin && !is_break_punct(text_[b - 1])) continue;
      for (std::size_t e = b + 3; e <= std::min(sentence_.end, b + kMaxBrand); ++e) {
        if (!is_han(text_[e - 1])) break;
        const Hit* industry =
            longest_ending(e, [](const Hit& h) { return h.payload.cat == Cat::IndustrySuffix; });
        if (industry == nullptr || industry->begin < b + 2) continue;
        if (!brand_core(b, industry->begin)) continue;
        if (!verb_follows(e, kAdverb) && !brand_list_follows(e, kMaxListedBrands)) continue;
        if (candidate_ending(e, e) < 0 && !overlaps_candidate(b, e))
          add(b, e, EntityType::Company, 0.6, "name.subject-brand");
        break;
      }
    }
  }

  // 晨光科技、蓝岳储能落户…: after 、 at `pos` comes another such brand, and after the last
  // of them the verb.
  static constexpr int kMaxListedBrands = 6;
  [[nodiscard]] bool brand_list_follows(std::size_t pos, int items_left) const {
    constexpr std::size_t kMaxBrand = 8;
    constexpr std::size_t kAdverb = 2;
    if (items_left == 0 || pos >= sentence_.end || text_[pos] != U'、') return false;
    const std::size_t b = pos + 1;
    for (std::size_t e = b + 3; e <= std::min(sentence_.end, b + kMaxBrand); ++e) {
      if (!is_han(text_[e - 1])) return false;
      const Hit* industry =
          longest_ending(e, [](const Hit& h) { return h.payload.cat == Cat::IndustrySuffix; });
      if (industry == nullptr || industry->begin < b + 2 || !brand_core(b, industry->begin))
        continue;
      return verb_follows(e, kAdverb) || brand_list_follows(e, items_left - 1);
    }
    return false;
  }

  // A brand before an industry word: Han characters, no cut word, no generic opening.
  [[nodiscard]] bool brand_core(std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e; ++i) {
      if (!is_han(text_[i])) return false;
      if (i > b && cut_word_ending(i) != nullptr) return false;
    }
    if (lexicon_.has(slice(b, e), Cat::IndustrySuffix)) return false;  // 电力装备: a sector
    return cut_word_ending(e) == nullptr && !generic_core(b, e) &&
           longest_starting(b, [](const Hit& h) { return is_cut_category(h.payload.cat); }) ==
               nullptr;
  }

  [[nodiscard]] bool verb_follows(std::size_t pos, std::size_t adverb) const {
    for (std::size_t at = pos; at <= pos + adverb && at < sentence_.end; ++at) {
      if (at > pos && !is_han(text_[at - 1])) return false;
      const bool verb =
          longest_starting(at, [](const Hit& h) {
            const Cat c = h.payload.cat;
            return c == Cat::InvestTrigger || c == Cat::CoopTrigger || c == Cat::LocTrigger;
          }) != nullptr;
      if (verb) return true;
    }
    return false;
  }

  [[nodiscard]] bool overlaps_candidate(std::size_t b, std::size_t e) const {
    for (std::size_t i = first_candidate_; i < candidates_.size(); ++i) {
      if (candidates_[i].begin < e && b < candidates_[i].end) return true;
    }
    return false;
  }

  // 通药制药、玉圣药业、益盛药业的…: a list whose every item ends in an industry word.
  void add_industry_lists() {
    for (std::size_t pos = sentence_.begin; pos < sentence_.end; ++pos) {
      if (text_[pos] == U'、') continue;
      const std::size_t end = pos + 1;
      const Hit* industry =
          longest_ending(end, [](const Hit& h) { return h.payload.cat == Cat::IndustrySuffix; });
      if (industry == nullptr) continue;
      if (end < sentence_.end && text_[end] == U'、') continue;  // not the last item
      const bool possessive = end < sentence_.end && text_[end] == U'的';
      if (!possessive) continue;  // lists before 等 are read by add_lists
      const auto items = list_items(end);
      if (items.size() < 2) continue;
      const bool all_firms = std::all_of(items.begin(), items.end(), [&](const auto& item) {
        return item.second - item.first >= 3 && item.second - item.first <= 8 &&
               ends_in_industry(item.first, item.second);
      });
      if (!all_firms) continue;
      for (const auto& [b, e] : items) add_list_item(b, e, ListHead{EntityType::Company, false});
    }
  }

  void add_list_item(std::size_t b, std::size_t e, ListHead list) {
    if (e - b < 2) return;
    // An item that is only a kind of name (中心, 公司) is a fragment, not a name.
    if (lexicon_.lookup(slice(b, e)) != nullptr) {
      for (const auto& p : *lexicon_.lookup(slice(b, e))) {
        if (is_suffix_category(p.cat) || p.cat == Cat::Generic || p.cat == Cat::GenericCore) return;
      }
    }
    const EntityType head = list.type;
    EntityType type = head;
    if (head == EntityType::Project) {
      // Items that are only a firm's name are firms (美洋、雅致等项目), unless the
      // modifier says what kind of project they are (黄茅洲、共华等风电项目).
      const bool firm_like = ends_in_industry(b, e) && e - b <= 6;
      if (firm_like || (!list.typed_projects && !looks_like_project(b, e)))
        type = EntityType::Company;
    } else if (head == EntityType::Company && e - b > kMaxNameLength / 2) {
      return;
    }
    // A name already recognised keeps its type unless the list says it is a project.
    bool known = false;
    for (std::size_t i = first_candidate_; i < candidates_.size(); ++i) {
      Candidate& c = candidates_[i];
      if (c.begin != b || c.end != e) continue;
      if (head == EntityType::Project && type == EntityType::Project && c.type == EntityType::Park)
        c.type = EntityType::Project;
      // A known firm listed under a project head is still the firm (华为、联通等…项目).
      if (c.type == type || (c.type == EntityType::Company && head == EntityType::Project))
        c.listed = true;
      known = true;
    }
    if (known) return;
    // 收集周边中国移动: an item that ends in a known name is that name.
    for (std::size_t i = first_candidate_; i < candidates_.size(); ++i) {
      const auto& c = candidates_[i];
      if (c.end == e && c.begin > b && c.rule.substr(0, 8) == "lexicon.") return;
    }
    // 国家电网大力电工: a firm named after its known parent (a name of its own, with an industry
    // word) is an item of its own; 海信视像 is one name that opens with its parent's.
    const int prefix = candidate_starting_inside(b, e);
    if (prefix >= 0 && type == EntityType::Company &&
        candidates_[static_cast<std::size_t>(prefix)].type == EntityType::Company &&
        e - candidates_[static_cast<std::size_t>(prefix)].end >= 2) {
      const std::size_t rest = candidates_[static_cast<std::size_t>(prefix)].end;
      const bool own_name = ends_in_industry(rest, e) && e - rest >= 3;
      const std::size_t from = own_name ? rest : b;
      candidates_[static_cast<std::size_t>(add(from, e, type, 0.65, "name.list", prefix))].listed =
          true;
      return;
    }
    if (generic_core(b, e) && !(type == EntityType::Company && ends_in_industry(b, e))) return;
    candidates_[static_cast<std::size_t>(add(b, e, type, 0.7, "name.list", prefix))].listed = true;
  }

  [[nodiscard]] int candidate_starting_inside(std::size_t b, std::size_t e) const {
    int best = -1;
    for (std::size_t i = first_candidate_; i < candidates_.size(); ++i) {
      const Candidate& c = candidates_[i];
      if (c.begin == b && c.end < e &&
          (best < 0 || c.end > candidates_[static_cast<std::size_t>(best)].end)) {
        best = static_cast<int>(i);
      }
    }
    return best;
  }
};

// Keeps maximal names; names inside them survive as entities of their own when they are
// the inner name a longer one was composed over (南京大学 in 南京大学苏州校区).
void resolve_overlaps(std::vector<Candidate>& candidates) {
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = candidates[a];
    const auto& y = candidates[b];
    if (x.end - x.begin != y.end - y.begin) return x.end - x.begin > y.end - y.begin;
    if (x.confidence != y.confidence) return x.confidence > y.confidence;
    return x.begin < y.begin;
  });
  std::vector<std::size_t> accepted;
  for (const std::size_t i : order) {
    Candidate& c = candidates[i];
    if (c.confidence <= 0.0 || c.modifier) continue;  // absorbed, or only a modifier
    bool overlaps = false;
    for (const std::size_t a : accepted) {
      const Candidate& o = candidates[a];
      if (c.begin < o.end && o.begin < c.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) {
      c.accepted = true;
      accepted.push_back(i);
    }
  }
  // Inner names reachable through composition prefixes or project owners.
  for (const std::size_t a : accepted) {
    // 北京市政府 stands for 北京市: the place of a government is named with it.
    if (candidates[a].government && candidates[a].prefix >= 0) {
      candidates[static_cast<std::size_t>(candidates[a].prefix)].inner = true;
    }
    std::vector<int> stack{candidates[a].prefix, candidates[a].owner};
    while (!stack.empty()) {
      const int inner = stack.back();
      stack.pop_back();
      if (inner < 0) continue;
      Candidate& c = candidates[static_cast<std::size_t>(inner)];
      if (c.accepted || c.inner) continue;
      // Places inside names are entities when they are villages, towns or sub-districts
      // (刘集街道 in 刘集街道党工委); a city in 山东省科技厅 is not a mention of its own.
      // A project named inside a longer project's name is that project (…生产线配套项目).
      const bool part_of_project =
          c.type == EntityType::Project && candidates[a].type == EntityType::Project;
      // 贵安智算中心 in 贵安智算中心二期项目: a body guessed from its suffix inside a project's
      // name is the facility the project builds, not a body of its own.
      const bool facility = c.type == EntityType::Organization && c.rule == "name.suffix" &&
                            candidates[a].type == EntityType::Project;
      // 中关村发展集团: the park a firm is named after is no mention of the park.
      if (c.type == EntityType::Park && candidates[a].type == EntityType::Company) continue;
      if ((c.type != EntityType::Location || c.rule == "name.suffix") && !part_of_project &&
          !facility)
        c.inner = true;
      stack.push_back(c.prefix);
      stack.push_back(c.owner);
    }
  }
}

// Where each name occurs in `text`, in order, found in one pass over the text however many
// names a long page introduces: a bit per first character (modulo the filter's size) rules
// out most positions, and the names sharing the first character are compared there.
std::vector<std::vector<std::size_t>> occurrences(std::u32string_view text,
                                                  const std::vector<std::u32string>& names) {
  std::vector<std::pair<char32_t, std::size_t>> by_first;  // (first character, name index)
  std::array<std::uint64_t, 16> filter{};
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) continue;
    const char32_t first = names[i].front();
    by_first.emplace_back(first, i);
    filter[(first >> 6) & 15] |= std::uint64_t{1} << (first & 63);
  }
  std::sort(by_first.begin(), by_first.end());
  std::vector<std::vector<std::size_t>> found(names.size());
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char32_t c = text[pos];
    if (((filter[(c >> 6) & 15] >> (c & 63)) & 1) == 0) continue;
    const auto first =
        std::lower_bound(by_first.begin(), by_first.end(), std::pair<char32_t, std::size_t>(c, 0));
    for (auto it = first; it != by_first.end() && it->first == c; ++it) {
      if (text.substr(pos).starts_with(names[it->second])) found[it->second].push_back(pos);
    }
  }
  return found;
}

// A form later sentences may call a firm by, with the key it merges under (empty: the form's
// own key, which the registered name's key opens or equals).
struct FirmForm {
  std::u32string name;
  std::u32string key;
};

// Han characters only, and no word the lexicon knows (科技, 海南大学).
bool usable_form(std::u32string_view name, const LexiconIndex& lexicon) {
  return std::all_of(name.begin(), name.end(), [](char32_t c) { return is_han(c); }) &&
         lexicon.lookup(name) == nullptr;
}

// The registered name less its place and legal form (安徽华芯微电子有限公司 -> 华芯微电子), that
// less its industry word (安徽衡微量子科技股份有限公司 -> 衡微量子), and a group without its legal
// form (钱塘智控集团有限公司 -> 钱塘智控集团), when what is left is a name of its own.
void add_short_forms(std::u32string_view registered, const std::u32string& key,
                     const LexiconIndex& lexicon, std::vector<FirmForm>& out) {
  constexpr std::size_t kMinShortName = 3;  // two characters are too often a common word
  const auto usable = [&](std::u32string_view name) {
    return name.size() >= kMinShortName && name.size() < registered.size() &&
           usable_form(name, lexicon);
  };
  if (!usable(key)) return;
  out.push_back({key, {}});
  for (std::size_t cut = key.size() - 2; cut >= kMinShortName; --cut) {
    if (lexicon.has(std::u32string_view(key).substr(cut), Cat::IndustrySuffix)) {
      const std::u32string_view brand = std::u32string_view(key).substr(0, cut);
      if (usable(brand)) out.push_back({std::u32string(brand), {}});
    }
  }
  for (const std::u32string& legal : lexicon.classes().members(WordClass::LegalSuffix)) {
    if (!registered.ends_with(legal) || lexicon.classes().has(WordClass::GroupWord, legal))
      continue;
    const std::u32string_view group = registered.substr(0, registered.size() - legal.size());
    if (!lexicon.classes().closes(WordClass::GroupWord, group)) break;
    if (usable(group)) out.push_back({std::u32string(group), {}});
    // 甬芯集团 for 宁波甬芯集团有限公司: the group without its place, under the registered
    // name's key (its own would lack the place the key kept).
    const auto place =
        lexicon.opening(group, 0, group.size(), {Cat::Province, Cat::City, Cat::Country});
    if (place && usable(group.substr(place->end)))
      out.push_back({std::u32string(group.substr(place->end)), key});
    break;
  }
}

// 澜晟生物 for 天津澜晟细胞生物科技有限公司: the trade name's first two characters and one of
// the industry words the name holds further on; 海南椰航 for 海南椰航航空技术有限公司: the place
// the name opens with and the trade name's first two characters. Neither shares a key with the
// registered name, so both come with its key.
void add_trade_name_forms(std::u32string_view registered, const std::u32string& key,
                          const LexiconIndex& lexicon, std::vector<FirmForm>& out) {
  constexpr std::size_t kTradeName = 2;
  constexpr std::size_t kMaxPlace = 5;
  for (std::size_t b = kTradeName + 1; b + 2 <= key.size(); ++b) {
    for (std::size_t e = b + 2; e <= key.size(); ++e) {
      if (!lexicon.has(std::u32string_view(key).substr(b, e - b), Cat::IndustrySuffix)) continue;
      std::u32string name = key.substr(0, kTradeName) + key.substr(b, e - b);
      if (usable_form(name, lexicon)) out.push_back({std::move(name), key});
    }
  }
  // 嵩峰新材 for 河南嵩峰新材料科技股份有限公司: the key up to an industry word inside it.
  for (std::size_t e = kTradeName + 2; e < key.size(); ++e) {
    for (std::size_t b = kTradeName; b + 2 <= e; ++b) {
      if (!lexicon.has(std::u32string_view(key).substr(b, e - b), Cat::IndustrySuffix)) continue;
      std::u32string name = key.substr(0, e);
      if (usable_form(name, lexicon)) out.push_back({std::move(name), key});
      break;
    }
  }
  const auto place = lexicon.opening(registered, 0, std::min(registered.size(), kMaxPlace),
                                     {Cat::Province, Cat::City});
  if (!place || key.size() < 2 * kTradeName || !registered.substr(place->end).starts_with(key))
    return;
  std::u32string name =
      std::u32string(registered.substr(0, place->end)) + key.substr(0, kTradeName);
  if (usable_form(name, lexicon)) out.push_back({std::move(name), key});
}

std::vector<FirmForm> firm_forms(std::u32string_view registered, const LexiconIndex& lexicon) {
  std::vector<FirmForm> out;
  const std::u32string key = canonical_key(registered, EntityType::Company, lexicon);
  add_short_forms(registered, key, lexicon, out);
  add_trade_name_forms(registered, key, lexicon, out);
  return out;
}

// Every further occurrence of a person's name or a firm's short name found in one
// sentence is a mention too (马骏 introduced with his title, then 马骏表示; 安徽华芯微电子有限公司,
// then 华芯微电子董事长).
void propagate_names(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                     std::vector<Candidate>& candidates) {
  std::set<std::u32string> seen;
  std::vector<std::u32string> names;
  std::vector<EntityType> types;
  std::vector<std::u32string> keys;  // empty: the name's own key
  const auto add_name = [&](std::u32string name, EntityType type, std::u32string key = {}) {
    if (seen.insert(name).second) {
      names.push_back(std::move(name));
      types.push_back(type);
      keys.push_back(std::move(key));
    }
  };
  for (const auto& c : candidates) {
    if (!(c.accepted || c.inner) || c.end - c.begin < 2) continue;
    const std::u32string_view surface =
        std::u32string_view(doc.text).substr(c.begin, c.end - c.begin);
    if (c.accepted && (c.type == EntityType::Person || c.rule == "name.list"))
      add_name(std::u32string(surface), c.type);
    // 株洲高新区两新组织党委, later 两新组织党委; 深汕特别合作区企业服务中心, later 企业服务中心:
    // a body named over its zone is called by its own name later (not a bare organ word such
    // as 管委会, which the relation rules read).
    if (c.accepted && c.type == EntityType::Organization && c.prefix >= 0) {
      constexpr std::size_t kMinOwnName = 4;
      const Candidate& zone = candidates[static_cast<std::size_t>(c.prefix)];
      if (zone.type == EntityType::Park && zone.begin == c.begin && c.end >= zone.end + kMinOwnName)
        add_name(std::u32string(std::u32string_view(doc.text).substr(zone.end, c.end - zone.end)),
                 EntityType::Organization, canonical_key(surface, c.type, lexicon));
    }
    // A firm named inside a project's name (X有限公司年产…项目) is called by its short
    // forms later too.
    if (c.type == EntityType::Company && c.rule == "name.suffix") {
      // The longer forms first, so that one takes its span before a form it holds (华岳新材
      // before 华岳新, a brand cut inside 新材料).
      std::vector<FirmForm> forms = firm_forms(surface, lexicon);
      std::stable_sort(forms.begin(), forms.end(), [](const FirmForm& a, const FirmForm& b) {
        return a.name.size() > b.name.size();
      });
      for (auto& [name, key] : forms)
        add_name(std::move(name), EntityType::Company, std::move(key));
    }
  }
  if (names.empty()) return;
  // A firm a recogniser read under one of these forms (甬芯集团 by its group word) is the
  // registered firm's.
  std::map<std::u32string_view, std::size_t> form_index;
  for (std::size_t n = 0; n < names.size(); ++n) {
    if (types[n] == EntityType::Company && !keys[n].empty()) form_index.emplace(names[n], n);
  }
  for (auto& c : candidates) {
    if (c.type != EntityType::Company || !(c.accepted || c.inner) || !c.key.empty()) continue;
    const auto it = form_index.find(std::u32string_view(doc.text).substr(c.begin, c.end - c.begin));
    if (it != form_index.end()) c.key = keys[it->second];
  }
  TakenSpans taken = accepted_spans(candidates);
  const std::vector<std::vector<std::size_t>> found = occurrences(doc.text, names);
  // Name by name, as they were introduced: an earlier name's repeat takes its span first.
  for (std::size_t n = 0; n < names.size(); ++n) {
    const std::size_t length = names[n].size();
    for (const std::size_t pos : found[n]) {
      if (!taken.free(pos, pos + length)) continue;
      // 该院士工作站 refers back by its kind; the relation rules read it.
      if (types[n] == EntityType::Organization && pos > 0 && doc.text[pos - 1] == U'该') continue;
      // Not inside a longer run of name characters that the recognisers rejected.
      const auto sentence = sentence_at(doc.sentences, pos);
      if (sentence == doc.sentences.end()) continue;
      Candidate c;
      c.begin = pos;
      c.end = pos + length;
      c.type = types[n];
      c.confidence = 0.65;
      c.rule = "name.repeat";
      c.key = keys[n];
      c.sentence = static_cast<std::size_t>(sentence - doc.sentences.begin());
      c.accepted = true;
      candidates.push_back(c);
      taken.take(c.begin, c.end);
    }
  }
}

// Adds `name`, which opens with the firm candidate `f`'s later short form, in its sentence; the
// firm is then named inside it, as a composed name's prefix is.
void add_over_firm(Recognition& rec, std::size_t f, Candidate name) {
  name.confidence = 0.65;
  name.sentence = rec.candidates[f].sentence;
  name.accepted = true;
  rec.candidates[f].accepted = false;
  rec.candidates[f].inner = true;
  rec.candidates.push_back(std::move(name));
}

// 晟铁精密党支部与…签订协议: a firm's short name, known only once the document has been read,
// before an organ word (党支部, 工会) names the firm's body; not before a title, where the
// organ is part of the title (晟铁精密党支部书记).
void add_organ_of_named_firm(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                             Recognition& rec, std::size_t f) {
  const Candidate firm = rec.candidates[f];
  const SentenceHits& hits = rec.sentence_hits[firm.sentence];
  const auto at_end = hits.starting_at(firm.end);
  const auto organ = std::find_if(at_end.begin(), at_end.end(), [](const Hit& h) {
    return h.payload.cat == Cat::OrgSuffix && h.payload.level == kOrgOrgan && h.end - h.begin >= 2;
  });
  if (organ == at_end.end() || organ->end >= doc.sentences[firm.sentence].end) return;
  const auto after = hits.starting_at(organ->end);
  if (std::any_of(after.begin(), after.end(), [](const Hit& h) {
        return h.payload.cat == Cat::Title || h.payload.cat == Cat::OrgSuffix;
      }))
    return;
  if (!is_break_punct(doc.text[organ->end]) &&
      std::none_of(after.begin(), after.end(),
                   [](const Hit& h) { return h.payload.cat == Cat::Stop; }))
    return;  // 党支部 must end there: a function word, verb or punctuation follows
  const bool taken = std::any_of(
      rec.candidates.begin(), rec.candidates.end(),
      [&](const Candidate& c) { return c.accepted && c.begin < organ->end && c.end > firm.end; });
  if (taken) return;
  Candidate body;
  body.begin = firm.begin;
  body.end = organ->end;
  // The same body named with the firm's registered name (西藏雪域青稞生物科技有限公司党支部 for
  // 雪域青稞党支部) is this one.
  const std::u32string_view text(doc.text);
  const auto short_form = text.substr(firm.begin, firm.end - firm.begin);
  const auto organ_word = text.substr(organ->begin, organ->end - organ->begin);
  for (const Candidate& c : rec.candidates) {
    const auto surface = text.substr(c.begin, c.end - c.begin);
    if (c.type == EntityType::Company && c.rule == "name.suffix" && (c.accepted || c.inner) &&
        surface.find(short_form) != std::u32string_view::npos) {
      body.key = canonical_key(std::u32string(surface) + std::u32string(organ_word),
                               EntityType::Organization, lexicon);
      break;
    }
  }
  body.type = EntityType::Organization;
  body.rule = "name.firm-organ";
  body.prefix = static_cast<int>(f);
  add_over_firm(rec, f, body);
}

// 芯湃光子硅光芯片中试线项目: a firm's short name, known only once the document has been
// read, opening a project's name makes the firm's project. Between them only name characters:
// no function word, verb or other name (芯湃光子投资的…项目 is read by the relation rules).
void add_projects_of_named_firms(const NormalizedDocument& doc, const LexiconIndex& lexicon,
                                 Recognition& rec) {
  constexpr std::size_t kMinCore = 2;
  constexpr std::size_t kMaxCore = 12;
  const std::u32string_view text(doc.text);
  const std::size_t repeats = rec.candidates.size();
  for (std::size_t f = 0; f < repeats; ++f) {
    const Candidate firm = rec.candidates[f];
    if (firm.type != EntityType::Company || firm.rule != "name.repeat") continue;
    const SentenceHits& hits = rec.sentence_hits[firm.sentence];
    const Hit* suffix = nullptr;
    for (std::size_t pos = firm.end; pos < doc.sentences[firm.sentence].end; ++pos) {
      if (pos - firm.end > kMaxCore || !is_han(text[pos])) break;
      const auto starting = hits.starting_at(pos);
      // A verb names often hold (研发, 制造) may be the project's: 恒川软件北方研发总部项目.
      const bool wordy = std::any_of(starting.begin(), starting.end(), [](const Hit& h) {
        const Cat c = h.payload.cat;
        return (c == Cat::Stop && h.payload.level != kStopNameVerb) || c == Cat::InvestTrigger ||
               c == Cat::LocTrigger || c == Cat::Speech || c == Cat::Title || c == Cat::Connector;
      });
      const auto project_word = std::find_if(starting.begin(), starting.end(), [](const Hit& h) {
        return h.payload.cat == Cat::ProjectSuffix;
      });
      if (project_word != starting.end() && pos - firm.end >= kMinCore) {
        suffix = &*project_word;
        break;
      }
      if (wordy) break;
    }
    if (suffix == nullptr) {
      add_organ_of_named_firm(doc, lexicon, rec, f);
      continue;
    }
    const bool taken =
        std::any_of(rec.candidates.begin(), rec.candidates.end(), [&](const Candidate& c) {
          return c.accepted && c.begin < suffix->end && c.end > firm.end &&
                 !(c.type == EntityType::Project && c.end == suffix->end);
        });
    if (taken) continue;
    // A project read without its firm (硅光芯片中试线项目) gives way to the whole name.
    for (Candidate& c : rec.candidates) {
      if (c.accepted && c.type == EntityType::Project && c.end == suffix->end &&
          c.begin >= firm.end)
        c.accepted = false;
    }
    Candidate project;
    project.begin = firm.begin;
    project.end = suffix->end;
    project.type = EntityType::Project;
    project.rule = "name.firm-project";
    project.owner = static_cast<int>(f);
    add_over_firm(rec, f, project);
  }
}

}  // namespace

std::vector<int> Recognition::entities() const {
  std::vector<int> out;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (candidates[i].accepted || candidates[i].inner) out.push_back(static_cast<int>(i));
  }
  std::sort(out.begin(), out.end(), [&](int a, int b) {
    const auto& x = candidates[static_cast<std::size_t>(a)];
    const auto& y = candidates[static_cast<std::size_t>(b)];
    return std::tie(x.begin, x.end) < std::tie(y.begin, y.end);
  });
  return out;
}

Recognition recognise(const NormalizedDocument& doc, const LexiconIndex& lexicon) {
  Recognition result;
  // Every sentence's lexicon hits, once: the recognisers and the relation rules share them.
  result.sentence_hits.reserve(doc.sentences.size());
  std::set<std::uint32_t> counties_named;
  for (const Sentence& sentence : doc.sentences) {
    result.sentence_hits.emplace_back(lexicon, doc.text, sentence.begin, sentence.end);
    for (const Hit& h : result.sentence_hits.back().all()) {
      if (h.payload.cat == Cat::County && h.payload.level == kPlaceFull)
        counties_named.insert(h.payload.canonical);
    }
  }
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const BlockKind kind = doc.blocks[doc.sentences[s].block].kind;
    if (kind == BlockKind::Furniture) continue;
    std::vector<Candidate> sentence_candidates;
    SentenceRecogniser(doc, lexicon, result.sentence_hits[s], s, counties_named,
                       sentence_candidates)
        .run();
    resolve_overlaps(sentence_candidates);
    // Renumber prefix/owner links into the document-wide vector.
    const int offset = static_cast<int>(result.candidates.size());
    for (auto& c : sentence_candidates) {
      if (c.prefix >= 0) c.prefix += offset;
      if (c.owner >= 0) c.owner += offset;
      result.candidates.push_back(std::move(c));
    }
  }
  propagate_names(doc, lexicon, result.candidates);
  add_projects_of_named_firms(doc, lexicon, result);
  for (auto& c : result.candidates) {
    if (!c.key.empty()) continue;  // a short form given its full name's key
    c.key = canonical_key(std::u32string_view(doc.text).substr(c.begin, c.end - c.begin), c.type,
                          lexicon);
  }
  return result;
}

}  // namespace parkgraph::detail
