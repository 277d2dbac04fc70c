// Filtering by type and confidence: confident companies and the parks they are located in.
//   query_filter GRAPH [MIN_CONFIDENCE]
#include "example.hpp"

int main(int argc, char** argv) {
  using namespace parkgraph;
  const auto graph = example::open_graph(argc, argv, 1, "GRAPH [MIN_CONFIDENCE]");
  const GraphQuery query(graph);
  const double floor = argc > 2 ? std::stod(argv[2]) : 0.8;
  Filter companies;  // entities and relations below the floor are left out
  companies.types = {EntityType::Company};
  companies.min_confidence = floor;
  Filter parks = companies;
  parks.types = {EntityType::Park};
  parks.relations = {RelationType::LocatedIn};
  for (const Vertex v : query.select(companies)) {
    std::cout << graph.entity(v).name;
    for (const Hop& hop : query.neighbours(v, Direction::Out, parks)) {
      std::cout << "\t" << graph.entity(hop.other).name;
    }
    std::cout << "\n";
  }
}
