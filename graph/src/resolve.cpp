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
  /// Whether entity.mentions starts with the cap smallest seen so far, sorted (after a trim
  /// that left cap of them: duplicates may leave fewer): a mention not below the last of
  /// those can never be kept.
  bool mentions_trimmed = false;
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

namespace {

// "park", "company", ...: the first part of every id, made once.
std::string_view lower_type_name(EntityType type) {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all(std::size(kAllEntityTypes));
    for (const EntityType t : kAllEntityTypes)
      all[static_cast<std::size_t>(t)] = lower(to_string(t));
    return all;
  }();
  return names.at(static_cast<std::size_t>(type));
}

}  // namespace

std::string entity_id(EntityType type, std::string_view key) {
  std::string id(lower_type_name(type));
  id += '/';
  id += key;
  return id;
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

namespace {

// Keeps the `cap` smallest of `items` (all when cap is 0), sorted and without duplicates.
// Keeping the smallest, not the first, makes the result independent of the input order.
template <typename T, typename Less>
void keep_smallest(std::vector<T>& items, std::size_t cap, Less less) {
  std::sort(items.begin(), items.end(), less);
  items.erase(std::unique(items.begin(), items.end(),
                          [&](const T& a, const T& b) { return !less(a, b) && !less(b, a); }),
              items.end());
  if (cap != 0 && items.size() > cap) items.resize(cap);
}

bool mention_less(const MentionRef& a, const MentionRef& b) {
  return std::tie(a.doc, a.start, a.end, a.surface) < std::tie(b.doc, b.start, b.end, b.surface);
}

bool attribute_less(const AttributeValue& a, const AttributeValue& b) {
  return std::tie(a.doc, a.name, a.value, a.literal, a.unit) <
         std::tie(b.doc, b.name, b.value, b.literal, b.unit);
}

// Trims a growing list back to its cap once it holds twice as many: amortised O(log n) an item.
template <typename T, typename Less>
bool bound(std::vector<T>& items, std::size_t cap, Less less) {
  if (cap == 0 || items.size() < 2 * cap) return false;
  keep_smallest(items, cap, less);
  return true;
}

/// Whitespace the page layout puts inside a name (合\n肥市).
bool is_layout(char c) {
  return c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

/// Whether `written` without layout whitespace differs from `surface`, without building it.
bool differs_beyond_layout(std::string_view written, std::string_view surface) {
  std::size_t s = 0;
  for (const char c : written) {
    if (is_layout(c)) continue;
    if (s == surface.size() || surface[s] != c) return true;
    ++s;
  }
  return s != surface.size();
}

/// The written form without layout whitespace (合\n肥市 -> 合肥市).
std::string without_layout(std::string_view written) {
  std::string out;
  for (const char c : written) {
    if (!is_layout(c)) out.push_back(c);
  }
  return out;
}

// Ids of mentions whose key waits on a user alias: the alias names another surface, whose
// key is known only once a mention of it has been seen (maybe in a later document).
constexpr std::string_view kPendingAlias = "\x01pending-alias\x01";

}  // namespace

// (head, type, tail), and a view of one for lookups that copy nothing.
using Triple = std::tuple<std::string, int, std::string>;
using TripleView = std::tuple<std::string_view, int, std::string_view>;

struct TripleLess {
  using is_transparent = void;
  static TripleView view(const Triple& t) {
    return {std::get<0>(t), std::get<1>(t), std::get<2>(t)};
  }
  static const TripleView& view(const TripleView& t) { return t; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    return view(a) < view(b);
  }
};

struct GraphBuilder::State {
  ResolveOptions options;
  // By id: sorted, so vertex order is by id. Nodes never move, so a document's mentions
  // can point at their entity's id and draft while it is added.
  std::map<std::string, EntityDraft, std::less<>> drafts;
  // (head, type, tail) -> doc -> the most confident statement of it in that document.
  std::map<Triple, std::map<std::string, Relation>, TripleLess> edges;
  // Surfaces that user aliases point to -> the key of the first mention carrying them.
  std::set<std::string, std::less<>> alias_targets;
  std::map<std::pair<EntityType, std::string>, std::string> key_of_alias_target;

  /// The id of the entity `m` names, written into `id` (reused from mention to mention).
  void id_for(const Mention& m, std::string& id) const {
    const auto alias = options.aliases.find(m.surface);
    if (alias == options.aliases.end()) {
      id = lower_type_name(m.type);
      id += '/';
      id += m.key;
      return;
    }
    id = std::string(kPendingAlias) + std::string(to_string(m.type)) + "\x01" + alias->second;
  }

  /// The draft `id` names, made on first use.
  std::map<std::string, EntityDraft, std::less<>>::iterator draft_for(const std::string& id) {
    auto it = drafts.find(id);
    if (it == drafts.end()) {
      it = drafts.try_emplace(id).first;
      it->second.entity.id = id;
    }
    return it;
  }

  void add_mention(EntityDraft& draft, const Mention& m, const std::string& doc) {
    const std::string& id = draft.entity.id;
    draft.entity.type = m.type;
    draft.entity.confidence = std::max(draft.entity.confidence, m.confidence);
    ++draft.entity.mention_count;
    ++draft.surface_counts[m.surface];
    // The form as written (鄧小山) is an alias too, unless only the layout differs (合\n肥市).
    if (differs_beyond_layout(m.original, m.surface))
      draft.written_forms.insert(without_layout(m.original));
    // A place's key is its full name (湖南 -> 湖南省): the name even when only the short
    // form was written. (For a pending alias the key is settled in finish().)
    if (m.type == EntityType::Location && !id.starts_with(kPendingAlias))
      draft.surface_counts.try_emplace(m.key, 0);
    add_mention_ref(draft, doc, m);
  }

  // Keeps the mention if it may be among the cap smallest (most are not, on a large corpus:
  // their documents come after the kept ones), without copying its strings when not.
  void add_mention_ref(EntityDraft& draft, const std::string& doc, const Mention& m) {
    auto& mentions = draft.entity.mentions;
    const std::size_t cap = options.max_mentions_per_entity;
    if (draft.mentions_trimmed) {
      const MentionRef& last_kept = mentions[cap - 1];
      if (std::tie(doc, m.span.begin, m.span.end, m.surface) >=
          std::tie(last_kept.doc, last_kept.start, last_kept.end, last_kept.surface)) {
        return;
      }
    }
    mentions.push_back({doc, m.span.begin, m.span.end, m.surface});
    if (bound(mentions, cap, mention_less)) draft.mentions_trimmed = mentions.size() == cap;
  }

  void add_relation(std::string_view head, std::string_view tail, const Fact& f,
                    const std::string& doc) {
    if (f.type == RelationType::CooperatesWith && tail < head) std::swap(head, tail);
    const TripleView key{head, static_cast<int>(f.type), tail};
    auto found = edges.find(key);
    if (found == edges.end()) {
      found = edges.try_emplace(Triple{head, std::get<1>(key), tail}).first;
    }
    auto& by_doc = found->second;
    // A relation already stated in the cap smallest documents, all before this one, keeps
    // them: skip before copying the evidence.
    const std::size_t cap = options.max_documents_per_relation;
    if (cap != 0 && by_doc.size() >= cap && std::prev(by_doc.end())->first < doc) return;
    insert(by_doc, Relation{f.type, f.title, doc, f.sentence.begin, f.sentence.end, f.evidence,
                            f.confidence, f.rule});
  }

  void insert_relation(Triple triple, Relation r) {
    insert(edges[std::move(triple)], std::move(r));
  }

  void insert(std::map<std::string, Relation>& by_doc, Relation r) {
    const auto it = by_doc.find(r.doc);
    if (it == by_doc.end()) {
      const std::string doc = r.doc;
      by_doc.emplace(doc, std::move(r));
      const std::size_t cap = options.max_documents_per_relation;
      if (cap != 0 && by_doc.size() > cap) by_doc.erase(std::prev(by_doc.end()));
    } else if (r.confidence > it->second.confidence) {
      it->second = std::move(r);
    }
  }

  void merge_draft(EntityDraft& into, EntityDraft&& from) {
    into.entity.confidence = std::max(into.entity.confidence, from.entity.confidence);
    into.entity.mention_count += from.entity.mention_count;
    for (const auto& [surface, count] : from.surface_counts) into.surface_counts[surface] += count;
    into.written_forms.merge(from.written_forms);
    auto& mentions = into.entity.mentions;
    mentions.insert(mentions.end(), from.entity.mentions.begin(), from.entity.mentions.end());
    auto& attributes = into.entity.attributes;
    attributes.insert(attributes.end(), from.entity.attributes.begin(),
                      from.entity.attributes.end());
  }

  // Settles pending aliases: each goes to the entity whose mention carried the alias target
  // (or, when none did, to an entity keyed by the target name itself).
  std::map<std::string, std::string> settle_aliases() {
    std::map<std::string, std::string> renamed;
    for (auto it = drafts.begin(); it != drafts.end();) {
      if (!it->first.starts_with(kPendingAlias)) {
        ++it;
        continue;
      }
      const EntityType type = it->second.entity.type;
      const std::string target = it->first.substr(it->first.rfind('\x01') + 1);
      const auto known = key_of_alias_target.find({type, target});
      const std::string key = known == key_of_alias_target.end() ? target : known->second;
      const std::string id = entity_id(type, key);
      EntityDraft draft = std::move(it->second);
      renamed[it->first] = id;
      it = drafts.erase(it);
      if (type == EntityType::Location) draft.surface_counts.try_emplace(key, 0);
      auto [slot, fresh] = drafts.try_emplace(id);
      if (fresh) {
        draft.entity.id = id;
        slot->second = std::move(draft);
      } else {
        merge_draft(slot->second, std::move(draft));
      }
    }
    return renamed;
  }

  void rename_edges(const std::map<std::string, std::string>& renamed) {
    if (renamed.empty()) return;
    auto renamed_id = [&](const std::string& id) {
      const auto it = renamed.find(id);
      return it == renamed.end() ? id : it->second;
    };
    auto old = std::move(edges);
    edges.clear();
    for (auto& [triple, by_doc] : old) {
      std::string head = renamed_id(std::get<0>(triple));
      std::string tail = renamed_id(std::get<2>(triple));
      if (head == tail) continue;
      if (std::get<1>(triple) == static_cast<int>(RelationType::CooperatesWith) && tail < head)
        std::swap(head, tail);
      for (auto& [doc, relation] : by_doc)
        insert_relation({head, std::get<1>(triple), tail}, std::move(relation));
    }
  }
};

GraphBuilder::GraphBuilder(ResolveOptions options) : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
  for (const auto& [alias, target] : state_->options.aliases) state_->alias_targets.insert(target);
}

GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

void GraphBuilder::add(const Extraction& ex) {
  State& s = *state_;
  const ResolveOptions& options = s.options;
  // The draft of each mention's entity, or null for a dropped mention.
  std::vector<EntityDraft*> drafts;
  drafts.reserve(ex.mentions.size());
  std::string id;
  for (const auto& m : ex.mentions) {
    if (s.alias_targets.count(m.surface) > 0)
      s.key_of_alias_target.try_emplace({m.type, m.surface}, m.key);
    const bool dropped =
        m.confidence < options.min_confidence || options.stoplist.count(m.surface) > 0;
    if (dropped) {
      drafts.push_back(nullptr);
      continue;
    }
    s.id_for(m, id);
    EntityDraft& draft = s.draft_for(id)->second;
    s.add_mention(draft, m, ex.doc);
    drafts.push_back(&draft);
  }
  for (const auto& a : ex.attributes) {
    EntityDraft* draft = drafts[a.mention];
    if (draft == nullptr) continue;
    auto& attributes = draft->entity.attributes;
    attributes.push_back({a.name, a.value, a.unit, a.name == "date" ? a.literal : "", ex.doc});
    bound(attributes, options.max_mentions_per_entity, attribute_less);
  }
  for (const auto& f : ex.facts) {
    if (f.confidence < options.min_confidence) continue;
    const EntityDraft* head = drafts[f.head];
    const EntityDraft* tail = drafts[f.tail];
    if (head == nullptr || tail == nullptr || head == tail) continue;
    s.add_relation(head->entity.id, tail->entity.id, f, ex.doc);
  }
}

std::size_t GraphBuilder::entity_count() const {
  return state_->drafts.size();
}

KnowledgeGraph GraphBuilder::finish() && {
  State& s = *state_;
  s.rename_edges(s.settle_aliases());
  auto built = std::make_unique<BoostGraph>();  // in place: a BoostGraph cannot be moved
  BoostGraph& graph = *built;
  std::map<std::string, Vertex, std::less<>> vertex_of;
  for (auto& [id, draft] : s.drafts) {
    Entity& e = draft.entity;
    e.name = choose_name(draft.surface_counts);
    std::set<std::string> aliases(draft.written_forms.begin(), draft.written_forms.end());
    for (const auto& [surface, count] : draft.surface_counts) aliases.insert(surface);
    aliases.erase(e.name);
    e.aliases.assign(aliases.begin(), aliases.end());
    keep_smallest(e.mentions, s.options.max_mentions_per_entity, mention_less);
    keep_smallest(e.attributes, s.options.max_mentions_per_entity, attribute_less);
    // Boost's add_vertex and add_edge copy the property they are given; moving into a
    // default one does not.
    const Vertex v = boost::add_vertex(graph);
    graph[v] = std::move(e);
    vertex_of[id] = v;
  }
  s.drafts.clear();
  for (auto& [triple, by_doc] : s.edges) {
    const Vertex head = vertex_of.at(std::get<0>(triple));
    const Vertex tail = vertex_of.at(std::get<2>(triple));
    for (auto& [doc, relation] : by_doc)
      graph[boost::add_edge(head, tail, graph).first] = std::move(relation);
  }
  s.edges.clear();
  return KnowledgeGraph(std::move(built));
}

KnowledgeGraph build_graph(std::span<const Extraction> extractions, const ResolveOptions& options) {
  GraphBuilder builder(options);
  for (const auto& extraction : extractions) builder.add(extraction);
  return std::move(builder).finish();
}

}  // namespace parkgraph
