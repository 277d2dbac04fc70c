// GraphQuery: name indexes, an undirected compressed-sparse-row view of the relations, and
// Boost.Graph algorithms run over filtered views of it.
#include "parkgraph/query.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/degree_centrality.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <limits>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "name_normaliser.hpp"

namespace parkgraph {

// --- filters ------------------------------------------------------------------------------

std::optional<Direction> parse_direction(std::string_view name) {
  if (name == "out") return Direction::Out;
  if (name == "in") return Direction::In;
  if (name == "both") return Direction::Both;
  return std::nullopt;
}

bool Filter::accepts(const Entity& entity) const {
  return entity.confidence >= min_confidence &&
         (types.empty() || std::ranges::find(types, entity.type) != types.end());
}

bool Filter::accepts(const Relation& relation) const {
  return relation.confidence >= min_confidence &&
         (relations.empty() || std::ranges::find(relations, relation.type) != relations.end());
}

// --- the index ----------------------------------------------------------------------------

namespace {

/// Property of an edge of the undirected view: its position in Index::edges.
struct Link {
  std::size_t edge = 0;
};

/// Every relation twice, once from each end: breadth-first searches over it ignore direction.
using Undirected = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Link>;
using UVertex = boost::graph_traits<Undirected>::vertex_descriptor;
using UEdge = boost::graph_traits<Undirected>::edge_descriptor;

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

/// Dense per-vertex state of one breadth-first search. Reused from query to query: only the
/// vertices a search reached are reset, so a small search in a big graph costs what it visits.
struct SearchState {
  explicit SearchState(std::size_t n) : depth(n, kNone), via(n, kNone) {}
  std::vector<std::size_t> depth;    ///< relations away from the root; kNone: not reached
  std::vector<std::size_t> via;      ///< the edge (index into Index::edges) first reaching it
  std::vector<std::size_t> reached;  ///< in order of discovery, root first

  void clear() {
    for (const std::size_t v : reached) {
      depth[v] = kNone;
      via[v] = kNone;
    }
    reached.clear();
  }
};

/// Boost's BFS colour map read off SearchState::depth: white until reached, then black. A
/// search only asks whether a vertex is white, and tree_edge sets the depth before anything
/// else asks, so no colour array needs to be kept (or cleared) besides the depths.
struct DepthColourMap {
  const std::vector<std::size_t>* depth;
};

}  // namespace
}  // namespace parkgraph

template <>
struct boost::property_traits<parkgraph::DepthColourMap> {
  using key_type = std::size_t;
  using value_type = boost::default_color_type;
  using reference = boost::default_color_type;
  using category = boost::read_write_property_map_tag;
};

namespace parkgraph {
namespace {

boost::default_color_type get(const DepthColourMap& map, std::size_t v) {
  return (*map.depth)[v] == kNone ? boost::white_color : boost::black_color;
}
void put(const DepthColourMap& /*map*/, std::size_t /*v*/, boost::default_color_type /*c*/) {}

template <typename Map>
void insert_sorted(Map& map, typename Map::key_type key, Vertex v) {
  auto& list = map[std::move(key)];
  if (list.empty() || list.back() != v) list.push_back(v);
}

}  // namespace

struct GraphQuery::Index {
  std::unordered_map<std::string_view, Vertex> ids;
  std::unordered_map<std::string_view, std::vector<Vertex>> names;
  std::unordered_map<std::string, std::vector<Vertex>> normalised;
  std::vector<Edge> edges;  ///< every edge, in graph order
  Undirected undirected;
  std::mutex pool_mutex;  ///< guards pool: queries may run on several threads
  std::vector<std::unique_ptr<SearchState>> pool;

  explicit Index(const KnowledgeGraph& graph) {
    const BoostGraph& g = graph.boost();
    const detail::NameNormaliser normaliser(/*traditional_to_simplified=*/false);
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
      const Entity& e = g[v];
      ids.emplace(e.id, v);
      insert_sorted(names, e.name, v);
      insert_sorted(normalised, normaliser(e.name), v);
      for (const std::string& alias : e.aliases) {
        insert_sorted(names, alias, v);
        insert_sorted(normalised, normaliser(alias), v);
      }
    }
    edges.reserve(boost::num_edges(g));
    std::vector<std::pair<std::size_t, std::size_t>> ends;
    std::vector<Link> links;
    ends.reserve(2 * boost::num_edges(g));
    links.reserve(2 * boost::num_edges(g));
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
      const std::size_t h = boost::source(e, g);
      const std::size_t t = boost::target(e, g);
      ends.emplace_back(h, t);
      links.push_back({edges.size()});
      ends.emplace_back(t, h);
      links.push_back({edges.size()});
      edges.push_back(e);
    }
    undirected = Undirected(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                            links.begin(), boost::num_vertices(g));
  }
};

