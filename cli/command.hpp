// Shared pieces of the command-line shell: exit codes, the options every extracting command
// takes, and the registry each command adds itself to. Each command lives in its own
// cmd_<name>.cpp and exposes one add_<name>_command function, listed in main.cpp.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "parkgraph/graph.hpp"

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
  bool baseline = false;  ///< eval only: score the co-occurrence baseline instead
};

/// Adds --ontology, --aliases, --stoplist, --min-confidence and -j to `command`.
void add_extract_options(CLI::App& command, ExtractOptions& options);
/// Adds --version to a subcommand.
void add_version_flag(CLI::App& command);

/// A graph extracted from the inputs, and whether any input failed (already reported).
struct LoadedGraph {
  KnowledgeGraph graph;
  bool input_failed = false;
};
/// Reads, extracts and resolves the inputs, reporting unreadable ones on standard error.
LoadedGraph extract_graph(const ExtractOptions& options);

}  // namespace parkgraph::cli
