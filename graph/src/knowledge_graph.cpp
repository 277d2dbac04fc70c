#include <algorithm>

#include "parkgraph/graph.hpp"

namespace parkgraph {

KnowledgeGraph::KnowledgeGraph(BoostGraph&& graph) noexcept {
  graph_.swap(graph);
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept {
  graph_.swap(other.graph_);
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
  if (this != &other) {
    BoostGraph taken;
    taken.swap(other.graph_);
    graph_.swap(taken);
  }
  return *this;
}

std::optional<Vertex> KnowledgeGraph::find_by_id(std::string_view id) const {
  for (auto v : boost::make_iterator_range(boost::vertices(graph_))) {
    if (graph_[v].id == id) return v;
  }
  return std::nullopt;
}

std::vector<Vertex> KnowledgeGraph::find_by_name(std::string_view surface) const {
  std::vector<Vertex> found;
  for (auto v : boost::make_iterator_range(boost::vertices(graph_))) {
    const Entity& e = graph_[v];
    if (e.name == surface ||
        std::find(e.aliases.begin(), e.aliases.end(), surface) != e.aliases.end()) {
      found.push_back(v);
    }
  }
  return found;
}

}  // namespace parkgraph
