#include "parkgraph/evaluate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace parkgraph {

double Counts::precision() const {
  return predicted == 0 ? 0.0
                        : static_cast<double>(true_positives) / static_cast<double>(predicted);
}
double Counts::recall() const {
  return gold == 0 ? 0.0 : static_cast<double>(recalled) / static_cast<double>(gold);
}
double Counts::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}
Counts& Counts::operator+=(const Counts& o) {
  true_positives += o.true_positives;
  predicted += o.predicted;
  gold += o.gold;
  recalled += o.recalled;
  return *this;
}

namespace {

struct GoldEntity {
  std::string id;
  std::string type;
  std::set<std::string> names;
};

struct GoldRelation {
  std::string head;
  std::string type;
  std::string tail;
};

struct GoldDoc {
  std::string doc;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
};

GoldDoc read_gold(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path.string() + ": cannot be read");
  nlohmann::json j;
  try {
    in >> j;
    GoldDoc g;
    g.doc = j.at("doc").get<std::string>();
    for (const auto& e : j.at("entities")) {
      GoldEntity ge{e.at("id").get<std::string>(), e.at("type").get<std::string>(), {}};
      ge.names.insert(e.at("name").get<std::string>());
      for (const auto& a : e.value("aliases", nlohmann::json::array()))
        ge.names.insert(a.get<std::string>());
      g.entities.push_back(std::move(ge));
    }
    for (const auto& r : j.at("relations")) {
      g.relations.push_back({r.at("head").get<std::string>(), r.at("type").get<std::string>(),
                             r.at("tail").get<std::string>()});
    }
    return g;
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(path.string() + ": not a gold graph: " + e.what());
  }
}

bool is_core(const std::string& type) {
  return type != "Location";
}
bool is_containment(const std::string& type) {
  return type == "locatedIn" || type == "partOf";
}

// Transitive closure of gold locatedIn/partOf edges.
std::set<std::pair<std::string, std::string>> containment_closure(const GoldDoc& gold) {
  std::set<std::pair<std::string, std::string>> closure;
  for (const auto& r : gold.relations) {
    if (is_containment(r.type)) closure.insert({r.head, r.tail});
  }
  for (bool grew = true; grew;) {
    grew = false;
    const auto snapshot = closure;
    for (const auto& [a, b] : snapshot) {
      for (const auto& [c, d] : snapshot) {
        if (b == c && a != d && closure.insert({a, d}).second) grew = true;
      }
    }
  }
  return closure;
}

