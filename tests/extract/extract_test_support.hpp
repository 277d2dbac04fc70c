// Helpers for extraction tests: find a mention or a fact by its surface text.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "parkgraph/extract.hpp"

namespace parkgraph::testing {

inline const Extractor& extractor() {
  static const Extractor instance;
  return instance;
}

inline Extraction run(const std::string& text) {
  return extractor().extract("test.txt", text);
}

inline bool has_entity(const Extraction& ex, EntityType type, const std::string& surface) {
  return std::any_of(ex.mentions.begin(), ex.mentions.end(),
                     [&](const Mention& m) { return m.type == type && m.surface == surface; });
}

inline bool has_any_entity(const Extraction& ex, const std::string& surface) {
  return std::any_of(ex.mentions.begin(), ex.mentions.end(),
                     [&](const Mention& m) { return m.surface == surface; });
}

inline const Mention* find_mention(const Extraction& ex, const std::string& surface) {
  for (const auto& m : ex.mentions) {
    if (m.surface == surface) return &m;
  }
  return nullptr;
}

/// The fact head -type-> tail between mentions with these surfaces, or nullptr.
inline const Fact* find_fact(const Extraction& ex, const std::string& head, RelationType type,
                             const std::string& tail) {
  for (const auto& f : ex.facts) {
    const auto& h = ex.mentions[f.head].surface;
    const auto& t = ex.mentions[f.tail].surface;
    if (f.type != type) continue;
    if (h == head && t == tail) return &f;
    if (type == RelationType::CooperatesWith && h == tail && t == head) return &f;
  }
  return nullptr;
}

/// Every mention and fact, for failure messages.
inline std::string dump(const Extraction& ex) {
  std::string out;
  for (const auto& m : ex.mentions) out += std::string(to_string(m.type)) + " " + m.surface + "\n";
  for (const auto& f : ex.facts) {
    out += ex.mentions[f.head].surface + " " + std::string(to_string(f.type)) + " " +
           ex.mentions[f.tail].surface + (f.title.empty() ? "" : " (" + f.title + ")") + "\n";
  }
  return out;
}

}  // namespace parkgraph::testing
