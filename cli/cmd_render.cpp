// parkgraph render: pictures of a saved graph or of a part of it. SVG and PNG go through
// Graphviz (dot or sfdp); DOT, HTML, JSON and RDF are the serialisers of `build`.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "parkgraph/export.hpp"
#include "parkgraph/render.hpp"
#include "saved_graph.hpp"

namespace parkgraph::cli {
namespace {

struct RenderOptions {
  std::string graph;
  std::vector<std::string> outputs;
  std::string format;
  std::string engine = "dot";
  std::string park;
  std::string around;
  std::size_t hops = 2;
  FilterOptions filter;
};

/// svg, png, or one of the serialiser formats.
struct OutputKind {
  std::optional<Picture> picture;
  Format format = Format::Dot;
};

std::optional<OutputKind> output_kind(std::string_view name) {
  if (const auto picture = parse_picture(name)) return OutputKind{picture, Format::Dot};
  if (const auto format = parse_format(name)) return OutputKind{std::nullopt, *format};
  return std::nullopt;
}

std::optional<OutputKind> kind_for(const std::string& path, const std::string& forced) {
  if (!forced.empty()) return output_kind(forced);
  const std::string extension = std::filesystem::path(path).extension().string();
  return extension.size() < 2 ? std::nullopt : output_kind(extension.substr(1));
}

/// The park, whatever lies in it or is part of it (transitively), and everything directly
/// related to any of those.
Subgraph park_subgraph(const GraphQuery& q, Vertex park, const Filter& filter) {
  std::vector<Vertex> core{park};
  for (const Reached& r : q.containment(park, Direction::In, filter)) core.push_back(r.vertex);
  std::vector<Vertex> vertices = core;
  for (const Vertex v : core) {
    for (const Hop& h : q.neighbours(v, Direction::Both, filter)) vertices.push_back(h.other);
  }
  return induced_subgraph(q.graph(), std::move(vertices), filter);
}

/// The part of the graph the options ask for; nullopt after a message.
std::optional<KnowledgeGraph> chosen_part(const KnowledgeGraph& graph, const RenderOptions& o,
                                          const Filter& filter) {
  const GraphQuery q(graph);
  if (!o.park.empty()) {
    const auto park = name_entity(q, o.park, "render");
    if (!park) return std::nullopt;
    return q.extract(park_subgraph(q, *park, filter));
  }
  if (!o.around.empty()) {
    const auto center = name_entity(q, o.around, "render");
    if (!center) return std::nullopt;
    return q.extract(q.k_hop(*center, o.hops, filter));
  }
  return q.extract(induced_subgraph(graph, q.select(filter), filter));
}

std::string draw(const KnowledgeGraph& graph, const OutputKind& kind, LayoutEngine engine) {
  return kind.picture ? render_picture(graph, *kind.picture, engine)
                      : serialize(graph, kind.format);
}

int run_render(const RenderOptions& o) {
  const auto filter = make_filter(o.filter, "render");
  const auto engine = parse_layout_engine(o.engine);
  if (!filter || !engine) {
    if (!engine) std::cerr << "parkgraph render: --engine must be dot, fdp or sfdp\n";
    return kExitUsage;
  }
  if (!o.park.empty() && !o.around.empty()) {
    std::cerr << "parkgraph render: give --park or --around, not both\n";
    return kExitUsage;
  }
  std::vector<OutputKind> kinds;
  for (const auto& out : o.outputs) {
    const auto kind = kind_for(out, o.format);
    if (!kind) {
      std::cerr << "parkgraph render: cannot tell the format of '" << out
                << "'; use --format svg|png|dot|html|json|ttl|nt|nq\n";
      return kExitUsage;
    }
    kinds.push_back(*kind);
  }
  const auto graph = read_saved_graph(o.graph, "render");
  if (!graph) return kExitInputFailed;
  const auto part = chosen_part(*graph, o, *filter);
  if (!part) return kExitInputFailed;
  bool failed = false;
  for (std::size_t i = 0; i < o.outputs.size(); ++i) {
    try {
      write_file_atomically(o.outputs[i], draw(*part, kinds[i], *engine));
    } catch (const std::exception& e) {
      std::cerr << "parkgraph render: " << o.outputs[i] << ": " << e.what() << "\n";
      failed = true;
    }
  }
  std::cerr << "parkgraph render: " << part->entity_count() << " entities, "
            << part->relation_count() << " relations\n";
  return failed ? kExitInputFailed : kExitOk;
}

}  // namespace

Command add_render_command(CLI::App& app) {
  auto options = std::make_shared<RenderOptions>();
  auto* render = app.add_subcommand(
      "render", "Draw a saved graph (.json or .nt), or a part of it, as SVG, PNG, DOT or HTML");
  render->add_option("graph", options->graph, "Saved graph: .json or .nt")->required();
  render
      ->add_option("-o,--output", options->outputs,
                   "Output file; repeat for several. Format from the extension: .svg .png "
                   "(Graphviz) .dot .html .json .ttl .nt .nq")
      ->required()
      ->allow_extra_args(false);
  render->add_option("--format", options->format, "Format of every output, e.g. svg or html");
  render
      ->add_option(
          "--engine", options->engine,
          "Graphviz layout for SVG/PNG: dot (layered, park clusters), fdp (force-directed, "
          "park clusters, slow) or sfdp (force-directed, fast, no clusters)")
      ->capture_default_str();
  render->add_option("--park", options->park,
                     "Only this park, what lies in it, and what is directly related to those");
  render->add_option("--around", options->around, "Only what lies within -k relations of this");
  render->add_option("-k,--hops", options->hops, "Relations away from --around")
      ->capture_default_str();
  add_filter_options(*render, options->filter);
  add_version_flag(*render);
  return {render, [options] { return run_render(*options); }};
}

}  // namespace parkgraph::cli