namespace {

/// Which vertices and undirected edges a traversal may use. `keep` vertices pass always.
struct VertexOk {
  const BoostGraph* g = nullptr;
  const Filter* filter = nullptr;
  Vertex keep_a = kNone, keep_b = kNone;
  bool operator()(std::size_t v) const {
    const bool unrestricted = filter->types.empty() && filter->min_confidence <= 0.0;
    return unrestricted || v == keep_a || v == keep_b || filter->accepts((*g)[v]);
  }
};

/// Which relations of the directed graph a traversal may follow.
struct RelationOk {
  const BoostGraph* g = nullptr;
  const Filter* filter = nullptr;
  bool operator()(const Edge& e) const { return filter->accepts((*g)[e]); }
};

struct EdgeOk {
  const BoostGraph* g = nullptr;
  const Filter* filter = nullptr;
  const GraphQuery::Index* index = nullptr;
  const Undirected* u = nullptr;
  const std::vector<std::size_t>* depth = nullptr;  ///< when set: only edges leaving vertices
  std::size_t limit = kNone;                        ///< closer than `limit` to the root
  bool operator()(const UEdge& e) const {
    if (depth != nullptr && (*depth)[boost::source(e, *u)] >= limit) return false;
    const bool unrestricted = filter->relations.empty() && filter->min_confidence <= 0.0;
    return unrestricted || filter->accepts((*g)[index->edges[(*u)[e].edge]]);
  }
};

using FilteredUndirected = boost::filtered_graph<Undirected, EdgeOk, VertexOk>;

/// Thrown by DepthRecorder to stop a search where it meets another (Boost's BFS has no
/// other way out).
struct Met {
  std::size_t vertex;
};

/// Records depth and first edge of every vertex the search reaches; stops the search at the
/// first vertex `other` (when given) has reached too.
class DepthRecorder : public boost::default_bfs_visitor {
 public:
  DepthRecorder(SearchState& state, const SearchState* other) : state_(&state), other_(other) {}
  template <typename G>
  void tree_edge(const typename boost::graph_traits<G>::edge_descriptor& e, const G& g) {
    const std::size_t t = boost::target(e, g);
    state_->depth[t] = state_->depth[boost::source(e, g)] + 1;
    state_->via[t] = g[e].edge;
    state_->reached.push_back(t);
    if (other_ != nullptr && other_->depth[t] != kNone) throw Met{t};
  }

 private:
  SearchState* state_;
  const SearchState* other_;
};

/// What one more level of a search reached.
struct Growth {
  std::size_t fresh = 0;    ///< vertices reached for the first time
  std::size_t met = kNone;  ///< where it met the other search, if it did (and stopped there)
};

/// A breadth-first search from one root in the filtered undirected view that grows one level
/// at a time (Boost's multi-source breadth_first_visit from the last level). Borrows its
/// state from the index's pool and gives it back cleared.
class LevelSearch {
 public:
  LevelSearch(const KnowledgeGraph& graph, GraphQuery::Index& index, const Filter& filter,
              std::size_t root, std::size_t keep_other = kNone)
      : graph_(&graph), index_(&index), filter_(&filter), root_(root), keep_other_(keep_other) {
    {
      const std::scoped_lock lock(index.pool_mutex);
      if (!index.pool.empty()) {
        state_ = std::move(index.pool.back());
        index.pool.pop_back();
      }
    }
    if (!state_) state_ = std::make_unique<SearchState>(boost::num_vertices(graph.boost()));
    state_->depth[root] = 0;
    state_->reached.push_back(root);
  }
  LevelSearch(const LevelSearch&) = delete;
  LevelSearch& operator=(const LevelSearch&) = delete;
  ~LevelSearch() {
    state_->clear();
    const std::scoped_lock lock(index_->pool_mutex);
    index_->pool.push_back(std::move(state_));
  }

