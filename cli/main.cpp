// parkgraph: the command-line shell over the library. Commands: build, eval, explain.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <optional>

#include "parkgraph/baseline.hpp"
#include "parkgraph/corpus.hpp"
#include "parkgraph/evaluate.hpp"
#include "parkgraph/export.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/ontology.hpp"
#include "parkgraph/resolve.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInputFailed = 1;
constexpr int kExitUsage = 2;

// Options every command that extracts shares.
struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string ontology_dir;
  std::string alias_file;
  std::string stoplist_file;
  double min_confidence = 0.0;
  unsigned threads = 0;
  bool baseline = false;  // eval only: score the co-occurrence baseline instead
};

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

struct Loaded {
  parkgraph::KnowledgeGraph graph;
  bool input_failed = false;
};

Loaded load_graph(const ExtractOptions& o) {
  auto ontology = std::make_shared<const parkgraph::Ontology>(
      o.ontology_dir.empty() ? parkgraph::Ontology::embedded()
                             : parkgraph::Ontology::from_directory(o.ontology_dir));
  const parkgraph::Extractor extractor(ontology);
  const parkgraph::Corpus corpus = parkgraph::read_corpus(o.inputs, std::cin);
  const parkgraph::ExtractionRun run =
      parkgraph::extract_corpus(extractor, corpus.sources, o.threads);
  Loaded loaded;
  for (const auto* problems : {&corpus.problems, &run.problems}) {
    for (const auto& p : *problems) {
      std::cerr << "parkgraph: " << p.path << ": " << p.message << "\n";
      loaded.input_failed = true;
    }
  }
  parkgraph::ResolveOptions resolve;
  resolve.min_confidence = o.min_confidence;
  if (!o.alias_file.empty()) resolve.aliases = parkgraph::read_alias_file(o.alias_file);
  if (!o.stoplist_file.empty()) resolve.stoplist = parkgraph::read_stoplist(o.stoplist_file);
  loaded.graph = o.baseline ? parkgraph::build_graph(
                                  parkgraph::cooccurrence_baseline(run.extractions), resolve)
                            : parkgraph::build_graph(run.extractions, resolve);
  return loaded;
}

int run_build(const ExtractOptions& o, const std::vector<std::string>& outputs,
              const std::string& format_name) {
  std::optional<parkgraph::Format> forced;
  if (!format_name.empty()) {
    forced = parkgraph::parse_format(format_name);
    if (!forced) {
      std::cerr << "parkgraph build: unknown format '" << format_name << "'\n";
      return kExitUsage;
    }
  }
  // Check every output's format before any work, so a typo costs nothing.
  std::vector<parkgraph::Format> formats;
  for (const auto& out : outputs) {
    const auto format = forced ? forced : parkgraph::format_for_path(out);
    if (!format) {
      std::cerr << "parkgraph build: cannot tell the format of '" << out
                << "' from its extension; use --format ttl|nt|nq|json|dot|html\n";
      return kExitUsage;
    }
    formats.push_back(*format);
  }
  const Loaded loaded = load_graph(o);
  bool write_failed = false;
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    try {
      parkgraph::write_file_atomically(outputs[i], parkgraph::serialize(loaded.graph, formats[i]));
    } catch (const std::exception& e) {
      std::cerr << "parkgraph build: " << outputs[i] << ": " << e.what() << "\n";
      write_failed = true;
    }
  }
  std::cerr << "parkgraph: " << loaded.graph.entity_count() << " entities, "
            << loaded.graph.relation_count() << " relations\n";
  return (loaded.input_failed || write_failed) ? kExitInputFailed : kExitOk;
}

int run_eval(const ExtractOptions& o, const std::string& gold_dir, bool show_errors) {
  const Loaded loaded = load_graph(o);
  std::cout << parkgraph::format_scores(parkgraph::evaluate(loaded.graph, gold_dir), show_errors);
  return loaded.input_failed ? kExitInputFailed : kExitOk;
}

