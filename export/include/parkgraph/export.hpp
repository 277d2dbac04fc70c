// Serialisers of the knowledge graph. Exporters decide nothing about language:
// they render what the graph holds.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "parkgraph/graph.hpp"

namespace parkgraph {

enum class Format { Turtle, NTriples, NQuads, Json, Dot, Html };

/// "ttl", "nt", "nq", "json", "dot", "html" -> Format.
std::optional<Format> parse_format(std::string_view name);
/// The format a file name asks for by its extension (.ttl, .nt, .nq, .json, .dot, .html).
std::optional<Format> format_for_path(const std::filesystem::path& path);
/// Canonical short name ("ttl", ...), also the usual file extension.
std::string_view format_name(Format format);

struct ExportOptions {
  /// Namespace of entity IRIs; the vocabulary lives at ontology/parkgraph.ttl.
  std::string base_iri = "https://w3id.org/parkgraph/id/";
  std::string vocabulary_iri = "https://w3id.org/parkgraph/ontology#";
  /// N-Quads only: the facts in the default graph, and what each document says (mentions,
  /// statements, sentences, PROV-O activity) in one named graph per document.
  bool provenance = false;
  /// Threads the RDF serialisers may use (0 = one per core). The graph is cut into chunks
  /// that do not depend on this number, so the bytes written do not either.
  unsigned threads = 1;
};

/// Whether `iri` can serve as a base IRI: absolute (a scheme), ending in '/' or '#', with
/// nothing that must be percent-encoded in an IRI.
bool valid_base_iri(std::string_view iri);

/// Whether `format` can carry `options` (provenance needs named graphs: N-Quads).
bool supports(Format format, const ExportOptions& options);

/// Raised when a serialiser library reports an error.
class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The graph rendered in `format`. Deterministic: the same graph gives the same bytes.
std::string serialize(const KnowledgeGraph& graph, Format format,
                      const ExportOptions& options = {});

/// IRI of an entity: base_iri + lower-case type + "/" + the id's part after its type prefix,
/// percent-encoding only what may not stand in an IRI. Chinese characters stay UTF-8.
std::string entity_iri(const Entity& entity, const ExportOptions& options = {});

/// Writes `content` to a temporary file beside `path` and renames it over `path`,
/// so readers never see a half-written file. Throws std::system_error on failure.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// For an interrupted run (SIGINT, SIGTERM): removes every temporary file that
/// write_file_atomically has created and not yet renamed, and makes every later call fail,
/// so each target keeps its previous content (or stays absent). Thread-safe; the calls in
/// flight finish or fail, none publishes a file afterwards.
void discard_temporary_files() noexcept;

}  // namespace parkgraph
