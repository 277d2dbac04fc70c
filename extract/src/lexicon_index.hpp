// One automaton over every lexicon: a trie of code points whose nodes carry what the
// key is (a place, a suffix, a stop word, ...). Scanned once per sentence.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parkgraph/ontology.hpp"

namespace parkgraph::detail {

enum class Cat : std::uint8_t {
  Province,      // 湖南省 / 湖南
  City,          // prefecture level
  County,        // county level
  Country,       // countries and world cities
  NationalPark,  // 襄阳高新技术产业开发区 / 襄阳高新区
  KnownOrg,      // 国务院, 南京大学
  KnownCompany,  // 华为, 国家电网
  Surname,
  Title,           // 书记, 副市长, 院士
  OrgSuffix,       // 党工委, 局, 大学
  CompanySuffix,   // 有限公司, 集团
  IndustrySuffix,  // 科技, 药业: ends a short brand-like company name
  ParkSuffix,      // 高新区, 产业园
  LocSuffix,       // 镇, 村, 街道
  ProjectSuffix,   // 项目, 电站, 数据中心
  Stop,            // function words and verbs: a name never extends across them
  Generic,         // generic nouns before a name: 企业, 园区, 重点项目
  GenericCore,     // words that make a suffixed phrase generic: 党群, 美丽, 综合
  Speech,          // 说, 表示, 介绍
  CoopTrigger,     // 签约, 合作
  LocTrigger,      // 位于, 落户
  InvestTrigger,   // 投资, 建设
  ListEnd,         // 等, 为代表
  ListHead,        // 企业, 项目 after 等 (level = EntityType + 1)
  Anaphor,         // 该公司, 该高新区 (level = EntityType)
  Connector,       // 与, 和, 同: joins the parties of a cooperation
  PartyCount,      // 双方, 三方, 多方: counts the parties listed before it
  SubsidiaryWord,  // 子公司, 全资子公司: the firm after it (or before 是…的) is the one before's
};

struct Payload {
  Cat cat;
  std::uint8_t level = 0;       // class within the category (see lexicon_index.cpp)
  std::uint32_t canonical = 0;  // index into LexiconIndex::canonical()
};

struct Hit {
  std::size_t begin = 0;
  std::size_t end = 0;
  Payload payload;
};

/// Small closed classes of characters and words the rules test text against
/// (word_classes.txt): counts, dates, particles, school words and the like.
enum class WordClass : std::uint8_t {
  Numeral,          ///< 一 二 两 … 百 千
  Approximate,      ///< 余 多 几 (十余个)
  CountModifier,    ///< 各 大 (各园区, 两大园区)
  Ordinal,          ///< 第
  Measure,          ///< 个 家 座 …: the measure word after a count
  DateWord,         ///< 年 月 日 号
  Direction,        ///< 东 西 南 北 中
  AdminChar,        ///< 区 县 市 …: one-character administrative words
  NameOpener,       ///< 的 之 与 和 及: a name starts after them
  School,           ///< 大学 学院 …: not placed by its name
  ProjectHead,      ///< 项目 工程 …: a project's head word
  Capital,          ///< 首都 省会 首府
  LegalSuffix,      ///< 股份有限公司 … 股份: stripped from a company's key, in file order
  GenericParkWord,  ///< 园区: names a park again after the start of its name (金阳园区)
  ParkOrgan,        ///< 党工委, 管委会: a park's organs, which name the park when bare
  RegisteredEnding,  ///< 公司: ends a firm's registered name (…有限公司), no short name
  PersonVerb,        ///< 当选, 出席: what an official named after a title goes on to do
  GroupWord,         ///< 集团: a group is called by its name without the legal form
  OfficeVerb,        ///< 是, 现任: a person's office stated after the name
  ZoneLevel,         ///< 国家级: a rank of zones, not a zone's name
  TownWord,          ///< 镇, 街道: dropped from a town's key (鹅埠镇 = 鹅埠)
  GovernVerb,        ///< 下辖: the places and parks listed after it lie in the one before
  PlacePreposition,  ///< 在, 赴: a country after it is a place, not a modifier
  FoundVerb,         ///< 设立: a firm founds a subsidiary
  SiteVerb,          ///< 揭牌, 投产: a firm that does it at a place is there
  JointWord,         ///< 合资, 共同出资: the parties before it found what follows together
  JointNoun,         ///< 合资公司: a firm two parties found together
  PartyNoun,         ///< 本地企业, 龙头企业: words describing a party before its name
  Aspect,            ///< 了: after a one-character verb (算了), which ends a name before it
  AgentMarker,       ///< 由: names who is given an office (院长由X担任)
  OfficeModifier,    ///< 首任: an office's order before its title
  Possessive,        ///< 其: the firm spoken of owns what follows (其控股子公司)
  AliasMarker,       ///< 以下简称, 又称: declares a short name for the name before it
  Transliteration,  ///< 尔, 斯, 扎: characters of foreign names as the press transliterates them
  InstituteWord,  ///< 研究所: called by its field and last character (植物研究所 → 植物所)
  OfficeAdverb,  ///< 也, 同时, 将: before an office verb (a further office after a comma)
  CapacityWord,  ///< 年产, 日熔量: opens a capacity that belongs to a project's name
  ShareVerb,     ///< 控股: a firm's word that before a share (控股60%) is the verb of holding
  InsideWord,    ///< 楼, 内: a floor or the inside of a place (在X三楼，…)
  ZoneOfItsOwn,  ///< 开发区, 新区: ends a zone that is no other zone's sub-park
  RankWord,      ///< 国家: a rank opening a body's name, named when a field follows it
};
// The last class: keep it so when adding one.
inline constexpr std::size_t kWordClassCount = static_cast<std::size_t>(WordClass::RankWord) + 1;

/// The members of every WordClass, in the order the lexicon lists them.
class WordClasses {
 public:
  void add(WordClass word_class, std::u32string member);
  [[nodiscard]] const std::vector<std::u32string>& members(WordClass word_class) const {
    return members_[static_cast<std::size_t>(word_class)];
  }
  [[nodiscard]] bool has(WordClass word_class, std::u32string_view word) const;
  [[nodiscard]] bool has(WordClass word_class, char32_t c) const;
  /// Whether `text` starts with a member (slower than has: for multi-character classes).
  [[nodiscard]] bool opens(WordClass word_class, std::u32string_view text) const;
  /// Length of the longest member `text` starts with, or 0.
  [[nodiscard]] std::size_t opening_length(WordClass word_class, std::u32string_view text) const;
  /// Whether `text` ends with a member.
  [[nodiscard]] bool closes(WordClass word_class, std::u32string_view text) const;
  /// Length of the longest member `text` ends with, or 0.
  [[nodiscard]] std::size_t closing_length(WordClass word_class, std::u32string_view text) const;

