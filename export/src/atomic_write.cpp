// write_file_atomically: temporary file beside the target, fsync, rename over the target.
// POSIX calls rather than std::ofstream because the temporary must be created exclusively
// (O_EXCL) so that two writers never share one, and because fsync needs the descriptor.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <set>
#include <system_error>

#include "parkgraph/export.hpp"

namespace parkgraph {
namespace {

[[noreturn]] void fail(int error, std::string_view what, const std::filesystem::path& path) {
  throw std::system_error(error, std::generic_category(),
                          std::string(what) + " '" + path.string() + "'");
}

std::string random_suffix() {
  thread_local std::mt19937_64 random(
      std::random_device{}() ^
      static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
      static_cast<std::uint64_t>(::getpid()));
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(random()));
  return buffer;
}

/// Every temporary file of this process not yet renamed, so that an interrupted run can
/// remove them (discard_temporary_files). Creating, renaming and discarding hold the lock,
/// so a file is either listed or already published under its real name.
struct Pending {
  std::mutex lock;
  std::set<std::filesystem::path> files;
  bool discarded = false;
};

Pending& pending() {
  static Pending instance;
  return instance;
}

/// An exclusively created temporary file that is removed again unless committed.
class TempFile {
 public:
  explicit TempFile(const std::filesystem::path& target) {
    const std::scoped_lock guard(pending().lock);
    if (pending().discarded) fail(ECANCELED, "run interrupted, not writing", target);
    for (int attempt = 0; attempt < 100; ++attempt) {
      path_ = target;
      path_ += ".tmp-" + random_suffix();
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd_ >= 0) {
        pending().files.insert(path_);
        return;
      }
      if (errno != EEXIST) fail(errno, "cannot create a temporary file for", target);
    }
    fail(EEXIST, "cannot find a free temporary name for", target);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) {
      const std::scoped_lock guard(pending().lock);
      std::error_code ignored;
      std::filesystem::remove(path_, ignored);
      pending().files.erase(path_);
    }
  }

  void write_all(std::string_view content, const std::filesystem::path& target) {
    while (!content.empty()) {
      const ssize_t written = ::write(fd_, content.data(), content.size());
      if (written < 0) {
        if (errno == EINTR) continue;
        fail(errno, "cannot write", target);
      }
      content.remove_prefix(static_cast<std::size_t>(written));
    }
  }

  /// Makes the content durable before the rename publishes it, then closes.
  void sync_and_close(const std::filesystem::path& target) {
    if (::fsync(fd_) != 0) fail(errno, "cannot flush", target);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(errno, "cannot close", target);
  }

  void commit_as(const std::filesystem::path& target) {
    const std::scoped_lock guard(pending().lock);
    if (pending().discarded) fail(ECANCELED, "run interrupted, not replacing", target);
    std::error_code error;
    std::filesystem::rename(path_, target, error);
    if (error) fail(error.value(), "cannot replace", target);
    pending().files.erase(path_);
    committed_ = true;
  }

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace

void discard_temporary_files() noexcept {
  const std::scoped_lock guard(pending().lock);
  pending().discarded = true;
  for (const auto& file : pending().files) ::unlink(file.c_str());
  pending().files.clear();
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  if (!path.has_filename()) fail(EISDIR, "not a file name:", path);
  TempFile temp(path);
  temp.write_all(content, path);
  temp.sync_and_close(path);
  temp.commit_as(path);
}

}  // namespace parkgraph
