// Interrupted runs: a build over a big generated corpus is killed midway, while it extracts
// and while it writes (the moment its first temporary output file appears, seen through
// inotify). SIGKILL leaves the old output or none, never a truncated file under the output
// name; SIGINT and SIGTERM also exit non-zero with a message and remove the temporary files.
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <csignal>
#include <thread>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using ::testing::HasSubstr;

constexpr int kCopies = 40;  // of examples/corpus: about 1.8 MB in 320 files
const std::string kOldJson = R"({"entities": [], "relations": [], "note": "old output"})";

class Interrupted : public CliTest {
 protected:
  static void SetUpTestSuite() {
    std::string pattern = (fs::temp_directory_path() / "parkgraph-big-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    corpus_ = pattern;
    const fs::path examples = fs::path(PARKGRAPH_SOURCE_DIR) / "examples" / "corpus";
    for (int copy = 0; copy < kCopies; ++copy) {
      for (const auto& item : fs::directory_iterator(examples)) {
        if (item.path().extension() != ".txt") continue;
        write_file(corpus_ / ("copy" + std::to_string(copy)) / item.path().filename(),
                   read_file(item.path()));
      }
    }
  }
  static void TearDownTestSuite() {
    std::error_code ignored;
    fs::remove_all(corpus_, ignored);
  }

  void SetUp() override {
    CliTest::SetUp();
    write_file(work() / "out.json", kOldJson);
  }

  /// Starts `parkgraph build <corpus> -o out.json -o out.ttl -o out.nt` in work(). With
  /// `hold_stdin`, "-" is an input too and standard input is a pipe the test keeps open:
  /// the program extracts the corpus and then waits for the rest of standard input, so a
  /// signal surely finds it midway, however fast the machine.
  void start(bool hold_stdin = false) {
    watch_ = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    ASSERT_GE(watch_, 0);
    ASSERT_GE(::inotify_add_watch(watch_, work().c_str(), IN_CREATE), 0);
    std::vector<std::string> args = {PARKGRAPH_BINARY, "build", corpus_.string(), "-j2", "-o",
                                     "out.json",       "-o",    "out.ttl",        "-o",  "out.nt"};
    if (hold_stdin) args.insert(args.begin() + 3, "-");
    int input[2] = {-1, -1};
    if (hold_stdin) {
      ASSERT_EQ(::pipe(input), 0);
    }
    const std::string err = (work().parent_path() / "stderr").string();
    pid_ = ::fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      if (hold_stdin && (::dup2(input[0], STDIN_FILENO) < 0 || ::close(input[1]) != 0))
        ::_exit(127);
      std::vector<char*> argv;
      for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      const int fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (::chdir(work().c_str()) != 0 || fd < 0 || ::dup2(fd, STDERR_FILENO) < 0) ::_exit(127);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    if (hold_stdin) {
      ::close(input[0]);
      stdin_ = input[1];  // some text, and no end: closed only after the signal
      const std::string_view text = "孝感高新区管委会主任龚瑞平表示，";
      ASSERT_EQ(::write(stdin_, text.data(), text.size()), static_cast<ssize_t>(text.size()));
    }
  }

  /// Waits until a temporary output file appears; false if the program ended first.
  bool wait_for_temporary_file() {
    for (;;) {
      pollfd p{watch_, POLLIN, 0};
      if (::poll(&p, 1, 50) > 0) {
        alignas(inotify_event) std::array<char, 4096> buffer{};
        const ssize_t n = ::read(watch_, buffer.data(), buffer.size());
        for (ssize_t at = 0; at < n;) {
          const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
          if (event->len > 0 && std::string(event->name).find(".tmp-") != std::string::npos)
            return true;
          at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        }
      }
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
      }
    }
  }

  /// Sends `signal` and returns the wait status.
  int stop_with(int signal) {
    EXPECT_EQ(::kill(pid_, signal), 0);
    int status = 0;
    EXPECT_EQ(::waitpid(pid_, &status, 0), pid_);
    pid_ = -1;
    ::close(watch_);
    if (stdin_ >= 0) ::close(stdin_);
    return status;
  }

  [[nodiscard]] std::string err() const { return read_file(work().parent_path() / "stderr"); }

