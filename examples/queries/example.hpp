// Shared by the query examples: read the saved graph named on the command line.
#pragma once

#include <cstdlib>
#include <iostream>
#include <string>

#include "parkgraph/load.hpp"
#include "parkgraph/query.hpp"

namespace example {

/// The graph in argv[1] (.json or .nt, from `parkgraph build`); exits with a message when
/// the arguments are too few or the file cannot be read.
inline parkgraph::KnowledgeGraph open_graph(int argc, char** argv, int arguments,
                                            const char* usage) {
  if (argc < 1 + arguments) {
    std::cerr << "usage: " << argv[0] << " " << usage << "\n";
    std::exit(2);
  }
  try {
    return parkgraph::load_graph(argv[1]);
  } catch (const parkgraph::LoadError& e) {
    std::cerr << e.what() << "\n";
    std::exit(1);
  }
}

/// The entity a command-line argument names (id, name, alias, normalised name), or exit.
inline parkgraph::Vertex entity(const parkgraph::GraphQuery& query, const std::string& name) {
  const auto v = query.resolve(name);
  if (!v) {
    std::cerr << "no single entity named " << name << "\n";
    std::exit(1);
  }
  return *v;
}

inline std::string describe(const parkgraph::Entity& e) {
  return e.name + " [" + std::string(parkgraph::to_string(e.type)) + "]";
}

}  // namespace example
