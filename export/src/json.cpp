// JSON in the shape of the export contract (gold/GUIDELINES.md, "Export contract").
#include <algorithm>
#include "detail.hpp"

namespace parkgraph::detail {
namespace {

using Json = nlohmann::ordered_json;

Json attribute_to_json(const AttributeValue& attribute) {
  if (attribute.name == "date") return Json{{"attr", "date"}, {"value", attribute.literal}};
  return Json{
      {"attr", attribute.name}, {"value", json_number(attribute.value)}, {"unit", attribute.unit}};
}

Json entity_to_json(const Entity& entity) {
  Json mentions = Json::array();
  for (const MentionRef& mention : entity.mentions) {
    mentions.push_back(Json{{"doc", mention.doc}, {"start", mention.start}, {"end", mention.end}});
  }
  Json attributes = Json::array();
  for (const AttributeValue& attribute : entity.attributes) {
    attributes.push_back(attribute_to_json(attribute));
  }
  return Json{{"id", entity.id},
              {"type", to_string(entity.type)},
              {"name", entity.name},
              {"aliases", entity.aliases},
              {"mentions", std::move(mentions)},
              // Every mention seen; `mentions` may hold only the first (see --max-mentions).
              {"mentionCount", std::max(entity.mention_count, entity.mentions.size())},
              {"confidence", json_number(entity.confidence)},
              {"attributes", std::move(attributes)}};
}

Json relation_to_json(const KnowledgeGraph& graph, Edge edge) {
  const BoostGraph& g = graph.boost();
  const Relation& relation = graph.relation(edge);
  Json json{{"head", g[boost::source(edge, g)].id},
            {"type", to_string(relation.type)},
            {"tail", g[boost::target(edge, g)].id},
            {"doc", relation.doc}};
  if (!relation.title.empty()) json["title"] = relation.title;
  json["confidence"] = json_number(relation.confidence);
  json["evidence"] = relation.evidence;
  json["sentence"] = Json{{"start", relation.sentence_start}, {"end", relation.sentence_end}};
  json["rule"] = relation.rule;
  return json;
}

}  // namespace

nlohmann::ordered_json graph_to_json(const KnowledgeGraph& graph) {
  const BoostGraph& g = graph.boost();
  Json entities = Json::array();
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    entities.push_back(entity_to_json(g[v]));
  }
  Json relations = Json::array();
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    relations.push_back(relation_to_json(graph, e));
  }
  return Json{{"entities", std::move(entities)}, {"relations", std::move(relations)}};
}

std::string serialize_json(const KnowledgeGraph& graph) {
  return dump_json(graph_to_json(graph)) + "\n";
}

}  // namespace parkgraph::detail