  /// Files in work() whose names mark them temporary.
  [[nodiscard]] std::vector<std::string> temporaries() const {
    std::vector<std::string> found;
    for (const auto& name : listing()) {
      if (name.find(".tmp-") != std::string::npos) found.push_back(name);
    }
    return found;
  }

  /// out.json still holds the old output; out.ttl and out.nt, new outputs, do not exist.
  void expect_old_outputs() const {
    EXPECT_TRUE(read_file(work() / "out.json") == kOldJson) << "out.json was replaced";
    EXPECT_FALSE(fs::exists(work() / "out.ttl"));
    EXPECT_FALSE(fs::exists(work() / "out.nt"));
  }

  /// Each output is whole: the old out.json or none, or exactly what an uninterrupted run
  /// writes (a signal can come just after a rename). Returns how many were already replaced.
  int expect_old_or_complete_outputs() {
    const fs::path reference = work().parent_path() / "reference";
    fs::create_directories(reference);
    const RunResult r =
        run({"build", corpus_.string(), "-j2", "-o", (reference / "out.json").string(), "-o",
             (reference / "out.ttl").string(), "-o", (reference / "out.nt").string()});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    int replaced = 0;
    for (const char* name : {"out.json", "out.ttl", "out.nt"}) {
      const fs::path output = work() / name;
      const bool old =
          name == std::string("out.json") ? read_file(output) == kOldJson : !fs::exists(output);
      const bool complete = fs::exists(output) && read_file(output) == read_file(reference / name);
      EXPECT_TRUE(old || complete) << name << " is neither the old output nor a complete new one";
      replaced += complete ? 1 : 0;
    }
    EXPECT_LT(replaced, 3) << "the run was not interrupted";
    return replaced;
  }

  static inline fs::path corpus_;  // generated once for the suite
  pid_t pid_ = -1;
  int watch_ = -1;
  int stdin_ = -1;
};

// Let the program extract some documents before the signal (it then waits for stdin).
void let_it_start() {
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
}

TEST_F(Interrupted, SigkillWhileExtractingLeavesTheOldOutput) {
  start(/*hold_stdin=*/true);
  let_it_start();
  const int status = stop_with(SIGKILL);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the build ended before it was killed:\n" << err();
  expect_old_outputs();
}

TEST_F(Interrupted, SigkillWhileWritingLeavesTheOldOutput) {
  start();
  ASSERT_TRUE(wait_for_temporary_file()) << "no temporary file was seen:\n" << err();
  const int status = stop_with(SIGKILL);
  ASSERT_TRUE(WIFSIGNALED(status)) << err();
  // What is left besides whole outputs is temporary files, never a part of an output.
  expect_old_or_complete_outputs();
}

TEST_F(Interrupted, SigtermWhileWritingRemovesTemporaryFiles) {
  start();
  ASSERT_TRUE(wait_for_temporary_file()) << "no temporary file was seen:\n" << err();
  const int status = stop_with(SIGTERM);
  ASSERT_TRUE(WIFEXITED(status)) << err();
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGTERM) << err();
  EXPECT_THAT(err(), HasSubstr("interrupted"));
  EXPECT_TRUE(temporaries().empty()) << testing::PrintToString(temporaries());
  expect_old_or_complete_outputs();
}

TEST_F(Interrupted, SigintWhileExtractingExitsWithAMessage) {
  start(/*hold_stdin=*/true);
  let_it_start();
  const int status = stop_with(SIGINT);
  ASSERT_TRUE(WIFEXITED(status)) << err();
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGINT) << err();
  EXPECT_THAT(err(), HasSubstr("interrupted"));
  expect_old_outputs();
  EXPECT_TRUE(temporaries().empty()) << testing::PrintToString(temporaries());
}

// Not interrupted, the same run replaces out.json and writes the others: the corpus is big
// enough to be interrupted, and the outputs the tests above protect are real.
TEST_F(Interrupted, UninterruptedRunReplacesTheOutput) {
  const RunResult r = run({"build", corpus_.string(), "-j2", "-o", "out.json"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto json = load_json(work() / "out.json");
  ASSERT_TRUE(json);
  EXPECT_GT(json->at("entities").size(), 50u);
  EXPECT_TRUE(temporaries().empty());
}

}  // namespace
}  // namespace parkgraph::cli_testing
