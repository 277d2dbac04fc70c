#include "lexicon_index.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <stdexcept>

#include "parkgraph/types.hpp"
#include "text.hpp"

namespace parkgraph::detail {

LexiconIndex::LexiconIndex(const Ontology& ontology) {
  load(ontology);
  freeze();
}

void LexiconIndex::FlatEdges::build(const std::unordered_map<std::uint64_t, std::uint32_t>& edges) {
  std::size_t size = 16;
  unsigned bits = 4;
  while (size < edges.size() * 2) {
    size *= 2;
    ++bits;
  }
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  shift_ = 64 - bits;
  // Four filter bits per edge: about one false "maybe" in eight for an absent edge.
  unsigned filter_bits = 6;
  while ((std::size_t{1} << filter_bits) < edges.size() * 4) ++filter_bits;
  filter_.assign((std::size_t{1} << filter_bits) / 64, 0);
  filter_shift_ = 64 - filter_bits;
  for (const auto& [key, value] : edges) {
    const std::size_t bit = filter_bit_of(key);
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }
  for (const auto& [key, value] : edges) {
    std::size_t i = slot_of(key);
    while (slots_[i].value != 0) i = (i + 1) & mask_;
    slots_[i] = {key, value};
  }
}

void LexiconIndex::freeze() {
  if (node_payloads_.size() > kNodeMask) throw std::length_error("lexicon trie too large");
  for (auto& [key, value] : edges_) {
    if (!node_payloads_[value].empty()) value |= kHasPayload;
  }
  frozen_edges_.build(edges_);
  root_children_.assign(0x10000, 0);
  for (const auto& [key, value] : edges_) {
    const auto c = static_cast<char32_t>(key & 0xFFFFFFFFu);
    if ((key >> 32) == 0 && c < root_children_.size()) root_children_[c] = value;
  }
  edges_.clear();
}

std::uint32_t LexiconIndex::intern(std::u32string name) {
  const auto [it, inserted] =
      canonical_ids_.try_emplace(name, static_cast<std::uint32_t>(canonical_.size()));
  if (inserted) canonical_.push_back(std::move(name));
  return it->second;
}

void LexiconIndex::insert(std::u32string_view key, Payload payload) {
  if (key.empty()) return;
  std::uint32_t node = 0;
  for (const char32_t c : key) {
    const auto [it, inserted] =
        edges_.try_emplace(edge_key(node, c), static_cast<std::uint32_t>(node_payloads_.size()));
    if (inserted) node_payloads_.emplace_back();
    node = it->second;
  }
  auto& payloads = node_payloads_[node];
  for (const auto& p : payloads) {
    if (p.cat == payload.cat && p.level == payload.level) return;  // first entry wins
  }
  payloads.push_back(payload);
}

namespace {

std::uint8_t level_of(Cat cat, std::string_view cls) {
  switch (cat) {
    case Cat::Title:
      return cls == "role" ? kTitleRole : kTitleOffice;
    case Cat::LocSuffix: {
      const bool grassroots = cls == "town" || cls == "township" || cls == "village" ||
                              cls == "community" || cls == "subdistrict" || cls == "grassroots" ||
                              cls == "hamlet";
      return grassroots ? kLocGrassroots : kLocAdmin;
    }
    case Cat::OrgSuffix:
      if (cls == "organ") return kOrgOrgan;
      if (cls == "edu") return kOrgEdu;
      if (cls == "assoc") return kOrgAssoc;
      if (cls == "unit") return kOrgUnit;
      if (cls == "venue" || cls == "slogan") return kOrgNoEntity;
      return kOrgGov;
    case Cat::ParkSuffix:
      if (cls == "campus") return kParkCampus;
      return cls == "zone" ? kParkZone : kParkCluster;
    case Cat::CompanySuffix:
      return cls == "branch" ? kCompanyBranch : kCompanyStrong;
    case Cat::Stop:
      if (cls == "nameverb") return kStopNameVerb;
      return cls == "verb" ? kStopVerb : kStopFunc;
    default:
      return 0;
  }
}

constexpr std::array<std::pair<std::string_view, WordClass>, kWordClassCount> kWordClassNames{{
    {"numeral", WordClass::Numeral},
    {"approximate", WordClass::Approximate},
    {"countModifier", WordClass::CountModifier},
    {"ordinal", WordClass::Ordinal},
    {"measure", WordClass::Measure},
    {"dateWord", WordClass::DateWord},
    {"direction", WordClass::Direction},
    {"adminChar", WordClass::AdminChar},
    {"nameOpener", WordClass::NameOpener},
    {"school", WordClass::School},
    {"projectHead", WordClass::ProjectHead},
    {"capital", WordClass::Capital},
    {"legalSuffix", WordClass::LegalSuffix},
    {"genericPark", WordClass::GenericParkWord},
    {"parkOrgan", WordClass::ParkOrgan},
    {"registeredEnding", WordClass::RegisteredEnding},
    {"personVerb", WordClass::PersonVerb},
    {"groupWord", WordClass::GroupWord},
    {"officeVerb", WordClass::OfficeVerb},
    {"zoneLevel", WordClass::ZoneLevel},
    {"townWord", WordClass::TownWord},
    {"governVerb", WordClass::GovernVerb},
    {"placePreposition", WordClass::PlacePreposition},
    {"foundVerb", WordClass::FoundVerb},
    {"siteVerb", WordClass::SiteVerb},
    {"jointWord", WordClass::JointWord},
    {"jointNoun", WordClass::JointNoun},
    {"partyNoun", WordClass::PartyNoun},
    {"aspect", WordClass::Aspect},
    {"agentMarker", WordClass::AgentMarker},
    {"officeModifier", WordClass::OfficeModifier},
    {"possessive", WordClass::Possessive},
    {"aliasMarker", WordClass::AliasMarker},
    {"transliteration", WordClass::Transliteration},
    {"instituteWord", WordClass::InstituteWord},
    {"officeAdverb", WordClass::OfficeAdverb},
    {"capacityWord", WordClass::CapacityWord},
    {"shareVerb", WordClass::ShareVerb},
    {"insideWord", WordClass::InsideWord},
    {"zoneOfItsOwn", WordClass::ZoneOfItsOwn},
    {"rankWord", WordClass::RankWord},
}};

WordClass word_class_named(std::string_view name) {
  for (const auto& [known, word_class] : kWordClassNames) {
    if (known == name) return word_class;
  }
  throw std::runtime_error("word_classes: unknown class '" + std::string(name) + "'");
}

double unit_factor(const LexiconEntry& entry) {
  const std::string text(entry.field(1));
  char* end = nullptr;
  const double factor = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !(factor > 0.0)) {
    throw std::runtime_error("units: '" + entry.key() + "' has no usable factor '" + text + "'");
  }
  return factor;
}

}  // namespace

