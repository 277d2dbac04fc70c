// parkgraph explain: every fact about one entity, with the sentence it came from.
#include <iostream>
#include <memory>

#include "command.hpp"

namespace parkgraph::cli {
namespace {

struct ExplainOptions {
  ExtractOptions extract;
  std::string entity;
};

void print_relation(const BoostGraph& g, Edge edge, bool outgoing) {
  const Relation& r = g[edge];
  const auto other = outgoing ? boost::target(edge, g) : boost::source(edge, g);
  std::cout << "  " << (outgoing ? "-> " : "<- ") << to_string(r.type) << " " << g[other].name;
  if (!r.title.empty()) std::cout << " (" << r.title << ")";
  std::cout << "  confidence " << r.confidence << ", rule " << r.rule << "\n"
            << "     " << r.doc << " [" << r.sentence_start << "," << r.sentence_end << ") "
            << r.evidence << "\n";
}

void print_entity(const KnowledgeGraph& graph, Vertex v) {
  const auto& g = graph.boost();
  const Entity& e = g[v];
  std::cout << e.name << "  [" << to_string(e.type) << "]  id " << e.id << "  confidence "
            << e.confidence << "\n";
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
  for (auto edge : boost::make_iterator_range(boost::out_edges(v, g)))
    print_relation(g, edge, true);
  for (auto edge : boost::make_iterator_range(boost::in_edges(v, g)))
    print_relation(g, edge, false);
}

int run_explain(const ExplainOptions& o) {
  const LoadedGraph loaded = extract_graph(o.extract);
  std::vector<Vertex> found = loaded.graph.find_by_name(o.entity);
  if (auto by_id = loaded.graph.find_by_id(o.entity)) found.push_back(*by_id);
  if (found.empty()) {
    std::cerr << "parkgraph explain: no entity named '" << o.entity << "'\n";
    return kExitInputFailed;
  }
  for (const auto v : found) print_entity(loaded.graph, v);
  return loaded.input_failed ? kExitInputFailed : kExitOk;
}

}  // namespace

Command add_explain_command(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  auto* explain = app.add_subcommand(
      "explain", "Print every fact about one entity with the sentence it came from");
  explain->add_option("entity", options->entity, "Name, alias or id of the entity")->required();
  explain->add_option("inputs", options->extract.inputs, "Text files or directories")->required();
  add_extract_options(*explain, options->extract);
  add_version_flag(*explain);
  return {explain, [options] { return run_explain(*options); }};
}

}  // namespace parkgraph::cli