 private:
  // Whether a member may open `text`: its first character opens one (a quick test before
  // comparing members, since rules ask at most positions of a sentence).
  [[nodiscard]] bool may_open(WordClass word_class, std::u32string_view text) const;

  std::array<std::vector<std::u32string>, kWordClassCount> members_;
  std::array<std::u32string, kWordClassCount> firsts_;   ///< first characters of the members
  std::array<std::u32string, kWordClassCount> singles_;  ///< one-character members
};

/// A unit after a number (units.txt): 亿元 is 1e8 CNY.
struct UnitForm {
  std::u32string text;
  double factor = 1.0;
  std::string unit;  ///< "CNY", "m2", "mu"
};

class LexiconIndex {
 public:
  explicit LexiconIndex(const Ontology& ontology);

  /// Every lexicon key occurring in text[begin, end), as (begin, end, payload).
  [[nodiscard]] std::vector<Hit> scan(std::u32string_view text, std::size_t begin,
                                      std::size_t end) const;
  /// The longest key of one of `cats` that text[begin, end) opens with (a place a name opens
  /// with: 深圳市 in 深圳市鼎泓精密电子有限公司), or nothing.
  [[nodiscard]] std::optional<Hit> opening(std::u32string_view text, std::size_t begin,
                                           std::size_t end, std::initializer_list<Cat> cats) const;
  /// Payloads of an exact key, or empty.
  [[nodiscard]] const std::vector<Payload>* lookup(std::u32string_view key) const;
  [[nodiscard]] bool has(std::u32string_view key, Cat cat) const;
  [[nodiscard]] const std::u32string& canonical(std::uint32_t index) const {
    return canonical_[index];
  }
  /// The closed word classes (word_classes.txt).
  [[nodiscard]] const WordClasses& classes() const { return classes_; }
  /// Units of amounts, longest forms first (units.txt).
  [[nodiscard]] const std::vector<UnitForm>& units() const { return units_; }
  /// Long park words and the short forms a park's key uses, in order (park_forms.txt).
  [[nodiscard]] const std::vector<std::pair<std::u32string, std::u32string>>& park_forms() const {
    return park_forms_;
  }
  /// The place a place or a national park lies in (襄阳市 -> 湖北省), if the lexicon says.
  [[nodiscard]] const std::u32string* parent(std::u32string_view canonical_name) const {
    const auto it = parent_.find(std::u32string(canonical_name));
    return it == parent_.end() ? nullptr : &it->second;
  }

