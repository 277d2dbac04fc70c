// Reading a corpus: files, directories and standard input, extracted in parallel with a
// result that does not depend on the thread count.
#pragma once

#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "parkgraph/extract.hpp"
#include "parkgraph/types.hpp"

namespace parkgraph {

/// One input document: its identifier (the file name) and its raw bytes.
struct SourceText {
  std::string doc;
  std::string path;
  std::string bytes;
};

/// Something wrong with one input; the rest of the run goes on.
struct InputProblem {
  std::string path;
  std::string message;  ///< includes the byte offset for invalid UTF-8
};

struct Corpus {
  std::vector<SourceText> sources;  ///< in the order given, directories sorted by path
  std::vector<InputProblem> problems;
};

/// Expands arguments: a file is read; a directory means every *.txt under it, recursively;
/// "-" reads `stdin_stream`. Missing paths and directories without text are problems.
Corpus read_corpus(const std::vector<std::string>& arguments, std::istream& stdin_stream);

struct ExtractionRun {
  std::vector<Extraction> extractions;  ///< one per readable source, in source order
  std::vector<InputProblem> problems;   ///< invalid UTF-8, binary data, empty files
};

/// Extracts every source with `threads` workers (0 = hardware concurrency).
ExtractionRun extract_corpus(const Extractor& extractor, const std::vector<SourceText>& sources,
                             unsigned threads);

}  // namespace parkgraph
