// parkgraph: the command-line shell over the library. Each command is a cmd_<name>.cpp that
// registers its subcommand and returns what to run; this file only dispatches.
#include <iostream>
#include <vector>

#include "command.hpp"
#include "signals.hpp"

namespace parkgraph::cli {
// One line per command; keep in the order `--help` lists them.
Command add_build_command(CLI::App& app);
Command add_eval_command(CLI::App& app);
Command add_explain_command(CLI::App& app);
Command add_extract_command(CLI::App& app);
Command add_merge_command(CLI::App& app);
Command add_query_command(CLI::App& app);
Command add_render_command(CLI::App& app);
Command add_sparql_command(CLI::App& app);
}  // namespace parkgraph::cli

int main(int argc, char** argv) {
  namespace cli = parkgraph::cli;
  cli::stop_cleanly_on_signals();  // before any thread starts
  CLI::App app{
      "parkgraph: a knowledge graph of China's high-tech zones, development zones and "
      "industrial parks, built from Chinese news text"};
  app.set_version_flag("--version", std::string("parkgraph ") + PARKGRAPH_VERSION);
  app.require_subcommand(1);

  const std::vector<cli::Command> commands = {
      cli::add_build_command(app),   cli::add_eval_command(app),   cli::add_explain_command(app),
      cli::add_extract_command(app), cli::add_merge_command(app),  cli::add_query_command(app),
      cli::add_render_command(app),  cli::add_sparql_command(app),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? cli::kExitOk : cli::kExitUsage;
  }
  try {
    for (const auto& command : commands) {
      if (command.subcommand->parsed()) return command.run();
    }
  } catch (const std::exception& e) {
    std::cerr << "parkgraph: " << e.what() << "\n";
    return cli::kExitInputFailed;
  } catch (...) {
    std::cerr << "parkgraph: unexpected error\n";
    return cli::kExitInputFailed;
  }
  return cli::kExitUsage;
}
