// Shared by the RDF and store tests: the example queries and their expected answers,
// SPARQL JSON results reduced to comparable rows, and a Virtuoso server on loopback.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <thread>

#include "cli_test_support.hpp"

extern char** environ;

namespace parkgraph::cli_testing {

inline const fs::path kSource = PARKGRAPH_SOURCE_DIR;
inline const fs::path kQueries = kSource / "examples" / "queries";
inline const fs::path kExampleCorpus = kSource / "examples" / "corpus";
inline const fs::path kScripts = kSource / "tests" / "cli" / "scripts";

/// examples/queries/*.rq, sorted.
inline std::vector<fs::path> query_files() {
  std::vector<fs::path> files;
  for (const auto& item : fs::directory_iterator(kQueries)) {
    if (item.path().extension() == ".rq") files.push_back(item.path());
  }
  std::ranges::sort(files);
  return files;
}

/// Whether node and the npm packages (npm ci in the source tree) are there.
inline bool have_node_modules(const std::string& package) {
  return have_tool("node") && fs::exists(kSource / "node_modules" / package / "package.json");
}

/// A numeric literal in one spelling whatever the store prints: 3600000000, 0.85.
inline std::string canonical_number(const std::string& lexical) {
  double value = 0;
  const auto [end, error] = std::from_chars(lexical.data(), lexical.data() + lexical.size(), value);
  if (error != std::errc{} || end != lexical.data() + lexical.size()) return lexical;
  if (value == std::trunc(value) && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[64];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, written.ptr);
}

/// One binding's value as the expected-answer files write it: the lexical form of a literal
/// (numbers canonical), the IRI of a resource, "" when unbound.
inline std::string binding_value(const nlohmann::json& row, const std::string& var) {
  if (!row.contains(var)) return "";
  const nlohmann::json& term = row.at(var);
  if (term.value("type", "") == "unbound") return "";  // Rasqal's spelling of "no binding"
  const std::string value = term.at("value").get<std::string>();
  const std::string datatype = term.value("datatype", "");
  for (const char* numeric : {"#decimal", "#integer", "#double", "#float"}) {
    if (datatype.ends_with(numeric)) return canonical_number(value);
  }
  return value;
}

/// A SELECT result as sorted rows of tab-separated values, in the order of `vars`.
inline std::vector<std::string> result_rows(const nlohmann::json& results,
                                            const std::vector<std::string>& vars) {
  std::vector<std::string> rows;
  for (const auto& binding : results.at("results").at("bindings")) {
    std::string line;
    for (std::size_t i = 0; i < vars.size(); ++i) {
      if (i > 0) line += '\t';
      line += binding_value(binding, vars[i]);
    }
    rows.push_back(line);
  }
  std::ranges::sort(rows);
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  return rows;
}

inline std::vector<std::string> result_vars(const nlohmann::json& results) {
  return results.at("head").at("vars").get<std::vector<std::string>>();
}

/// An expected-answer file: '#' comment lines, a header of variable names, then rows, all
/// tab-separated.
struct ExpectedAnswer {
  std::vector<std::string> vars;
  std::vector<std::string> rows;
};

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    fields.push_back(line.substr(start, tab - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

inline ExpectedAnswer read_expected(const fs::path& file) {
  ExpectedAnswer answer;
  std::istringstream in(read_file(file));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.starts_with('#')) continue;
    if (answer.vars.empty()) {
      answer.vars = split_tabs(line);
    } else {
      answer.rows.push_back(line);
    }
  }
  return answer;
}

/// The rows of `expected` missing from `actual` (both as result_rows gives them).
inline std::vector<std::string> missing_rows(const std::vector<std::string>& expected,
                                             const std::vector<std::string>& actual) {
  std::vector<std::string> missing;
  for (const auto& row : expected) {
    if (!std::ranges::binary_search(actual, row)) missing.push_back(row);
  }
  return missing;
}

/// A TCP port on 127.0.0.1 that was free a moment ago (the kernel's pick).
inline int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  int port = -1;
  if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
    port = ntohs(address.sin_port);
  }
  if (fd >= 0) ::close(fd);
  return port;
}

/// OpenLink Virtuoso (Debian virtuoso-opensource) in a scratch directory, listening on
/// loopback only; stopped and removed when destroyed.
class VirtuosoServer {
 public:
  static bool available() { return have_tool("virtuoso-t") && have_tool("isql-vt"); }

