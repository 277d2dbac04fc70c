// The streaming pipeline: documents listed lazily, read and extracted by workers, handed
// on in input order through a bounded window.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "parkgraph/corpus.hpp"
#include "parkgraph/encoding.hpp"

namespace parkgraph {
namespace {

// Arguments expanded one at a time: a directory is listed (and sorted) when reached.
class ArgumentStream final : public DocumentStream {
 public:
  ArgumentStream(std::vector<std::string> arguments, std::istream& stdin_stream)
      : arguments_(std::move(arguments)), stdin_(stdin_stream) {}

  std::optional<DocumentInput> next(std::vector<InputProblem>& problems) override {
    while (true) {
      if (!pending_files_.empty()) {
        std::filesystem::path file = std::move(pending_files_.front());
        pending_files_.pop_front();
        return DocumentInput{file.filename().string(), file.string(), std::nullopt};
      }
      if (next_argument_ == arguments_.size()) return std::nullopt;
      expand(arguments_[next_argument_++], problems);
      if (!ready_.empty()) {
        DocumentInput input = std::move(ready_.front());
        ready_.pop_front();
        return input;
      }
    }
  }

 private:
  void expand(const std::string& argument, std::vector<InputProblem>& problems) {
    if (argument == "-") {
      std::ostringstream text;
      text << stdin_.rdbuf();
      ready_.push_back({"stdin", "-", text.str()});
      return;
    }
    const std::filesystem::path path(argument);
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      std::vector<std::filesystem::path> files;
      for (const auto& item : std::filesystem::recursive_directory_iterator(path, error)) {
        if (item.path().extension() != ".txt" || item.is_directory()) continue;
        // A FIFO, a device or a dangling link is listed too: reading reports it.
        files.push_back(item.path());
      }
      if (files.empty()) {
        problems.push_back({argument, "directory holds no .txt files"});
        return;
      }
      std::sort(files.begin(), files.end());
      pending_files_.assign(std::make_move_iterator(files.begin()),
                            std::make_move_iterator(files.end()));
    } else if (std::filesystem::exists(path, error)) {
      pending_files_.push_back(path);
    } else {
      problems.push_back({argument, "no such file or directory"});
    }
  }

  std::vector<std::string> arguments_;
  std::istream& stdin_;
  std::size_t next_argument_ = 0;
  std::deque<std::filesystem::path> pending_files_;
  std::deque<DocumentInput> ready_;
};

class JsonLineStream final : public DocumentStream {
 public:
  JsonLineStream(std::istream& in, std::string source) : in_(in), source_(std::move(source)) {}

  std::optional<DocumentInput> next(std::vector<InputProblem>& problems) override {
    for (std::string line; std::getline(in_, line);) {
      ++line_number_;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::string where = source_ + ":" + std::to_string(line_number_);
      const nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
      if (object.is_discarded() || !object.is_object()) {
        problems.push_back({where, "not a JSON object"});
        continue;
      }
      const auto id = object.find("id");
      const auto text = object.find("text");
      if (id == object.end() || !(id->is_string() || id->is_number_integer()) ||
          text == object.end() || !text->is_string()) {
        problems.push_back({where, R"(expected {"id": string or integer, "text": string})"});
        continue;
      }
      std::string doc =
          id->is_string() ? id->get<std::string>() : std::to_string(id->get<long long>());
      if (doc.empty()) {
        problems.push_back({where, "empty \"id\""});
        continue;
      }
      return DocumentInput{std::move(doc), std::move(where), text->get<std::string>()};
    }
    return std::nullopt;
  }

