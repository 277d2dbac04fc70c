// Throughput of the extraction pipeline over examples/corpus, next to an anchor:
// ICU's dictionary-based word BreakIterator for Simplified Chinese walking the same
// text. Extraction does far more than word breaking, so the anchor is a yardstick for
// "how expensive is one pass of a real Chinese segmenter", not a competitor.
//
//   BM_Extract              Extractor::extract on every corpus file, one document each
//   BM_ExtractConcatenated  Extractor::extract on all files joined as one document
//   BM_ExtractLongDocument  that document repeated 1 to 16 times as one document, with the
//                           fitted complexity: a page dump of many stories in one file
//                           should cost what the stories cost one by one (N or N log N, not N^2)
//   BM_IcuWordBreak         anchor: UTF-8 -> UnicodeString, then every word boundary
//   BM_BuildGraph           build_graph over the extractions of the corpus
//   BM_ExtractorConstruct   Extractor from an already parsed ontology (automaton build)
//   BM_ExtractorDefault     Extractor() including parsing the embedded lexicons
#include <benchmark/benchmark.h>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "parkgraph/corpus.hpp"
#include "parkgraph/extract.hpp"
#include "parkgraph/ontology.hpp"
#include "parkgraph/resolve.hpp"

#ifndef PARKGRAPH_BENCH_CORPUS_DIR
#error "PARKGRAPH_BENCH_CORPUS_DIR must name the example corpus directory"
#endif

namespace {

struct BenchCorpus {
  std::vector<parkgraph::SourceText> sources;
  std::string concatenated;  // every file, separated by a blank line
  std::size_t bytes = 0;     // total bytes of all files (the separators not counted)
  std::string error;         // non-empty when the corpus cannot be used
};

const BenchCorpus& corpus() {
  static const BenchCorpus loaded = [] {
    BenchCorpus c;
    std::istringstream no_stdin;
    parkgraph::Corpus read = parkgraph::read_corpus({PARKGRAPH_BENCH_CORPUS_DIR}, no_stdin);
    for (const auto& p : read.problems) c.error += p.path + ": " + p.message + "; ";
    c.sources = std::move(read.sources);
    if (c.sources.empty() && c.error.empty()) {
      c.error = std::string("no *.txt files in ") + PARKGRAPH_BENCH_CORPUS_DIR;
    }
    for (const auto& s : c.sources) {
      if (!c.concatenated.empty()) c.concatenated += "\n\n";
      c.concatenated += s.bytes;
      c.bytes += s.bytes.size();
    }
    return c;
  }();
  return loaded;
}

const parkgraph::Extractor& shared_extractor() {
  static const parkgraph::Extractor extractor;
  return extractor;
}

// Returns false (and marks the benchmark skipped) when the corpus is unusable.
bool usable(benchmark::State& state) {
  if (!corpus().error.empty()) {
    state.SkipWithError(corpus().error.c_str());
    return false;
  }
  return true;
}

void BM_Extract(benchmark::State& state) {
  if (!usable(state)) return;
  const auto& c = corpus();
  const auto& extractor = shared_extractor();
  std::size_t mentions = 0;
  for (auto _ : state) {
    for (const auto& s : c.sources) {
      parkgraph::Extraction e = extractor.extract(s.doc, s.bytes);
      mentions += e.mentions.size();
      benchmark::DoNotOptimize(e);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.sources.size()));
  state.counters["docs"] = static_cast<double>(c.sources.size());
  state.counters["mentions/iter"] =
      static_cast<double>(mentions) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMicrosecond);

void BM_ExtractConcatenated(benchmark::State& state) {
  if (!usable(state)) return;
  const auto& c = corpus();
  const auto& extractor = shared_extractor();
  for (auto _ : state) {
    parkgraph::Extraction e = extractor.extract("concatenated", c.concatenated);
    benchmark::DoNotOptimize(e);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.concatenated.size()));
}
BENCHMARK(BM_ExtractConcatenated)->Unit(benchmark::kMicrosecond);

void BM_ExtractLongDocument(benchmark::State& state) {
  if (!usable(state)) return;
  const auto& c = corpus();
  std::string text;
  for (int64_t copy = 0; copy < state.range(0); ++copy) {
    if (!text.empty()) text += "\n\n";
    text += c.concatenated;
  }
  const auto& extractor = shared_extractor();
  for (auto _ : state) {
    parkgraph::Extraction e = extractor.extract("long", text);
    benchmark::DoNotOptimize(e);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetComplexityN(static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ExtractLongDocument)
    ->RangeMultiplier(2)
    ->Range(1, 16)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

// The anchor. Decoding is inside the loop because extract() decodes its input too.
void BM_IcuWordBreak(benchmark::State& state) {
  if (!usable(state)) return;
  const auto& c = corpus();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), status));
  if (U_FAILURE(status) || !words) {
    state.SkipWithError(u_errorName(status));
    return;
  }
  std::size_t boundaries = 0;
  for (auto _ : state) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(c.concatenated);
    words->setText(text);
    for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) {
      ++boundaries;
    }
    benchmark::DoNotOptimize(boundaries);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.concatenated.size()));
  state.counters["words/iter"] =
      static_cast<double>(boundaries) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_IcuWordBreak)->Unit(benchmark::kMicrosecond);

void BM_BuildGraph(benchmark::State& state) {
  if (!usable(state)) return;
  const auto& c = corpus();
  std::vector<parkgraph::Extraction> extractions;
  std::size_t mentions = 0;
  for (const auto& s : c.sources) {
    extractions.push_back(shared_extractor().extract(s.doc, s.bytes));
    mentions += extractions.back().mentions.size();
  }
  std::size_t entities = 0;
  std::size_t relations = 0;
  for (auto _ : state) {
    parkgraph::KnowledgeGraph g = parkgraph::build_graph(extractions);
    entities = g.entity_count();
    relations = g.relation_count();
    benchmark::DoNotOptimize(g);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * mentions));
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["entities"] = static_cast<double>(entities);
  state.counters["relations"] = static_cast<double>(relations);
}
BENCHMARK(BM_BuildGraph)->Unit(benchmark::kMicrosecond);

void BM_ExtractorConstruct(benchmark::State& state) {
  auto ontology = std::make_shared<const parkgraph::Ontology>(parkgraph::Ontology::embedded());
  std::size_t entries = 0;
  for (const auto& name : ontology->names()) entries += ontology->lexicon(name).size();
  for (auto _ : state) {
    parkgraph::Extractor extractor(ontology);
    benchmark::DoNotOptimize(extractor);
  }
  state.counters["lexicon_entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_ExtractorConstruct)->Unit(benchmark::kMillisecond);

void BM_ExtractorDefault(benchmark::State& state) {
  for (auto _ : state) {
    parkgraph::Extractor extractor;
    benchmark::DoNotOptimize(extractor);
  }
}
BENCHMARK(BM_ExtractorDefault)->Unit(benchmark::kMillisecond);

}  // namespace
