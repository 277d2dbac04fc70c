#include "saved_graph.hpp"

#include <iostream>

#include "parkgraph/load.hpp"

namespace parkgraph::cli {

void add_filter_options(CLI::App& command, FilterOptions& o) {
  command.add_option("--type", o.types,
                     "Only entities of this type (Park, Company, Person, Project, Organization, "
                     "Location); repeat for several");
  command.add_option("--relation", o.relations,
                     "Only relations of this type (locatedIn, holdsPosition, investsIn, partOf, "
                     "cooperatesWith); repeat for several");
  command
      .add_option("--min-confidence", o.min_confidence,
                  "Leave out entities and relations below this confidence")
      ->check(CLI::Range(0.0, 1.0));
}

std::optional<Filter> make_filter(const FilterOptions& o, std::string_view command) {
  Filter filter;
  filter.min_confidence = o.min_confidence;
  for (const auto& name : o.types) {
    const auto type = parse_entity_type(name);
    if (!type) {
      std::cerr << "parkgraph " << command << ": unknown entity type '" << name << "'\n";
      return std::nullopt;
    }
    filter.types.push_back(*type);
  }
  for (const auto& name : o.relations) {
    const auto type = parse_relation_type(name);
    if (!type) {
      std::cerr << "parkgraph " << command << ": unknown relation type '" << name << "'\n";
      return std::nullopt;
    }
    filter.relations.push_back(*type);
  }
  return filter;
}

std::optional<KnowledgeGraph> read_saved_graph(const std::string& path, std::string_view command) {
  try {
    return load_graph(path);
  } catch (const std::exception& e) {
    std::cerr << "parkgraph " << command << ": " << e.what() << "\n";
    return std::nullopt;
  }
}

std::optional<Vertex> name_entity(const GraphQuery& query, const std::string& name,
                                  std::string_view command) {
  if (auto v = query.resolve(name)) return v;
  std::vector<Vertex> candidates = query.find(name);
  if (candidates.empty()) candidates = query.find_normalised(name);
  if (candidates.empty()) {
    std::cerr << "parkgraph " << command << ": no entity named '" << name << "'\n";
  } else {
    std::cerr << "parkgraph " << command << ": '" << name << "' names several entities; use an id:";
    for (const Vertex v : candidates) std::cerr << " " << query.graph().entity(v).id;
    std::cerr << "\n";
  }
  return std::nullopt;
}

}  // namespace parkgraph::cli
