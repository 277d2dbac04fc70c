// A one-line progress display on standard error for long runs: documents, megabytes per
// second and entities so far. Silent unless standard error is a terminal.
#pragma once

#include <chrono>
#include <cstddef>

namespace parkgraph::cli {

class Progress {
 public:
  /// Shows progress only when `wanted` and standard error is a terminal.
  explicit Progress(bool wanted);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress();

  /// Counts one more document of `bytes` bytes; redraws at most five times a second.
  void document_done(std::size_t bytes, std::size_t entities);
  /// Clears the line (before other messages, and at the end).
  void clear();

 private:
  void draw(std::size_t entities);

  bool enabled_;
  bool drawn_ = false;
  std::size_t documents_ = 0;
  std::size_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace parkgraph::cli
