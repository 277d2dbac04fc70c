// Canonical keys: the name under which mentions of one entity are merged.
#include <array>

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

// Park suffixes in their long forms, mapped to the short form used as key.
constexpr std::array<std::pair<std::u32string_view, std::u32string_view>, 10> kParkForms{{
    {U"高新技术产业开发区", U"高新区"},
    {U"新技术产业开发区", U"高新区"},
    {U"新技术开发区", U"高新区"},
    {U"高技术产业开发区", U"高新区"},
    {U"经济技术开发区", U"经开区"},
    {U"经济开发区", U"经开区"},
    {U"高新技术产业园区", U"高新区"},
    {U"工业园区", U"工业园"},
    {U"科技园区", U"科技园"},
    {U"产业园", U"园"},
}};

// 襄阳市高新区 -> 襄阳高新区: a city's 市 inside a park or organ name is optional.
void drop_city_marker(std::u32string& key, const LexiconIndex& lex) {
  const auto shi = key.find(U'市');
  if (shi == std::u32string::npos || shi < 2 || shi + 1 >= key.size()) return;
  const std::u32string_view city = std::u32string_view(key).substr(0, shi + 1);
  if (lex.has(city, Cat::City) || lex.has(city, Cat::County)) key.erase(shi, 1);
}

std::u32string park_key(std::u32string key, const LexiconIndex& lex) {
  for (const auto& [from, to] : kParkForms) replace_all(key, from, to);
  drop_city_marker(key, lex);
  return key;
}

// Stripped repeatedly, longest first: 正威国际集团有限公司 -> 正威国际集团 -> 正威.
constexpr std::array<std::u32string_view, 9> kCompanyLegalSuffixes{
    U"股份有限公司", U"有限责任公司", U"有限公司", U"国际集团", U"集团公司",
    U"集团",         U"控股",         U"公司",     U"股份"};

std::u32string company_key(std::u32string key, const LexiconIndex& lex) {
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (const auto suffix : kCompanyLegalSuffixes) {
      if (ends_with(key, suffix) && key.size() > suffix.size() + 1) {
        key.erase(key.size() - suffix.size());
        stripped = true;
        break;
      }
    }
  }
  // A leading province or city is part of the registered name but not of the firm's
  // identity: 云南多宝电缆 = 多宝电缆.
  for (std::size_t len = std::min<std::size_t>(key.size() - 1, 5); len >= 2; --len) {
    const auto head = std::u32string_view(key).substr(0, len);
    // …but not when the rest is a bare industry (洛阳轴承 is not 上海轴承).
    const auto rest = std::u32string_view(key).substr(len);
    if ((lex.has(head, Cat::Province) || lex.has(head, Cat::City)) && rest.size() >= 3 &&
        !lex.has(rest, Cat::IndustrySuffix)) {
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
      return canon ? *canon : std::u32string(surface);
    }
    case EntityType::Park: {
      auto canon = lexicon_canonical(surface, lexicon, {Cat::NationalPark});
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
      std::u32string key(surface);
      for (const std::u32string_view suffix : {U"建设工程", U"项目", U"工程"}) {
        if (ends_with(key, suffix) && key.size() > suffix.size() + 2) {
          key.erase(key.size() - suffix.size());
          break;
        }
      }
      return key;
    }
    case EntityType::Person:
      break;
  }
  return std::u32string(surface);
}

}  // namespace parkgraph::detail