 private:
  void insert(std::u32string_view key, Payload payload);
  std::uint32_t intern(std::u32string name);
  void load(const Ontology& ontology);

  static std::uint64_t edge_key(std::uint32_t node, char32_t c) {
    return (static_cast<std::uint64_t>(node) << 32) | c;
  }
  // After freeze(), the node ids the edges lead to carry this bit when the node ends a key
  // (has payloads), so a scan reads node_payloads_ only for those: the flag comes with the
  // edge's cache line, the payload list would cost another.
  static constexpr std::uint32_t kHasPayload = 1U << 31;
  static constexpr std::uint32_t kNodeMask = kHasPayload - 1;
  /// The node `c` leads to from `flagged` (a node id, with or without kHasPayload), or 0 (the
  /// root is nobody's child). The result carries kHasPayload.
  [[nodiscard]] std::uint32_t child(std::uint32_t flagged, char32_t c) const {
    const std::uint32_t node = flagged & kNodeMask;
    if (node == 0) return c < root_children_.size() ? root_children_[c] : root_child_far(c);
    return frozen_edges_.find(edge_key(node, c));
  }
  [[nodiscard]] std::uint32_t root_child_far(char32_t c) const {
    return frozen_edges_.find(edge_key(0, c));
  }
  void freeze();

  // The trie's edges while loading; frozen into the flat tables below afterwards, since
  // scanning is a lookup per character and node.
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
  /// Open addressing with linear probing over a power-of-two table: one multiply and,
  /// mostly, one cache line per lookup. The table is megabytes, so a lookup is mostly a cache
  /// miss; and most lookups of a scan fail (the text leaves the trie). A one-hash filter of
  /// a bit per slot, small enough to stay cached, answers most of those without the table.
  class FlatEdges {
   public:
    void build(const std::unordered_map<std::uint64_t, std::uint32_t>& edges);
    [[nodiscard]] std::uint32_t find(std::uint64_t key) const {
      if (slots_.empty()) return 0;
      const std::size_t bit = filter_bit_of(key);
      if (((filter_[bit >> 6] >> (bit & 63)) & 1U) == 0) return 0;
      for (std::size_t i = slot_of(key);; i = (i + 1) & mask_) {
        const Slot& slot = slots_[i];
        if (slot.value == 0) return 0;
        if (slot.key == key) return slot.value;
      }
    }

