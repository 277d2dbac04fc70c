// parkgraph merge: the reducer of a distributed run. Reads the JSON records shards of
// `parkgraph extract` wrote and writes the graph one `parkgraph build` over all the
// documents would have written.
#include <fstream>
#include <iostream>
#include <memory>

#include "command.hpp"
#include "parkgraph/lines.hpp"
#include "parkgraph/resolve.hpp"
#include "progress.hpp"

namespace parkgraph::cli {
namespace {

struct MergeOptions {
  ExtractOptions resolve;  // only the resolution options are used
  OutputOptions output;
  std::vector<std::string> shards;
};

bool merge_source(std::istream& in, const std::string& source, GraphBuilder& builder,
                  Progress& progress) {
  bool ok = true;
  ExtractionLineReader reader(in, source);
  std::vector<LineProblem> problems;
  while (true) {
    std::optional<Extraction> extraction = reader.next(problems);
    for (const auto& problem : problems) {
      progress.clear();
      std::cerr << "parkgraph merge: " << problem.where << ": " << problem.message << "\n";
      ok = false;
    }
    problems.clear();
    if (!extraction) break;
    builder.add(*extraction);
    progress.document_done(0, builder.entity_count());
  }
  return ok;
}

int run_merge(const MergeOptions& o) {
  const auto formats = output_formats(o.output, "merge");
  if (!formats) return kExitUsage;
  GraphBuilder builder(resolve_options(o.resolve));
  Progress progress(o.resolve.progress);
  const bool ok =
      read_each_input(o.shards, "merge", [&](std::istream& in, const std::string& name) {
        return merge_source(in, name, builder, progress);
      });
  progress.clear();
  const KnowledgeGraph graph = std::move(builder).finish();
  const bool written = write_outputs(graph, o.output, *formats, "merge", o.resolve.threads);
  std::cerr << "parkgraph: " << graph.entity_count() << " entities, " << graph.relation_count()
            << " relations\n";
  return (ok && written) ? kExitOk : kExitInputFailed;
}

}  // namespace

Command add_merge_command(CLI::App& app) {
  auto options = std::make_shared<MergeOptions>();
  auto* merge = app.add_subcommand(
      "merge",
      "Reducer for distributed runs: combine the JSON records of `parkgraph extract` shards "
      "into the graph a single `parkgraph build` gives");
  merge
      ->add_option("shards", options->shards,
                   "Shard files of JSON records, or - for standard input")
      ->required();
  add_output_options(*merge, options->output);
  merge
      ->add_option("--aliases", options->resolve.alias_file,
                   "TSV file of 'alias<TAB>canonical name' lines")
      ->check(CLI::ExistingFile);
  merge->add_option("--stoplist", options->resolve.stoplist_file, "File of names never to output")
      ->check(CLI::ExistingFile);
  merge
      ->add_option("--min-confidence", options->resolve.min_confidence,
                   "Leave out entities and relations below this confidence")
      ->check(CLI::Range(0.0, 1.0));
  merge
      ->add_option("--max-mentions", options->resolve.max_mentions,
                   "Mentions kept per entity; 0 keeps all")
      ->capture_default_str();
  merge
      ->add_option("--max-documents", options->resolve.max_documents,
                   "Documents kept per relation; 0 keeps all")
      ->capture_default_str();
  merge->add_option("-j,--threads,--jobs", options->resolve.threads,
                    "Threads for RDF writing (0 = one per core); the output is the same for any");
  merge->add_flag("!--no-progress", options->resolve.progress,
                  "No progress line on standard error");
  add_version_flag(*merge);
  return {merge, [options] { return run_merge(*options); }};
}

}  // namespace parkgraph::cli
