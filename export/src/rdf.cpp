// Turtle, N-Triples and N-Quads through Raptor2's serialisers. Every triple is built as
// raptor_term objects; Raptor does all the syntax and escaping.
//
// Shape of the output (pg: vocabulary, pgid: instances):
//   pgid:park/苏州工业园区 a pg:Park ; rdfs:label "..."@zh ; pg:alias "..."@zh ;
//       pg:confidence 0.9 ; pg:area 80000.0 ; pg:date "2024-07-05"^^xsd:date ;
//       pg:mention <...park/苏州工业园区#mention-doc-0-6> .
//   <...#mention-doc-0-6> a pg:Mention ; pg:doc pgid:doc/doc ; pg:start 0 ; pg:end 6 .
//   pgid:doc/doc a pg:Document ; rdfs:label "doc" .
//   head pg:locatedIn tail .                  (once per triple; N-Quads: once per document,
//                                              in the document's named graph)
//   pgid:statement/<hash> a pg:Statement ; rdf:subject head ; rdf:predicate pg:locatedIn ;
//       rdf:object tail ; pg:title "..."@zh ; prov:wasDerivedFrom pgid:doc/doc ;
//       pg:evidence "..."@zh ; pg:sentenceStart 0 ; pg:sentenceEnd 20 ; pg:confidence 0.8 .
//   pgid:membership/<hash> a org:Membership ; org:member person ; org:organization unit ;
//       org:role pgid:role/<title> ; pg:title "..."@zh .      (one per person, unit, title)
//   pgid:role/<title> a org:Role ; rdfs:label "..."@zh .
//
// With ExportOptions::provenance (N-Quads only) the facts (documents, entities, plain relation
// triples, memberships) stay in the default graph, and everything a document says goes into
// the named graph <pgid:doc/...>: its mentions, the relation triples it states, their
// pg:Statement nodes, the pg:Sentence each came from (prov:wasQuotedFrom the document) and the
// pg:Extraction activity that read it (prov:used the document, prov:wasAssociatedWith
// the parkgraph software agent; statements prov:wasGeneratedBy it). Without it every triple
// is in one graph, and statements link to the document only.
//
// Raptor's Turtle writer keeps every statement in memory and sorts the subjects at the end, on
// one thread. The graph is therefore cut into chunks (runs of documents; runs of vertices with
// everything whose subject they own: mentions, statements of their out-edges, memberships),
// each written by its own serialiser, in parallel with ExportOptions::threads, and joined in
// chunk order. A subject never spans two chunks, so the Turtle still has one block per subject.
#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <exception>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "detail.hpp"
#include "parkgraph/corpus.hpp"
#include "raptor_handles.hpp"

