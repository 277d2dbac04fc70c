#include <algorithm>

#include "parkgraph/graph.hpp"

namespace parkgraph {

KnowledgeGraph::KnowledgeGraph() : graph_(std::make_shared<const BoostGraph>()) {}

KnowledgeGraph::KnowledgeGraph(std::unique_ptr<BoostGraph> graph)
    : graph_(graph ? std::shared_ptr<const BoostGraph>(std::move(graph))
                   : std::make_shared<const BoostGraph>()) {}

KnowledgeGraph::KnowledgeGraph(const BoostGraph& graph)
    : graph_(std::make_shared<const BoostGraph>(graph)) {}

std::optional<Vertex> KnowledgeGraph::find_by_id(std::string_view id) const {
  for (auto v : boost::make_iterator_range(boost::vertices(*graph_))) {
    if ((*graph_)[v].id == id) return v;
  }
  return std::nullopt;
}

std::vector<Vertex> KnowledgeGraph::find_by_name(std::string_view surface) const {
  std::vector<Vertex> found;
  for (auto v : boost::make_iterator_range(boost::vertices(*graph_))) {
    const Entity& e = (*graph_)[v];
    if (e.name == surface ||
        std::find(e.aliases.begin(), e.aliases.end(), surface) != e.aliases.end()) {
      found.push_back(v);
    }
  }
  return found;
}

}  // namespace parkgraph
