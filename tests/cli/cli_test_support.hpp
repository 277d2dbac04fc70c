// Helpers for the command-line tests: run the real parkgraph binary through the shell in a
// fresh scratch directory, capture its exit code, standard output and standard error.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace parkgraph::cli_testing {

namespace fs = std::filesystem;

inline const fs::path kShared = PARKGRAPH_SHARED_DIR;
inline const fs::path kSeeds = kShared / "corpus" / "seeds";
inline const fs::path kGold = kShared / "gold";

struct RunResult {
  int exit_code = -1;  ///< the process's exit status, or 128 + signal
  std::string out;
  std::string err;
};

/// Single-quoted for /bin/sh.
inline std::string quote(std::string_view s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_file(const fs::path& path, std::string_view content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

/// Parses a file as JSON; nullopt (and a test failure) when it is missing or invalid.
inline std::optional<nlohmann::json> load_json(const fs::path& path) {
  if (!fs::is_regular_file(path)) {
    ADD_FAILURE() << path << " does not exist";
    return std::nullopt;
  }
  try {
    return nlohmann::json::parse(read_file(path));
  } catch (const nlohmann::json::exception& e) {
    ADD_FAILURE() << path << " is not JSON: " << e.what();
    return std::nullopt;
  }
}

/// The JSON entity of `type` whose name or alias is `surface`, or nullptr.
inline const nlohmann::json* find_entity(const nlohmann::json& graph, std::string_view type,
                                         std::string_view surface) {
  for (const auto& e : graph.at("entities")) {
    if (e.at("type") != type) continue;
    if (e.at("name") == surface) return &e;
    for (const auto& a : e.at("aliases")) {
      if (a == surface) return &e;
    }
  }
  return nullptr;
}

/// Whether a command-line tool is on PATH.
inline bool have_tool(const std::string& name) {
  return std::system(("command -v " + quote(name) + " >/dev/null 2>&1").c_str()) == 0;
}

/// Each test gets its own scratch directory: `work()` is the current directory of the
/// commands it runs; captured output lives beside it so that `work()` holds only what the
/// test and the program put there.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "parkgraph-cli-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    fs::create_directories(work());
  }
  void TearDown() override {
    std::error_code ignored;
    if (!root_.empty()) fs::remove_all(root_, ignored);
  }

  [[nodiscard]] fs::path work() const { return root_ / "work"; }

  /// Runs a shell command line in work(); `{bin}` at the start stands for the binary.
  RunResult run_shell(const std::string& command_line) const {
    const fs::path out = root_ / "stdout";
    const fs::path err = root_ / "stderr";
    const std::string command = "cd " + quote(work().string()) + " && { " + command_line + "; } >" +
                                quote(out.string()) + " 2>" + quote(err.string());
    const int status = std::system(command.c_str());
    RunResult r;
    if (status != -1 && WIFEXITED(status)) {
      r.exit_code = WEXITSTATUS(status);
    } else if (status != -1 && WIFSIGNALED(status)) {
      r.exit_code = 128 + WTERMSIG(status);
    }
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
  }

  /// Runs parkgraph with `args` in work(), standard input from /dev/null.
  RunResult run(const std::vector<std::string>& args, const std::string& prefix = "") const {
    return run_shell(prefix + command_line(args) + " </dev/null");
  }

  /// The quoted command line of parkgraph with `args`.
  [[nodiscard]] static std::string command_line(const std::vector<std::string>& args) {
    std::string line = quote(PARKGRAPH_BINARY);
    for (const auto& a : args) line += " " + quote(a);
    return line;
  }

  /// Writes a file under work() and returns its path relative to work().
  std::string put(const std::string& relative, std::string_view content) const {
    write_file(work() / relative, content);
    return relative;
  }

  /// File names directly under work(), sorted.
  [[nodiscard]] std::vector<std::string> listing(const fs::path& dir = {}) const {
    std::vector<std::string> names;
    for (const auto& item : fs::directory_iterator(dir.empty() ? work() : dir)) {
      names.push_back(item.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  fs::path root_;
};

/// Prints the run for failure messages.
inline std::string describe(const RunResult& r) {
  return "exit " + std::to_string(r.exit_code) + "\n--- stdout ---\n" + r.out +
         "\n--- stderr ---\n" + r.err;
}

// Hand-written reports, used by several tests.
inline constexpr std::string_view kXiaoganReport =
    "4月18日，孝感高新区党工委副书记、管委会主任龚瑞平表示，今年园区将新引进亿元以上项目20个，"
    "力争全年规模以上工业产值增长12%。\n";
inline constexpr std::string_view kZhuzhouReport =
    "近日，株洲市高新区举行重大项目集中签约仪式，鸿拓国际集团年产5万吨锂电池隔膜项目落户园区，"
    "总投资12亿元。\n";
inline constexpr std::string_view kZhuzhouFollowUp =
    "据了解，株洲高新技术产业开发区今年新增规模以上工业企业30家，鸿拓集团董事长许明远表示将继续扩大"
    "投资。\n";
inline constexpr std::string_view kJingmenReport =
    "6月3日，鸿拓国际集团与荆门市人民政府签署战略合作协议，双方将在新材料领域开展合作。\n";
inline constexpr std::string_view kSuzhouReport =
    "江苏省苏州市吴中区临湖镇的东山村近年来发展特色农业，村党支部书记沈建华说，"
    "村里的碧螺春茶叶远销海外。\n";

}  // namespace parkgraph::cli_testing
