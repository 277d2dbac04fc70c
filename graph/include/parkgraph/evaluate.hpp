// Scoring a graph against hand-made gold graphs, as ../shared/gold/GUIDELINES.md defines it.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "parkgraph/graph.hpp"

namespace parkgraph {

struct Counts {
  std::size_t true_positives = 0;  ///< predictions that are right
  std::size_t predicted = 0;
  std::size_t gold = 0;
  std::size_t recalled = 0;  ///< gold items found (differs from true_positives for relations)
  [[nodiscard]] double precision() const;
  [[nodiscard]] double recall() const;
  [[nodiscard]] double f1() const;
  Counts& operator+=(const Counts& other);
};

struct Scores {
  Counts core_entities;      ///< Park, Company, Person, Project, Organization
  Counts location_entities;  ///< Location
  Counts relations;
  std::map<std::string, Counts> by_entity_type;
  std::map<std::string, Counts> by_relation_type;
  std::map<std::string, Counts> relations_by_doc;
  std::size_t documents = 0;
  /// Per document: false and missed entities and relations, one line each.
  std::vector<std::string> errors;
};

/// Scores `graph` against every gold file (<doc>.json) in `gold_dir`. Entities match by
/// type and any shared name or alias, one to one; relations match by type and matched
/// ends, cooperatesWith in either direction, locatedIn and partOf against the transitive
/// closure of gold locatedIn/partOf (either type accepted). Throws std::runtime_error
/// naming a gold file that cannot be parsed.
Scores evaluate(const KnowledgeGraph& graph, const std::filesystem::path& gold_dir);

/// The scores as a printable table.
std::string format_scores(const Scores& scores, bool with_errors = false);

}  // namespace parkgraph
