// Reading saved graphs: export-contract JSON with nlohmann-json, N-Triples with Raptor2.
#include "parkgraph/load.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "detail.hpp"
#include "raptor_handles.hpp"

namespace parkgraph {
namespace {

/// One relation before the graph exists: its ends by id.
struct EdgeDraft {
  std::string head;
  std::string tail;
  Relation relation;
};

/// Vertices in id order and edges in (head, type, tail, doc) order, as build_graph makes them;
/// ties keep their order in the input. Throws on duplicate ids and unknown ends.
KnowledgeGraph assemble(std::vector<Entity> entities, std::vector<EdgeDraft> edges,
                        std::string_view source) {
  std::ranges::stable_sort(entities, {}, &Entity::id);
  auto built = std::make_unique<BoostGraph>();  // in place: a BoostGraph cannot be moved
  BoostGraph& g = *built;
  std::unordered_map<std::string, Vertex> index;
  for (Entity& entity : entities) {
    if (!index.emplace(entity.id, boost::num_vertices(g)).second) {
      throw LoadError(std::string(source) + ": entity '" + entity.id + "' appears twice");
    }
    g[boost::add_vertex(g)] = std::move(entity);
  }
  std::ranges::stable_sort(edges, [](const EdgeDraft& a, const EdgeDraft& b) {
    return std::tie(a.head, a.relation.type, a.tail, a.relation.doc) <
           std::tie(b.head, b.relation.type, b.tail, b.relation.doc);
  });
  for (EdgeDraft& edge : edges) {
    const auto head = index.find(edge.head);
    const auto tail = index.find(edge.tail);
    if (head == index.end() || tail == index.end()) {
      throw LoadError(std::string(source) + ": relation " + edge.head + " " +
                      std::string(to_string(edge.relation.type)) + " " + edge.tail +
                      " names an entity the graph does not have");
    }
    g[boost::add_edge(head->second, tail->second, g).first] = std::move(edge.relation);
  }
  return KnowledgeGraph(std::move(built));
}

// --- JSON -------------------------------------------------------------------------------

using Json = nlohmann::json;

/// Field access that reports where a field is missing or of the wrong kind.
class JsonReader {
 public:
  explicit JsonReader(std::string_view source) : source_(source) {}

  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw LoadError(std::string(source_) + ": " + where + ": " + what);
  }

  const Json& field(const Json& object, const char* name, const std::string& where) const {
    if (!object.is_object()) fail(where, "not an object");
    const auto found = object.find(name);
    if (found == object.end()) fail(where, std::string("no \"") + name + "\"");
    return *found;
  }

  template <typename T>
  T get(const Json& object, const char* name, const std::string& where) const {
    const Json& value = field(object, name, where);
    try {
      return value.get<T>();
    } catch (const Json::exception&) {
      fail(where + "." + name, "wrong kind of value: " + value.dump());
    }
  }

  template <typename T>
  T get_or(const Json& object, const char* name, T fallback, const std::string& where) const {
    return object.contains(name) ? get<T>(object, name, where) : fallback;
  }

  const Json& array(const Json& object, const char* name, const std::string& where) const {
    const Json& value = field(object, name, where);
    if (!value.is_array()) fail(where + "." + name, "not an array");
    return value;
  }

 private:
  std::string_view source_;
};

AttributeValue attribute_from_json(const JsonReader& in, const Json& json,
                                   const std::string& where) {
  AttributeValue attribute;
  attribute.name = in.get<std::string>(json, "attr", where);
  if (attribute.name == "date") {
    attribute.literal = in.get<std::string>(json, "value", where);
  } else {
    attribute.value = in.get<double>(json, "value", where);
    attribute.unit = in.get_or<std::string>(json, "unit", "", where);
  }
  return attribute;
}

Entity entity_from_json(const JsonReader& in, const Json& json, const std::string& where) {
  Entity entity;
  entity.id = in.get<std::string>(json, "id", where);
  const auto type_name = in.get<std::string>(json, "type", where);
  const auto type = parse_entity_type(type_name);
  if (!type) in.fail(where + ".type", "unknown entity type '" + type_name + "'");
  entity.type = *type;
  entity.name = in.get<std::string>(json, "name", where);
  entity.aliases = in.get_or<std::vector<std::string>>(json, "aliases", {}, where);
  entity.confidence = in.get_or<double>(json, "confidence", 0.0, where);
  if (json.contains("mentions")) {
    const Json& mentions = in.array(json, "mentions", where);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const std::string at = where + ".mentions[" + std::to_string(i) + "]";
      entity.mentions.push_back({in.get<std::string>(mentions[i], "doc", at),
                                 in.get<std::size_t>(mentions[i], "start", at),
                                 in.get<std::size_t>(mentions[i], "end", at), ""});
    }
  }
  entity.mention_count =
      in.get_or<std::size_t>(json, "mentionCount", entity.mentions.size(), where);
  if (json.contains("attributes")) {
    const Json& attributes = in.array(json, "attributes", where);
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      entity.attributes.push_back(
          attribute_from_json(in, attributes[i], where + ".attributes[" + std::to_string(i) + "]"));
    }
  }
  return entity;
}

