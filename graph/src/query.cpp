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

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

/// Which vertices and undirected edges a traversal may use. `keep` vertices pass always.
struct VertexOk {
  const BoostGraph* g = nullptr;
  const Filter* filter = nullptr;
  Vertex keep_a = kNone, keep_b = kNone;
  bool operator()(std::size_t v) const {
    return v == keep_a || v == keep_b || filter->accepts((*g)[v]);
  }
};

/// Which relations of the directed graph a traversal may follow.
struct RelationOk {
  const BoostGraph* g = nullptr;
  const Filter* filter = nullptr;
  bool operator()(const Edge& e) const { return filter->accepts((*g)[e]); }
};

/// A breadth-first search's record: depth and the edge (index into Index::edges) each
/// reached vertex was first reached by.
struct Visited {
  std::size_t depth = 0;
  std::size_t via = kNone;
};
using VisitMap = std::unordered_map<std::size_t, Visited>;

struct EdgeOk {
  const BoostGraph* g = nullptr;
  const Filter* filter = nullptr;
  const GraphQuery::Index* index = nullptr;
  const Undirected* u = nullptr;
  const VisitMap* visited = nullptr;  ///< when set, only edges leaving vertices above `limit`
  std::size_t limit = kNone;
  bool operator()(const UEdge& e) const {
    if (visited != nullptr) {
      const auto found = visited->find(boost::source(e, *u));
      if (found == visited->end() || found->second.depth >= limit) return false;
    }
    return filter->accepts((*g)[index->edges[(*u)[e].edge]]);
  }
};

using FilteredUndirected = boost::filtered_graph<Undirected, EdgeOk, VertexOk>;

/// Records depth and first edge on every tree edge of the search.
class DepthRecorder : public boost::default_bfs_visitor {
 public:
  explicit DepthRecorder(VisitMap& visited) : visited_(&visited) {}
  template <typename G>
  void tree_edge(const typename boost::graph_traits<G>::edge_descriptor& e, const G& g) {
    const std::size_t depth = visited_->at(boost::source(e, g)).depth + 1;
    (*visited_)[boost::target(e, g)] = {depth, g[e].edge};
  }

 private:
  VisitMap* visited_;
};

/// Everything within `limit` relations of `root` in the filtered undirected view, found by
/// Boost's breadth_first_visit; colour kept in a hash map so that small searches in big
/// graphs cost what they visit.
VisitMap bounded_search(const KnowledgeGraph& graph, const GraphQuery::Index& index,
                        const Filter& filter, std::size_t root, std::size_t limit,
                        std::size_t keep_other = kNone) {
  VisitMap visited;
  visited[root] = {0, kNone};
  const EdgeOk edge_ok{&graph.boost(), &filter, &index, &index.undirected, &visited, limit};
  const VertexOk vertex_ok{&graph.boost(), &filter, root, keep_other};
  const FilteredUndirected view(index.undirected, edge_ok, vertex_ok);
  std::unordered_map<std::size_t, boost::default_color_type> colours;
  boost::associative_property_map<decltype(colours)> colour_map(colours);
  boost::queue<std::size_t> queue;
  DepthRecorder recorder(visited);
  boost::breadth_first_visit(view, root, queue, recorder, colour_map);
  return visited;
}

/// The chain of edges from the search's root to `v`, root end first.
std::vector<std::size_t> chain_to(const VisitMap& visited, const GraphQuery::Index& index,
                                  const BoostGraph& g, std::size_t v) {
  std::vector<std::size_t> chain;
  for (auto at = visited.at(v); at.via != kNone;) {
    chain.push_back(at.via);
    const Edge e = index.edges[at.via];
    const std::size_t previous =
        boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
    v = previous;
    at = visited.at(v);
  }
  std::ranges::reverse(chain);
  return chain;
}

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

/// The meeting point of two searches with the smallest total depth (ties: lowest vertex).
std::optional<std::size_t> meeting_point(const VisitMap& a, const VisitMap& b) {
  const VisitMap& small = a.size() <= b.size() ? a : b;
  const VisitMap& large = a.size() <= b.size() ? b : a;
  std::optional<std::size_t> best;
  std::size_t best_total = kNone;
  for (const auto& [v, visit] : small) {
    const auto found = large.find(v);
    if (found == large.end()) continue;
    const std::size_t total = visit.depth + found->second.depth;
    if (total < best_total || (total == best_total && v < *best)) {
      best = v;
      best_total = total;
    }
  }
  return best;
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
  std::ranges::sort(pairs);
  const auto [first, last] = std::ranges::unique(pairs);
  pairs.erase(first, last);
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
  const VisitMap visited = bounded_search(*graph_, *index_, filter, center, k);
  std::vector<Vertex> vertices;
  vertices.reserve(visited.size());
  for (const auto& item : visited) vertices.push_back(item.first);
  return induced_subgraph(*graph_, std::move(vertices), filter);
}

std::optional<Path> GraphQuery::shortest_path(Vertex from, Vertex to, const Filter& filter) const {
  if (from == to) return Path{{from}, {}};
  std::size_t limits[2] = {0, 0};
  const Vertex roots[2] = {from, to};
  VisitMap reached[2] = {VisitMap{{from, {}}}, VisitMap{{to, {}}}};
  for (;;) {
    // Deepen the side that has reached fewer vertices; searches restart from their root.
    const int side = reached[0].size() <= reached[1].size() ? 0 : 1;
    ++limits[side];
    VisitMap deeper =
        bounded_search(*graph_, *index_, filter, roots[side], limits[side], roots[1 - side]);
    if (deeper.size() == reached[side].size()) return std::nullopt;  // component exhausted
    reached[side] = std::move(deeper);
    if (const auto meet = meeting_point(reached[0], reached[1])) {
      std::vector<std::size_t> chain = chain_to(reached[0], *index_, graph_->boost(), *meet);
      std::vector<std::size_t> back = chain_to(reached[1], *index_, graph_->boost(), *meet);
      chain.insert(chain.end(), back.rbegin(), back.rend());
      return make_path(graph_->boost(), *index_, from, chain);
    }
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
  BoostGraph out;
  std::unordered_map<Vertex, Vertex> renumber;
  for (const Vertex v : subgraph.vertices) renumber.emplace(v, boost::add_vertex(g[v], out));
  for (const Edge e : subgraph.edges) {
    const auto h = renumber.find(boost::source(e, g));
    const auto t = renumber.find(boost::target(e, g));
    if (h != renumber.end() && t != renumber.end()) {
      boost::add_edge(h->second, t->second, g[e], out);
    }
  }
  return KnowledgeGraph(std::move(out));
}

// --- free functions -----------------------------------------------------------------------

std::string normalise_name(std::string_view text) {
  thread_local const detail::NameNormaliser normaliser(/*traditional_to_simplified=*/true);
  return normaliser(text);
}

Subgraph induced_subgraph(const KnowledgeGraph& graph, std::vector<Vertex> vertices,
                          const Filter& filter) {
  std::ranges::sort(vertices);
  const auto [first, last] = std::ranges::unique(vertices);
  vertices.erase(first, last);
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
