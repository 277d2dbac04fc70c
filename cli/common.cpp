#include <iostream>
#include <memory>

#include "command.hpp"
#include "parkgraph/baseline.hpp"
#include "parkgraph/corpus.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/ontology.hpp"
#include "parkgraph/resolve.hpp"
#include "progress.hpp"

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
  command.add_option("-j,--threads,--jobs", o.threads,
                     "Extraction threads (0 = one per core); the output is the same for any");
  command
      .add_option("--max-mentions", o.max_mentions,
                  "Mentions kept per entity, the first by document and offset (all are "
                  "counted); bounds memory on large corpora; 0 keeps all")
      ->capture_default_str();
  command
      .add_option("--max-documents", o.max_documents,
                  "Documents (each with its evidence sentence) kept per relation; 0 keeps all")
      ->capture_default_str();
  command.add_flag("!--no-progress", o.progress,
                   "No progress line on standard error (shown only on a terminal)");
}

void add_version_flag(CLI::App& command) {
  command.set_version_flag("--version", std::string("parkgraph ") + PARKGRAPH_VERSION);
}

void add_output_options(CLI::App& command, OutputOptions& o) {
  command
      .add_option("-o,--output", o.outputs,
                  "Output file; repeat for several. Format from the extension: .ttl .nt .nq "
                  ".json .dot .html")
      ->required()
      ->allow_extra_args(false);  // one file per -o: `-o g.json corpus/` keeps corpus/ an input
  command.add_option("--format", o.format, "Format of every output: ttl, nt, nq, json, dot, html");
}

std::optional<std::vector<Format>> output_formats(const OutputOptions& o,
                                                  std::string_view command) {
  std::optional<Format> forced;
  if (!o.format.empty()) {
    forced = parse_format(o.format);
    if (!forced) {
      std::cerr << "parkgraph " << command << ": unknown format '" << o.format << "'\n";
      return std::nullopt;
    }
  }
  std::vector<Format> formats;
  for (const auto& out : o.outputs) {
    const auto format = forced ? forced : format_for_path(out);
    if (!format) {
      std::cerr << "parkgraph " << command << ": cannot tell the format of '" << out
                << "' from its extension; use --format ttl|nt|nq|json|dot|html\n";
      return std::nullopt;
    }
    formats.push_back(*format);
  }
  return formats;
}

bool write_outputs(const KnowledgeGraph& graph, const OutputOptions& o,
                   const std::vector<Format>& formats, std::string_view command) {
  bool ok = true;
  for (std::size_t i = 0; i < o.outputs.size(); ++i) {
    try {
      write_file_atomically(o.outputs[i], serialize(graph, formats[i]));
    } catch (const std::exception& e) {
      std::cerr << "parkgraph " << command << ": " << o.outputs[i] << ": " << e.what() << "\n";
      ok = false;
    }
  }
  return ok;
}

ResolveOptions resolve_options(const ExtractOptions& o) {
  ResolveOptions resolve;
  resolve.min_confidence = o.min_confidence;
  resolve.max_mentions_per_entity = o.max_mentions;
  resolve.max_documents_per_relation = o.max_documents;
  if (!o.alias_file.empty()) resolve.aliases = read_alias_file(o.alias_file);
  if (!o.stoplist_file.empty()) resolve.stoplist = read_stoplist(o.stoplist_file);
  return resolve;
}

std::shared_ptr<const Ontology> load_ontology(const ExtractOptions& o) {
  return std::make_shared<const Ontology>(
      o.ontology_dir.empty() ? Ontology::embedded() : Ontology::from_directory(o.ontology_dir));
}

LoadedGraph extract_graph(const ExtractOptions& o) {
  const Extractor extractor(load_ontology(o));
  GraphBuilder builder(resolve_options(o));
  auto stream = stream_arguments(o.inputs, std::cin);
  Progress progress(o.progress);
  LoadedGraph loaded;
  StreamOptions stream_options;
  stream_options.threads = o.threads;
  extract_stream(extractor, *stream, stream_options, [&](DocumentResult&& result) {
    if (result.problem) {
      progress.clear();
      std::cerr << "parkgraph: " << result.problem->path << ": " << result.problem->message << "\n";
      loaded.input_failed = true;
    }
    if (result.extraction) {
      if (o.baseline) {
        std::vector<Extraction> one;
        one.push_back(std::move(*result.extraction));
        builder.add(cooccurrence_baseline(std::move(one)).front());
      } else {
        builder.add(*result.extraction);
      }
    }
    progress.document_done(result.bytes, builder.entity_count());
  });
  progress.clear();
  loaded.graph = std::move(builder).finish();
  return loaded;
}

}  // namespace parkgraph::cli
