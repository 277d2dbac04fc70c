// Using parkgraph from C++: extract a graph from text files and list, for every park,
// the companies located in it and the people holding positions there.
//
//   example_query examples/corpus
#include <iostream>

#include "parkgraph/corpus.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/resolve.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> inputs(argv + 1, argv + argc);
  if (inputs.empty()) {
    std::cerr << "usage: example_query FILE|DIR...\n";
    return 2;
  }
  const parkgraph::Extractor extractor;
  const auto corpus = parkgraph::read_corpus(inputs, std::cin);
  const auto run = parkgraph::extract_corpus(extractor, corpus.sources, 0);
  const parkgraph::KnowledgeGraph graph = parkgraph::build_graph(run.extractions);
  const auto& g = graph.boost();

  for (auto park : boost::make_iterator_range(boost::vertices(g))) {
    if (g[park].type != parkgraph::EntityType::Park) continue;
    std::cout << g[park].name << "\n";
    for (auto edge : boost::make_iterator_range(boost::in_edges(park, g))) {
      const auto& relation = g[edge];
      const auto& other = g[boost::source(edge, g)];
      if (relation.type == parkgraph::RelationType::LocatedIn &&
          other.type == parkgraph::EntityType::Company) {
        std::cout << "  company: " << other.name << "\n";
      } else if (relation.type == parkgraph::RelationType::HoldsPosition) {
        std::cout << "  " << relation.title << ": " << other.name << "\n";
      }
    }
  }
  return corpus.problems.empty() && run.problems.empty() ? 0 : 1;
}
