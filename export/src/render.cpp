// Running Graphviz on the DOT output, without a shell: posix_spawnp with an argument vector,
// the DOT, the picture and the program's error output in a private temporary directory.
#include "parkgraph/render.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include "parkgraph/export.hpp"

extern char** environ;

namespace parkgraph {
namespace {

/// A directory of our own under the system temporary directory, removed with its content.
class TempDirectory {
 public:
  TempDirectory() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "parkgraph-render-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw ExportError("render: cannot create a temporary directory");
    }
    path_ = pattern;
  }
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;
  ~TempDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  [[nodiscard]] std::filesystem::path operator/(std::string_view name) const {
    return path_ / name;
  }

 private:
  std::filesystem::path path_;
};

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

/// Runs `args` (args[0] looked up on PATH) with standard error into `log`; the exit status,
/// or -1 when it could not start or did not exit.
int run_program(const std::vector<std::string>& args, const std::filesystem::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  int status = 0;
  while (::waitpid(pid, &status, 0) == -1) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::optional<Picture> parse_picture(std::string_view name) {
  if (name == "svg") return Picture::Svg;
  if (name == "png") return Picture::Png;
  return std::nullopt;
}

std::optional<LayoutEngine> parse_layout_engine(std::string_view name) {
  if (name == "dot") return LayoutEngine::Dot;
  if (name == "fdp") return LayoutEngine::Fdp;
  if (name == "sfdp") return LayoutEngine::Sfdp;
  return std::nullopt;
}

std::string render_picture(const KnowledgeGraph& graph, Picture picture, LayoutEngine engine) {
  const TempDirectory scratch;
  const auto input = scratch / "graph.dot";
  const auto output = scratch / (picture == Picture::Svg ? "graph.svg" : "graph.png");
  const auto log = scratch / "graphviz.log";
  write_file_atomically(input, serialize(graph, Format::Dot));
  const std::string program = engine == LayoutEngine::Dot   ? "dot"
                              : engine == LayoutEngine::Fdp ? "fdp"
                                                            : "sfdp";
  std::vector<std::string> args{program, picture == Picture::Svg ? "-Tsvg" : "-Tpng"};
  if (engine != LayoutEngine::Dot) args.emplace_back("-Gpack=true");  // components side by side
  args.insert(args.end(), {"-o", output.string(), input.string()});
  const int status = run_program(args, log);
  if (status != 0) {
    const std::string errors = read_all(log);
    throw ExportError("Graphviz " + program +
                      (status == -1 ? ": cannot run it (is graphviz installed?)"
                                    : ": exit " + std::to_string(status)) +
                      (errors.empty() ? "" : ": " + errors));
  }
  return read_all(output);
}

}  // namespace parkgraph
