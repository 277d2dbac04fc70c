// Reading a saved graph back, so that queries and pictures need no re-extraction.
// JSON is the export contract (gold/GUIDELINES.md); N-Triples is what Format::NTriples
// writes, parsed by Raptor2.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "parkgraph/export.hpp"
#include "parkgraph/graph.hpp"

namespace parkgraph {

/// Raised when a saved graph cannot be read; the message names the source and the
/// position (byte offset for JSON, line for N-Triples) of the problem.
class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A graph from export-contract JSON. `source` names the input in error messages.
/// Vertices are ordered by id and edges by (head, type, tail, doc), as the builder does,
/// so serialising the result gives back the bytes that were read.
KnowledgeGraph load_json(std::string_view text, std::string_view source = "<json>");

/// A graph from the N-Triples parkgraph writes (entities, mentions, attributes and the
/// reified pg:Statement of every relation). Triples of other shapes are ignored.
KnowledgeGraph load_ntriples(std::string_view text, std::string_view source = "<ntriples>",
                             const ExportOptions& options = {});

/// Reads `path` as JSON (.json) or N-Triples (.nt). LoadError when the file cannot be read,
/// its extension names neither format, or its content is invalid.
KnowledgeGraph load_graph(const std::filesystem::path& path, const ExportOptions& options = {});

}  // namespace parkgraph
