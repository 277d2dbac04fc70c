// A minimal RDF reader on top of Raptor2 for the export tests: parses text into sorted
// quads of plain value terms that are easy to compare and search.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <raptor2/raptor2.h>

#include <algorithm>
#include <compare>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parkgraph/export.hpp"

namespace parkgraph::testing {

inline const std::string kBase = ExportOptions{}.base_iri;
inline const std::string kPg = ExportOptions{}.vocabulary_iri;
inline const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline const std::string kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";
inline const std::string kProv = "http://www.w3.org/ns/prov#";
inline const std::string kOrg = "http://www.w3.org/ns/org#";

struct Term {
  enum class Kind { None, Iri, Literal, Blank } kind = Kind::None;
  std::string value;
  std::string datatype;
  std::string language;
  auto operator<=>(const Term&) const = default;
};

struct Quad {
  Term subject, predicate, object, graph;
  auto operator<=>(const Quad&) const = default;
};

inline Term iri(std::string value) {
  return {Term::Kind::Iri, std::move(value), "", ""};
}
inline Term literal(std::string value, std::string datatype = "", std::string language = "") {
  return {Term::Kind::Literal, std::move(value), std::move(datatype), std::move(language)};
}

inline std::string as_string(const unsigned char* text) {
  return text == nullptr ? std::string() : reinterpret_cast<const char*>(text);
}

inline Term to_term(const raptor_term* term) {
  if (term == nullptr) return {};
  switch (term->type) {
    case RAPTOR_TERM_TYPE_URI:
      return iri(as_string(raptor_uri_as_string(term->value.uri)));
    case RAPTOR_TERM_TYPE_LITERAL: {
      const raptor_term_literal_value& value = term->value.literal;
      return literal(as_string(value.string),
                     value.datatype ? as_string(raptor_uri_as_string(value.datatype)) : "",
                     as_string(value.language));
    }
    case RAPTOR_TERM_TYPE_BLANK:
      return {Term::Kind::Blank, as_string(term->value.blank.string), "", ""};
    default:
      return {};
  }
}

struct ParseState {
  std::vector<Quad> quads;
  std::vector<std::string> errors;
};

inline void on_statement(void* user_data, raptor_statement* statement) {
  static_cast<ParseState*>(user_data)->quads.push_back(
      {to_term(statement->subject), to_term(statement->predicate), to_term(statement->object),
       to_term(statement->graph)});
}

inline void on_log(void* user_data, raptor_log_message* message) {
  if (message->level >= RAPTOR_LOG_LEVEL_WARN) {
    static_cast<ParseState*>(user_data)->errors.emplace_back(message->text);
  }
}

template <auto Free>
struct Deleter {
  template <typename T>
  void operator()(T* object) const {
    Free(object);
  }
};

/// Every statement of `text` in `syntax`, sorted. Warnings and errors fail the test.
inline std::vector<Quad> parse_rdf(std::string_view text, const char* syntax) {
  ParseState state;
  std::unique_ptr<raptor_world, Deleter<raptor_free_world>> world(raptor_new_world());
  raptor_world_set_log_handler(world.get(), &state, on_log);
  std::unique_ptr<raptor_parser, Deleter<raptor_free_parser>> parser(
      raptor_new_parser(world.get(), syntax));
  EXPECT_NE(parser, nullptr) << syntax;
  if (!parser) return {};
  raptor_parser_set_statement_handler(parser.get(), &state, on_statement);
  std::unique_ptr<raptor_uri, Deleter<raptor_free_uri>> base(raptor_new_uri(
      world.get(), reinterpret_cast<const unsigned char*>("http://example.invalid/")));
  EXPECT_EQ(raptor_parser_parse_start(parser.get(), base.get()), 0);
  EXPECT_EQ(raptor_parser_parse_chunk(
                parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1),
            0);
  EXPECT_THAT(state.errors, ::testing::IsEmpty()) << syntax;
  std::ranges::sort(state.quads);
  return state.quads;
}

inline std::size_t count_matching(const std::vector<Quad>& quads, const Quad& pattern) {
  // An empty (Kind::None) term in the pattern matches anything, except for the graph.
  const auto matches = [](const Term& want, const Term& have) {
    return want.kind == Term::Kind::None || want == have;
  };
  return static_cast<std::size_t>(std::ranges::count_if(quads, [&](const Quad& q) {
    return matches(pattern.subject, q.subject) && matches(pattern.predicate, q.predicate) &&
           matches(pattern.object, q.object) && pattern.graph == q.graph;
  }));
}

}  // namespace parkgraph::testing