void score_document(const KnowledgeGraph& graph, const GoldDoc& gold, Scores& scores) {
  const BoostGraph& g = graph.boost();
  // Predicted entities of this document, in id order.
  std::vector<Vertex> predicted;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto& m = g[v].mentions;
    if (std::any_of(m.begin(), m.end(), [&](const MentionRef& r) { return r.doc == gold.doc; }))
      predicted.push_back(v);
  }
  auto surfaces = [&](Vertex v) {
    std::set<std::string> s(g[v].aliases.begin(), g[v].aliases.end());
    s.insert(g[v].name);
    return s;
  };
  // One-to-one matching: each gold entity takes the first unmatched prediction of its type
  // whose name is one of its names, else one sharing any alias.
  std::map<Vertex, std::string> gold_of;
  std::set<Vertex> used;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& ge : gold.entities) {
      if (std::any_of(gold_of.begin(), gold_of.end(),
                      [&](const auto& p) { return p.second == ge.id; }))
        continue;
      for (const Vertex v : predicted) {
        if (used.count(v) || to_string(g[v].type) != ge.type) continue;
        bool hit = false;
        if (pass == 0) {
          hit = ge.names.count(g[v].name) > 0;
        } else {
          for (const auto& s : surfaces(v)) hit = hit || ge.names.count(s) > 0;
        }
        if (hit) {
          gold_of[v] = ge.id;
          used.insert(v);
          break;
        }
      }
    }
  }
  std::map<std::string, const GoldEntity*> gold_by_id;
  for (const auto& ge : gold.entities) gold_by_id[ge.id] = &ge;
  auto gold_name = [&](const std::string& id) {
    const auto it = gold_by_id.find(id);
    return it == gold_by_id.end() ? id : *it->second->names.begin();
  };
  for (const auto& ge : gold.entities) {
    const bool matched = std::any_of(gold_of.begin(), gold_of.end(),
                                     [&](const auto& p) { return p.second == ge.id; });
    if (!matched)
      scores.errors.push_back(gold.doc + "  missed entity  " + ge.type + " " + *ge.names.begin());
    Counts& c = is_core(ge.type) ? scores.core_entities : scores.location_entities;
    ++c.gold;
    ++scores.by_entity_type[ge.type].gold;
  }
  for (const Vertex v : predicted) {
    const std::string type(to_string(g[v].type));
    Counts& c = is_core(type) ? scores.core_entities : scores.location_entities;
    ++c.predicted;
    ++scores.by_entity_type[type].predicted;
    if (!gold_of.count(v)) {
      scores.errors.push_back(gold.doc + "  false entity  " + type + " " + g[v].name);
    } else {
      ++c.true_positives;
      ++c.recalled;
      ++scores.by_entity_type[type].true_positives;
      ++scores.by_entity_type[type].recalled;
    }
  }

  // Relations of this document.
  const auto closure = containment_closure(gold);
  std::set<std::tuple<std::string, std::string, std::string>> found;  // (head, kind, tail)
  Counts doc_counts;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const Relation& r = g[e];
    if (r.doc != gold.doc) continue;
    const std::string type(to_string(r.type));
    ++scores.relations.predicted;
    ++scores.by_relation_type[type].predicted;
    ++doc_counts.predicted;
    const auto h = gold_of.find(boost::source(e, g));
    const auto t = gold_of.find(boost::target(e, g));
    const std::string shown = g[boost::source(e, g)].name + " " + type + " " +
                              g[boost::target(e, g)].name +
                              (r.title.empty() ? "" : " (" + r.title + ")") + "  [" + r.rule + "]";
    if (h == gold_of.end() || t == gold_of.end()) {
      scores.errors.push_back(gold.doc + "  false relation (unmatched end)  " + shown);
      continue;
    }
    bool correct = false;
    if (is_containment(type)) {
      correct = closure.count({h->second, t->second}) > 0;
      found.insert({h->second, "contain", t->second});
    } else {
      for (const auto& gr : gold.relations) {
        if (gr.type != type) continue;
        const bool forward = gr.head == h->second && gr.tail == t->second;
        const bool backward = gr.head == t->second && gr.tail == h->second;
        if (forward || (type == "cooperatesWith" && backward)) correct = true;
      }
      found.insert({h->second, type, t->second});
      if (type == "cooperatesWith") found.insert({t->second, type, h->second});
    }
    if (!correct) scores.errors.push_back(gold.doc + "  false relation  " + shown);
    if (correct) {
      ++scores.relations.true_positives;
      ++scores.by_relation_type[type].true_positives;
      ++doc_counts.true_positives;
    }
  }
  for (const auto& gr : gold.relations) {
    ++scores.relations.gold;
    ++scores.by_relation_type[gr.type].gold;
    ++doc_counts.gold;
    const std::string kind = is_containment(gr.type) ? "contain" : gr.type;
    if (!found.count({gr.head, kind, gr.tail})) {
      scores.errors.push_back(gold.doc + "  missed relation  " + gold_name(gr.head) + " " +
                              gr.type + " " + gold_name(gr.tail));
    } else {
      ++scores.relations.recalled;
      ++scores.by_relation_type[gr.type].recalled;
      ++doc_counts.recalled;
    }
  }
  scores.relations_by_doc[gold.doc] = doc_counts;
}

}  // namespace

Scores evaluate(const KnowledgeGraph& graph, const std::filesystem::path& gold_dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& item : std::filesystem::directory_iterator(gold_dir)) {
    if (item.path().extension() == ".json") files.push_back(item.path());
  }
  std::sort(files.begin(), files.end());
  Scores scores;
  for (const auto& file : files) {
    score_document(graph, read_gold(file), scores);
    ++scores.documents;
  }
  return scores;
}

std::string format_scores(const Scores& s, bool with_errors) {
  std::ostringstream out;
  if (with_errors) {
    for (const auto& line : s.errors) out << line << "\n";
  }
  auto row = [&](const std::string& label, const Counts& c) {
    char line[160];
    std::snprintf(line, sizeof line,
                  "%-22s P=%.3f R=%.3f F1=%.3f  (tp %zu, predicted %zu, gold %zu)\n", label.c_str(),
                  c.precision(), c.recall(), c.f1(), c.true_positives, c.predicted, c.gold);
    out << line;
  };
  out << "documents: " << s.documents << "\n";
  out << "entities by type:\n";
  for (const auto& [type, c] : s.by_entity_type) row("  " + type, c);
  out << "relations by type:\n";
  for (const auto& [type, c] : s.by_relation_type) row("  " + type, c);
  out << "overall:\n";
  row("  core entities", s.core_entities);
  row("  Location entities", s.location_entities);
  row("  relations", s.relations);
  return out.str();
}

}  // namespace parkgraph
