#include "parkgraph/resolve.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <stdexcept>
#include <tuple>

namespace parkgraph {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

struct EntityDraft {
  Entity entity;
  std::map<std::string, int> surface_counts;  ///< normalised forms: the name is one of them
  std::set<std::string> written_forms;        ///< forms as written (鄧小山), aliases only
};

// Code points of a UTF-8 string (continuation bytes are not counted).
std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The fullest form: the longest normalised surface in characters, then the most frequent,
// then the smallest.
std::string choose_name(const std::map<std::string, int>& counts) {
  const std::pair<const std::string, int>* best = nullptr;
  for (const auto& entry : counts) {
    const std::size_t length = code_points(entry.first);
    const std::size_t best_length = best == nullptr ? 0 : code_points(best->first);
    if (best == nullptr || length > best_length ||
        (length == best_length && entry.second > best->second)) {
      best = &entry;
    }
  }
  return best == nullptr ? std::string() : best->first;
}

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path.string() + ": cannot be read");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::string entity_id(EntityType type, std::string_view key) {
  return lower(to_string(type)) + "/" + std::string(key);
}

std::map<std::string, std::string, std::less<>> read_alias_file(const std::filesystem::path& path) {
  std::map<std::string, std::string, std::less<>> aliases;
  const auto lines = read_lines(path);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    if (line.empty() || line.front() == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) {
      throw std::runtime_error(path.string() + ":" + std::to_string(n + 1) +
                               ": expected 'alias<TAB>canonical name'");
    }
    aliases[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return aliases;
}

std::set<std::string, std::less<>> read_stoplist(const std::filesystem::path& path) {
  std::set<std::string, std::less<>> names;
  for (const auto& line : read_lines(path)) {
    if (!line.empty() && line.front() != '#') names.insert(line);
  }
  return names;
}

KnowledgeGraph build_graph(std::span<const Extraction> extractions, const ResolveOptions& options) {
  // Pass 1: entities by (type, key). A user alias maps a surface to another name, whose
  // key (if some mention carries that name) becomes the alias's key too.
  std::map<std::pair<EntityType, std::string>, std::string> key_of_surface;
  for (const auto& ex : extractions) {
    for (const auto& m : ex.mentions) key_of_surface.try_emplace({m.type, m.surface}, m.key);
  }
  auto key_for = [&](const Mention& m) {
    const auto alias = options.aliases.find(m.surface);
    if (alias == options.aliases.end()) return m.key;
    const auto target = key_of_surface.find({m.type, alias->second});
    return target == key_of_surface.end() ? alias->second : target->second;
  };

  std::map<std::string, EntityDraft> drafts;  // by id: sorted, so vertex order is by id
  std::vector<std::vector<std::string>> mention_ids(extractions.size());
  for (std::size_t d = 0; d < extractions.size(); ++d) {
    const Extraction& ex = extractions[d];
    for (const auto& m : ex.mentions) {
      const bool dropped =
          m.confidence < options.min_confidence || options.stoplist.count(m.surface) > 0;
      const std::string id = dropped ? std::string() : entity_id(m.type, key_for(m));
      mention_ids[d].push_back(id);
      if (dropped) continue;
      EntityDraft& draft = drafts[id];
      draft.entity.id = id;
      draft.entity.type = m.type;
      draft.entity.confidence = std::max(draft.entity.confidence, m.confidence);
      ++draft.surface_counts[m.surface];
      // The form as written (鄧小山) is an alias too, unless only the layout differs (合\n肥市).
      std::string written;
      for (const char c : m.original) {
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t') written.push_back(c);
      }
      if (written != m.surface) draft.written_forms.insert(written);
      // A place's key is its full name (湖南 -> 湖南省): the name even when only the
      // short form was written.
      if (m.type == EntityType::Location) draft.surface_counts.try_emplace(key_for(m), 0);
      draft.entity.mentions.push_back({ex.doc, m.span.begin, m.span.end, m.surface});
    }
    for (const auto& a : ex.attributes) {
      const std::string& id = mention_ids[d][a.mention];
      if (id.empty()) continue;
      auto& attrs = drafts[id].entity.attributes;
      AttributeValue value{a.name, a.value, a.unit, a.name == "date" ? a.literal : "", ex.doc};
      const bool known = std::any_of(attrs.begin(), attrs.end(), [&](const AttributeValue& v) {
        return v.name == value.name && v.value == value.value && v.literal == value.literal &&
               v.doc == value.doc;
      });
      if (!known) attrs.push_back(value);
    }
  }

  BoostGraph graph;
  std::map<std::string, Vertex> vertex_of;
  for (auto& [id, draft] : drafts) {
    Entity& e = draft.entity;
    e.name = choose_name(draft.surface_counts);
    std::set<std::string> aliases(draft.written_forms.begin(), draft.written_forms.end());
    for (const auto& [surface, count] : draft.surface_counts) aliases.insert(surface);
    aliases.erase(e.name);
    e.aliases.assign(aliases.begin(), aliases.end());
    std::sort(e.mentions.begin(), e.mentions.end(), [](const MentionRef& a, const MentionRef& b) {
      return std::tie(a.doc, a.start, a.end) < std::tie(b.doc, b.start, b.end);
    });
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
    std::sort(e.attributes.begin(), e.attributes.end(),
              [](const AttributeValue& a, const AttributeValue& b) {
                return std::tie(a.doc, a.name, a.value, a.literal) <
                       std::tie(b.doc, b.name, b.value, b.literal);
              });
    vertex_of[id] = boost::add_vertex(e, graph);
  }

  // Pass 2: one edge per (head, type, tail, doc), the most confident evidence kept.
  using EdgeKey = std::tuple<std::string, int, std::string, std::string>;
  std::map<EdgeKey, Relation> edges;
  for (std::size_t d = 0; d < extractions.size(); ++d) {
    const Extraction& ex = extractions[d];
    for (const auto& f : ex.facts) {
      if (f.confidence < options.min_confidence) continue;
      std::string head = mention_ids[d][f.head];
      std::string tail = mention_ids[d][f.tail];
      if (head.empty() || tail.empty() || head == tail) continue;
      if (f.type == RelationType::CooperatesWith && tail < head) std::swap(head, tail);
      Relation r{f.type,         f.title,    ex.doc,       f.sentence.begin,
                 f.sentence.end, f.evidence, f.confidence, f.rule};
      const EdgeKey key{head, static_cast<int>(f.type), tail, ex.doc};
      const auto it = edges.find(key);
      if (it == edges.end()) {
        edges.emplace(key, std::move(r));
      } else if (r.confidence > it->second.confidence) {
        it->second = std::move(r);
      }
    }
  }
  for (auto& [key, relation] : edges) {
    boost::add_edge(vertex_of.at(std::get<0>(key)), vertex_of.at(std::get<2>(key)), relation,
                    graph);
  }
  return KnowledgeGraph(std::move(graph));
}

}  // namespace parkgraph