  /// Reaches one relation further, stopping at the first vertex `other` has reached.
  Growth deepen(const SearchState* other = nullptr) {
    const std::vector<std::size_t> sources(state_->reached.begin() + level_begin_,
                                           state_->reached.end());
    ++limit_;
    level_begin_ = state_->reached.size();
    const EdgeOk edge_ok{&graph_->boost(),    filter_,        index_,
                         &index_->undirected, &state_->depth, limit_};
    const VertexOk vertex_ok{&graph_->boost(), filter_, root_, keep_other_};
    const FilteredUndirected view(index_->undirected, edge_ok, vertex_ok);
    const DepthColourMap colours{&state_->depth};
    boost::queue<std::size_t> queue;
    Growth growth;
    try {
      boost::breadth_first_visit(view, sources.begin(), sources.end(), queue,
                                 DepthRecorder(*state_, other), colours);
    } catch (const Met& met) {
      growth.met = met.vertex;
    }
    growth.fresh = state_->reached.size() - level_begin_;
    return growth;
  }

  [[nodiscard]] const SearchState& state() const { return *state_; }

  /// What deepening would cost: the relations of the last level's vertices.
  [[nodiscard]] std::size_t next_cost() const {
    std::size_t cost = 0;
    for (std::size_t i = level_begin_; i < state_->reached.size(); ++i) {
      cost += boost::out_degree(state_->reached[i], index_->undirected);
    }
    return cost;
  }

  /// The edges (indices into Index::edges) from the root to `v`, root end first.
  [[nodiscard]] std::vector<std::size_t> chain_to(std::size_t v) const {
    const BoostGraph& g = graph_->boost();
    std::vector<std::size_t> chain;
    while (state_->via[v] != kNone) {
      const std::size_t i = state_->via[v];
      chain.push_back(i);
      const Edge e = index_->edges[i];
      v = boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
    }
    std::ranges::reverse(chain);
    return chain;
  }

 private:
  const KnowledgeGraph* graph_;
  GraphQuery::Index* index_;
  const Filter* filter_;
  std::size_t root_, keep_other_;
  std::unique_ptr<SearchState> state_;
  std::size_t limit_ = 0;
  std::size_t level_begin_ = 0;
};

Path make_path(const BoostGraph& g, const GraphQuery::Index& index, Vertex from,
               const std::vector<std::size_t>& chain) {
  Path path;
  path.vertices.push_back(from);
  for (const std::size_t i : chain) {
    const Edge e = index.edges[i];
    const Vertex last = path.vertices.back();
    path.vertices.push_back(boost::source(e, g) == last ? boost::target(e, g)
                                                        : boost::source(e, g));
    path.edges.push_back(e);
  }
  return path;
}

/// Records which vertices a containment search reached and how deep.
class ContainmentRecorder : public boost::default_bfs_visitor {
 public:
  ContainmentRecorder(std::vector<Reached>& out, std::unordered_map<Vertex, std::size_t>& depth)
      : out_(&out), depth_(&depth) {}
  template <typename E, typename G>
  void tree_edge(const E& e, const G& g) {
    const std::size_t depth = (*depth_)[boost::source(e, g)] + 1;
    (*depth_)[boost::target(e, g)] = depth;
    out_->push_back({boost::target(e, g), depth});
  }

 private:
  std::vector<Reached>* out_;
  std::unordered_map<Vertex, std::size_t>* depth_;
};

template <typename G>
void contained_search(const G& g, Vertex root, std::vector<Reached>& out) {
  std::unordered_map<Vertex, std::size_t> depth{{root, 0}};
  std::unordered_map<Vertex, boost::default_color_type> colours;
  boost::associative_property_map<decltype(colours)> colour_map(colours);
  boost::queue<Vertex> queue;
  boost::breadth_first_visit(g, root, queue, ContainmentRecorder(out, depth), colour_map);
}

/// The accepted relations as an undirected simple graph over all vertices (filtered-out
/// vertices isolated): what connected_components and Brandes expect.
using SimpleGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

SimpleGraph simple_graph(const KnowledgeGraph& graph, const Filter& filter) {
  const BoostGraph& g = graph.boost();
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    const std::size_t h = boost::source(e, g);
    const std::size_t t = boost::target(e, g);
    if (h == t || !filter.accepts(g[e]) || !filter.accepts(g[h]) || !filter.accepts(g[t])) {
      continue;
    }
    pairs.emplace_back(std::min(h, t), std::max(h, t));
  }
  // std::unique, not std::ranges::unique: clang 14 (the sanitizer build) cannot take apart
  // the subrange libstdc++ 12's version returns.
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return SimpleGraph(pairs.begin(), pairs.end(), boost::num_vertices(g));
}

}  // namespace

