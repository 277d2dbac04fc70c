#include "raptor_handles.hpp"

#include <limits>
#include <string>

namespace parkgraph::detail {
namespace {

const unsigned char* bytes(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

}  // namespace

RaptorWorld::RaptorWorld() : world_(raptor_new_world()) {
  if (!world_) throw ExportError("Raptor: cannot create a world");
  // The handler must be installed before raptor_world_open().
  raptor_world_set_log_handler(world_.get(), this, &RaptorWorld::on_log);
  // Interning keeps every URI ever made in one tree and searches it for each new one; a
  // serialiser's qnames make a URI per term, so the search grows with the graph. Equal URIs
  // still compare equal without it (by their strings).
  raptor_world_set_flag(world_.get(), RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
  if (raptor_world_open(world_.get()) != 0) throw ExportError("Raptor: cannot open the world");
}

void RaptorWorld::on_log(void* user_data, raptor_log_message* message) {
  if (message == nullptr || message->level < RAPTOR_LOG_LEVEL_ERROR) return;
  auto* self = static_cast<RaptorWorld*>(user_data);
  if (!self->errors_.empty()) self->errors_ += "; ";
  self->errors_ += message->text != nullptr ? message->text : "unknown error";
  if (message->locator != nullptr && message->locator->line > 0) {  // parsers know the line
    self->errors_ += " (line " + std::to_string(message->locator->line) + ")";
  }
}

void RaptorWorld::throw_if_failed(std::string_view what) {
  if (errors_.empty()) return;
  std::string message = "Raptor: " + std::string(what) + ": " + errors_;
  errors_.clear();
  throw ExportError(message);
}

UriPtr RaptorWorld::uri(std::string_view iri) const {
  UriPtr uri(raptor_new_uri_from_counted_string(world_.get(), bytes(iri), iri.size()));
  if (!uri) throw ExportError("Raptor: invalid IRI <" + std::string(iri) + ">");
  return uri;
}

TermPtr RaptorWorld::iri_term(std::string_view iri) const {
  TermPtr term(raptor_new_term_from_counted_uri_string(world_.get(), bytes(iri), iri.size()));
  if (!term) throw ExportError("Raptor: invalid IRI <" + std::string(iri) + ">");
  return term;
}

namespace {

/// `text` with CRLF and lone CR as LF. Raptor's Turtle writer puts a lone CR raw into a
/// short string, which every Turtle parser rejects; one line-end convention in all RDF.
std::string unix_line_ends(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 == text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

}  // namespace

TermPtr RaptorWorld::literal(std::string_view raw_text, raptor_uri* datatype,
                             std::string_view language) const {
  const std::string normalised =
      raw_text.find('\r') == std::string_view::npos ? std::string() : unix_line_ends(raw_text);
  const std::string_view text = normalised.empty() ? raw_text : std::string_view(normalised);
  if (language.size() > std::numeric_limits<unsigned char>::max()) {
    throw ExportError("Raptor: language tag too long");
  }
  // Raptor copies the datatype URI and the strings; the caller keeps its own.
  TermPtr term(raptor_new_term_from_counted_literal(
      world_.get(), bytes(text), text.size(), datatype,
      language.empty() ? nullptr : bytes(language), static_cast<unsigned char>(language.size())));
  if (!term) throw ExportError("Raptor: cannot create a literal");
  return term;
}

namespace {

int append_byte(void* context, const int byte) {
  static_cast<std::string*>(context)->push_back(static_cast<char>(byte));
  return 0;  // success
}

int append_bytes(void* context, const void* bytes, std::size_t size, std::size_t count) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(bytes), size * count);
  return static_cast<int>(count);  // objects written
}

// Version 2: write functions only; the rest stay null (Raptor skips them).
const raptor_iostream_handler kAppendToString = {
    2, nullptr, nullptr, append_byte, append_bytes, nullptr, nullptr, nullptr};

}  // namespace

IostreamPtr string_iostream(const RaptorWorld& world, std::string& out) {
  IostreamPtr stream(raptor_new_iostream_from_handler(world.get(), &out, &kAppendToString));
  if (!stream) throw ExportError("Raptor: cannot open an output stream");
  return stream;
}

}  // namespace parkgraph::detail
