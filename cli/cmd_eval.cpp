// parkgraph eval: score extraction against gold graphs.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "parkgraph/evaluate.hpp"

namespace parkgraph::cli {
namespace {

struct EvalOptions {
  ExtractOptions extract;
  std::string gold_dir;
  bool show_errors = false;
};

int run_eval(const EvalOptions& o) {
  const LoadedGraph loaded = extract_graph(o.extract);
  std::cout << format_scores(evaluate(loaded.graph, o.gold_dir), o.show_errors);
  return loaded.input_failed ? kExitInputFailed : kExitOk;
}

}  // namespace

Command add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  auto* eval = app.add_subcommand(
      "eval", "Score extraction on a corpus against gold graphs (precision, recall, F1)");
  eval->add_option("--gold", options->gold_dir, "Directory of gold <doc>.json files")
      ->required()
      ->check(CLI::ExistingDirectory);
  eval->add_flag("--errors", options->show_errors,
                 "Also list every false and missed entity and relation");
  eval->add_flag("--baseline", options->extract.baseline,
                 "Score the baseline instead: every pair of entities in a sentence linked");
  eval->add_option("corpus", options->extract.inputs, "Corpus directory or files")->required();
  add_extract_options(*eval, options->extract);
  add_version_flag(*eval);
  return {eval, [options] { return run_eval(*options); }};
}

}  // namespace parkgraph::cli
