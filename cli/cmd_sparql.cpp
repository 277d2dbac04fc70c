// parkgraph sparql: run a SPARQL 1.1 query over an exported RDF file, in process (Rasqal).
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "command.hpp"
#include "parkgraph/export.hpp"
#include "parkgraph/sparql.hpp"

namespace parkgraph::cli {
namespace {

struct SparqlCommandOptions {
  std::string data;
  std::string query_file;
  std::string query_text;
  std::string data_format;
  std::string results = "csv";
  std::string output;
};

/// The query: the -e text, standard input for "-", or the file's contents.
std::optional<std::string> read_query(const SparqlCommandOptions& o) {
  if (!o.query_text.empty()) return o.query_text;
  if (o.query_file == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::ifstream in(o.query_file, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Raptor's parser name for a --format value, or "" if unknown.
std::string data_syntax_name(const std::string& format) {
  if (format == "trig") return "trig";
  const auto known = rdf_syntax_for_path(
      "graph." + std::string(format_name(parse_format(format).value_or(Format::Json))));
  return known.value_or("");
}

int run_sparql_command(const SparqlCommandOptions& o) {
  if (o.query_text.empty() == o.query_file.empty()) {
    std::cerr << "parkgraph sparql: give either a QUERY file or -e TEXT\n";
    return kExitUsage;
  }
  if (!known_results_format(o.results)) {
    std::cerr << "parkgraph sparql: unknown results format '" << o.results
              << "'; use csv, tsv, json or xml\n";
    return kExitUsage;
  }
  SparqlOptions options;
  options.results = o.results;
  options.query_name = o.query_text.empty() ? o.query_file : std::string("-e");
  if (!o.data_format.empty()) {
    options.data_syntax = data_syntax_name(o.data_format);
    if (options.data_syntax.empty()) {
      std::cerr << "parkgraph sparql: unknown data format '" << o.data_format
                << "'; use ttl, nt, nq or trig\n";
      return kExitUsage;
    }
  }
  const auto query = read_query(o);
  if (!query) {
    std::cerr << "parkgraph sparql: " << o.query_file << ": cannot read the query\n";
    return kExitInputFailed;
  }
  std::string results;
  try {
    results = run_sparql(o.data, *query, options);
  } catch (const SparqlError& e) {
    std::cerr << "parkgraph sparql: " << e.what() << "\n";
    return kExitInputFailed;
  }
  if (o.output.empty()) {
    std::cout << results;
    return kExitOk;
  }
  try {
    write_file_atomically(o.output, results);
  } catch (const std::exception& e) {
    std::cerr << "parkgraph sparql: " << o.output << ": " << e.what() << "\n";
    return kExitInputFailed;
  }
  return kExitOk;
}

}  // namespace

Command add_sparql_command(CLI::App& app) {
  auto options = std::make_shared<SparqlCommandOptions>();
  auto* sparql = app.add_subcommand(
      "sparql",
      "Run a SPARQL 1.1 SELECT, ASK, CONSTRUCT or DESCRIBE query over an exported RDF file "
      "(in process, Rasqal; no store needed)");
  sparql->add_option("graph", options->data, "RDF file: .ttl, .nt, .nq (all graphs) or .trig")
      ->required();
  sparql->add_option("query", options->query_file, "File holding the query (.rq), - for stdin");
  sparql->add_option("-e,--exec", options->query_text, "The query text itself, instead of a file");
  sparql->add_option("--format", options->data_format,
                     "Syntax of the graph file when its extension does not say: ttl, nt, nq, trig");
  sparql
      ->add_option("-r,--results", options->results,
                   "SELECT/ASK results as csv (plain values), tsv (RDF terms), json or xml; "
                   "CONSTRUCT and DESCRIBE give sorted N-Triples")
      ->capture_default_str();
  sparql->add_option("-o,--output", options->output,
                     "Write the results to this file (atomically) instead of standard output");
  add_version_flag(*sparql);
  return {sparql, [options] { return run_sparql_command(*options); }};
}

}  // namespace parkgraph::cli
