// Fruchterman-Reingold (Boost.Graph) on an undirected, simple copy of the graph. Each
// connected component is laid out on its own and the components are then packed in rows:
// one force layout over all of them would push the small components against the walls.
#include "layout.hpp"

#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <set>
#include <utility>

namespace parkgraph::detail {
namespace {

using LayoutGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::square_topology<boost::minstd_rand>;

constexpr unsigned kSeed = 20240705;
constexpr int kIterations = 300;
constexpr double kEdgeLength = 60.0;  // ideal distance between neighbours, layout units
constexpr double kRepulsionRange = 3 * kEdgeLength;

/// Direction and multiplicity do not matter to a spring layout; self-loops only hurt it.
LayoutGraph undirected_copy(const BoostGraph& g) {
  LayoutGraph copy(boost::num_vertices(g));
  std::set<std::pair<Vertex, Vertex>> seen;
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex a = std::min(boost::source(e, g), boost::target(e, g));
    const Vertex b = std::max(boost::source(e, g), boost::target(e, g));
    if (a != b && seen.emplace(a, b).second) boost::add_edge(a, b, copy);
  }
  return copy;
}

/// Vertices of each connected component, largest component first, ties by first vertex.
std::vector<std::vector<std::size_t>> components_of(const LayoutGraph& g) {
  std::vector<int> component(boost::num_vertices(g));
  const int count = boost::connected_components(g, component.data());
  std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(count));
  for (std::size_t v = 0; v < component.size(); ++v) {
    members[static_cast<std::size_t>(component[v])].push_back(v);
  }
  std::ranges::stable_sort(members, std::greater<>{}, &std::vector<std::size_t>::size);
  return members;
}

/// The subgraph induced by `vertices`, renumbered 0..n-1 in the given order.
LayoutGraph induced(const LayoutGraph& g, const std::vector<std::size_t>& vertices) {
  std::vector<std::size_t> local(boost::num_vertices(g), 0);
  for (std::size_t i = 0; i < vertices.size(); ++i) local[vertices[i]] = i;
  LayoutGraph sub(vertices.size());
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto a = boost::source(e, g);
    const auto b = boost::target(e, g);
    // Both ends are in the same component, so checking one end is enough.
    if (std::ranges::binary_search(vertices, a)) boost::add_edge(local[a], local[b], sub);
  }
  return sub;
}

// Boost derives the ideal edge length k from the size of the box, so a box just big
// enough makes the layout fill it and pile vertices against its walls. These forces use
// a fixed k instead (Boost's default formulas), and the box is made roomy.
struct Attraction {
  template <typename EdgeT>
  double operator()(EdgeT, double /*box_k*/, double distance, const LayoutGraph&) const {
    return distance * distance / kEdgeLength;
  }
};

struct Repulsion {
  template <typename VertexT>
  double operator()(VertexT, VertexT, double /*box_k*/, double distance, const LayoutGraph&) const {
    // Far vertices do not push (the cut-off of Fruchterman and Reingold's grid variant);
    // otherwise big components swell until they reach the walls.
    return distance < kRepulsionRange ? kEdgeLength * kEdgeLength / distance : 0.0;
  }
};

/// The vertex pairs the repulsion is computed for: those in the same or neighbouring cells
/// of a kRepulsionRange grid. Boost's grid_force_pairs sizes its cells from the box volume
/// and so compares almost all pairs; this keeps each iteration near-linear.
class NearbyPairs {
 public:
  explicit NearbyPairs(const std::vector<Topology::point_type>& positions)
      : positions_(&positions) {}

  template <typename Graph, typename ApplyForce>
  void operator()(const Graph& /*g*/, ApplyForce apply_force) const {
    std::map<Cell, std::vector<std::size_t>> cells;
    for (std::size_t v = 0; v < positions_->size(); ++v) cells[cell_of(v)].push_back(v);
    for (std::size_t v = 0; v < positions_->size(); ++v) {
      const auto [x, y] = cell_of(v);
      for (long long dx = -1; dx <= 1; ++dx) {
        for (long long dy = -1; dy <= 1; ++dy) {
          const auto found = cells.find({x + dx, y + dy});
          if (found == cells.end()) continue;
          for (const std::size_t u : found->second) apply_force(u, v);  // pushes v away from u
        }
      }
    }
  }

 private:
  using Cell = std::pair<long long, long long>;
  [[nodiscard]] Cell cell_of(std::size_t v) const {
    const auto& p = (*positions_)[v];
    return {static_cast<long long>(std::floor(p[0] / kRepulsionRange)),
            static_cast<long long>(std::floor(p[1] / kRepulsionRange))};
  }

  const std::vector<Topology::point_type>* positions_;
};

