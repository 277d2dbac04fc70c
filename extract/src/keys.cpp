// Canonical keys: the name under which mentions of one entity are merged.
#include "recognise.hpp"
#include "text.hpp"

namespace parkgraph::detail {
namespace {

bool ends_with(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void replace_all(std::u32string& s, std::u32string_view from, std::u32string_view to) {
  for (auto pos = s.find(from); pos != std::u32string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
}

// The full name a place or a known name stands for, if the lexicon knows it.
std::optional<std::u32string> lexicon_canonical(std::u32string_view surface,
                                                const LexiconIndex& lex,
                                                std::initializer_list<Cat> cats) {
  const auto* payloads = lex.lookup(surface);
  if (payloads == nullptr) return std::nullopt;
  for (const auto& p : *payloads) {
    for (const Cat c : cats) {
      if (p.cat == c) return lex.canonical(p.canonical);
    }
  }
  return std::nullopt;
}

// 襄阳市高新区 -> 襄阳高新区: a city's 市 inside a park or organ name is optional.
void drop_city_marker(std::u32string& key, const LexiconIndex& lex) {
  const auto shi = key.find(U'市');
  if (shi == std::u32string::npos || shi < 2 || shi + 1 >= key.size()) return;
  const std::u32string_view city = std::u32string_view(key).substr(0, shi + 1);
  if (lex.has(city, Cat::City) || lex.has(city, Cat::County)) key.erase(shi, 1);
}

// 武汉东湖高新区, 武汉光谷: a zone's short form after its own city is the zone.
std::optional<std::u32string> zone_after_its_city(std::u32string_view surface,
                                                  const LexiconIndex& lex) {
  constexpr std::size_t kLongestCity = 5;   // 呼和浩特市
  constexpr std::size_t kShortestZone = 2;  // 光谷
  for (std::size_t len = 2; len <= kLongestCity && len + kShortestZone <= surface.size(); ++len) {
    const auto city = lexicon_canonical(surface.substr(0, len), lex, {Cat::City});
    if (!city) continue;
    auto zone = lexicon_canonical(surface.substr(len), lex, {Cat::NationalPark});
    if (!zone) continue;
    const std::u32string* zone_city = lex.parent(*zone);
    if (zone_city != nullptr && *zone_city == *city) return zone;
  }
  return std::nullopt;
}

std::u32string park_key(std::u32string key, const LexiconIndex& lex) {
  for (const auto& [from, to] : lex.park_forms()) replace_all(key, from, to);
  drop_city_marker(key, lex);
  return key;
}

// Legal suffixes are stripped repeatedly, in the lexicon's order (longest first):
// 正威国际集团有限公司 -> 正威国际集团 -> 正威.
std::u32string company_key(std::u32string key, const LexiconIndex& lex) {
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (const std::u32string& suffix : lex.classes().members(WordClass::LegalSuffix)) {
      if (ends_with(key, suffix) && key.size() > suffix.size() + 1) {
        key.erase(key.size() - suffix.size());
        stripped = true;
        break;
      }
    }
  }
  // A leading province, city, county or country is part of the registered name but not of the
  // firm's identity: 云南多宝电缆 = 多宝电缆, 奉新县翠篁竹业 = 翠篁竹业, 意大利卡佩罗医疗 =
  // 卡佩罗医疗.
  for (std::size_t len = std::min<std::size_t>(key.size() - 1, 5); len >= 2; --len) {
    const auto head = std::u32string_view(key).substr(0, len);
    // …but not when the rest is a bare industry (洛阳轴承 is not 上海轴承).
    const auto rest = std::u32string_view(key).substr(len);
    const bool place = lex.has(head, Cat::Province) || lex.has(head, Cat::City) ||
                       lex.has(head, Cat::County) || lex.has(head, Cat::Country);
    if (place && rest.size() >= 3 && !lex.has(rest, Cat::IndustrySuffix)) {
      return key.substr(len);
    }
  }
  return key;
}

}  // namespace

std::u32string canonical_key(std::u32string_view surface, EntityType type,
                             const LexiconIndex& lexicon) {
  switch (type) {
    case EntityType::Location: {
      auto canon = lexicon_canonical(surface, lexicon,
                                     {Cat::Province, Cat::City, Cat::County, Cat::Country});
      if (canon) return *canon;
      // 鹅埠镇 and 鹅埠 (in 下辖鹅埠、小漠…四镇) are one town: its word is dropped.
      constexpr std::size_t kMinTownName = 2;
      for (const std::u32string& word : lexicon.classes().members(WordClass::TownWord)) {
        if (surface.size() >= word.size() + kMinTownName && surface.ends_with(word))
          return std::u32string(surface.substr(0, surface.size() - word.size()));
      }
      return std::u32string(surface);
    }
    case EntityType::Park: {
      auto canon = lexicon_canonical(surface, lexicon, {Cat::NationalPark});
      if (!canon) canon = zone_after_its_city(surface, lexicon);
      return park_key(canon ? *canon : std::u32string(surface), lexicon);
    }
    case EntityType::Organization: {
      auto canon = lexicon_canonical(surface, lexicon, {Cat::KnownOrg});
      return park_key(canon ? *canon : std::u32string(surface), lexicon);
    }
    case EntityType::Company: {
      auto canon = lexicon_canonical(surface, lexicon, {Cat::KnownCompany});
      return company_key(canon ? *canon : std::u32string(surface), lexicon);
    }
    case EntityType::Project: {
      // The longest head word (项目, 建设工程) whose removal leaves three characters or more
      // is dropped: 钢城新苑二期项目 = 钢城新苑二期.
      std::u32string key(surface);
      std::size_t head = 0;
      for (const std::u32string& word : lexicon.classes().members(WordClass::ProjectHead)) {
        if (word.size() > head && ends_with(key, word) && key.size() > word.size() + 2)
          head = word.size();
      }
      key.erase(key.size() - head);
      return key;
    }
    case EntityType::Person:
      break;
  }
  return std::u32string(surface);
}

}  // namespace parkgraph::detail
