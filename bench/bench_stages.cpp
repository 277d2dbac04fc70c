// Each stage of the pipeline alone, over examples/corpus (or the directory named by
// PARKGRAPH_BENCH_CORPUS, e.g. the seed pages): decoding, normalisation, the lexicon
// automaton, the recognisers, relation rules, numbers, the merger (GraphBuilder) and every
// exporter. Bytes/s are of the input text, so stages compare directly; the sum of the
// extraction stages is close to BM_Extract in bench_extract.
//
//   build/bench/bench_stages --benchmark_min_time=0.2
//
// BM_ExportLargeGraph writes a large graph (the JSON file PARKGRAPH_BENCH_GRAPH names, e.g.
// the graph.json of bench/run_scale.py) as Turtle and N-Triples on 1 and 2 threads.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <sstream>

#include "document.hpp"
#include "lexicon_index.hpp"
#include "numbers.hpp"
#include "parkgraph/corpus.hpp"
#include "parkgraph/export.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/load.hpp"
#include "parkgraph/ontology.hpp"
#include "parkgraph/resolve.hpp"
#include "recognise.hpp"
#include "relate.hpp"
#include "text.hpp"

namespace {

using namespace parkgraph;

// The corpus at every stage: bytes, decoded text, normalised documents, recognitions,
// extractions and the graph, each made once.
struct Stages {
  std::vector<SourceText> sources;
  std::size_t bytes = 0;
  std::vector<std::u32string> decoded;
  std::vector<detail::NormalizedDocument> documents;
  std::vector<detail::Recognition> recognitions;
  std::vector<Extraction> extractions;
  KnowledgeGraph graph;
  std::string error;
};

const Ontology& ontology() {
  static const Ontology instance = Ontology::embedded();
  return instance;
}

const detail::LexiconIndex& lexicon() {
  static const detail::LexiconIndex index(ontology());
  return index;
}

const detail::LineMarkers& line_markers() {
  static const detail::LineMarkers markers = detail::LineMarkers::from(ontology());
  return markers;
}

const Stages& stages() {
  static const Stages loaded = [] {
    Stages s;
    const char* dir = std::getenv("PARKGRAPH_BENCH_CORPUS");
    std::istringstream no_stdin;
    Corpus corpus = read_corpus({dir != nullptr ? dir : PARKGRAPH_BENCH_CORPUS_DIR}, no_stdin);
    for (const auto& p : corpus.problems) s.error += p.path + ": " + p.message + "; ";
    if (corpus.sources.empty()) s.error += "no documents";
    s.sources = std::move(corpus.sources);
    const Extractor extractor;
    for (const auto& source : s.sources) {
      s.bytes += source.bytes.size();
      s.decoded.push_back(detail::decode_utf8(source.bytes));
      s.documents.push_back(detail::normalize_document(s.decoded.back(), line_markers()));
      s.recognitions.push_back(detail::recognise(s.documents.back(), lexicon()));
      s.extractions.push_back(extractor.extract(source.doc, source.bytes));
    }
    s.graph = build_graph(s.extractions);
    return s;
  }();
  return loaded;
}

bool usable(benchmark::State& state) {
  if (stages().error.empty()) return true;
  state.SkipWithError(stages().error.c_str());
  return false;
}

void per_byte(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * stages().bytes));
}

void BM_Decode(benchmark::State& state) {
  if (!usable(state)) return;
  for (auto _ : state) {
    for (const auto& source : stages().sources)
      benchmark::DoNotOptimize(detail::decode_utf8(source.bytes));
  }
  per_byte(state);
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMicrosecond);

void BM_Normalize(benchmark::State& state) {
  if (!usable(state)) return;
  for (auto _ : state) {
    for (const auto& text : stages().decoded)
      benchmark::DoNotOptimize(detail::normalize_document(text, line_markers()));
  }
  per_byte(state);
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMicrosecond);

