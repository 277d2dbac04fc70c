// Resolution: mentions of many documents -> one vertex per real entity.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "parkgraph/graph.hpp"
#include "parkgraph/types.hpp"

namespace parkgraph {

struct ResolveOptions {
  /// Entities and relations below this confidence are left out.
  double min_confidence = 0.0;
  /// Surface form -> the name it is an alias of (from a user's alias file).
  std::map<std::string, std::string, std::less<>> aliases;
  /// Names never to output (from a user's stop list).
  std::set<std::string, std::less<>> stoplist;
};

/// Reads a TSV alias file: "alias<TAB>canonical name" per line, '#' comments.
/// Throws std::runtime_error naming the file and line of a malformed entry.
std::map<std::string, std::string, std::less<>> read_alias_file(const std::filesystem::path& path);
/// Reads a stop list: one name per line, '#' comments.
std::set<std::string, std::less<>> read_stoplist(const std::filesystem::path& path);

/// Merges the extractions into one graph. Entities are keyed by (type, canonical key);
/// the id is derived from that key, so the same inputs always give the same ids, and the
/// result does not depend on the order of `extractions`.
KnowledgeGraph build_graph(std::span<const Extraction> extractions,
                           const ResolveOptions& options = {});

/// The id an entity of `type` with canonical `key` gets: "park/襄阳高新区".
std::string entity_id(EntityType type, std::string_view key);

}  // namespace parkgraph
