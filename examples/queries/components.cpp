// Connected components (direction ignored): how many, how big, and the parks in the largest.
//   query_components GRAPH
#include <algorithm>

#include "example.hpp"

int main(int argc, char** argv) {
  const auto graph = example::open_graph(argc, argv, 1, "GRAPH");
  const parkgraph::GraphQuery query(graph);
  const parkgraph::Components c = query.connected_components();
  const auto largest =
      static_cast<std::size_t>(std::ranges::max_element(c.sizes) - c.sizes.begin());
  std::cout << c.count << " components; the largest has " << c.sizes[largest]
            << " entities, among them the parks:\n";
  for (std::size_t v = 0; v < c.component.size(); ++v) {
    const auto& e = graph.entity(v);
    if (c.component[v] == largest && e.type == parkgraph::EntityType::Park) {
      std::cout << "  " << e.name << "\n";
    }
  }
}
