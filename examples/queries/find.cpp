// Find entities by name or alias, exactly and normalised (NFKC, case, Traditional/Simplified).
//   query_find GRAPH NAME
#include "example.hpp"

int main(int argc, char** argv) {
  const auto graph = example::open_graph(argc, argv, 2, "GRAPH NAME");
  const parkgraph::GraphQuery query(graph);
  for (const parkgraph::Vertex v : query.find(argv[2])) {
    std::cout << "exact:      " << example::describe(graph.entity(v)) << "\n";
  }
  for (const parkgraph::Vertex v : query.find_normalised(argv[2])) {
    std::cout << "normalised: " << example::describe(graph.entity(v)) << "\n";
  }
}