std::vector<Point2> spring_layout(const LayoutGraph& g) {
  const std::size_t n = boost::num_vertices(g);
  if (n == 1) return {{0, 0}};
  boost::minstd_rand random(kSeed);
  const double half_side = 3.0 * kEdgeLength * std::sqrt(static_cast<double>(n));
  Topology topology(random, half_side);
  std::vector<Topology::point_type> positions(n);
  auto position_map =
      boost::make_iterator_property_map(positions.begin(), boost::get(boost::vertex_index, g));
  boost::random_graph_layout(g, position_map, topology);
  boost::fruchterman_reingold_force_directed_layout(
      g, position_map, topology,
      boost::attractive_force(Attraction{})
          .repulsive_force(Repulsion{})
          .force_pairs(NearbyPairs(positions))
          .cooling(boost::linear_cooling<double>(kIterations, half_side / 6)));
  std::vector<Point2> points;
  points.reserve(n);
  for (const auto& p : positions) points.push_back({p[0], p[1]});
  return points;
}

struct Box {
  double min_x, min_y, max_x, max_y;
  [[nodiscard]] double width() const { return max_x - min_x; }
  [[nodiscard]] double height() const { return max_y - min_y; }
};

Box bounds(const std::vector<Point2>& points) {
  Box box{points[0].x, points[0].y, points[0].x, points[0].y};
  for (const Point2& p : points) {
    box = {std::min(box.min_x, p.x), std::min(box.min_y, p.y), std::max(box.max_x, p.x),
           std::max(box.max_y, p.y)};
  }
  return box;
}

bool all_finite(const std::vector<Point2>& points) {
  return std::ranges::all_of(
      points, [](const Point2& p) { return std::isfinite(p.x) && std::isfinite(p.y); });
}

std::vector<Point2> circle_layout(std::size_t n) {
  std::vector<Point2> points;
  const double radius = kEdgeLength * static_cast<double>(n) / (2 * std::numbers::pi);
  for (std::size_t i = 0; i < n; ++i) {
    const double angle = 2.0 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
    points.push_back({radius * std::cos(angle), radius * std::sin(angle)});
  }
  return points;
}

/// Lays out every component and packs them left to right in rows of about equal width.
std::vector<Point2> packed_layout(const LayoutGraph& g) {
  const auto members = components_of(g);
  std::vector<std::vector<Point2>> layouts;
  double area = 0;
  double widest = 0;
  for (const auto& vertices : members) {
    std::vector<Point2> points = spring_layout(induced(g, vertices));
    if (!all_finite(points)) points = circle_layout(points.size());  // forces blew up
    const Box box = bounds(points);
    area += (box.width() + kEdgeLength) * (box.height() + kEdgeLength);
    widest = std::max(widest, box.width() + kEdgeLength);
    layouts.push_back(std::move(points));
  }
  // Rows about as wide as a 4:3 rectangle of the same area.
  const double row_width = std::max(widest, std::sqrt(area * 4 / 3));
  std::vector<Point2> result(boost::num_vertices(g));
  double x = 0, y = 0, row_height = 0;
  for (std::size_t c = 0; c < members.size(); ++c) {
    const Box box = bounds(layouts[c]);
    if (x > 0 && x + box.width() > row_width) {
      x = 0;
      y += row_height;
      row_height = 0;
    }
    for (std::size_t i = 0; i < members[c].size(); ++i) {
      result[members[c][i]] = {x + layouts[c][i].x - box.min_x, y + layouts[c][i].y - box.min_y};
    }
    x += box.width() + kEdgeLength;
    row_height = std::max(row_height, box.height() + kEdgeLength);
  }
  return result;
}

/// Scales uniformly (never enlarging beyond 2x, so tiny graphs stay small) and centres.
void fit(std::vector<Point2>& points, double width, double height, double margin) {
  const Box box = bounds(points);
  const double room_x = width - 2 * margin;
  const double room_y = height - 2 * margin;
  double scale = 2.0;
  if (box.width() > 0) scale = std::min(scale, room_x / box.width());
  if (box.height() > 0) scale = std::min(scale, room_y / box.height());
  const double centre_x = (box.min_x + box.max_x) / 2;
  const double centre_y = (box.min_y + box.max_y) / 2;
  for (Point2& p : points) {
    p.x = width / 2 + (p.x - centre_x) * scale;
    p.y = height / 2 + (p.y - centre_y) * scale;
  }
}

}  // namespace

std::vector<Point2> layout_graph(const KnowledgeGraph& graph, double width, double height,
                                 double margin) {
  if (graph.entity_count() == 0) return {};
  std::vector<Point2> points = packed_layout(undirected_copy(graph.boost()));
  fit(points, width, height, margin);
  return points;
}

}  // namespace parkgraph::detail