EdgeDraft relation_from_json(const JsonReader& in, const Json& json, const std::string& where) {
  EdgeDraft edge;
  edge.head = in.get<std::string>(json, "head", where);
  edge.tail = in.get<std::string>(json, "tail", where);
  const auto type_name = in.get<std::string>(json, "type", where);
  const auto type = parse_relation_type(type_name);
  if (!type) in.fail(where + ".type", "unknown relation type '" + type_name + "'");
  Relation& r = edge.relation;
  r.type = *type;
  r.doc = in.get_or<std::string>(json, "doc", "", where);
  r.title = in.get_or<std::string>(json, "title", "", where);
  r.confidence = in.get_or<double>(json, "confidence", 0.0, where);
  r.evidence = in.get_or<std::string>(json, "evidence", "", where);
  r.rule = in.get_or<std::string>(json, "rule", "", where);
  if (json.contains("sentence")) {
    const Json& sentence = in.field(json, "sentence", where);
    r.sentence_start = in.get<std::size_t>(sentence, "start", where + ".sentence");
    r.sentence_end = in.get<std::size_t>(sentence, "end", where + ".sentence");
  }
  return edge;
}

// --- N-Triples ----------------------------------------------------------------------------

constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
constexpr std::string_view kDerivedFrom = "http://www.w3.org/ns/prov#wasDerivedFrom";

/// A term as text: the IRI, the literal's lexical form, or the blank node's label.
std::string term_text(const raptor_term* term) {
  switch (term->type) {
    case RAPTOR_TERM_TYPE_URI: {
      std::size_t length = 0;
      const unsigned char* text = raptor_uri_as_counted_string(term->value.uri, &length);
      return {reinterpret_cast<const char*>(text), length};
    }
    case RAPTOR_TERM_TYPE_LITERAL:
      return {reinterpret_cast<const char*>(term->value.literal.string),
              term->value.literal.string_len};
    case RAPTOR_TERM_TYPE_BLANK:
      return "_:" + std::string(reinterpret_cast<const char*>(term->value.blank.string),
                                term->value.blank.string_len);
    default:
      return {};
  }
}

