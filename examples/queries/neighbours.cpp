// The relations of one entity, both directions, each with the sentence it was read from.
//   query_neighbours GRAPH ENTITY
#include "example.hpp"

int main(int argc, char** argv) {
  const auto graph = example::open_graph(argc, argv, 2, "GRAPH ENTITY");
  const parkgraph::GraphQuery query(graph);
  const parkgraph::Vertex v = example::entity(query, argv[2]);
  for (const parkgraph::Hop& hop : query.neighbours(v, parkgraph::Direction::Both)) {
    const parkgraph::Relation& r = graph.relation(hop.edge);
    std::cout << (hop.outgoing ? "-> " : "<- ") << parkgraph::to_string(r.type) << " "
              << example::describe(graph.entity(hop.other)) << "\n   " << r.evidence << "\n";
  }
}
