// Reading a corpus: files, directories and standard input, extracted in parallel with a
// result that does not depend on the thread count.
#pragma once

#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parkgraph/extract.hpp"
#include "parkgraph/types.hpp"

namespace parkgraph {

/// `requested` threads, or one per core for 0: what a thread count of 0 means throughout.
unsigned thread_count(unsigned requested);

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

// --- Streaming: a corpus larger than memory ------------------------------------------------

/// A document waiting to be extracted: a file read when a worker gets to it, or text
/// already in memory (standard input, a JSON line).
struct DocumentInput {
  std::string doc;                   ///< identifier written into the graph
  std::string path;                  ///< where it came from, for messages
  std::optional<std::string> bytes;  ///< the text when in memory; else read from `path`
};

/// Documents, one at a time, in a fixed order.
class DocumentStream {
 public:
  DocumentStream() = default;
  DocumentStream(const DocumentStream&) = delete;
  DocumentStream& operator=(const DocumentStream&) = delete;
  virtual ~DocumentStream() = default;
  /// The next document, or nullopt at the end. Problems met on the way (a missing path,
  /// a malformed line) are appended to `problems`.
  virtual std::optional<DocumentInput> next(std::vector<InputProblem>& problems) = 0;
};

/// The documents `arguments` name, as read_corpus() expands them (directories give their
/// *.txt files sorted by path; "-" is `stdin_stream`), without reading any file yet.
std::unique_ptr<DocumentStream> stream_arguments(std::vector<std::string> arguments,
                                                 std::istream& stdin_stream);

/// JSON lines, one document each: {"id": "...", "text": "..."}. `source` names the stream
/// in messages ("stdin"); a line that is not such an object is a problem naming its number.
std::unique_ptr<DocumentStream> stream_json_lines(std::istream& in, std::string source);

/// What became of one document.
struct DocumentResult {
  std::string doc;
  std::string path;
  std::size_t bytes = 0;                 ///< size of the input read
  std::optional<Extraction> extraction;  ///< absent when the document failed
  std::optional<InputProblem> problem;   ///< why it failed
  bool skipped = false;                  ///< over a limit (max_document_bytes), not read
  std::vector<std::string> warnings;     ///< extracted, but something left out (a long name)
};

/// Limits that protect the process; the defaults never trigger on real news.
inline constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{16} << 20;  // 16 MiB
inline constexpr std::size_t kDefaultMaxNameLength = 256;                       // code points

struct StreamOptions {
  unsigned threads = 0;           ///< extraction threads; 0 = one per core
  std::size_t max_in_flight = 0;  ///< documents read but not yet handed on; 0 = 8 per thread
  std::string encoding;           ///< of every document: "" detects (see decode_text)
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;  ///< larger ones are skipped
  std::size_t max_name_length = kDefaultMaxNameLength;        ///< longer names are dropped, warned
};

/// Drops the mentions whose span is longer than `max_length` code points, with the facts
/// and attributes that use them; returns one message per dropped mention.
std::vector<std::string> drop_long_names(Extraction& extraction, std::size_t max_length);

/// Reads and extracts every document of `stream` on worker threads and hands each result to
/// `sink` on the calling thread, in stream order, so what the sink builds does not depend on
/// the thread count. At most `max_in_flight` documents are held at once.
void extract_stream(const Extractor& extractor, DocumentStream& stream,
                    const StreamOptions& options,
                    const std::function<void(DocumentResult&&)>& sink);

}  // namespace parkgraph
