// The shortest chain of relations between two entities, direction ignored.
//   query_path GRAPH FROM TO
#include "example.hpp"

int main(int argc, char** argv) {
  const auto graph = example::open_graph(argc, argv, 3, "GRAPH FROM TO");
  const parkgraph::GraphQuery query(graph);
  const auto path =
      query.shortest_path(example::entity(query, argv[2]), example::entity(query, argv[3]));
  if (!path) {
    std::cout << "no chain of relations\n";
    return 1;
  }
  const auto& g = graph.boost();
  std::cout << graph.entity(path->vertices.front()).name;
  for (std::size_t i = 0; i < path->edges.size(); ++i) {
    const bool forward = boost::source(path->edges[i], g) == path->vertices[i];
    std::cout << (forward ? " -" : " <-") << parkgraph::to_string(g[path->edges[i]].type)
              << (forward ? "-> " : "- ") << graph.entity(path->vertices[i + 1]).name;
  }
  std::cout << "\n";
}
