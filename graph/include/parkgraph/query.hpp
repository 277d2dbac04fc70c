// Questions asked of a built or loaded KnowledgeGraph: look-ups by name, neighbours,
// transitive locatedIn/partOf, k-hop neighbourhoods, shortest paths, components and
// centrality. Traversals run Boost.Graph's algorithms (breadth-first search,
// connected_components, degree and Brandes betweenness centrality).
//
//   parkgraph::GraphQuery query(graph);                 // indexes names once
//   auto park = query.resolve("襄阳高新区");            // id, name, alias or normalised form
//   auto chain = query.shortest_path(*a, *b);           // fewest relations, either direction
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parkgraph/graph.hpp"

namespace parkgraph {

/// Which edges of a vertex count: those it is the head of, the tail of, or both.
enum class Direction : std::uint8_t { Out, In, Both };

/// "out", "in", "both" -> Direction.
std::optional<Direction> parse_direction(std::string_view name);

/// What a query may see. Empty lists mean "every type"; anything below the confidence
/// floor is left out. Vertices a query starts or ends at are kept whatever the filter says.
struct Filter {
  std::vector<EntityType> types;
  std::vector<RelationType> relations;
  double min_confidence = 0.0;

  [[nodiscard]] bool accepts(const Entity& entity) const;
  [[nodiscard]] bool accepts(const Relation& relation) const;
};

/// One edge seen from a vertex: the edge and the entity at its other end.
struct Hop {
  Edge edge;
  Vertex other = 0;
  bool outgoing = true;  ///< the vertex asked about is the edge's head
};

/// A vertex reached by a traversal and how many relations away it is.
struct Reached {
  Vertex vertex = 0;
  std::size_t depth = 0;
  friend bool operator==(const Reached&, const Reached&) = default;
};

/// A set of entities and the relations among them, both in graph order.
struct Subgraph {
  std::vector<Vertex> vertices;
  std::vector<Edge> edges;
};

/// A chain of relations; edges[i] joins vertices[i] and vertices[i + 1] in either direction.
struct Path {
  std::vector<Vertex> vertices;
  std::vector<Edge> edges;
};

/// Connected components, ignoring direction. component[v] is npos for filtered-out vertices.
struct Components {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::size_t count = 0;
  std::vector<std::size_t> component;  ///< per vertex; numbered by their first vertex
  std::vector<std::size_t> sizes;      ///< per component
};

/// A read-only query interface over one graph, which must outlive it. Building it indexes
/// ids, names and aliases (exact and normalised) and an undirected view of the relations;
/// every query after that is thread-safe.
class GraphQuery {
 public:
  explicit GraphQuery(const KnowledgeGraph& graph);
  ~GraphQuery();
  GraphQuery(GraphQuery&&) noexcept;
  GraphQuery& operator=(GraphQuery&&) noexcept;

  [[nodiscard]] const KnowledgeGraph& graph() const { return *graph_; }

  /// Entities whose name or an alias is exactly `name`, in graph order.
  [[nodiscard]] std::vector<Vertex> find(std::string_view name) const;
  /// Entities whose name or an alias equals `name` after normalisation: NFKC with case
  /// folding, Traditional -> Simplified, spaces and punctuation ignored (ＳＵＮ 科技 == sun科技).
  [[nodiscard]] std::vector<Vertex> find_normalised(std::string_view name) const;
  /// The entity an argument names: an id first, then an exact name or alias, then a
  /// normalised one. Nullopt when nothing or several entities of equal standing match.
  [[nodiscard]] std::optional<Vertex> resolve(std::string_view name_or_id) const;

  /// Every entity the filter accepts, in graph order.
  [[nodiscard]] std::vector<Vertex> select(const Filter& filter) const;

  /// The relations of `v` in `direction` that the filter accepts (the other end's type and
  /// the relation's type and confidence), out-edges first, each in graph order.
  [[nodiscard]] std::vector<Hop> neighbours(Vertex v, Direction direction,
                                            const Filter& filter = {}) const;

  /// What `v` lies in (Out) or what lies in `v` (In), following locatedIn and partOf
  /// transitively: breadth-first, nearest first, `v` itself not included.
  /// filter.relations, when given, replaces {locatedIn, partOf}.
  [[nodiscard]] std::vector<Reached> containment(Vertex v, Direction direction = Direction::Out,
                                                 const Filter& filter = {}) const;

  /// Everything within `k` relations of `center` (either direction) and the relations among
  /// those entities.
  [[nodiscard]] Subgraph k_hop(Vertex center, std::size_t k, const Filter& filter = {}) const;

  /// A shortest chain of relations from `from` to `to`, direction ignored; nullopt when
  /// none exists. Searches from both ends with bounded breadth-first searches, so short
  /// chains in big graphs are found without visiting the whole graph.
  [[nodiscard]] std::optional<Path> shortest_path(Vertex from, Vertex to,
                                                  const Filter& filter = {}) const;

  [[nodiscard]] Components connected_components(const Filter& filter = {}) const;

  /// Number of accepted relations at each vertex (both directions); 0 for filtered-out ones.
  [[nodiscard]] std::vector<double> degree_centrality(const Filter& filter = {}) const;
  /// Brandes betweenness on the undirected simple graph of accepted relations (each
  /// unordered pair of entities counted once); 0 for filtered-out vertices.
  [[nodiscard]] std::vector<double> betweenness_centrality(const Filter& filter = {}) const;

  /// The subgraph as a graph of its own (ids, order and properties kept), e.g. to export it.
  [[nodiscard]] KnowledgeGraph extract(const Subgraph& subgraph) const;

  struct Index;  // private: name maps and the undirected view

 private:
  const KnowledgeGraph* graph_;
  std::unique_ptr<Index> index_;
};

/// `text` normalised as find_normalised compares names.
std::string normalise_name(std::string_view text);

/// The relations among `vertices` (sorted or not), as a Subgraph in graph order.
Subgraph induced_subgraph(const KnowledgeGraph& graph, std::vector<Vertex> vertices,
                          const Filter& filter = {});

}  // namespace parkgraph
