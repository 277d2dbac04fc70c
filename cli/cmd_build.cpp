// parkgraph build: extract a graph from text and write it in one or more formats.
#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>

#include "command.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph::cli {
namespace {

struct BuildOptions {
  ExtractOptions extract;
  std::vector<std::string> outputs;
  std::string format;
  ExportOptions rdf;
};

/// --provenance shapes the N-Quads outputs; the other formats have no named graphs.
ExportOptions rdf_options(ExportOptions options, Format format) {
  options.provenance = options.provenance && format == Format::NQuads;
  return options;
}

int run_build(const BuildOptions& o) {
  std::optional<Format> forced;
  if (!o.format.empty()) {
    forced = parse_format(o.format);
    if (!forced) {
      std::cerr << "parkgraph build: unknown format '" << o.format << "'\n";
      return kExitUsage;
    }
  }
  // Check every output's format before any work, so a typo costs nothing.
  std::vector<Format> formats;
  for (const auto& out : o.outputs) {
    const auto format = forced ? forced : format_for_path(out);
    if (!format) {
      std::cerr << "parkgraph build: cannot tell the format of '" << out
                << "' from its extension; use --format ttl|nt|nq|json|dot|html\n";
      return kExitUsage;
    }
    formats.push_back(*format);
  }
  if (o.rdf.provenance && std::ranges::find(formats, Format::NQuads) == formats.end()) {
    std::cerr << "parkgraph build: --provenance writes named graphs: add an .nq output\n";
    return kExitUsage;
  }
  if (!valid_base_iri(o.rdf.base_iri)) {
    std::cerr << "parkgraph build: --base-iri '" << o.rdf.base_iri
              << "' must be an absolute IRI ending in / or #\n";
    return kExitUsage;
  }
  const LoadedGraph loaded = extract_graph(o.extract);
  bool write_failed = false;
  for (std::size_t i = 0; i < o.outputs.size(); ++i) {
    try {
      write_file_atomically(o.outputs[i],
                            serialize(loaded.graph, formats[i], rdf_options(o.rdf, formats[i])));
    } catch (const std::exception& e) {
      std::cerr << "parkgraph build: " << o.outputs[i] << ": " << e.what() << "\n";
      write_failed = true;
    }
  }
  std::cerr << "parkgraph: " << loaded.graph.entity_count() << " entities, "
            << loaded.graph.relation_count() << " relations\n";
  return (loaded.input_failed || write_failed) ? kExitInputFailed : kExitOk;
}

}  // namespace

Command add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  auto* build = app.add_subcommand("build", "Extract a graph from text files and write it");
  build
      ->add_option("inputs", options->extract.inputs,
                   "Text files, directories (every *.txt, recursively) or - for standard input")
      ->required();
  build
      ->add_option("-o,--output", options->outputs,
                   "Output file; repeat for several. Format from the extension: .ttl .nt .nq "
                   ".json .dot .html")
      ->required()
      ->allow_extra_args(false);  // one file per -o: `-o g.json corpus/` keeps corpus/ an input
  build->add_option("--format", options->format,
                    "Format of every output: ttl, nt, nq, json, dot, html");
  build
      ->add_option("--base-iri", options->rdf.base_iri,
                   "Namespace of entity IRIs in RDF output (ends in / or #)")
      ->capture_default_str();
  build->add_flag("--provenance", options->rdf.provenance,
                  "N-Quads outputs get one named graph per document and PROV-O links from each "
                  "fact to its document and sentence (facts stay in the default graph); needs "
                  "an .nq output");
  add_extract_options(*build, options->extract);
  add_version_flag(*build);
  return {build, [options] { return run_build(*options); }};
}

}  // namespace parkgraph::cli