void WordClasses::add(WordClass word_class, std::u32string member) {
  const auto index = static_cast<std::size_t>(word_class);
  if (member.empty()) return;
  if (firsts_[index].find(member.front()) == std::u32string::npos) firsts_[index] += member.front();
  if (member.size() == 1) singles_[index] += member.front();
  members_[index].push_back(std::move(member));
}

bool WordClasses::may_open(WordClass word_class, std::u32string_view text) const {
  return !text.empty() &&
         firsts_[static_cast<std::size_t>(word_class)].find(text.front()) != std::u32string::npos;
}

bool WordClasses::has(WordClass word_class, std::u32string_view word) const {
  const auto& members = this->members(word_class);
  return std::find(members.begin(), members.end(), word) != members.end();
}

bool WordClasses::opens(WordClass word_class, std::u32string_view text) const {
  if (!may_open(word_class, text)) return false;
  const auto& members = this->members(word_class);
  return std::any_of(members.begin(), members.end(),
                     [&](const std::u32string& m) { return text.starts_with(m); });
}

std::size_t WordClasses::opening_length(WordClass word_class, std::u32string_view text) const {
  if (!may_open(word_class, text)) return 0;
  std::size_t longest = 0;
  for (const std::u32string& m : members(word_class)) {
    if (text.starts_with(m)) longest = std::max(longest, m.size());
  }
  return longest;
}

bool WordClasses::closes(WordClass word_class, std::u32string_view text) const {
  const auto& members = this->members(word_class);
  return std::any_of(members.begin(), members.end(),
                     [&](const std::u32string& m) { return text.ends_with(m); });
}