namespace parkgraph::detail {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
constexpr std::string_view kOrg = "http://www.w3.org/ns/org#";
constexpr std::string_view kLanguage = "zh";

const char* serializer_name(Format format) {
  switch (format) {
    case Format::Turtle:
      return "turtle";
    case Format::NTriples:
      return "ntriples";
    case Format::NQuads:
      return "nquads";
    default:
      throw ExportError("not an RDF format");
  }
}

std::string hex64(std::uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

/// The pg: property an attribute is written with, or "" to leave it out.
std::string attribute_property(const AttributeValue& attribute) {
  // Area comes in square metres or in mu (亩); keeping them apart loses nothing.
  if (attribute.name == "area" && attribute.unit == "mu") return "areaMu";
  const bool simple_name =
      !attribute.name.empty() && std::isalpha(static_cast<unsigned char>(attribute.name[0])) &&
      attribute.name.find_first_not_of(
          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == std::string::npos;
  return simple_name ? attribute.name : std::string();
}

constexpr std::uint8_t kWritesSentence = 1;    // first relation citing its sentence
constexpr std::uint8_t kWritesActivity = 2;    // first relation of its document
constexpr std::uint8_t kWritesMembership = 4;  // first holdsPosition of (person, unit, title)
constexpr std::uint8_t kWritesRole = 8;        // first membership with its title

/// What the chunks cannot decide alone, settled in one pass over the graph before they run:
/// the documents, the names of statement nodes (hash collisions are numbered across the whole
/// graph) and which relation writes a node that relations of several heads share. Relations
/// are numbered in the order the chunks visit them: vertex by vertex, out-edges in order.
struct SharedPlan {
  std::vector<std::string> documents;           // sorted
  std::vector<std::uint64_t> statement_hash;    // by relation number
  std::vector<std::uint32_t> statement_suffix;  // 0, or n for "-n" after a collision
  std::vector<std::uint8_t> flags;              // kWrites... by relation number
  std::vector<std::size_t> first_relation;      // number of each vertex's first out-edge
};

std::string statement_key(const Entity& head, const Relation& relation, const Entity& tail) {
  return head.id + '\x1f' + std::string(to_string(relation.type)) + '\x1f' + tail.id + '\x1f' +
         relation.doc + '\x1f' + std::to_string(relation.sentence_start) + '\x1f' +
         std::to_string(relation.sentence_end) + '\x1f' + relation.title;
}

std::string membership_key(const Entity& person, const Entity& unit, std::string_view title) {
  return person.id + '\x1f' + unit.id + '\x1f' + std::string(title);
}

SharedPlan plan_shared_nodes(const KnowledgeGraph& graph, const ExportOptions& options) {
  const BoostGraph& g = graph.boost();
  SharedPlan plan;
  std::set<std::string> documents;
  std::unordered_map<std::uint64_t, std::uint32_t> statements_per_hash;
  std::set<std::tuple<std::string_view, std::size_t, std::size_t>> sentences;
  std::set<std::string_view> activities;
  std::unordered_set<std::string> memberships;
  std::set<std::string_view> roles;
  plan.first_relation.reserve(boost::num_vertices(g) + 1);
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    plan.first_relation.push_back(plan.flags.size());
    for (const MentionRef& mention : g[v].mentions) documents.insert(mention.doc);
    for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const Relation& relation = g[e];
      const Entity& tail = g[boost::target(e, g)];
      documents.insert(relation.doc);
      const std::uint64_t hash = fnv1a64(statement_key(g[v], relation, tail));
      const std::uint32_t seen = statements_per_hash[hash]++;
      plan.statement_hash.push_back(hash);
      plan.statement_suffix.push_back(seen == 0 ? 0 : seen + 1);
      std::uint8_t flags = 0;
      if (options.provenance) {
        if (sentences.emplace(relation.doc, relation.sentence_start, relation.sentence_end)
                .second) {
          flags |= kWritesSentence;
        }
        if (activities.insert(relation.doc).second) flags |= kWritesActivity;
      }
      if (relation.type == RelationType::HoldsPosition &&
          memberships.insert(membership_key(g[v], tail, relation.title)).second) {
        flags |= kWritesMembership;
        if (!relation.title.empty() && roles.insert(relation.title).second) flags |= kWritesRole;
      }
      plan.flags.push_back(flags);
    }
  }
  plan.first_relation.push_back(plan.flags.size());
  plan.documents.assign(documents.begin(), documents.end());
  return plan;
}

/// A part of the output that one serialiser writes alone: a run of documents, or a run of
/// vertices with their mentions, their out-edges' statements and memberships.
struct Chunk {
  enum class Kind { Documents, Vertices } kind;
  std::size_t begin;
  std::size_t end;
};

/// Cuts the graph into chunks of about `budget` statements each. The cuts depend on the
/// graph only, never on the thread count: the Turtle writer orders subjects within a chunk,
/// so the same cuts give the same bytes.
std::vector<Chunk> plan_chunks(const KnowledgeGraph& graph, const SharedPlan& plan) {
  constexpr std::size_t kDocumentsPerChunk = 4096;
  constexpr std::size_t kStatementsPerChunk = 2048;
  std::vector<Chunk> chunks;
  for (std::size_t d = 0; d < plan.documents.size(); d += kDocumentsPerChunk) {
    chunks.push_back(
        {Chunk::Kind::Documents, d, std::min(d + kDocumentsPerChunk, plan.documents.size())});
  }
  const std::size_t vertices = boost::num_vertices(graph.boost());
  std::size_t begin = 0;
  std::size_t weight = 0;
  for (std::size_t v = 0; v < vertices; ++v) {
    // About five statements per mention and ten per relation.
    weight += 5 + 5 * graph.entity(v).mentions.size() +
              10 * (plan.first_relation[v + 1] - plan.first_relation[v]);
    if (weight >= kStatementsPerChunk || v + 1 == vertices) {
      chunks.push_back({Chunk::Kind::Vertices, begin, v + 1});
      begin = v + 1;
      weight = 0;
    }
  }
  return chunks;
}

/// Builds the statements of one chunk and feeds them to one Raptor serialiser.
class RdfWriter {
 public:
  RdfWriter(RaptorWorld& world, Format format, const ExportOptions& options, const SharedPlan& plan)
      : world_(world),
        options_(options),
        plan_(plan),
        serializer_(raptor_new_serializer(world_.get(), serializer_name(format))),
        xsd_decimal_(world_.uri(std::string(kXsd) + "decimal")),
        xsd_integer_(world_.uri(std::string(kXsd) + "integer")),
        xsd_date_(world_.uri(std::string(kXsd) + "date")) {
    if (!serializer_) {
      throw ExportError("Raptor: no serializer " + std::string(format_name(format)));
    }
    declare_prefixes();
    iostream_ = string_iostream(world_, output_);
    if (raptor_serializer_start_to_iostream(serializer_.get(), nullptr, iostream_.get()) != 0) {
      world_.throw_if_failed("start");
      throw ExportError("Raptor: cannot start the serializer");
    }
  }

