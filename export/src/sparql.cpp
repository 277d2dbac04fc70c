// SPARQL over an RDF file with Rasqal: Raptor parses the data, Rasqal parses and runs the
// query and formats SELECT/ASK results; CONSTRUCT/DESCRIBE triples go through Raptor's
// N-Triples serialiser and are sorted, so that the output does not depend on Rasqal's
// internal order.
#include "parkgraph/sparql.hpp"

#include <rasqal.h>

#include "raptor_handles.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <sstream>
#include <utility>
#include <vector>

namespace parkgraph {
namespace {

// Raptor's handles and deleter are the serialisers' own (raptor_handles.hpp).
using detail::IostreamPtr;
using detail::SerializerPtr;
using detail::UriPtr;
template <auto Free>
using Deleter = detail::RaptorDeleter<Free>;
using MemoryPtr = detail::RaptorMemoryPtr;

using RaptorWorldPtr = detail::WorldPtr;
using RasqalWorldPtr = std::unique_ptr<rasqal_world, Deleter<rasqal_free_world>>;
using QueryPtr = std::unique_ptr<rasqal_query, Deleter<rasqal_free_query>>;
using ResultsPtr = std::unique_ptr<rasqal_query_results, Deleter<rasqal_free_query_results>>;
using FormatterPtr =
    std::unique_ptr<rasqal_query_results_formatter, Deleter<rasqal_free_query_results_formatter>>;

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kSyntaxes{{
    {".ttl", "turtle"},
    {".nt", "ntriples"},
    {".nq", "nquads"},
    {".trig", "trig"},
    {".rdf", "rdfxml"},
    {".owl", "rdfxml"},
    {".xml", "rdfxml"},
}};

constexpr std::array<std::string_view, 4> kResultsFormats{"csv", "tsv", "json", "xml"};

/// Text written to a Raptor string iostream; the buffer is handed over when it is freed.
class StringSink {
 public:
  explicit StringSink(raptor_world* world)
      : stream_(raptor_new_iostream_to_string(world, &buffer_, &length_, nullptr)) {
    if (!stream_) throw SparqlError("cannot allocate an output stream");
  }
  StringSink(const StringSink&) = delete;
  StringSink& operator=(const StringSink&) = delete;
  ~StringSink() {
    stream_.reset();
    if (buffer_ != nullptr) raptor_free_memory(buffer_);
  }

  [[nodiscard]] raptor_iostream* get() const { return stream_.get(); }

  std::string finish() {
    stream_.reset();  // closing the stream allocates the buffer
    const MemoryPtr owned(std::exchange(buffer_, nullptr));
    if (!owned) return {};
    return std::string(static_cast<const char*>(owned.get()), length_);
  }

 private:
  void* buffer_ = nullptr;
  std::size_t length_ = 0;
  IostreamPtr stream_;
};

/// A Raptor and a Rasqal world whose error messages are collected, prefixed by the file
/// (and line and column) being read, instead of printed.
class Engine {
 public:
  Engine() : raptor_(raptor_new_world()) {
    if (!raptor_) throw SparqlError("Raptor: cannot create a world");
    raptor_world_set_log_handler(raptor_.get(), this, &Engine::on_log);
    if (raptor_world_open(raptor_.get()) != 0) throw SparqlError("Raptor: cannot open a world");
    rasqal_.reset(rasqal_new_world());
    if (!rasqal_) throw SparqlError("Rasqal: cannot create a world");
    rasqal_world_set_raptor(rasqal_.get(), raptor_.get());
    rasqal_world_set_log_handler(rasqal_.get(), this, &Engine::on_log);
    if (rasqal_world_open(rasqal_.get()) != 0) throw SparqlError("Rasqal: cannot open a world");
  }
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  [[nodiscard]] raptor_world* raptor() const { return raptor_.get(); }
  [[nodiscard]] rasqal_world* rasqal() const { return rasqal_.get(); }

  /// Messages are attributed to `name` until the next call.
  void reading(std::string name) { reading_ = std::move(name); }

  /// Throws SparqlError with the collected messages, or `fallback` if there are none.
  void fail(const std::string& fallback) {
    throw SparqlError(errors_.empty() ? reading_ + ": " + fallback : std::exchange(errors_, {}));
  }
  void throw_if_failed() {
    if (!errors_.empty()) throw SparqlError(std::exchange(errors_, {}));
  }

 private:
  static void on_log(void* user_data, raptor_log_message* message) {
    if (message == nullptr || message->level < RAPTOR_LOG_LEVEL_ERROR) return;
    auto* self = static_cast<Engine*>(user_data);
    std::ostringstream text;
    text << self->reading_;
    if (message->locator != nullptr && message->locator->line > 0) {
      text << ":" << message->locator->line;
      if (message->locator->column > 0) text << ":" << message->locator->column;
    }
    text << ": " << (message->text != nullptr ? message->text : "error");
    if (!self->errors_.empty()) self->errors_ += "\n";
    self->errors_ += text.str();
  }