 private:
  std::istream& in_;
  std::string source_;
  std::size_t line_number_ = 0;
};

/// Reads the file of `result` unless it is not a regular file or over the size limit
/// (both set result.problem); nullopt when nothing was read.
std::optional<std::string> read_document(DocumentResult& result, const StreamOptions& options) {
  std::error_code error;
  const auto status = std::filesystem::status(result.path, error);
  if (error || !std::filesystem::exists(status)) {
    result.problem = InputProblem{result.path, "cannot be read (it disappeared)"};
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(status)) {
    result.problem = InputProblem{result.path, "not a regular file (a FIFO or a device); skipped"};
    return std::nullopt;
  }
  const auto size = std::filesystem::file_size(result.path, error);
  if (!error && size > options.max_document_bytes) {
    result.bytes = size;
    result.skipped = true;
    result.problem = InputProblem{
        result.path, "skipped: " + std::to_string(size) + " bytes, over the limit of " +
                         std::to_string(options.max_document_bytes) + " (--max-doc-bytes)"};
    return std::nullopt;
  }
  std::ifstream in(result.path, std::ios::binary);
  if (!in) {
    result.problem = InputProblem{result.path, "cannot be read"};
    return std::nullopt;
  }
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) {
    result.problem = InputProblem{result.path, "read failed"};
    return std::nullopt;
  }
  return bytes;
}

DocumentResult extract_one(const Extractor& extractor, DocumentInput input,
                           const StreamOptions& options) {
  DocumentResult result{
      std::move(input.doc), std::move(input.path), 0, std::nullopt, std::nullopt, false, {}};
  if (!input.bytes) {
    input.bytes = read_document(result, options);
    if (!input.bytes) return result;
  } else if (input.bytes->size() > options.max_document_bytes) {
    result.bytes = input.bytes->size();
    result.skipped = true;
    result.problem = InputProblem{
        result.path, "skipped: " + std::to_string(result.bytes) + " bytes, over the limit of " +
                         std::to_string(options.max_document_bytes) + " (--max-doc-bytes)"};
    return result;
  }
  result.bytes = input.bytes->size();
  if (input.bytes->empty()) {
    result.problem = InputProblem{result.path, "empty file, nothing to extract"};
    return result;
  }
  try {
    const DecodedText text = decode_text(*input.bytes, options.encoding);
    input.bytes.reset();  // the decoded copy is all that is needed now
    result.extraction = extractor.extract(result.doc, text.utf8);
    result.warnings = drop_long_names(*result.extraction, options.max_name_length);
  } catch (const InputError& e) {
    result.problem = InputProblem{result.path, e.what()};
  } catch (const std::exception& e) {
    result.problem = InputProblem{result.path, std::string("extraction failed: ") + e.what()};
  }
  return result;
}

