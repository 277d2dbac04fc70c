// Everything within K relations of an entity (default 2), e.g. of an official.
//   query_around GRAPH ENTITY [K]
#include "example.hpp"

int main(int argc, char** argv) {
  const auto graph = example::open_graph(argc, argv, 2, "GRAPH ENTITY [K]");
  const parkgraph::GraphQuery query(graph);
  const parkgraph::Vertex v = example::entity(query, argv[2]);
  const std::size_t k = argc > 3 ? std::stoul(argv[3]) : 2;
  const parkgraph::Subgraph sub = query.k_hop(v, k);
  std::cout << sub.vertices.size() << " entities and " << sub.edges.size() << " relations within "
            << k << " of " << graph.entity(v).name << ":\n";
  for (const parkgraph::Vertex u : sub.vertices) {
    std::cout << "  " << example::describe(graph.entity(u)) << "\n";
  }
}