void BM_LexiconScan(benchmark::State& state) {
  if (!usable(state)) return;
  std::size_t hits = 0;
  for (auto _ : state) {
    for (const auto& doc : stages().documents) {
      for (const auto& sentence : doc.sentences)
        hits += lexicon().scan(doc.text, sentence.begin, sentence.end).size();
    }
  }
  per_byte(state);
  state.counters["hits/iter"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_LexiconScan)->Unit(benchmark::kMicrosecond);

void BM_Recognise(benchmark::State& state) {
  if (!usable(state)) return;
  for (auto _ : state) {
    for (const auto& doc : stages().documents)
      benchmark::DoNotOptimize(detail::recognise(doc, lexicon()));
  }
  per_byte(state);
}
BENCHMARK(BM_Recognise)->Unit(benchmark::kMicrosecond);

void BM_Relate(benchmark::State& state) {
  if (!usable(state)) return;
  const Stages& s = stages();
  for (auto _ : state) {
    for (std::size_t i = 0; i < s.documents.size(); ++i)
      benchmark::DoNotOptimize(detail::relate(s.documents[i], s.recognitions[i], lexicon()));
  }
  per_byte(state);
}
BENCHMARK(BM_Relate)->Unit(benchmark::kMicrosecond);

void BM_Numbers(benchmark::State& state) {
  if (!usable(state)) return;
  const Stages& s = stages();
  for (auto _ : state) {
    for (std::size_t i = 0; i < s.documents.size(); ++i)
      benchmark::DoNotOptimize(detail::read_numbers(s.documents[i], s.recognitions[i], lexicon()));
  }
  per_byte(state);
}
BENCHMARK(BM_Numbers)->Unit(benchmark::kMicrosecond);

// The merger: every extraction into one GraphBuilder, then the resolved graph.
void BM_Merge(benchmark::State& state) {
  if (!usable(state)) return;
  for (auto _ : state) {
    GraphBuilder builder;
    for (const auto& extraction : stages().extractions) builder.add(extraction);
    benchmark::DoNotOptimize(std::move(builder).finish());
  }
  per_byte(state);
}
BENCHMARK(BM_Merge)->Unit(benchmark::kMicrosecond);

void BM_Export(benchmark::State& state) {
  if (!usable(state)) return;
  const auto format = static_cast<Format>(state.range(0));
  state.SetLabel(std::string(format_name(format)));
  std::size_t written = 0;
  for (auto _ : state) written += serialize(stages().graph, format).size();
  state.counters["entities"] = static_cast<double>(stages().graph.entity_count());
  state.counters["out bytes/iter"] =
      static_cast<double>(written) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Export)
    ->Unit(benchmark::kMicrosecond)
    ->DenseRange(static_cast<int>(Format::Turtle), static_cast<int>(Format::Html));

const std::optional<KnowledgeGraph>& large_graph() {
  static const std::optional<KnowledgeGraph> graph = []() -> std::optional<KnowledgeGraph> {
    const char* path = std::getenv("PARKGRAPH_BENCH_GRAPH");
    if (path == nullptr) return std::nullopt;
    return load_graph(path);
  }();
  return graph;
}

void BM_ExportLargeGraph(benchmark::State& state) {
  if (!large_graph()) {
    state.SkipWithError("set PARKGRAPH_BENCH_GRAPH to a JSON graph");
    return;
  }
  const auto format = static_cast<Format>(state.range(0));
  ExportOptions options;
  options.threads = static_cast<unsigned>(state.range(1));
  state.SetLabel(std::string(format_name(format)));
  std::size_t written = 0;
  for (auto _ : state) written += serialize(*large_graph(), format, options).size();
  state.SetBytesProcessed(static_cast<std::int64_t>(written));
  state.counters["relations"] = static_cast<double>(large_graph()->relation_count());
}
BENCHMARK(BM_ExportLargeGraph)
    ->ArgsProduct({{static_cast<int>(Format::Turtle), static_cast<int>(Format::NTriples)}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
