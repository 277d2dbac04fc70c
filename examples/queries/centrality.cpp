// Which parks are most connected: degree and betweenness centrality (Boost's Brandes).
//   query_centrality GRAPH [TOP]
#include <algorithm>

#include "example.hpp"

int main(int argc, char** argv) {
  const auto graph = example::open_graph(argc, argv, 1, "GRAPH [TOP]");
  const parkgraph::GraphQuery query(graph);
  const std::size_t top = argc > 2 ? std::stoul(argv[2]) : 5;
  const std::vector<double> degree = query.degree_centrality();
  const std::vector<double> betweenness = query.betweenness_centrality();
  parkgraph::Filter only_parks;
  only_parks.types = {parkgraph::EntityType::Park};
  std::vector<parkgraph::Vertex> parks = query.select(only_parks);
  std::ranges::stable_sort(parks, [&](auto a, auto b) { return betweenness[a] > betweenness[b]; });
  parks.resize(std::min(top, parks.size()));
  std::cout << "park\tdegree\tbetweenness\n";
  for (const parkgraph::Vertex v : parks) {
    std::cout << graph.entity(v).name << "\t" << degree[v] << "\t" << betweenness[v] << "\n";
  }
}
