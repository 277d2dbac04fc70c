// Fuzz target body for the exporters: a graph with hostile names built from the input is
// serialised in kFuzzFormat, and the output is parsed back where a parser is at hand in
// process (Raptor2 for Turtle, N-Triples and N-Quads; nlohmann-json for JSON). An export
// error or a rejected output aborts, so libFuzzer keeps the input. Each fuzz_export_<format>
// target defines kFuzzFormat in its own small file.
#include <raptor2/raptor2.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "export_target.hpp"
#include "fuzz/hostile_graph.hpp"
#include "parkgraph/export.hpp"

namespace {

const char* raptor_syntax(parkgraph::Format format) {
  switch (format) {
    case parkgraph::Format::Turtle:
      return "turtle";
    case parkgraph::Format::NTriples:
      return "ntriples";
    case parkgraph::Format::NQuads:
      return "nquads";
    default:
      return nullptr;
  }
}

void count_error(void* errors, raptor_log_message* message) {
  if (message->level >= RAPTOR_LOG_LEVEL_WARN) {
    std::cerr << "raptor: " << message->text << "\n";
    ++*static_cast<int*>(errors);
  }
}

/// Number of warnings and errors Raptor reports parsing `text` as `syntax`.
int raptor_problems(const std::string& text, const char* syntax) {
  static raptor_world* world = [] {
    raptor_world* w = raptor_new_world();
    raptor_world_open(w);
    return w;
  }();
  int errors = 0;
  raptor_world_set_log_handler(world, &errors, count_error);
  raptor_parser* parser = raptor_new_parser(world, syntax);
  raptor_uri* base = raptor_new_uri(world, reinterpret_cast<const unsigned char*>("urn:fuzz:"));
  raptor_parser_parse_start(parser, base);
  raptor_parser_parse_chunk(parser, reinterpret_cast<const unsigned char*>(text.data()),
                            text.size(), 1);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_world_set_log_handler(world, nullptr, nullptr);
  return errors;
}

[[noreturn]] void reject(const std::string& why, const std::string& output) {
  std::cerr << why << "\n--- output ---\n" << output.substr(0, 4000) << "\n";
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const parkgraph::KnowledgeGraph graph = parkgraph::hostile::graph_from_bytes({data, size});
  std::string output;
  try {
    output = parkgraph::serialize(graph, kFuzzFormat);
  } catch (const std::exception& e) {
    reject(std::string("serialize threw: ") + e.what(), "");
  }
  if (const char* syntax = raptor_syntax(kFuzzFormat)) {
    if (raptor_problems(output, syntax) != 0) reject("Raptor rejects the output", output);
  } else if (kFuzzFormat == parkgraph::Format::Json) {
    if (!nlohmann::json::accept(output)) reject("not JSON", output);
  }
  return 0;
}