  std::string reading_;
  std::string errors_;  // written by on_log while the worlds live: declared before them
  RaptorWorldPtr raptor_;
  RasqalWorldPtr rasqal_;  // freed first: it uses the Raptor world
};

UriPtr file_uri(raptor_world* world, const std::filesystem::path& path) {
  const std::string absolute = std::filesystem::absolute(path).string();
  const MemoryPtr text(
      raptor_uri_filename_to_uri_string(absolute.c_str()));  // NOLINT: Raptor's API
  if (!text) throw SparqlError(path.string() + ": cannot make a file URI");
  UriPtr uri(raptor_new_uri(world, static_cast<const unsigned char*>(text.get())));
  if (!uri) throw SparqlError(path.string() + ": cannot make a file URI");
  return uri;
}

std::string data_syntax(const std::filesystem::path& data, const SparqlOptions& options) {
  if (!options.data_syntax.empty()) return options.data_syntax;
  if (auto syntax = rdf_syntax_for_path(data)) return *syntax;
  throw SparqlError(data.string() +
                    ": cannot tell the RDF syntax from the extension (.ttl .nt .nq .trig .rdf)");
}

std::string write_bindings(Engine& engine, rasqal_query_results* results,
                           const std::string& format) {
  const FormatterPtr formatter(
      rasqal_new_query_results_formatter(engine.rasqal(), format.c_str(), nullptr, nullptr));
  if (!formatter) throw SparqlError("unknown results format '" + format + "'");
  StringSink sink(engine.raptor());
  if (rasqal_query_results_formatter_write(sink.get(), formatter.get(), results, nullptr) != 0) {
    engine.fail("cannot write the results");
  }
  std::string text = sink.finish();
  engine.throw_if_failed();
  return text;
}

std::string write_graph(Engine& engine, rasqal_query_results* results) {
  const SerializerPtr serializer(raptor_new_serializer(engine.raptor(), "ntriples"));
  if (!serializer) throw SparqlError("Raptor: no N-Triples serializer");
  StringSink sink(engine.raptor());
  raptor_serializer_start_to_iostream(serializer.get(), nullptr, sink.get());
  for (raptor_statement* triple = rasqal_query_results_get_triple(results); triple != nullptr;
       triple = rasqal_query_results_get_triple(results)) {
    raptor_serializer_serialize_statement(serializer.get(), triple);
    if (rasqal_query_results_next_triple(results) != 0) break;
  }
  raptor_serializer_serialize_end(serializer.get());
  const std::string text = sink.finish();
  engine.throw_if_failed();
  // One triple a line: sorted and without repeats, the output is canonical.
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(std::move(line));
  }
  std::ranges::sort(lines);
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

}  // namespace

std::optional<std::string> rdf_syntax_for_path(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::ranges::transform(extension, extension.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [known, syntax] : kSyntaxes) {
    if (known == extension) return std::string(syntax);
  }
  return std::nullopt;
}

bool known_results_format(std::string_view name) {
  return std::ranges::find(kResultsFormats, name) != kResultsFormats.end();
}

std::string run_sparql(const std::filesystem::path& data, std::string_view query,
                       const SparqlOptions& options) {
  if (!known_results_format(options.results)) {
    throw SparqlError("unknown results format '" + options.results + "'");
  }
  const std::string syntax = data_syntax(data, options);
  std::error_code error;
  if (!std::filesystem::is_regular_file(data, error)) {
    throw SparqlError(data.string() + ": no such file");
  }
  Engine engine;
  const QueryPtr parsed(rasqal_new_query(engine.rasqal(), "sparql", nullptr));
  if (!parsed) throw SparqlError("Rasqal: no SPARQL 1.1 query language");
  engine.reading(options.query_name);
  const std::string text(query);  // Rasqal wants a NUL-terminated string
  if (rasqal_query_prepare(parsed.get(), reinterpret_cast<const unsigned char*>(text.c_str()),
                           nullptr) != 0) {
    engine.fail("cannot parse the query");
  }
  engine.throw_if_failed();

  engine.reading(data.string());
  const UriPtr uri = file_uri(engine.raptor(), data);
  rasqal_data_graph* graph = rasqal_new_data_graph_from_uri(engine.rasqal(), uri.get(), nullptr,
                                                            RASQAL_DATA_GRAPH_BACKGROUND, nullptr,
                                                            syntax.c_str(), nullptr);
  if (graph == nullptr || rasqal_query_add_data_graph(parsed.get(), graph) != 0) {
    engine.fail("cannot read the data");
  }
  const ResultsPtr results(rasqal_query_execute(parsed.get()));
  if (!results) engine.fail("the query failed");
  engine.throw_if_failed();
  if (rasqal_query_results_is_graph(results.get())) return write_graph(engine, results.get());
  if (rasqal_query_results_is_boolean(results.get()) &&
      (options.results == "csv" || options.results == "tsv")) {
    // SPARQL's CSV and TSV formats have no boolean form; a line with the answer.
    return rasqal_query_results_get_boolean(results.get()) > 0 ? "true\n" : "false\n";
  }
  return write_bindings(engine, results.get(), options.results);
}

}  // namespace parkgraph