// --- GraphQuery -------------------------------------------------------------------------

GraphQuery::GraphQuery(const KnowledgeGraph& graph)
    : graph_(&graph), index_(std::make_unique<Index>(graph)) {}
GraphQuery::~GraphQuery() = default;
GraphQuery::GraphQuery(GraphQuery&&) noexcept = default;
GraphQuery& GraphQuery::operator=(GraphQuery&&) noexcept = default;

std::vector<Vertex> GraphQuery::find(std::string_view name) const {
  const auto found = index_->names.find(name);
  return found == index_->names.end() ? std::vector<Vertex>{} : found->second;
}

std::vector<Vertex> GraphQuery::find_normalised(std::string_view name) const {
  const auto found = index_->normalised.find(normalise_name(name));
  return found == index_->normalised.end() ? std::vector<Vertex>{} : found->second;
}

std::optional<Vertex> GraphQuery::resolve(std::string_view name_or_id) const {
  if (const auto id = index_->ids.find(name_or_id); id != index_->ids.end()) return id->second;
  for (const auto& found : {find(name_or_id), find_normalised(name_or_id)}) {
    if (found.size() == 1) return found.front();
    if (found.size() > 1) {
      // Several entities share the name: prefer the one whose own name it is, if unique.
      std::vector<Vertex> named;
      for (const Vertex v : found) {
        if (graph_->entity(v).name == name_or_id) named.push_back(v);
      }
      return named.size() == 1 ? std::optional<Vertex>(named.front()) : std::nullopt;
    }
  }
  return std::nullopt;
}

std::vector<Vertex> GraphQuery::select(const Filter& filter) const {
  std::vector<Vertex> out;
  for (const Vertex v : boost::make_iterator_range(boost::vertices(graph_->boost()))) {
    if (filter.accepts(graph_->entity(v))) out.push_back(v);
  }
  return out;
}

std::vector<Hop> GraphQuery::neighbours(Vertex v, Direction direction, const Filter& filter) const {
  const BoostGraph& g = graph_->boost();
  std::vector<Hop> out;
  const auto keep = [&](Edge e, Vertex other, bool outgoing) {
    if (filter.accepts(g[e]) && filter.accepts(g[other])) out.push_back({e, other, outgoing});
  };
  if (direction != Direction::In) {
    for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      keep(e, boost::target(e, g), true);
    }
  }
  if (direction != Direction::Out) {
    for (const Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
      keep(e, boost::source(e, g), false);
    }
  }
  return out;
}

std::vector<Reached> GraphQuery::containment(Vertex v, Direction direction,
                                             const Filter& filter) const {
  Filter along = filter;
  if (along.relations.empty()) along.relations = {RelationType::LocatedIn, RelationType::PartOf};
  const BoostGraph& g = graph_->boost();
  const boost::filtered_graph<BoostGraph, RelationOk, VertexOk> view(g, RelationOk{&g, &along},
                                                                     VertexOk{&g, &along, v});
  std::vector<Reached> out;
  if (direction != Direction::In) contained_search(view, v, out);
  if (direction != Direction::Out) contained_search(boost::make_reverse_graph(view), v, out);
  return out;
}

Subgraph GraphQuery::k_hop(Vertex center, std::size_t k, const Filter& filter) const {
  LevelSearch search(*graph_, *index_, filter, center);
  for (std::size_t level = 0; level < k && search.deepen().fresh > 0; ++level) {
  }
  return induced_subgraph(*graph_, search.state().reached, filter);
}

