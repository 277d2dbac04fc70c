// Helpers for the graph tests: hand-made mentions, facts and extractions, a scratch
// directory, and lookups into a built graph.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "parkgraph/graph.hpp"
#include "parkgraph/types.hpp"

namespace parkgraph::graph_testing {

inline Mention mention(EntityType type, std::string surface, std::string key, std::size_t begin,
                       std::size_t end, double confidence = 0.9) {
  Mention m;
  m.type = type;
  m.original = surface;
  m.surface = std::move(surface);
  m.key = std::move(key);
  m.span = {begin, end};
  m.confidence = confidence;
  m.rule = "test";
  return m;
}

inline Fact fact(std::size_t head, RelationType type, std::size_t tail, std::string evidence,
                 double confidence = 0.8, std::string title = "") {
  Fact f;
  f.head = head;
  f.tail = tail;
  f.type = type;
  f.title = std::move(title);
  f.sentence = {0, 10};
  f.evidence = std::move(evidence);
  f.confidence = confidence;
  f.rule = "test";
  return f;
}

inline Extraction extraction(std::string doc, std::vector<Mention> mentions,
                             std::vector<Fact> facts = {}, std::vector<Attribute> attributes = {}) {
  Extraction ex;
  ex.doc = std::move(doc);
  ex.mentions = std::move(mentions);
  ex.facts = std::move(facts);
  ex.attributes = std::move(attributes);
  return ex;
}

/// A scratch directory removed when the test ends.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "parkgraph-graph-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write_text(const std::filesystem::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

/// Entity ids in vertex order.
inline std::vector<std::string> ids(const KnowledgeGraph& graph) {
  std::vector<std::string> out;
  for (auto v : boost::make_iterator_range(boost::vertices(graph.boost()))) {
    out.push_back(graph.entity(v).id);
  }
  return out;
}

/// The single entity with this id; fails the test when absent.
inline const Entity* entity_by_id(const KnowledgeGraph& graph, std::string_view id) {
  const auto v = graph.find_by_id(id);
  if (!v) return nullptr;
  return &graph.entity(*v);
}

struct EdgeView {
  std::string head;
  RelationType type;
  std::string tail;
  std::string doc;
  const Relation* relation;
};

/// Every edge as (head id, type, tail id, doc), in the graph's edge order. The views point
/// into `graph`, which must outlive them.
inline std::vector<EdgeView> edges(const KnowledgeGraph& graph) {
  const auto& g = graph.boost();
  std::vector<EdgeView> out;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    out.push_back(
        {g[boost::source(e, g)].id, g[e].type, g[boost::target(e, g)].id, g[e].doc, &g[e]});
  }
  return out;
}

std::vector<EdgeView> edges(KnowledgeGraph&&) = delete;  // would dangle

/// A readable dump of the graph, for failure messages.
inline std::string dump(const KnowledgeGraph& graph) {
  std::string out;
  for (auto v : boost::make_iterator_range(boost::vertices(graph.boost()))) {
    const Entity& e = graph.entity(v);
    out += e.id + " [" + std::string(to_string(e.type)) + "] " + e.name;
    for (const auto& a : e.aliases) out += " | " + a;
    out += "\n";
  }
  for (const auto& e : edges(graph)) {
    out += e.head + " " + std::string(to_string(e.type)) + " " + e.tail + " @" + e.doc + "\n";
  }
  return out;
}

}  // namespace parkgraph::graph_testing