std::size_t WordClasses::closing_length(WordClass word_class, std::u32string_view text) const {
  std::size_t longest = 0;
  for (const std::u32string& m : members(word_class)) {
    if (text.ends_with(m)) longest = std::max(longest, m.size());
  }
  return longest;
}

bool WordClasses::has(WordClass word_class, char32_t c) const {
  return singles_[static_cast<std::size_t>(word_class)].find(c) != std::u32string::npos;
}

void LexiconIndex::load(const Ontology& ontology) {
  // Places: full name and short name, both canonicalised to the full name.
  // Column 2 is a short name except in world_cities.txt, where it names the country.
  auto places = [&](std::string_view lexicon, Cat cat, bool has_short_name = true) {
    for (const auto& e : ontology.lexicon(lexicon)) {
      const std::uint32_t canon = intern(to_u32(e.key()));
      insert(to_u32(e.key()), {cat, kPlaceFull, canon});
      if (has_short_name && !e.field(2).empty())
        parent_.try_emplace(to_u32(e.key()), to_u32(e.field(2)));
      if (has_short_name && !e.field(1).empty() && e.field(1) != e.key()) {
        insert(to_u32(e.field(1)), {cat, kPlaceShort, canon});
      }
      // Column 4 of the zone lexicons: other names the press uses (光谷), split on '|'.
      for (std::string_view other = e.field(3); !other.empty();) {
        const std::size_t bar = other.find('|');
        insert(to_u32(other.substr(0, bar)), {cat, kPlaceShort, canon});
        other = bar == std::string_view::npos ? std::string_view() : other.substr(bar + 1);
      }
    }
  };
  places("provinces", Cat::Province);
  places("cities", Cat::City);
  places("counties", Cat::County);
  places("countries", Cat::Country);
  places("world_cities", Cat::City, false);
  places("national_hitech_zones", Cat::NationalPark);
  places("national_zones", Cat::NationalPark);
  places("organizations", Cat::KnownOrg);
  places("companies", Cat::KnownCompany);

  struct Simple {
    std::string_view lexicon;
    Cat cat;
  };
  const Simple simple[] = {
      {"surnames", Cat::Surname},
      {"titles", Cat::Title},
      {"org_suffixes", Cat::OrgSuffix},
      {"park_suffixes", Cat::ParkSuffix},
      {"location_suffixes", Cat::LocSuffix},
      {"project_suffixes", Cat::ProjectSuffix},
      {"generic_cores", Cat::GenericCore},
  };
  for (const auto& [lexicon, cat] : simple) {
    for (const auto& e : ontology.lexicon(lexicon)) {
      insert(to_u32(e.key()), {cat, level_of(cat, e.field(1)), 0});
    }
  }
  for (const auto& e : ontology.lexicon("company_suffixes")) {
    const Cat cat = e.field(1) == "industry" ? Cat::IndustrySuffix : Cat::CompanySuffix;
    insert(to_u32(e.key()), {cat, level_of(cat, e.field(1)), 0});
  }
  for (const auto& e : ontology.lexicon("stopwords")) {
    const Cat cat = e.field(1) == "generic" ? Cat::Generic : Cat::Stop;
    insert(to_u32(e.key()), {cat, level_of(cat, e.field(1)), 0});
  }
  for (const auto& e : ontology.lexicon("triggers")) {
    const std::string_view relation = e.field(1);
    Cat cat = Cat::Speech;
    if (relation == "locatedIn")
      cat = Cat::LocTrigger;
    else if (relation == "cooperatesWith")
      cat = Cat::CoopTrigger;
    else if (relation == "investsIn")
      cat = Cat::InvestTrigger;
    else if (relation == "listEnd")
      cat = Cat::ListEnd;
    else if (relation == "connector")
      cat = Cat::Connector;
    else if (relation == "partyCount")
      cat = Cat::PartyCount;
    else if (relation == "partOf")
      cat = Cat::SubsidiaryWord;
    const std::string_view role_name = e.field(2);
    const std::uint8_t role = role_name == "host"       ? kTriggerHost
                              : role_name == "investor" ? kTriggerInvestorRole
                                                        : kTriggerVerb;
    insert(to_u32(e.key()), {cat, role, 0});
  }
  auto typed = [&](std::string_view lexicon, Cat cat, std::uint8_t offset) {
    for (const auto& e : ontology.lexicon(lexicon)) {
      // A list head may say its items are no entities (等领域): level 0, below every type.
      if (offset > 0 && e.field(1) == "none") {
        insert(to_u32(e.key()), {cat, 0, 0});
        continue;
      }
      const auto type = parse_entity_type(e.field(1));
      if (!type) continue;
      insert(to_u32(e.key()),
             {cat, static_cast<std::uint8_t>(static_cast<int>(*type) + offset), 0});
    }
  };
  typed("list_heads", Cat::ListHead, 1);
  typed("anaphors", Cat::Anaphor, 0);

  for (const auto& e : ontology.lexicon("word_classes")) {
    classes_.add(word_class_named(e.field(1)), to_u32(e.key()));
  }
  for (const auto& e : ontology.lexicon("units")) {
    units_.push_back({to_u32(e.key()), unit_factor(e), std::string(e.field(2))});
  }
  for (const auto& e : ontology.lexicon("park_forms")) {
    park_forms_.emplace_back(to_u32(e.key()), to_u32(e.field(1)));
  }
}

