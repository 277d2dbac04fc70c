// parkgraph build: extract a graph from text and write it in one or more formats.
#include <iostream>
#include <memory>

#include "command.hpp"

namespace parkgraph::cli {
namespace {

struct BuildOptions {
  ExtractOptions extract;
  OutputOptions output;
};

int run_build(const BuildOptions& o) {
  // Check every output's format before any work, so a typo costs nothing.
  const auto formats = output_formats(o.output, "build");
  if (!formats) return kExitUsage;
  const LoadedGraph loaded = extract_graph(o.extract);
  const bool written = write_outputs(loaded.graph, o.output, *formats, "build", o.extract.threads);
  std::cerr << "parkgraph: " << loaded.graph.entity_count() << " entities, "
            << loaded.graph.relation_count() << " relations\n";
  return (loaded.input_failed || !written) ? kExitInputFailed : kExitOk;
}

}  // namespace

Command add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  auto* build = app.add_subcommand("build", "Extract a graph from text files and write it");
  build
      ->add_option("inputs", options->extract.inputs,
                   "Text files, directories (every *.txt, recursively) or - for standard input")
      ->required();
  add_output_options(*build, options->output);
  add_extract_options(*build, options->extract);
  add_version_flag(*build);
  return {build, [options] { return run_build(*options); }};
}

}  // namespace parkgraph::cli