  RdfWriter(const RdfWriter&) = delete;
  RdfWriter& operator=(const RdfWriter&) = delete;

  ~RdfWriter() = default;

  void write(const KnowledgeGraph& graph, const Chunk& chunk) {
    if (chunk.kind == Chunk::Kind::Documents) {
      for (std::size_t d = chunk.begin; d < chunk.end; ++d) write_document(plan_.documents[d]);
      return;
    }
    const BoostGraph& g = graph.boost();
    for (std::size_t v = chunk.begin; v < chunk.end; ++v) {
      write_entity(g[v]);
      std::size_t number = plan_.first_relation[v];
      for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
        write_relation(graph, e, number++);
      }
      number = plan_.first_relation[v];
      for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
        const std::uint8_t flags = plan_.flags[number++];
        if ((flags & kWritesMembership) != 0) write_membership(graph, e, flags);
      }
    }
  }

  std::string finish() {
    const int status = raptor_serializer_serialize_end(serializer_.get());
    serializer_.reset();
    iostream_.reset();
    world_.throw_if_failed("serialize");
    if (status != 0) throw ExportError("Raptor: serialisation failed");
    return std::move(output_);
  }

 private:
  void declare_prefixes() {
    const std::pair<std::string_view, std::string_view> prefixes[] = {
        {"pg", options_.vocabulary_iri},
        {"pgid", options_.base_iri},
        {"rdf", kRdf},
        {"rdfs", kRdfs},
        {"xsd", kXsd},
        {"prov", kProv},
        {"org", kOrg}};
    for (const auto& [prefix, iri] : prefixes) {
      const UriPtr uri = world_.uri(iri);
      raptor_serializer_set_namespace(serializer_.get(), uri.get(),
                                      reinterpret_cast<const unsigned char*>(prefix.data()));
    }
  }

  /// A term of one of the vocabularies, cached: most predicates repeat on every entity.
  raptor_term* term(std::string_view ns, std::string_view local) {
    std::string iri = std::string(ns) + std::string(local);
    auto found = cache_.find(iri);
    if (found == cache_.end()) {
      TermPtr created = world_.iri_term(iri);
      found = cache_.emplace(std::move(iri), std::move(created)).first;
    }
    return found->second.get();
  }
  raptor_term* pg(std::string_view local) { return term(options_.vocabulary_iri, local); }
  raptor_term* rdf(std::string_view local) { return term(kRdf, local); }
  raptor_term* prov(std::string_view local) { return term(kProv, local); }
  raptor_term* org(std::string_view local) { return term(kOrg, local); }

  void emit(raptor_term* subject, raptor_term* predicate, raptor_term* object,
            raptor_term* graph = nullptr) {
    // A statement that borrows its terms: serialisers copy what they keep.
    raptor_statement statement;
    raptor_statement_init(&statement, world_.get());
    statement.subject = subject;
    statement.predicate = predicate;
    statement.object = object;
    statement.graph = options_.provenance ? graph : nullptr;
    if (raptor_serializer_serialize_statement(serializer_.get(), &statement) != 0) {
      world_.throw_if_failed("statement");
      throw ExportError("Raptor: cannot serialise a statement");
    }
  }

  TermPtr text(std::string_view value) { return world_.literal(value, nullptr, kLanguage); }
  TermPtr decimal(double value) {
    std::string lexical = format_decimal(value);
    // Raptor's Turtle writer prints every xsd:decimal bare, and a bare "1200" reads back as
    // xsd:integer; Rasqal compares a decimal without a point as a string. "1200.0" (the
    // XSD 1.0 canonical form, same value) avoids both, in every syntax.
    if (lexical.find('.') == std::string::npos) lexical += ".0";
    return world_.literal(lexical, xsd_decimal_.get());
  }
  TermPtr integer(std::size_t value) {
    return world_.literal(std::to_string(value), xsd_integer_.get());
  }
  TermPtr document(std::string_view doc) { return world_.iri_term(document_iri(doc, options_)); }

  void write_document(const std::string& doc) {
    const TermPtr subject = document(doc);
    emit(subject.get(), rdf("type"), pg("Document"));
    emit(subject.get(), term(kRdfs, "label"), world_.literal(doc).get());
  }

  void write_entity(const Entity& entity) {
    const std::string iri = entity_iri(entity, options_);
    const TermPtr subject = world_.iri_term(iri);
    emit(subject.get(), rdf("type"), pg(to_string(entity.type)));
    emit(subject.get(), term(kRdfs, "label"), text(entity.name).get());
    for (const std::string& alias : entity.aliases) {
      emit(subject.get(), pg("alias"), text(alias).get());
    }
    if (std::isfinite(entity.confidence)) {
      emit(subject.get(), pg("confidence"), decimal(entity.confidence).get());
    }
    for (const AttributeValue& attribute : entity.attributes) write_attribute(subject, attribute);
    for (const MentionRef& mention : entity.mentions) write_mention(subject, iri, mention);
  }

  void write_attribute(const TermPtr& subject, const AttributeValue& attribute) {
    if (attribute.name == "date") {
      if (!attribute.literal.empty()) {
        emit(subject.get(), pg("date"), world_.literal(attribute.literal, xsd_date_.get()).get());
      }
      return;
    }
    const std::string property = attribute_property(attribute);
    if (property.empty() || !std::isfinite(attribute.value)) return;
    emit(subject.get(), pg(property), decimal(attribute.value).get());
  }

  void write_mention(const TermPtr& entity, const std::string& entity_iri,
                     const MentionRef& mention) {
    const TermPtr node =
        world_.iri_term(entity_iri + "#mention-" + encode_iri_segment(mention.doc) + "-" +
                        std::to_string(mention.start) + "-" + std::to_string(mention.end));
    const TermPtr doc = document(mention.doc);
    raptor_term* in = doc.get();  // the document's graph, with provenance
    emit(entity.get(), pg("mention"), node.get(), in);
    emit(node.get(), rdf("type"), pg("Mention"), in);
    emit(node.get(), pg("doc"), doc.get(), in);
    emit(node.get(), pg("start"), integer(mention.start).get(), in);
    emit(node.get(), pg("end"), integer(mention.end).get(), in);
    if (!mention.surface.empty()) emit(node.get(), pg("surface"), text(mention.surface).get(), in);
  }

  void write_relation(const KnowledgeGraph& graph, Edge edge, std::size_t number) {
    const BoostGraph& g = graph.boost();
    const Entity& head = g[boost::source(edge, g)];
    const Entity& tail = g[boost::target(edge, g)];
    const Relation& relation = graph.relation(edge);
    const TermPtr subject = world_.iri_term(entity_iri(head, options_));
    const TermPtr object = world_.iri_term(entity_iri(tail, options_));
    raptor_term* predicate = pg(to_string(relation.type));
    const TermPtr doc = document(relation.doc);

    // The plain triple once per (head, type, tail) in the default graph; with provenance
    // also once in the graph of each document that states it. All of a head's relations are
    // in its chunk, so these sets see every repeat.
    if (plain_written_.emplace(head.id, relation.type, tail.id).second) {
      emit(subject.get(), predicate, object.get());
    }
    raptor_term* in = doc.get();
    if (options_.provenance &&
        stated_written_.emplace(head.id, relation.type, tail.id, relation.doc).second) {
      emit(subject.get(), predicate, object.get(), in);
    }

    const TermPtr node = world_.iri_term(statement_iri(number));
    emit(node.get(), rdf("type"), pg("Statement"), in);
    emit(node.get(), rdf("subject"), subject.get(), in);
    emit(node.get(), rdf("predicate"), predicate, in);
    emit(node.get(), rdf("object"), object.get(), in);
    if (!relation.title.empty()) emit(node.get(), pg("title"), text(relation.title).get(), in);
    emit(node.get(), prov("wasDerivedFrom"), doc.get(), in);
    emit(node.get(), pg("evidence"), text(relation.evidence).get(), in);
    emit(node.get(), pg("sentenceStart"), integer(relation.sentence_start).get(), in);
    emit(node.get(), pg("sentenceEnd"), integer(relation.sentence_end).get(), in);
    if (std::isfinite(relation.confidence)) {
      emit(node.get(), pg("confidence"), decimal(relation.confidence).get(), in);
    }
    if (!relation.rule.empty()) {
      emit(node.get(), pg("rule"), world_.literal(relation.rule).get(), in);
    }
    if (options_.provenance) write_prov(node, relation, doc, plan_.flags[number]);
  }

  /// PROV-O: the sentence the statement was read from, and the extraction that read it.
  void write_prov(const TermPtr& statement, const Relation& relation, const TermPtr& doc,
                  std::uint8_t flags) {
    raptor_term* in = doc.get();
    const std::string doc_iri = document_iri(relation.doc, options_);
    const TermPtr sentence =
        world_.iri_term(doc_iri + "#sentence-" + std::to_string(relation.sentence_start) + "-" +
                        std::to_string(relation.sentence_end));
    const TermPtr activity =
        world_.iri_term(options_.base_iri + "extraction/" + encode_iri_segment(relation.doc));
    emit(statement.get(), pg("sentence"), sentence.get(), in);
    emit(statement.get(), prov("wasGeneratedBy"), activity.get(), in);
    if ((flags & kWritesSentence) != 0) {
      emit(sentence.get(), rdf("type"), pg("Sentence"), in);
      emit(sentence.get(), prov("wasQuotedFrom"), doc.get(), in);
      emit(sentence.get(), pg("start"), integer(relation.sentence_start).get(), in);
      emit(sentence.get(), pg("end"), integer(relation.sentence_end).get(), in);
      emit(sentence.get(), prov("value"), text(relation.evidence).get(), in);
    }
    if ((flags & kWritesActivity) != 0) {
      const TermPtr agent = world_.iri_term(options_.base_iri + "agent/parkgraph");
      emit(activity.get(), rdf("type"), pg("Extraction"), in);
      emit(activity.get(), prov("used"), doc.get(), in);
      emit(activity.get(), prov("wasAssociatedWith"), agent.get(), in);
      emit(agent.get(), rdf("type"), prov("SoftwareAgent"), in);
      emit(agent.get(), term(kRdfs, "label"), world_.literal("parkgraph").get(), in);
    }
  }

  /// W3C ORG: the position a holdsPosition relation names, once per (person, unit, title).
  void write_membership(const KnowledgeGraph& graph, Edge edge, std::uint8_t flags) {
    const BoostGraph& g = graph.boost();
    const Entity& person = g[boost::source(edge, g)];
    const Entity& unit = g[boost::target(edge, g)];
    const std::string& title = graph.relation(edge).title;
    const std::string key = membership_key(person, unit, title);
    const TermPtr node = world_.iri_term(options_.base_iri + "membership/" + hex64(fnv1a64(key)));
    emit(node.get(), rdf("type"), org("Membership"));
    emit(node.get(), org("member"), world_.iri_term(entity_iri(person, options_)).get());
    emit(node.get(), org("organization"), world_.iri_term(entity_iri(unit, options_)).get());
    if (title.empty()) return;
    const TermPtr role = world_.iri_term(options_.base_iri + "role/" + encode_iri_segment(title));
    emit(node.get(), org("role"), role.get());
    emit(node.get(), pg("title"), text(title).get());
    if ((flags & kWritesRole) != 0) {
      emit(role.get(), rdf("type"), org("Role"));
      emit(role.get(), term(kRdfs, "label"), text(title).get());
    }
  }

  /// Named by a hash of what identifies the relation, not by its position, so the IRI
  /// survives unrelated changes to the graph. Collisions get a numeric suffix.
  std::string statement_iri(std::size_t number) const {
    std::string iri = options_.base_iri + "statement/" + hex64(plan_.statement_hash[number]);
    if (const std::uint32_t suffix = plan_.statement_suffix[number]; suffix != 0) {
      iri += "-" + std::to_string(suffix);
    }
    return iri;
  }

  RaptorWorld& world_;
  const ExportOptions& options_;
  const SharedPlan& plan_;
  // The serializer writes into output_ through iostream_ (declared first: it must outlive
  // the serializer, which flushes into it when freed).
  std::string output_;
  IostreamPtr iostream_;
  SerializerPtr serializer_;
  UriPtr xsd_decimal_;
  UriPtr xsd_integer_;
  UriPtr xsd_date_;
  std::map<std::string, TermPtr, std::less<>> cache_;
  std::set<std::tuple<std::string, RelationType, std::string>> plain_written_;
  std::set<std::tuple<std::string, RelationType, std::string, std::string>> stated_written_;
};