SentenceHits::SentenceHits(const LexiconIndex& lexicon, std::u32string_view text, std::size_t begin,
                           std::size_t end)
    : begin_(begin), end_(end), hits_(lexicon.scan(text, begin, end)) {
  // Counting sort by start (already in order) and by end: offsets per position.
  const std::size_t n = end - begin + 1;
  start_offsets_.assign(n + 1, 0);
  end_offsets_.assign(n + 1, 0);
  for (const Hit& h : hits_) {
    ++start_offsets_[h.begin - begin + 1];
    ++end_offsets_[h.end - begin];
  }
  for (std::size_t i = 1; i <= n; ++i) start_offsets_[i] += start_offsets_[i - 1];
  std::uint32_t total = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    const std::uint32_t count = end_offsets_[i];
    end_offsets_[i] = total;
    total += count;
  }
  by_end_.resize(hits_.size());
  std::vector<std::uint32_t> fill(end_offsets_.begin(), end_offsets_.end());
  for (std::size_t i = 0; i < hits_.size(); ++i)
    by_end_[fill[hits_[i].end - begin]++] = static_cast<std::uint32_t>(i);
}

std::vector<Hit> LexiconIndex::scan(std::u32string_view text, std::size_t begin,
                                    std::size_t end) const {
  std::vector<Hit> hits;
  hits.reserve((end - begin) / 2);
  for (std::size_t start = begin; start < end; ++start) {
    std::uint32_t node = 0;
    for (std::size_t i = start; i < end; ++i) {
      node = child(node, text[i]);
      if (node == 0) break;
      if ((node & kHasPayload) == 0) continue;
      for (const auto& p : node_payloads_[node & kNodeMask]) hits.push_back({start, i + 1, p});
    }
  }
  return hits;
}

std::optional<Hit> LexiconIndex::opening(std::u32string_view text, std::size_t begin,
                                         std::size_t end, std::initializer_list<Cat> cats) const {
  std::optional<Hit> longest;
  std::uint32_t node = 0;
  for (std::size_t i = begin; i < end; ++i) {
    node = child(node, text[i]);
    if (node == 0) break;
    if ((node & kHasPayload) == 0) continue;
    for (const auto& p : node_payloads_[node & kNodeMask]) {
      if (std::find(cats.begin(), cats.end(), p.cat) != cats.end()) {
        longest = Hit{begin, i + 1, p};
        break;
      }
    }
  }
  return longest;
}

const std::vector<Payload>* LexiconIndex::lookup(std::u32string_view key) const {
  std::uint32_t node = 0;
  for (const char32_t c : key) {
    node = child(node, c);
    if (node == 0) return nullptr;
  }
  if ((node & kHasPayload) == 0) return nullptr;
  return &node_payloads_[node & kNodeMask];
}

bool LexiconIndex::has(std::u32string_view key, Cat cat) const {
  const auto* payloads = lookup(key);
  if (payloads == nullptr) return false;
  for (const auto& p : *payloads) {
    if (p.cat == cat) return true;
  }
  return false;
}

}  // namespace parkgraph::detail
