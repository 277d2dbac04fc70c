// Shared pieces of the command-line shell: exit codes, the options every extracting command
// takes, and the registry each command adds itself to. Each command lives in its own
// cmd_<name>.cpp and exposes one add_<name>_command function, listed in main.cpp.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parkgraph/corpus.hpp"
#include "parkgraph/export.hpp"
#include "parkgraph/graph.hpp"
#include "parkgraph/ontology.hpp"
#include "parkgraph/resolve.hpp"

namespace parkgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputFailed = 1;  ///< some input or output failed; the rest ran
inline constexpr int kExitUsage = 2;        ///< bad command line; nothing ran

/// What a command does once its command line is parsed; returns the exit code.
using Runner = std::function<int()>;

/// A registered subcommand and what to run when the command line chose it.
struct Command {
  CLI::App* subcommand = nullptr;
  Runner run;
};

/// Options every command that extracts shares.
struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string ontology_dir;
  std::string alias_file;
  std::string stoplist_file;
  double min_confidence = 0.0;
  unsigned threads = 0;
  std::size_t max_mentions = 20;  ///< kept per entity (all are counted)
  std::size_t max_documents = 5;  ///< kept per (head, relation, tail)
  bool progress = true;           ///< progress line when stderr is a terminal
  std::string encoding;           ///< of every input; "" or "auto" detects
  std::size_t max_doc_bytes = kDefaultMaxDocumentBytes;  ///< larger documents are skipped
  std::size_t max_name_length = kDefaultMaxNameLength;   ///< longer names are dropped
  std::string report_file;  ///< JSON lines, one per document (and dropped name)
  bool baseline = false;    ///< eval only: score the co-occurrence baseline instead
};

/// Adds --ontology, --aliases, --stoplist, --min-confidence and -j to `command`.
void add_extract_options(CLI::App& command, ExtractOptions& options);
/// Adds --version to a subcommand.
void add_version_flag(CLI::App& command);

/// Where and how to write a graph: one file per -o, format from --format or the extension.
struct OutputOptions {
  std::vector<std::string> outputs;
  std::string format;
  ExportOptions rdf;  ///< --base-iri, --provenance (N-Quads outputs only)
};
/// Adds -o/--output (required), --format, --base-iri and --provenance to `command`.
void add_output_options(CLI::App& command, OutputOptions& options);
/// The format of each output, or nullopt after a message naming the one that has none.
std::optional<std::vector<Format>> output_formats(const OutputOptions& options,
                                                  std::string_view command);
/// Writes `graph` to every output atomically, the RDF serialisers on `threads` threads (0 =
/// one per core); false (after a message) if any write failed.
bool write_outputs(const KnowledgeGraph& graph, const OutputOptions& options,
                   const std::vector<Format>& formats, std::string_view command, unsigned threads);

/// Calls `read(stream, name)` for each of `inputs` in turn: "-" is standard input (named
/// "stdin"), anything else a file opened for reading; an unreadable file is reported under
/// `command`. True when every file opened and every `read` returned true.
bool read_each_input(const std::vector<std::string>& inputs, std::string_view command,
                     const std::function<bool(std::istream&, const std::string&)>& read);

/// A graph extracted from the inputs, and whether any input failed (already reported).
struct LoadedGraph {
  KnowledgeGraph graph;
  bool input_failed = false;
};
/// The resolution options the command line asked for (reads alias and stop files).
ResolveOptions resolve_options(const ExtractOptions& options);
/// The lexicons: the built-in ones, or those of --ontology.
std::shared_ptr<const Ontology> load_ontology(const ExtractOptions& options);

/// Reads, extracts and resolves the inputs, reporting unreadable ones on standard error.
LoadedGraph extract_graph(const ExtractOptions& options);

}  // namespace parkgraph::cli
