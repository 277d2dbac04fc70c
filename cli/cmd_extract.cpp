// parkgraph extract: the mapper of a distributed run. JSON lines in ({"id", "text"} per
// document), one line per fact out, in input order, on standard output.
#include <fstream>
#include <iostream>
#include <memory>

#include "command.hpp"
#include "parkgraph/corpus.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/lines.hpp"

namespace parkgraph::cli {
namespace {

struct ExtractCommandOptions {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string ontology_dir;
  unsigned threads = 0;
};

// Extracts every document of one JSON-lines source, writing its lines to standard output.
bool extract_source(const Extractor& extractor, std::istream& in, const std::string& source,
                    Format format, unsigned threads) {
  bool ok = true;
  auto stream = stream_json_lines(in, source);
  StreamOptions stream_options;
  stream_options.threads = threads;
  extract_stream(extractor, *stream, stream_options, [&](DocumentResult&& result) {
    if (result.problem) {
      std::cerr << "parkgraph extract: " << result.problem->path << ": " << result.problem->message
                << "\n";
      ok = false;
    }
    if (!result.extraction) return;
    try {
      std::cout << (format == Format::Json ? extraction_to_json_lines(*result.extraction)
                                           : extraction_to_rdf_lines(*result.extraction, format));
    } catch (const std::exception& e) {
      std::cerr << "parkgraph extract: " << result.path << ": " << e.what() << "\n";
      ok = false;
    }
  });
  return ok;
}

int run_extract(const ExtractCommandOptions& o) {
  const auto format = parse_format(o.format);
  if (!format ||
      (*format != Format::Json && *format != Format::NTriples && *format != Format::NQuads)) {
    std::cerr << "parkgraph extract: --format is json, nt or nq, not '" << o.format << "'\n";
    return kExitUsage;
  }
  ExtractOptions extract;
  extract.ontology_dir = o.ontology_dir;
  const Extractor extractor(load_ontology(extract));
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> inputs =
      o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
  const bool ok =
      read_each_input(inputs, "extract", [&](std::istream& in, const std::string& name) {
        return extract_source(extractor, in, name, *format, o.threads);
      });
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "parkgraph extract: writing standard output failed\n";
    return kExitInputFailed;
  }
  return ok ? kExitOk : kExitInputFailed;
}

}  // namespace

Command add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractCommandOptions>();
  auto* extract = app.add_subcommand(
      "extract",
      "Mapper for distributed runs: JSON lines {\"id\", \"text\"} in, one line per fact out "
      "(JSON for `parkgraph merge`, or N-Triples/N-Quads with stable IRIs)");
  extract->add_option("inputs", options->inputs,
                      "JSON-lines files; none or - reads standard input");
  extract
      ->add_option("--format", options->format,
                   "json (records `parkgraph merge` reads), nt or nq (the document's triples)")
      ->capture_default_str();
  extract
      ->add_option("--ontology", options->ontology_dir,
                   "Directory of lexicon files to use instead of the built-in ones")
      ->check(CLI::ExistingDirectory);
  extract->add_option("-j,--threads,--jobs", options->threads,
                      "Extraction threads (0 = one per core); output order is the input's");
  add_version_flag(*extract);
  return {extract, [options] { return run_extract(*options); }};
}

}  // namespace parkgraph::cli
