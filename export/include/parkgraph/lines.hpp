// Line-oriented records of one document's extraction, for distributed runs: a mapper
// (`parkgraph extract`) writes them per document, `parkgraph merge` reads the shards back and
// builds the graph a single run would have built.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "parkgraph/export.hpp"
#include "parkgraph/types.hpp"

namespace parkgraph {

/// One JSON object a line for each mention, attribute and relation of `extraction`, every
/// line naming its document ("doc"), its kind ("mention", "attribute", "relation") and the
/// stable entity ids it concerns; nothing is lost that resolution needs.
std::string extraction_to_json_lines(const Extraction& extraction);

/// The document's own graph as N-Triples or N-Quads lines (`format` NTriples or NQuads):
/// entity IRIs are those of a whole-corpus run; labels are the document's own forms.
std::string extraction_to_rdf_lines(const Extraction& extraction, Format format,
                                    const ExportOptions& options = {});

/// A malformed line met while reading records.
struct LineProblem {
  std::string where;  ///< "source:line"
  std::string message;
};

/// Reads what extraction_to_json_lines() wrote (shards concatenated in any order), one
/// document at a time: consecutive lines of one document make one Extraction.
class ExtractionLineReader {
 public:
  ExtractionLineReader(std::istream& in, std::string source);

  /// The next document's extraction, or nullopt at the end. Malformed lines are skipped
  /// and appended to `problems`.
  std::optional<Extraction> next(std::vector<LineProblem>& problems);

 private:
  bool read_record(std::vector<LineProblem>& problems);

  std::istream& in_;
  std::string source_;
  std::size_t line_number_ = 0;
  std::optional<Extraction> current_;
  std::optional<Extraction> finished_;
};

}  // namespace parkgraph