  explicit VirtuosoServer(fs::path dir) : dir_(std::move(dir)) {
    fs::create_directories(dir_ / "data");
    sql_port_ = free_port();
    http_port_ = free_port();
    write_file(dir_ / "virtuoso.ini", ini());
    const std::string ini_path = (dir_ / "virtuoso.ini").string();
    std::vector<std::string> args = {"virtuoso-t", "+foreground", "+configfile", ini_path};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string log = (dir_ / "stdout.log").string();
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawn_file_actions_addchdir_np(&actions, dir_.c_str());
    if (::posix_spawnp(&pid_, "virtuoso-t", &actions, nullptr, argv.data(), environ) != 0) {
      pid_ = -1;
    }
    posix_spawn_file_actions_destroy(&actions);
  }
  VirtuosoServer(const VirtuosoServer&) = delete;
  VirtuosoServer& operator=(const VirtuosoServer&) = delete;

  ~VirtuosoServer() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      int status = 0;
      ::waitpid(pid_, &status, 0);
    }
  }

  /// Waits until the server answers SQL; false if it exited first or never answered.
  bool wait_until_ready() {
    for (int attempt = 0; attempt < 600 && running(); ++attempt) {
      if (isql("status();").exit_code == 0) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return false;
  }

  /// Loads an RDF file (N-Quads, Turtle, N-Triples by extension) with Virtuoso's bulk
  /// loader; triples of the default graph go into `graph`. Returns the loader's error, "" if
  /// none.
  std::string load(const fs::path& file, const std::string& graph) {
    fs::copy_file(file, dir_ / "data" / file.filename(), fs::copy_options::overwrite_existing);
    const RunResult r = isql("ld_dir('" + (dir_ / "data").string() + "', '" +
                             file.filename().string() + "', '" + graph +
                             "'); rdf_loader_run(); checkpoint; "
                             "select 'LOADERROR', ll_file, ll_error from DB.DBA.load_list "
                             "where ll_error is not null;");
    if (r.exit_code != 0) return "isql failed: " + r.out + r.err;
    if (r.out.find("LOADERROR") != std::string::npos) return r.out;
    return "";
  }

  [[nodiscard]] std::string endpoint() const {
    return "http://127.0.0.1:" + std::to_string(http_port_) + "/sparql";
  }
  [[nodiscard]] std::string log() const { return read_file(dir_ / "stdout.log"); }

 private:
  bool running() const {
    int status = 0;
    return pid_ > 0 && ::waitpid(pid_, &status, WNOHANG) == 0;
  }

  RunResult isql(const std::string& sql) const {
    const fs::path out = dir_ / "isql.out";
    const fs::path err = dir_ / "isql.err";
    const std::string command = "isql-vt 127.0.0.1:" + std::to_string(sql_port_) + " dba dba " +
                                quote("exec=" + sql) + " >" + quote(out.string()) + " 2>" +
                                quote(err.string()) + " </dev/null";
    const int status = std::system(command.c_str());
    RunResult r;
    r.exit_code = (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
  }

  [[nodiscard]] std::string ini() const {
    const std::string d = dir_.string();
    return "[Database]\nDatabaseFile = " + d + "/virtuoso.db\nErrorLogFile = " + d +
           "/virtuoso.log\nLockFile = " + d + "/virtuoso.lck\nTransactionFile = " + d +
           "/virtuoso.trx\nxa_persistent_file = " + d +
           "/virtuoso.pxa\n"
           "[TempDatabase]\nDatabaseFile = " +
           d + "/virtuoso-temp.db\nTransactionFile = " + d +
           "/virtuoso-temp.trx\n"
           "[Parameters]\nServerPort = 127.0.0.1:" +
           std::to_string(sql_port_) +
           "\nNumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\nCheckpointInterval = 0\n"
           "DirsAllowed = " +
           d +
           "/data\n"
           "[HTTPServer]\nServerPort = 127.0.0.1:" +
           std::to_string(http_port_) +
           "\nEnabledDavVSP = 0\n"
           "[SPARQL]\nResultSetMaxRows = 100000\n";
  }

  fs::path dir_;
  int sql_port_ = -1;
  int http_port_ = -1;
  pid_t pid_ = -1;
};

}  // namespace parkgraph::cli_testing
