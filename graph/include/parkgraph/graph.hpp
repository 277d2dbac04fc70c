// The resolved knowledge graph: one vertex per real-world entity, one edge per
// relation stated in one document. Built by resolve(); read by exporters and queries.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parkgraph/types.hpp"

namespace parkgraph {

/// Where an entity was named: document and code-point offsets into the text as read.
struct MentionRef {
  std::string doc;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string surface;
  friend bool operator==(const MentionRef&, const MentionRef&) = default;
};

/// A numeric or date literal attached to an entity.
struct AttributeValue {
  std::string name;  ///< "investment", "area", "outputValue", "enterpriseCount", "date"
  double value = 0.0;
  std::string unit;     ///< "CNY", "m2", "mu", "count"; empty for dates
  std::string literal;  ///< ISO date for dates
  std::string doc;
};

/// Vertex property: one resolved entity.
struct Entity {
  std::string id;  ///< stable, derived from type and canonical key (not from insertion order)
  EntityType type = EntityType::Organization;
  std::string name;                  ///< fullest surface form seen
  std::vector<std::string> aliases;  ///< every other surface form, sorted
  std::vector<MentionRef> mentions;  ///< sorted by (doc, start); maybe capped, see mention_count
  std::size_t mention_count = 0;     ///< every mention seen, also those beyond a cap
  std::vector<AttributeValue> attributes;
  double confidence = 0.0;  ///< highest mention confidence
};

/// Edge property: one relation as stated in one document.
struct Relation {
  RelationType type = RelationType::LocatedIn;
  std::string title;  ///< holdsPosition: the title chain
  std::string doc;
  std::size_t sentence_start = 0;  ///< code points into the original text
  std::size_t sentence_end = 0;
  std::string evidence;  ///< the sentence the relation was read from
  double confidence = 0.0;
  std::string rule;
};

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
using Edge = boost::graph_traits<BoostGraph>::edge_descriptor;

/// The knowledge graph. Vertices are ordered by entity id and edges by
/// (head id, type, tail id, doc), so iteration order is deterministic.
class KnowledgeGraph {
 public:
  /// An empty graph.
  KnowledgeGraph();
  /// Takes over a graph built on the heap. Boost's adjacency_list has no move operations
  /// (std::move copies it, and its swap copies three times), so builders of large graphs
  /// build them in place and hand them over this way.
  explicit KnowledgeGraph(std::unique_ptr<BoostGraph> graph);
  /// A copy of `graph`.
  explicit KnowledgeGraph(const BoostGraph& graph);
  // Copies share the graph; declaring them (and no move operations) makes a "move" a copy
  // too, so a moved-from KnowledgeGraph is still a usable one.
  KnowledgeGraph(const KnowledgeGraph&) = default;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = default;
  ~KnowledgeGraph() = default;

  [[nodiscard]] const BoostGraph& boost() const { return *graph_; }
  [[nodiscard]] std::size_t entity_count() const { return boost::num_vertices(*graph_); }
  [[nodiscard]] std::size_t relation_count() const { return boost::num_edges(*graph_); }
  [[nodiscard]] const Entity& entity(Vertex v) const { return (*graph_)[v]; }
  [[nodiscard]] const Relation& relation(Edge e) const { return (*graph_)[e]; }

  /// Entity by id, or nullopt.
  [[nodiscard]] std::optional<Vertex> find_by_id(std::string_view id) const;
  /// Entities whose name or an alias equals `surface` (all types), ordered by id.
  [[nodiscard]] std::vector<Vertex> find_by_name(std::string_view surface) const;

 private:
  // Never changed once built, so copies of a KnowledgeGraph share it.
  std::shared_ptr<const BoostGraph> graph_;
};

}  // namespace parkgraph