/// What a Turtle serialiser writes before any statement: the prefix declarations.
std::string turtle_header(RaptorWorld& world, const ExportOptions& options,
                          const SharedPlan& plan) {
  RdfWriter empty(world, Format::Turtle, options, plan);
  return empty.finish();
}

struct ChunkOutputs {
  std::string header;  // the Turtle prefixes every chunk opens with; empty for N-Triples/Quads
  std::vector<std::string> chunks;
};

/// Writes every chunk, on up to `threads` threads (one Raptor world each: a world is not
/// shared between threads), and returns the outputs in chunk order.
ChunkOutputs write_chunks(const KnowledgeGraph& graph, Format format, const ExportOptions& options,
                          const SharedPlan& plan, const std::vector<Chunk>& chunks) {
  std::vector<std::string> outputs(chunks.size());
  std::vector<std::exception_ptr> errors(chunks.size());
  const std::size_t threads = std::clamp<std::size_t>(thread_count(options.threads), 1,
                                                      std::max<std::size_t>(chunks.size(), 1));
  // Worlds are made here, one after another: opening a world initialises libxml2, which
  // is not safe to do from two threads at once.
  std::vector<std::unique_ptr<RaptorWorld>> worlds;
  for (std::size_t t = 0; t < threads; ++t) worlds.push_back(std::make_unique<RaptorWorld>());
  std::string header =
      format == Format::Turtle ? turtle_header(*worlds[0], options, plan) : std::string();
  std::atomic<std::size_t> next{0};
  auto work = [&](RaptorWorld& world) {
    for (std::size_t i = next++; i < chunks.size(); i = next++) {
      try {
        RdfWriter writer(world, format, options, plan);
        writer.write(graph, chunks[i]);
        outputs[i] = writer.finish();
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work, std::ref(*worlds[t]));
    work(*worlds[0]);
  }
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }
  return {std::move(header), std::move(outputs)};
}

}  // namespace

std::string serialize_rdf(const KnowledgeGraph& graph, Format format,
                          const ExportOptions& options) {
  if (!supports(format, options)) {
    throw ExportError("provenance needs named graphs: write N-Quads (.nq)");
  }
  if (!valid_base_iri(options.base_iri)) {
    throw ExportError("not a usable base IRI: " + options.base_iri);
  }
  const SharedPlan plan = plan_shared_nodes(graph, options);
  const std::vector<Chunk> chunks = plan_chunks(graph, plan);
  auto [header, outputs] = write_chunks(graph, format, options, plan, chunks);
  // Each Turtle chunk opens with the same prefix declarations; the file has them once.
  std::size_t size = header.size();
  for (const std::string& output : outputs) size += output.size() - header.size();
  std::string rdf;
  rdf.reserve(size);
  rdf += header;
  for (std::string& output : outputs) {
    if (!std::string_view(output).starts_with(header)) {
      throw ExportError("Raptor: a Turtle chunk does not open with the prefixes");
    }
    rdf.append(output, header.size());
    std::string().swap(output);  // give the memory back as we go
  }
  return rdf;
}

}  // namespace parkgraph::detail
