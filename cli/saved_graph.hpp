// Shared by the commands that read a saved graph (query, render): loading it, the filter
// options, and naming entities on the command line.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "parkgraph/query.hpp"

namespace parkgraph::cli {

/// --type, --relation and --min-confidence as given on the command line.
struct FilterOptions {
  std::vector<std::string> types;
  std::vector<std::string> relations;
  double min_confidence = 0.0;
};

void add_filter_options(CLI::App& command, FilterOptions& options);

/// The Filter the options describe; nullopt (after a message) when a name is unknown.
std::optional<Filter> make_filter(const FilterOptions& options, std::string_view command);

/// A graph read from .json or .nt; nullopt after a message naming the file and position.
std::optional<KnowledgeGraph> read_saved_graph(const std::string& path, std::string_view command);

/// The entity `name` names (id, name, alias, normalised name); nullopt after a message that
/// lists the candidates when the name is ambiguous.
std::optional<Vertex> name_entity(const GraphQuery& query, const std::string& name,
                                  std::string_view command);

}  // namespace parkgraph::cli
