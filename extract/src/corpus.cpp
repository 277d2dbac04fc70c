#include "parkgraph/corpus.hpp"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace parkgraph {
namespace {

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void add_file(const std::filesystem::path& path, Corpus& corpus) {
  auto bytes = read_file(path);
  if (!bytes) {
    corpus.problems.push_back({path.string(), "cannot be read"});
    return;
  }
  corpus.sources.push_back({path.filename().string(), path.string(), std::move(*bytes)});
}

}  // namespace

Corpus read_corpus(const std::vector<std::string>& arguments, std::istream& stdin_stream) {
  Corpus corpus;
  for (const auto& argument : arguments) {
    if (argument == "-") {
      std::ostringstream text;
      text << stdin_stream.rdbuf();
      corpus.sources.push_back({"stdin", "-", text.str()});
      continue;
    }
    const std::filesystem::path path(argument);
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      std::vector<std::filesystem::path> files;
      for (const auto& item : std::filesystem::recursive_directory_iterator(path, error)) {
        if (item.is_regular_file() && item.path().extension() == ".txt")
          files.push_back(item.path());
      }
      if (files.empty()) {
        corpus.problems.push_back({argument, "directory holds no .txt files"});
        continue;
      }
      std::sort(files.begin(), files.end());
      for (const auto& file : files) add_file(file, corpus);
    } else if (std::filesystem::exists(path, error)) {
      add_file(path, corpus);
    } else {
      corpus.problems.push_back({argument, "no such file or directory"});
    }
  }
  return corpus;
}

unsigned thread_count(unsigned requested) {
  return requested != 0 ? requested : std::max(1U, std::thread::hardware_concurrency());
}

ExtractionRun extract_corpus(const Extractor& extractor, const std::vector<SourceText>& sources,
                             unsigned threads) {
  threads = std::min<unsigned>(thread_count(threads), std::max<std::size_t>(1, sources.size()));
  std::vector<std::optional<Extraction>> results(sources.size());
  std::vector<std::optional<InputProblem>> problems(sources.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < sources.size(); i = next++) {
      const SourceText& source = sources[i];
      if (source.bytes.empty()) {
        problems[i] = InputProblem{source.path, "empty file, nothing to extract"};
        continue;
      }
      try {
        results[i] = extractor.extract(source.doc, source.bytes);
      } catch (const InputError& e) {
        problems[i] = InputProblem{source.path, e.what()};
      } catch (const std::exception& e) {
        problems[i] = InputProblem{source.path, std::string("extraction failed: ") + e.what()};
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();

  ExtractionRun run;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (results[i]) run.extractions.push_back(std::move(*results[i]));
    if (problems[i]) run.problems.push_back(std::move(*problems[i]));
  }
  return run;
}

}  // namespace parkgraph