   private:
    struct Slot {
      std::uint64_t key = 0;
      std::uint32_t value = 0;  // 0: empty
    };
    [[nodiscard]] std::size_t slot_of(std::uint64_t key) const {
      return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
    }
    [[nodiscard]] std::size_t filter_bit_of(std::uint64_t key) const {
      return static_cast<std::size_t>((key * 0xC2B2AE3D27D4EB4FULL) >> filter_shift_);
    }
    std::vector<std::uint64_t> filter_;
    unsigned filter_shift_ = 64;
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    unsigned shift_ = 64;
  };
  FlatEdges frozen_edges_;
  std::vector<std::uint32_t> root_children_;  // by code point, for the Basic Multilingual Plane
  std::vector<std::vector<Payload>> node_payloads_{1};
  std::vector<std::u32string> canonical_;
  std::unordered_map<std::u32string, std::uint32_t> canonical_ids_;
  std::unordered_map<std::u32string, std::u32string> parent_;
  WordClasses classes_;
  std::vector<UnitForm> units_;
  std::vector<std::pair<std::u32string, std::u32string>> park_forms_;
};

/// The lexicon hits of one sentence, indexed by where they start and where they end.
/// Computed once per sentence and shared by the recognisers and the relation rules.
class SentenceHits {
 public:
  SentenceHits() = default;
  SentenceHits(const LexiconIndex& lexicon, std::u32string_view text, std::size_t begin,
               std::size_t end);

  /// Every hit, ordered by start, then end, then the lexicon's order of payloads.
  [[nodiscard]] const std::vector<Hit>& all() const { return hits_; }
  /// Hits starting at `pos` (an offset into the document); empty outside the sentence.
  [[nodiscard]] std::span<const Hit> starting_at(std::size_t pos) const {
    if (pos < begin_ || pos >= end_) return {};
    const std::size_t i = pos - begin_;
    return std::span(hits_).subspan(start_offsets_[i], start_offsets_[i + 1] - start_offsets_[i]);
  }
  /// Indices into all() of the hits ending at `pos`, longest first; empty outside the
  /// sentence.
  [[nodiscard]] std::span<const std::uint32_t> ending_at(std::size_t pos) const {
    if (pos <= begin_ || pos > end_) return {};
    const std::size_t i = pos - begin_;
    return std::span(by_end_).subspan(end_offsets_[i], end_offsets_[i + 1] - end_offsets_[i]);
  }

 private:
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::vector<Hit> hits_;
  std::vector<std::uint32_t> start_offsets_;  // hits_[start_offsets_[i], start_offsets_[i+1])
  std::vector<std::uint32_t> end_offsets_;    // by_end_[end_offsets_[i], end_offsets_[i+1])
  std::vector<std::uint32_t> by_end_;
};

// Levels of Cat::Title, Cat::LocSuffix and Cat::OrgSuffix used by the recognisers.
enum TitleLevel : std::uint8_t { kTitleOffice = 0, kTitleRole = 1 };
enum LocLevel : std::uint8_t { kLocAdmin = 0, kLocGrassroots = 1 };
enum OrgLevel : std::uint8_t {
  kOrgGov = 0,
  kOrgOrgan = 1,
  kOrgEdu = 2,
  kOrgAssoc = 3,
  kOrgUnit = 4,
  kOrgNoEntity = 5  ///< venues (会展中心) and slogans (国际科技创新中心): no entity
};
enum ParkLevel : std::uint8_t {
  kParkCluster = 0,
  kParkZone = 1,
  kParkCampus = 2  ///< a university's park (大学科技园), named after the university
};
enum CompanyLevel : std::uint8_t { kCompanyStrong = 0, kCompanyBranch = 1 };
enum StopLevel : std::uint8_t { kStopFunc = 0, kStopVerb = 1, kStopNameVerb = 2 };
enum PlaceLevel : std::uint8_t { kPlaceFull = 0, kPlaceShort = 1 };
/// Roles of trigger words (triggers.txt, column 3).
enum TriggerLevel : std::uint8_t {
  kTriggerVerb = 0,          ///< verb or marker
  kTriggerHost = 1,          ///< the place before it holds what follows (打造, 引进)
  kTriggerInvestorRole = 2,  ///< names the investor after it (投资方为X)
};

}  // namespace parkgraph::detail
