// parkgraph query: questions asked of a saved graph (.json or .nt), printed as a table
// (tab-separated, one header line) or as JSON.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "command.hpp"
#include "saved_graph.hpp"

namespace parkgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

struct QueryOptions {
  std::string graph;
  std::vector<std::string> names;  ///< the entities the operation is about
  std::string arguments[2];        ///< as parsed; copied into names
  FilterOptions filter;
  bool json = false;
  std::string direction = "both";
  std::size_t hops = 2;
  std::string measure = "degree";
  std::size_t top = 20;
};

/// Rows of typed cells under named columns: printed as TSV or as an array of objects.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Json>> rows;
};

std::string cell_text(const Json& cell) {
  if (cell.is_string()) return cell.get<std::string>();
  if (cell.is_array()) {
    std::string out;
    for (const auto& item : cell) out += (out.empty() ? "" : " ") + cell_text(item);
    return out;
  }
  return cell.dump();
}

void print(const Table& table, bool json) {
  if (json) {
    Json out = Json::array();
    for (const auto& row : table.rows) {
      Json object = Json::object();
      for (std::size_t i = 0; i < row.size(); ++i) object[table.columns[i]] = row[i];
      out.push_back(std::move(object));
    }
    std::cout << out.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    return;
  }
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    std::cout << (i ? "\t" : "") << table.columns[i];
  }
  std::cout << "\n";
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) std::cout << (i ? "\t" : "") << cell_text(row[i]);
    std::cout << "\n";
  }
}

std::vector<Json> entity_cells(const Entity& e) {
  return {e.id, std::string(to_string(e.type)), e.name};
}

