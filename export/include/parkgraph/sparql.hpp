// SPARQL 1.1 queries over an exported RDF file, in process, through Rasqal (the query
// engine of the Raptor2/Redland family). The embedded default for users without a store.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace parkgraph {

/// A query that cannot be parsed or run, or a data file that cannot be read. `what()` names
/// the file (and the line and column when the library reports one).
class SparqlError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SparqlOptions {
  /// Syntax of the data file for Raptor ("turtle", "ntriples", "nquads", "trig", "rdfxml");
  /// empty: from the file's extension (rdf_syntax_for_path).
  std::string data_syntax;
  /// How SELECT and ASK results are written: "csv" (SPARQL 1.1 CSV: plain UTF-8 values),
  /// "tsv" (terms in N-Triples syntax), "json" or "xml"; an ASK in CSV or TSV is one line,
  /// true or false. CONSTRUCT and DESCRIBE results are N-Triples, one triple a line, sorted.
  std::string results = "csv";
  /// Name of the query in messages ("query.rq"); the query text is what counts.
  std::string query_name = "query";
};

/// Raptor's syntax name for a data file's extension (.ttl .nt .nq .trig .rdf/.owl), or nullopt.
std::optional<std::string> rdf_syntax_for_path(const std::filesystem::path& path);

/// Whether `name` is a results format run_sparql writes.
bool known_results_format(std::string_view name);

/// Runs a SELECT, ASK, CONSTRUCT or DESCRIBE `query` over `data` (every triple of every
/// graph of an N-Quads file is in the default graph) and returns the results as text.
/// Throws SparqlError. Deterministic: the same file and query give the same bytes, provided
/// a SELECT orders its rows (ORDER BY).
std::string run_sparql(const std::filesystem::path& data, std::string_view query,
                       const SparqlOptions& options = {});

}  // namespace parkgraph