// Jobs numbered in stream order go to the workers; results wait in `done` until every
// earlier one has been handed on.
class OrderedPipeline {
 public:
  OrderedPipeline(const Extractor& extractor, const StreamOptions& options, unsigned threads)
      : extractor_(extractor), options_(options) {
    for (unsigned t = 0; t < threads; ++t) workers_.emplace_back([this] { work(); });
  }
  OrderedPipeline(const OrderedPipeline&) = delete;
  OrderedPipeline& operator=(const OrderedPipeline&) = delete;
  ~OrderedPipeline() {
    {
      const std::lock_guard lock(mutex_);
      closing_ = true;
    }
    job_ready_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

  void submit(std::size_t number, DocumentInput input) {
    {
      const std::lock_guard lock(mutex_);
      jobs_.emplace_back(number, std::move(input));
    }
    job_ready_.notify_one();
  }

  DocumentResult take(std::size_t number) {
    std::unique_lock lock(mutex_);
    result_ready_.wait(lock, [&] { return done_.count(number) > 0; });
    auto node = done_.extract(number);
    return std::move(node.mapped());
  }

 private:
  void work() {
    while (true) {
      std::pair<std::size_t, DocumentInput> job;
      {
        std::unique_lock lock(mutex_);
        job_ready_.wait(lock, [&] { return closing_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      DocumentResult result = extract_one(extractor_, std::move(job.second), options_);
      {
        const std::lock_guard lock(mutex_);
        done_.emplace(job.first, std::move(result));
      }
      result_ready_.notify_all();
    }
  }

  const Extractor& extractor_;
  const StreamOptions& options_;
  std::mutex mutex_;
  std::condition_variable job_ready_;
  std::condition_variable result_ready_;
  std::deque<std::pair<std::size_t, DocumentInput>> jobs_;
  std::map<std::size_t, DocumentResult> done_;
  bool closing_ = false;
  std::vector<std::thread> workers_;
};

void report_problems(std::vector<InputProblem>& problems,
                     const std::function<void(DocumentResult&&)>& sink) {
  for (auto& problem : problems) {
    DocumentResult result;
    result.doc = problem.path;
    result.path = problem.path;
    result.problem = std::move(problem);
    sink(std::move(result));
  }
  problems.clear();
}

}  // namespace

std::vector<std::string> drop_long_names(Extraction& extraction, std::size_t max_length) {
  std::vector<std::string> dropped;
  const auto too_long = [&](const Mention& m) { return m.span.size() > max_length; };
  if (std::none_of(extraction.mentions.begin(), extraction.mentions.end(), too_long))
    return dropped;
  std::vector<std::size_t> new_index(extraction.mentions.size());
  std::vector<Mention> kept;
  for (std::size_t i = 0; i < extraction.mentions.size(); ++i) {
    Mention& m = extraction.mentions[i];
    if (!too_long(m)) {
      new_index[i] = kept.size();
      kept.push_back(std::move(m));
      continue;
    }
    new_index[i] = SIZE_MAX;
    dropped.push_back("name of " + std::to_string(m.span.size()) + " characters at " +
                      std::to_string(m.span.begin) + " dropped, over the limit of " +
                      std::to_string(max_length) + " (--max-name-length)");
  }
  extraction.mentions = std::move(kept);
  std::erase_if(extraction.facts, [&](Fact& f) {
    if (new_index[f.head] == SIZE_MAX || new_index[f.tail] == SIZE_MAX) return true;
    f.head = new_index[f.head];
    f.tail = new_index[f.tail];
    return false;
  });
  std::erase_if(extraction.attributes, [&](Attribute& a) {
    if (new_index[a.mention] == SIZE_MAX) return true;
    a.mention = new_index[a.mention];
    return false;
  });
  return dropped;
}

std::unique_ptr<DocumentStream> stream_arguments(std::vector<std::string> arguments,
                                                 std::istream& stdin_stream) {
  return std::make_unique<ArgumentStream>(std::move(arguments), stdin_stream);
}

std::unique_ptr<DocumentStream> stream_json_lines(std::istream& in, std::string source) {
  return std::make_unique<JsonLineStream>(in, std::move(source));
}

void extract_stream(const Extractor& extractor, DocumentStream& stream,
                    const StreamOptions& options,
                    const std::function<void(DocumentResult&&)>& sink) {
  const unsigned threads = thread_count(options.threads);
  std::vector<InputProblem> problems;
  if (threads == 1) {  // no workers: read, extract and hand on in turn
    while (auto input = stream.next(problems)) {
      report_problems(problems, sink);
      sink(extract_one(extractor, std::move(*input), options));
    }
    report_problems(problems, sink);
    return;
  }
  const std::size_t window = options.max_in_flight != 0 ? options.max_in_flight : 8 * threads;
  OrderedPipeline pipeline(extractor, options, threads);
  // Problems of the listing are handed on where they were met: before the next document.
  std::deque<std::pair<std::size_t, std::vector<InputProblem>>> listing_problems;
  std::size_t submitted = 0;
  std::size_t handed_on = 0;
  bool exhausted = false;
  while (true) {
    while (!exhausted && submitted - handed_on < window) {
      auto input = stream.next(problems);
      if (!problems.empty()) listing_problems.emplace_back(submitted, std::move(problems));
      problems.clear();
      if (!input) {
        exhausted = true;
        break;
      }
      pipeline.submit(submitted++, std::move(*input));
    }
    while (!listing_problems.empty() && listing_problems.front().first == handed_on) {
      report_problems(listing_problems.front().second, sink);
      listing_problems.pop_front();
    }
    if (handed_on == submitted) break;
    sink(pipeline.take(handed_on++));
  }
  for (auto& [number, list] : listing_problems) report_problems(list, sink);
}

}  // namespace parkgraph
