#include <iostream>
#include <memory>

#include "command.hpp"
#include "parkgraph/baseline.hpp"
#include "parkgraph/corpus.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/ontology.hpp"
#include "parkgraph/resolve.hpp"

namespace parkgraph::cli {

void add_extract_options(CLI::App& command, ExtractOptions& o) {
  command
      .add_option("--ontology", o.ontology_dir,
                  "Directory of lexicon files to use instead of the built-in ones")
      ->check(CLI::ExistingDirectory);
  command
      .add_option("--aliases", o.alias_file,
                  "TSV file of 'alias<TAB>canonical name' lines merging names the rules "
                  "cannot know are the same")
      ->check(CLI::ExistingFile);
  command.add_option("--stoplist", o.stoplist_file, "File of names (one a line) never to output")
      ->check(CLI::ExistingFile);
  command
      .add_option("--min-confidence", o.min_confidence,
                  "Leave out entities and relations below this confidence")
      ->check(CLI::Range(0.0, 1.0));
  command.add_option("-j,--threads", o.threads, "Worker threads (0 = one per core)");
}

void add_version_flag(CLI::App& command) {
  command.set_version_flag("--version", std::string("parkgraph ") + PARKGRAPH_VERSION);
}

LoadedGraph extract_graph(const ExtractOptions& o) {
  auto ontology = std::make_shared<const Ontology>(
      o.ontology_dir.empty() ? Ontology::embedded() : Ontology::from_directory(o.ontology_dir));
  const Extractor extractor(ontology);
  const Corpus corpus = read_corpus(o.inputs, std::cin);
  const ExtractionRun run = extract_corpus(extractor, corpus.sources, o.threads);
  LoadedGraph loaded;
  for (const auto* problems : {&corpus.problems, &run.problems}) {
    for (const auto& p : *problems) {
      std::cerr << "parkgraph: " << p.path << ": " << p.message << "\n";
      loaded.input_failed = true;
    }
  }
  ResolveOptions resolve;
  resolve.min_confidence = o.min_confidence;
  if (!o.alias_file.empty()) resolve.aliases = read_alias_file(o.alias_file);
  if (!o.stoplist_file.empty()) resolve.stoplist = read_stoplist(o.stoplist_file);
  loaded.graph = o.baseline ? build_graph(cooccurrence_baseline(run.extractions), resolve)
                            : build_graph(run.extractions, resolve);
  return loaded;
}

}  // namespace parkgraph::cli
