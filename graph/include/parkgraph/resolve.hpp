// Resolution: mentions of many documents -> one vertex per real entity.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
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
  /// At most this many mentions (and attribute values) kept per entity, the first by
  /// (document, offset); every mention is still counted in Entity::mention_count. Bounds
  /// memory by the number of entities, not the size of the corpus. 0 keeps all.
  std::size_t max_mentions_per_entity = 0;
  /// At most this many documents kept per (head, relation, tail), the first by document
  /// name, each with its evidence sentence. 0 keeps all.
  std::size_t max_documents_per_relation = 0;
};

/// Reads a TSV alias file: "alias<TAB>canonical name" per line, '#' comments.
/// Throws std::runtime_error naming the file and line of a malformed entry.
std::map<std::string, std::string, std::less<>> read_alias_file(const std::filesystem::path& path);
/// Reads a stop list: one name per line, '#' comments.
std::set<std::string, std::less<>> read_stoplist(const std::filesystem::path& path);

/// Builds a graph one extraction at a time, so a corpus streams through in memory that
/// grows with the entities and relations found, not with the text read. The result does
/// not depend on the order extractions are added in.
class GraphBuilder {
 public:
  explicit GraphBuilder(ResolveOptions options = {});
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;
  GraphBuilder& operator=(GraphBuilder&&) noexcept;

  /// Merges one document's mentions, attributes and facts.
  void add(const Extraction& extraction);
  /// Entities so far (an alias may still merge two of them in finish()).
  [[nodiscard]] std::size_t entity_count() const;
  /// The resolved graph; the builder is spent.
  KnowledgeGraph finish() &&;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Merges the extractions into one graph. Entities are keyed by (type, canonical key);
/// the id is derived from that key, so the same inputs always give the same ids, and the
/// result does not depend on the order of `extractions`.
KnowledgeGraph build_graph(std::span<const Extraction> extractions,
                           const ResolveOptions& options = {});

/// The id an entity of `type` with canonical `key` gets: "park/襄阳高新区".
std::string entity_id(EntityType type, std::string_view key);

}  // namespace parkgraph
