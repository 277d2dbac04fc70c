// Transitive locatedIn/partOf: what an entity lies in, and what lies in it.
//   query_within GRAPH ENTITY
#include "example.hpp"

int main(int argc, char** argv) {
  const auto graph = example::open_graph(argc, argv, 2, "GRAPH ENTITY");
  const parkgraph::GraphQuery query(graph);
  const parkgraph::Vertex v = example::entity(query, argv[2]);
  std::cout << example::describe(graph.entity(v)) << " lies in:\n";
  for (const auto& r : query.containment(v, parkgraph::Direction::Out)) {
    std::cout << "  " << r.depth << " " << example::describe(graph.entity(r.vertex)) << "\n";
  }
  std::cout << "and holds:\n";
  for (const auto& r : query.containment(v, parkgraph::Direction::In)) {
    std::cout << "  " << r.depth << " " << example::describe(graph.entity(r.vertex)) << "\n";
  }
}