std::string percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned value = 0;
    if (text[i] == '%' && i + 2 < text.size() + 0 &&
        std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16).ptr ==
            text.data() + i + 3) {
      out += static_cast<char>(value);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

double to_number(const std::string& text) {
  double value = 0.0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

struct MentionDraft {
  std::string doc;
  std::size_t start = 0, end = 0;
  std::string surface;
};

struct EntityDraft {
  std::optional<EntityType> type;
  std::string name;
  std::vector<std::string> aliases;
  double confidence = 0.0;
  std::vector<AttributeValue> attributes;
  std::vector<std::string> mentions;  ///< mention node IRIs, in file order
  std::size_t first_seen = 0;
};

struct StatementDraft {
  std::string subject, predicate, object, doc;
  Relation relation;
  bool is_statement = false;
};

/// Everything the triples say, grouped by subject; turned into a graph at the end.
class TripleCollector {
 public:
  explicit TripleCollector(const ExportOptions& options) : options_(options) {}

  static void handle(void* self, raptor_statement* statement) {
    static_cast<TripleCollector*>(self)->add(term_text(statement->subject),
                                             term_text(statement->predicate),
                                             term_text(statement->object));
  }

  KnowledgeGraph finish(std::string_view source) {
    std::vector<Entity> entities;
    std::map<std::string, std::string> ids;  // entity IRI -> id
    for (auto& [iri, draft] : entities_) {
      if (!draft.type) continue;
      Entity entity;
      entity.id = id_from_iri(iri);
      entity.type = *draft.type;
      entity.name = std::move(draft.name);
      entity.aliases = std::move(draft.aliases);
      entity.confidence = draft.confidence;
      entity.attributes = std::move(draft.attributes);
      for (const std::string& node : draft.mentions) {
        const MentionDraft& m = mentions_[node];
        entity.mentions.push_back({label(m.doc), m.start, m.end, m.surface});
      }
      ids.emplace(iri, entity.id);
      entities.push_back(std::move(entity));
    }
    std::vector<EdgeDraft> edges;
    for (const std::string& iri : statement_order_) {
      StatementDraft& s = statements_[iri];
      if (!s.is_statement) continue;
      const auto type = parse_relation_type(local_name(s.predicate));
      if (!type || !ids.contains(s.subject) || !ids.contains(s.object)) {
        throw LoadError(std::string(source) + ": statement <" + iri +
                        "> does not join two entities by a parkgraph relation");
      }
      s.relation.type = *type;
      s.relation.doc = label(s.doc);
      edges.push_back({ids[s.subject], ids[s.object], std::move(s.relation)});
    }
    return assemble(std::move(entities), std::move(edges), source);
  }

 private:
  void add(const std::string& s, const std::string& p, std::string o) {
    const std::string_view vocabulary = options_.vocabulary_iri;
    if (p == kRdfType && o.starts_with(vocabulary)) {
      const std::string_view local = std::string_view(o).substr(vocabulary.size());
      if (local == "Statement") {
        statement(s).is_statement = true;
      } else if (const auto type = parse_entity_type(local)) {
        entity(s).type = type;
      }
    } else if (p == kRdfsLabel) {
      labels_[s] = o;
      if (entities_.contains(s) || s.starts_with(options_.base_iri)) entity_label(s, o);
    } else if (p == kDerivedFrom) {
      statement(s).doc = std::move(o);
    } else if (p.starts_with(kRdf) && statements_.contains(s)) {
      reified(s, std::string_view(p).substr(kRdf.size()), std::move(o));
    } else if (p.starts_with(vocabulary)) {
      property(s, std::string_view(p).substr(vocabulary.size()), std::move(o));
    }
  }

  void entity_label(const std::string& s, const std::string& o) {
    // Documents have labels too; only subjects that turn out to be entities keep theirs.
    if (!s.starts_with(options_.base_iri + "doc/")) entity(s).name = o;
  }

  void reified(const std::string& s, std::string_view local, std::string o) {
    StatementDraft& draft = statement(s);
    if (local == "subject") draft.subject = std::move(o);
    if (local == "predicate") draft.predicate = std::move(o);
    if (local == "object") draft.object = std::move(o);
  }

  void property(const std::string& s, std::string_view local, std::string o) {
    if (local == "mention") {
      entity(s).mentions.push_back(std::move(o));
    } else if (local == "doc" || local == "start" || local == "end" || local == "surface") {
      mention(s, local, std::move(o));
    } else if (statements_.contains(s)) {
      statement_property(statements_[s].relation, local, o);
    } else if (local == "alias") {
      entity(s).aliases.push_back(std::move(o));
    } else if (local == "confidence") {
      entity(s).confidence = to_number(o);
    } else if (local == "date") {
      entity(s).attributes.push_back({"date", 0.0, "", std::move(o), ""});
    } else if (local == "areaMu") {
      entity(s).attributes.push_back({"area", to_number(o), "mu", "", ""});
    } else if (local == "area" || local == "investment" || local == "outputValue" ||
               local == "enterpriseCount") {
      const std::string unit = local == "area"              ? "m2"
                               : local == "enterpriseCount" ? "count"
                                                            : "CNY";
      entity(s).attributes.push_back({std::string(local), to_number(o), unit, "", ""});
    }
  }

  void mention(const std::string& s, std::string_view local, std::string o) {
    MentionDraft& m = mentions_[s];
    if (local == "doc") m.doc = std::move(o);
    if (local == "start") m.start = static_cast<std::size_t>(to_number(o));
    if (local == "end") m.end = static_cast<std::size_t>(to_number(o));
    if (local == "surface") m.surface = std::move(o);
  }

  static void statement_property(Relation& r, std::string_view local, const std::string& o) {
    if (local == "title") r.title = o;
    if (local == "evidence") r.evidence = o;
    if (local == "sentenceStart") r.sentence_start = static_cast<std::size_t>(to_number(o));
    if (local == "sentenceEnd") r.sentence_end = static_cast<std::size_t>(to_number(o));
    if (local == "confidence") r.confidence = to_number(o);
    if (local == "rule") r.rule = o;
  }

  EntityDraft& entity(const std::string& iri) { return entities_[iri]; }
  StatementDraft& statement(const std::string& iri) {
    const auto [it, added] = statements_.try_emplace(iri);
    if (added) statement_order_.push_back(iri);
    return it->second;
  }

  [[nodiscard]] std::string label(const std::string& iri) const {
    const auto found = labels_.find(iri);
    if (found != labels_.end()) return found->second;
    const std::string prefix = options_.base_iri + "doc/";
    return iri.starts_with(prefix) ? percent_decode(iri.substr(prefix.size())) : iri;
  }

  [[nodiscard]] std::string id_from_iri(const std::string& iri) const {
    return iri.starts_with(options_.base_iri) ? percent_decode(iri.substr(options_.base_iri.size()))
                                              : iri;
  }

  [[nodiscard]] std::string_view local_name(std::string_view iri) const {
    return iri.starts_with(options_.vocabulary_iri) ? iri.substr(options_.vocabulary_iri.size())
                                                    : std::string_view{};
  }

  const ExportOptions& options_;
  std::map<std::string, EntityDraft> entities_;
  std::map<std::string, MentionDraft> mentions_;
  std::map<std::string, StatementDraft> statements_;
  std::vector<std::string> statement_order_;
  std::map<std::string, std::string> labels_;
};

using ParserPtr = std::unique_ptr<raptor_parser, detail::RaptorDeleter<raptor_free_parser>>;

std::string read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LoadError(path.string() + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw LoadError(path.string() + ": read error");
  return buffer.str();
}

}  // namespace

KnowledgeGraph load_json(std::string_view text, std::string_view source) {
  Json json;
  try {
    json = Json::parse(text);
  } catch (const Json::parse_error& error) {
    throw LoadError(std::string(source) + ": byte " + std::to_string(error.byte) +
                    ": invalid JSON (" + error.what() + ")");
  }
  const JsonReader in(source);
  const Json& entities_json = in.array(json, "entities", "top level");
  std::vector<Entity> entities;
  entities.reserve(entities_json.size());
  for (std::size_t i = 0; i < entities_json.size(); ++i) {
    entities.push_back(
        entity_from_json(in, entities_json[i], "entities[" + std::to_string(i) + "]"));
  }
  std::vector<EdgeDraft> edges;
  if (json.contains("relations")) {
    const Json& relations = in.array(json, "relations", "top level");
    for (std::size_t i = 0; i < relations.size(); ++i) {
      edges.push_back(relation_from_json(in, relations[i], "relations[" + std::to_string(i) + "]"));
    }
  }
  return assemble(std::move(entities), std::move(edges), source);
}

KnowledgeGraph load_ntriples(std::string_view text, std::string_view source,
                             const ExportOptions& options) {
  detail::RaptorWorld world;
  const ParserPtr parser(raptor_new_parser(world.get(), "ntriples"));
  if (!parser) throw LoadError("Raptor: no N-Triples parser");
  TripleCollector collector(options);
  raptor_parser_set_statement_handler(parser.get(), &collector, &TripleCollector::handle);
  const detail::UriPtr base = world.uri(options.base_iri);
  // N-Triples is one statement a line: feeding it line by line tells where an error is.
  std::size_t line = 0;
  try {
    if (raptor_parser_parse_start(parser.get(), base.get()) != 0) world.throw_if_failed("start");
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t newline = text.find('\n', at);
      const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
      ++line;
      raptor_parser_parse_chunk(
          parser.get(), reinterpret_cast<const unsigned char*>(text.data() + at), next - at, 0);
      world.throw_if_failed("parse");
      at = next;
    }
    raptor_parser_parse_chunk(parser.get(), nullptr, 0, 1);
    world.throw_if_failed("parse");
  } catch (const ExportError& error) {
    throw LoadError(std::string(source) + ": line " + std::to_string(line) + ": " + error.what());
  }
  return collector.finish(source);
}

KnowledgeGraph load_graph(const std::filesystem::path& path, const ExportOptions& options) {
  const auto format = format_for_path(path);
  if (format != Format::Json && format != Format::NTriples) {
    throw LoadError(path.string() + ": a saved graph must be .json or .nt");
  }
  const std::string text = read_whole_file(path);
  return format == Format::Json ? load_json(text, path.string())
                                : load_ntriples(text, path.string(), options);
}

}  // namespace parkgraph
