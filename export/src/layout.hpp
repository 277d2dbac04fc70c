// Node positions for the HTML view, computed in C++ so the page needs no layout library.
#pragma once

#include <vector>

#include "parkgraph/graph.hpp"

namespace parkgraph::detail {

struct Point2 {
  double x = 0.0;
  double y = 0.0;
};

/// One position per vertex (indexed like the graph's vertices), inside the box
/// [margin, width - margin] x [margin, height - margin]. Deterministic: a fixed seed.
std::vector<Point2> layout_graph(const KnowledgeGraph& graph, double width, double height,
                                 double margin);

}  // namespace parkgraph::detail