void print_entity(const parkgraph::KnowledgeGraph& graph, parkgraph::Vertex v) {
  const auto& g = graph.boost();
  const parkgraph::Entity& e = g[v];
  std::cout << e.name << "  [" << parkgraph::to_string(e.type) << "]  id " << e.id
            << "  confidence " << e.confidence << "\n";
  if (!e.aliases.empty()) {
    std::cout << "  aliases:";
    for (const auto& a : e.aliases) std::cout << " " << a;
    std::cout << "\n";
  }
  std::cout << "  mentions: " << e.mentions.size() << "\n";
  for (const auto& m : e.mentions) {
    std::cout << "    " << m.doc << " [" << m.start << "," << m.end << ") " << m.surface << "\n";
  }
  for (const auto& a : e.attributes) {
    std::cout << "  " << a.name << ": " << (a.literal.empty() ? std::to_string(a.value) : a.literal)
              << " " << a.unit << "  (" << a.doc << ")\n";
  }
  auto print_relation = [&](parkgraph::Edge edge, bool outgoing) {
    const parkgraph::Relation& r = g[edge];
    const auto other = outgoing ? boost::target(edge, g) : boost::source(edge, g);
    std::cout << "  " << (outgoing ? "-> " : "<- ") << parkgraph::to_string(r.type) << " "
              << g[other].name;
    if (!r.title.empty()) std::cout << " (" << r.title << ")";
    std::cout << "  confidence " << r.confidence << ", rule " << r.rule << "\n"
              << "     " << r.doc << " [" << r.sentence_start << "," << r.sentence_end << ") "
              << r.evidence << "\n";
  };
  for (auto edge : boost::make_iterator_range(boost::out_edges(v, g))) print_relation(edge, true);
  for (auto edge : boost::make_iterator_range(boost::in_edges(v, g))) print_relation(edge, false);
}

int run_explain(const ExtractOptions& o, const std::string& name) {
  const Loaded loaded = load_graph(o);
  std::vector<parkgraph::Vertex> found = loaded.graph.find_by_name(name);
  if (auto by_id = loaded.graph.find_by_id(name)) found.push_back(*by_id);
  if (found.empty()) {
    std::cerr << "parkgraph explain: no entity named '" << name << "'\n";
    return kExitInputFailed;
  }
  for (const auto v : found) print_entity(loaded.graph, v);
  return loaded.input_failed ? kExitInputFailed : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "parkgraph: a knowledge graph of China's high-tech zones, development zones and "
      "industrial parks, built from Chinese news text"};
  app.set_version_flag("--version", std::string("parkgraph ") + PARKGRAPH_VERSION);
  app.require_subcommand(1);

  ExtractOptions build_options;
  std::vector<std::string> outputs;
  std::string format;
  auto* build = app.add_subcommand("build", "Extract a graph from text files and write it");
  build
      ->add_option("inputs", build_options.inputs,
                   "Text files, directories (every *.txt, recursively) or - for standard input")
      ->required();
  build
      ->add_option("-o,--output", outputs,
                   "Output file; repeat for several. Format from the extension: .ttl .nt .nq "
                   ".json .dot .html")
      ->required()
      ->allow_extra_args(false);  // one file per -o: `-o g.json corpus/` keeps corpus/ an input
  build->add_option("--format", format, "Format of every output: ttl, nt, nq, json, dot, html");
  add_extract_options(*build, build_options);
  build->set_version_flag("--version", std::string("parkgraph ") + PARKGRAPH_VERSION);

  ExtractOptions eval_options;
  std::string gold_dir;
  auto* eval = app.add_subcommand(
      "eval", "Score extraction on a corpus against gold graphs (precision, recall, F1)");
  eval->add_option("--gold", gold_dir, "Directory of gold <doc>.json files")
      ->required()
      ->check(CLI::ExistingDirectory);
  bool show_errors = false;
  eval->add_flag("--errors", show_errors, "Also list every false and missed entity and relation");
  eval->add_flag("--baseline", eval_options.baseline,
                 "Score the baseline instead: every pair of entities in a sentence linked");
  eval->add_option("corpus", eval_options.inputs, "Corpus directory or files")->required();
  add_extract_options(*eval, eval_options);
  eval->set_version_flag("--version", std::string("parkgraph ") + PARKGRAPH_VERSION);

  ExtractOptions explain_options;
  std::string entity;
  auto* explain = app.add_subcommand(
      "explain", "Print every fact about one entity with the sentence it came from");
  explain->add_option("entity", entity, "Name, alias or id of the entity")->required();
  explain->add_option("inputs", explain_options.inputs, "Text files or directories")->required();
  add_extract_options(*explain, explain_options);
  explain->set_version_flag("--version", std::string("parkgraph ") + PARKGRAPH_VERSION);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    if (*build) return run_build(build_options, outputs, format);
    if (*eval) return run_eval(eval_options, gold_dir, show_errors);
    if (*explain) return run_explain(explain_options, entity);
  } catch (const std::exception& e) {
    std::cerr << "parkgraph: " << e.what() << "\n";
    return kExitInputFailed;
  } catch (...) {
    std::cerr << "parkgraph: unexpected error\n";
    return kExitInputFailed;
  }
  return kExitUsage;
}
