#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace parkgraph::cli {

Progress::Progress(bool wanted)
    : enabled_(wanted && isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() {
  clear();
}

void Progress::document_done(std::size_t bytes, std::size_t entities) {
  ++documents_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  // The first document draws at once; then at most five redraws a second.
  if (documents_ > 1 && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  draw(entities);
}

void Progress::draw(std::size_t entities) {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double megabytes = static_cast<double>(bytes_) / 1e6;
  std::fprintf(stderr, "\r\033[K%zu documents, %.1f MB, %.1f MB/s, %zu entities", documents_,
               megabytes, seconds > 0 ? megabytes / seconds : 0.0, entities);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::clear() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace parkgraph::cli