Table entity_table(const GraphQuery& q, const std::vector<Vertex>& vertices) {
  Table table{{"id", "type", "name", "aliases", "confidence"}, {}};
  for (const Vertex v : vertices) {
    const Entity& e = q.graph().entity(v);
    auto row = entity_cells(e);
    row.push_back(e.aliases);
    row.push_back(e.confidence);
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table hop_table(const GraphQuery& q, const std::vector<Hop>& hops) {
  Table table{
      {"direction", "relation", "id", "type", "name", "title", "confidence", "doc", "evidence"},
      {}};
  for (const Hop& h : hops) {
    const Relation& r = q.graph().relation(h.edge);
    std::vector<Json> row{h.outgoing ? "out" : "in", std::string(to_string(r.type))};
    for (auto& cell : entity_cells(q.graph().entity(h.other))) row.push_back(std::move(cell));
    row.insert(row.end(), {r.title, r.confidence, r.doc, r.evidence});
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table reached_table(const GraphQuery& q, const std::vector<Reached>& reached) {
  Table table{{"depth", "id", "type", "name"}, {}};
  for (const Reached& r : reached) {
    std::vector<Json> row{r.depth};
    for (auto& cell : entity_cells(q.graph().entity(r.vertex))) row.push_back(std::move(cell));
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table path_table(const GraphQuery& q, const Path& path) {
  const BoostGraph& g = q.graph().boost();
  Table table{{"step", "from", "relation", "direction", "to", "doc", "evidence"}, {}};
  for (std::size_t i = 0; i < path.edges.size(); ++i) {
    const Edge e = path.edges[i];
    const bool forward = boost::source(e, g) == path.vertices[i];
    table.rows.push_back({i + 1, g[path.vertices[i]].name, std::string(to_string(g[e].type)),
                          forward ? "->" : "<-", g[path.vertices[i + 1]].name, g[e].doc,
                          g[e].evidence});
  }
  return table;
}

Table components_table(const GraphQuery& q, const Components& c) {
  std::vector<std::vector<std::string>> members(c.count);
  for (std::size_t v = 0; v < c.component.size(); ++v) {
    if (c.component[v] != Components::npos)
      members[c.component[v]].push_back(q.graph().entity(v).id);
  }
  Table table{{"component", "size", "entities"}, {}};
  for (std::size_t i = 0; i < c.count; ++i) table.rows.push_back({i, c.sizes[i], members[i]});
  return table;
}

Table centrality_table(const GraphQuery& q, const std::vector<double>& score,
                       const std::vector<Vertex>& candidates, std::size_t top,
                       const std::string& measure) {
  std::vector<Vertex> order = candidates;
  std::ranges::stable_sort(order, [&](Vertex a, Vertex b) { return score[a] > score[b]; });
  if (order.size() > top) order.resize(top);
  Table table{{"rank", "id", "type", "name", measure}, {}};
  for (std::size_t i = 0; i < order.size(); ++i) {
    std::vector<Json> row{i + 1};
    for (auto& cell : entity_cells(q.graph().entity(order[i]))) row.push_back(std::move(cell));
    row.push_back(score[order[i]]);
    table.rows.push_back(std::move(row));
  }
  return table;
}

/// Runs one operation; `names` are already resolved.
std::optional<Table> answer(const std::string& op, const QueryOptions& o, const GraphQuery& q,
                            const Filter& filter, const std::vector<Vertex>& at) {
  const auto direction = parse_direction(o.direction);
  if (op == "find") {
    auto found = q.find(o.names[0]);
    if (found.empty()) found = q.find_normalised(o.names[0]);
    std::erase_if(found, [&](Vertex v) { return !filter.accepts(q.graph().entity(v)); });
    return entity_table(q, found);
  }
  if (op == "list") return entity_table(q, q.select(filter));
  if (op == "neighbours") return hop_table(q, q.neighbours(at[0], *direction, filter));
  if (op == "within") return reached_table(q, q.containment(at[0], *direction, filter));
  if (op == "around") {
    const Subgraph sub = q.k_hop(at[0], o.hops, filter);
    return entity_table(q, sub.vertices);
  }
  if (op == "path") {
    const auto path = q.shortest_path(at[0], at[1], filter);
    if (!path) return std::nullopt;
    return path_table(q, *path);
  }
  if (op == "components") return components_table(q, q.connected_components(filter));
  const auto score =
      o.measure == "betweenness" ? q.betweenness_centrality(filter) : q.degree_centrality(filter);
  return centrality_table(q, score, q.select(filter), o.top, o.measure);
}

int run_query(const std::string& op, const QueryOptions& o) {
  const std::string command = "query " + op;
  const auto filter = make_filter(o.filter, command);
  if (!filter) return kExitUsage;
  if (!parse_direction(o.direction) || (op == "within" && o.direction == "both")) {
    std::cerr << "parkgraph " << command << ": --direction must be out, in"
              << (op == "within" ? "" : " or both") << "\n";
    return kExitUsage;
  }
  const auto graph = read_saved_graph(o.graph, command);
  if (!graph) return kExitInputFailed;
  const GraphQuery query(*graph);
  std::vector<Vertex> at;
  if (op != "find") {
    for (const auto& name : o.names) {
      const auto v = name_entity(query, name, command);
      if (!v) return kExitInputFailed;
      at.push_back(*v);
    }
  }
  const auto table = answer(op, o, query, *filter, at);
  if (!table) {
    std::cerr << "parkgraph " << command << ": no chain of relations joins '" << o.names[0]
              << "' and '" << o.names[1] << "'\n";
    return kExitInputFailed;
  }
  print(*table, o.json);
  return kExitOk;
}

struct Operation {
  const char* name;
  const char* help;
  std::vector<const char*> arguments;  ///< entity arguments, in order
};

const std::vector<Operation> kOperations = {
    {"find", "Entities whose name or alias is NAME (exactly, else normalised)", {"name"}},
    {"list", "Every entity the filters accept", {}},
    {"neighbours", "The relations of an entity, with their evidence", {"entity"}},
    {"within",
     "What an entity lies in (--direction out) or holds (in), via locatedIn/partOf",
     {"entity"}},
    {"around", "Everything within -k relations of an entity", {"entity"}},
    {"path", "A shortest chain of relations between two entities", {"from", "to"}},
    {"components", "Connected components (direction ignored)", {}},
    {"centrality", "The most central entities by degree or betweenness", {}},
};

}  // namespace

Command add_query_command(CLI::App& app) {
  auto* query = app.add_subcommand(
      "query", "Ask a saved graph (.json or .nt, from build) questions; prints a table or JSON");
  query->require_subcommand(1);
  add_version_flag(*query);
  struct Parsed {
    CLI::App* sub;
    std::shared_ptr<QueryOptions> options;
    std::size_t count;
  };
  std::vector<Parsed> ops;
  for (const Operation& op : kOperations) {
    auto options = std::make_shared<QueryOptions>();
    auto* sub = query->add_subcommand(op.name, op.help);
    sub->add_option("graph", options->graph, "Saved graph: .json or .nt")->required();
    for (std::size_t i = 0; i < op.arguments.size(); ++i) {
      sub->add_option(op.arguments[i], options->arguments[i], "Id, name or alias of an entity")
          ->required();
    }
    add_filter_options(*sub, options->filter);
    sub->add_flag("--json", options->json, "Print JSON instead of a tab-separated table");
    if (std::string_view(op.name) == "neighbours" || std::string_view(op.name) == "within") {
      sub->add_option("--direction", options->direction,
                      "out (the entity is the head), in (the tail) or both")
          ->capture_default_str();
      if (std::string_view(op.name) == "within") options->direction = "out";
    }
    if (std::string_view(op.name) == "around") {
      sub->add_option("-k,--hops", options->hops, "How many relations away")->capture_default_str();
    }
    if (std::string_view(op.name) == "centrality") {
      sub->add_option("--measure", options->measure, "degree or betweenness")
          ->check(CLI::IsMember({"degree", "betweenness"}))
          ->capture_default_str();
      sub->add_option("--top", options->top, "How many entities to list")->capture_default_str();
    }
    ops.push_back({sub, options, op.arguments.size()});
  }
  return {query, [ops] {
            for (const auto& [sub, options, count] : ops) {
              if (!sub->parsed()) continue;
              options->names.assign(options->arguments, options->arguments + count);
              return run_query(sub->get_name(), *options);
            }
            return kExitUsage;
          }};
}

}  // namespace parkgraph::cli
