#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "command.hpp"
#include "parkgraph/baseline.hpp"
#include "parkgraph/corpus.hpp"
#include "parkgraph/encoding.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/ontology.hpp"
#include "parkgraph/resolve.hpp"
#include "progress.hpp"

namespace parkgraph::cli {

namespace {

void add_robustness_options(CLI::App& command, ExtractOptions& o) {
  command
      .add_option("--encoding", o.encoding,
                  "Encoding of every input (an ICU name: UTF-8, GBK, GB18030, UTF-16LE, Big5, "
                  "...); default auto: BOM, else UTF-8, else GB18030 if ICU detects it")
      ->check([](const std::string& name) {
        return is_known_encoding(name) ? std::string() : "unknown encoding '" + name + "'";
      });
  command
      .add_option("--max-doc-bytes", o.max_doc_bytes,
                  "Documents larger than this are skipped and reported")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command
      .add_option("--max-name-length", o.max_name_length,
                  "Entity names longer than this (characters) are dropped and reported")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command.add_option("--report", o.report_file,
                     "Write a JSON line per document (document, status: ok|failed|skipped, "
                     "message) and per dropped name (status: warning) to this file");
}

/// One line of the --report file.
std::string report_line(std::string_view document, std::string_view status,
                        std::string_view message) {
  const nlohmann::ordered_json line = {
      {"document", document}, {"status", status}, {"message", message}};
  // File names need not be UTF-8: replace what is not, rather than fail the report.
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

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
  command.add_option(
      "-j,--threads,--jobs", o.threads,
      "Threads for extraction and RDF writing (0 = one per core); the output is the same "
      "for any");
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
  add_robustness_options(command, o);
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
  command
      .add_option("--base-iri", o.rdf.base_iri,
                  "Namespace of entity IRIs in RDF output (absolute, ends in / or #)")
      ->capture_default_str();
  command.add_flag("--provenance", o.rdf.provenance,
                   "N-Quads outputs get one named graph per document and PROV-O links from each "
                   "fact to its document and sentence (facts stay in the default graph); needs "
                   "an .nq output");
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
  if (o.rdf.provenance && std::ranges::find(formats, Format::NQuads) == formats.end()) {
    std::cerr << "parkgraph " << command
              << ": --provenance writes named graphs: add an .nq output\n";
    return std::nullopt;
  }
  if (!valid_base_iri(o.rdf.base_iri)) {
    std::cerr << "parkgraph " << command << ": --base-iri '" << o.rdf.base_iri
              << "' must be an absolute IRI ending in / or #\n";
    return std::nullopt;
  }
  return formats;
}

bool write_outputs(const KnowledgeGraph& graph, const OutputOptions& o,
                   const std::vector<Format>& formats, std::string_view command, unsigned threads) {
  bool ok = true;
  for (std::size_t i = 0; i < o.outputs.size(); ++i) {
    try {
      // --provenance shapes the N-Quads outputs; the other formats have no named graphs.
      ExportOptions rdf = o.rdf;
      rdf.provenance = rdf.provenance && formats[i] == Format::NQuads;
      rdf.threads = threads;
      write_file_atomically(o.outputs[i], serialize(graph, formats[i], rdf));
    } catch (const std::exception& e) {
      std::cerr << "parkgraph " << command << ": " << o.outputs[i] << ": " << e.what() << "\n";
      ok = false;
    }
  }
  return ok;
}

bool read_each_input(const std::vector<std::string>& inputs, std::string_view command,
                     const std::function<bool(std::istream&, const std::string&)>& read) {
  bool ok = true;
  for (const auto& input : inputs) {
    if (input == "-") {
      ok = read(std::cin, "stdin") && ok;
      continue;
    }
    std::ifstream file(input, std::ios::binary);
    if (!file) {
      std::cerr << "parkgraph " << command << ": " << input << ": cannot be read\n";
      ok = false;
      continue;
    }
    ok = read(file, input) && ok;
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
  stream_options.encoding = o.encoding;
  stream_options.max_document_bytes = o.max_doc_bytes;
  stream_options.max_name_length = o.max_name_length;
  std::string report;
  extract_stream(extractor, *stream, stream_options, [&](DocumentResult&& result) {
    if (result.problem) {
      progress.clear();
      std::cerr << "parkgraph: " << result.problem->path << ": " << result.problem->message << "\n";
      loaded.input_failed = true;
    }
    for (const auto& warning : result.warnings) {
      progress.clear();
      std::cerr << "parkgraph: " << result.path << ": " << warning << "\n";
    }
    if (!o.report_file.empty()) {
      const char* status = result.skipped ? "skipped" : result.problem ? "failed" : "ok";
      report += report_line(result.path, status, result.problem ? result.problem->message : "");
      for (const auto& warning : result.warnings)
        report += report_line(result.path, "warning", warning);
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
  if (!o.report_file.empty()) {
    try {
      write_file_atomically(o.report_file, report);
    } catch (const std::exception& e) {
      std::cerr << "parkgraph: " << o.report_file << ": " << e.what() << "\n";
      loaded.input_failed = true;
    }
  }
  loaded.graph = std::move(builder).finish();
  return loaded;
}

}  // namespace parkgraph::cli