std::optional<Path> GraphQuery::shortest_path(Vertex from, Vertex to, const Filter& filter) const {
  if (from == to) return Path{{from}, {}};
  LevelSearch forward(*graph_, *index_, filter, from, to);
  LevelSearch backward(*graph_, *index_, filter, to, from);
  for (;;) {
    // Deepen the side whose next level is cheaper to reach, until the two searches meet.
    // Every vertex where they first meet lies on a shortest chain: had one side reached it
    // with fewer relations, its neighbour on that chain would have been a meeting point one
    // level earlier. So the first meeting point found ends the search.
    const bool front = forward.next_cost() <= backward.next_cost();
    LevelSearch& grown = front ? forward : backward;
    const Growth growth = grown.deepen(&(front ? backward : forward).state());
    if (growth.met != kNone) {
      std::vector<std::size_t> chain = forward.chain_to(growth.met);
      const std::vector<std::size_t> back = backward.chain_to(growth.met);
      chain.insert(chain.end(), back.rbegin(), back.rend());
      return make_path(graph_->boost(), *index_, from, chain);
    }
    if (growth.fresh == 0) return std::nullopt;  // that side's component is exhausted
  }
}

Components GraphQuery::connected_components(const Filter& filter) const {
  const SimpleGraph simple = simple_graph(*graph_, filter);
  std::vector<std::size_t> raw(boost::num_vertices(simple));
  boost::connected_components(simple, raw.data());
  // Boost numbers components in vertex order; renumber without the filtered-out vertices.
  Components out;
  out.component.assign(raw.size(), Components::npos);
  std::unordered_map<std::size_t, std::size_t> renumber;
  for (std::size_t v = 0; v < raw.size(); ++v) {
    if (!filter.accepts(graph_->entity(v))) continue;
    const auto [it, added] = renumber.emplace(raw[v], out.count);
    if (added) {
      ++out.count;
      out.sizes.push_back(0);
    }
    out.component[v] = it->second;
    ++out.sizes[it->second];
  }
  return out;
}

std::vector<double> GraphQuery::degree_centrality(const Filter& filter) const {
  EdgeOk edge_ok{&graph_->boost(), &filter, index_.get(), &index_->undirected};
  const VertexOk vertex_ok{&graph_->boost(), &filter};
  const FilteredUndirected view(index_->undirected, edge_ok, vertex_ok);
  std::vector<double> degree(boost::num_vertices(graph_->boost()), 0.0);
  boost::all_degree_centralities(
      view, boost::make_iterator_property_map(degree.begin(),
                                              boost::get(boost::vertex_index, index_->undirected)));
  return degree;
}

std::vector<double> GraphQuery::betweenness_centrality(const Filter& filter) const {
  const SimpleGraph simple = simple_graph(*graph_, filter);
  std::vector<double> centrality(boost::num_vertices(simple), 0.0);
  boost::brandes_betweenness_centrality(
      simple, boost::centrality_map(boost::make_iterator_property_map(
                  centrality.begin(), boost::get(boost::vertex_index, simple))));
  return centrality;
}

KnowledgeGraph GraphQuery::extract(const Subgraph& subgraph) const {
  const BoostGraph& g = graph_->boost();
  auto built = std::make_unique<BoostGraph>();  // in place: a BoostGraph cannot be moved
  BoostGraph& out = *built;
  std::unordered_map<Vertex, Vertex> renumber;
  for (const Vertex v : subgraph.vertices) renumber.emplace(v, boost::add_vertex(g[v], out));
  for (const Edge e : subgraph.edges) {
    const auto h = renumber.find(boost::source(e, g));
    const auto t = renumber.find(boost::target(e, g));
    if (h != renumber.end() && t != renumber.end()) {
      boost::add_edge(h->second, t->second, g[e], out);
    }
  }
  return KnowledgeGraph(std::move(built));
}

// --- free functions -----------------------------------------------------------------------

std::string normalise_name(std::string_view text) {
  thread_local const detail::NameNormaliser normaliser(/*traditional_to_simplified=*/true);
  return normaliser(text);
}

Subgraph induced_subgraph(const KnowledgeGraph& graph, std::vector<Vertex> vertices,
                          const Filter& filter) {
  std::sort(vertices.begin(), vertices.end());
  vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
  const BoostGraph& g = graph.boost();
  Subgraph out;
  for (const Vertex v : vertices) {
    for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      if (filter.accepts(g[e]) && std::ranges::binary_search(vertices, boost::target(e, g))) {
        out.edges.push_back(e);
      }
    }
  }
  out.vertices = std::move(vertices);
  return out;
}

}  // namespace parkgraph
