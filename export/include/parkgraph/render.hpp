// Pictures of a graph through Graphviz: the DOT of serialize(graph, Format::Dot) laid out
// and drawn by the `dot` or `sfdp` program (Debian package graphviz).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parkgraph/graph.hpp"

namespace parkgraph {

enum class Picture { Svg, Png };
/// dot: layered, with the park clusters; best for a park or a neighbourhood.
/// fdp: force-directed with the park clusters, components packed; for whole graphs (slow:
/// about a minute for 300 entities). sfdp: force-directed, fastest, no clusters.
enum class LayoutEngine { Dot, Fdp, Sfdp };

/// "svg"/"png" -> Picture; "dot"/"fdp"/"sfdp" -> LayoutEngine.
std::optional<Picture> parse_picture(std::string_view name);
std::optional<LayoutEngine> parse_layout_engine(std::string_view name);

/// The graph drawn as SVG or PNG bytes. Runs the Graphviz program found on PATH (no shell),
/// with the DOT in a temporary file. Throws ExportError when the program is missing or fails,
/// with its error output.
std::string render_picture(const KnowledgeGraph& graph, Picture picture,
                           LayoutEngine engine = LayoutEngine::Dot);

}  // namespace parkgraph
