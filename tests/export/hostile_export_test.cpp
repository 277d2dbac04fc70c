// Property test: whatever the names, titles and evidence hold, every exported file parses.
// Random graphs with hostile strings (quotes, backslashes, newlines, <>{}|^`, control
// characters, lone surrogates as lossy decoding leaves them, 10,000-character names; see
// tests/fuzz/hostile_graph.hpp) are written as Turtle, N-Triples and N-Quads and checked with
// rapper and serdi, as DOT and checked with dot, and as JSON and checked with nlohmann-json.
#include <gtest/gtest.h>

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

#include "export_test_support.hpp"
#include "fuzz/hostile_graph.hpp"
#include "parkgraph/export.hpp"

namespace parkgraph::testing {
namespace {

constexpr int kRandomGraphs = 12;

/// Bytes biased towards what the graph builder turns into hostile tokens.
std::vector<std::uint8_t> hostile_bytes(unsigned seed, std::size_t size) {
  std::mt19937 random(seed);
  std::vector<std::uint8_t> bytes(size);
  for (auto& b : bytes) {
    const auto pick = random() % 10;
    if (pick < 4) {
      b = static_cast<std::uint8_t>(0xF0 + random() % 15);  // a hostile token
    } else if (pick < 8) {
      b = static_cast<std::uint8_t>(0x20 + random() % 0x5F);  // printable ASCII
    } else {
      b = static_cast<std::uint8_t>(random() % 256);  // anything, 0xFF = a 10,000-char run
    }
  }
  return bytes;
}

// Each hostile string, alone and in a mixture.
constexpr std::array<std::string_view, 16> kHostile = {
    "\"",
    "\\",
    "\n",
    "\r\n",
    "<",
    ">",
    "{}",
    "|",
    "^",
    "`",
    "\x01\x07\x1b\x7f",  // controls
    "\xC2\x85",          // NEL, a C1 control
    "\xED\xA0\x80",      // a lone high surrogate, CESU-8 style (ill-formed UTF-8)
    "\xEF\xBF\xBD",      // U+FFFD, a lossy decoder's replacement
    "\xE2\x80\xA8",      // LINE SEPARATOR
    "</script><!--\"\"\"'''\\"};

std::string mixture() {
  std::string all = "苏州";
  for (const auto token : kHostile) all += token;
  return all;
}

/// Sixteen entities and sixteen relations whose every string is hostile; three names are
/// 10,000 characters of one hostile string (Raptor's writers are slow on long strings).
KnowledgeGraph worst_case_graph() {
  std::map<std::string, Entity> by_id;
  for (std::size_t i = 0; i < kHostile.size(); ++i) {
    Entity e;
    e.type = kAllEntityTypes[i % std::size(kAllEntityTypes)];
    std::string run;
    while (run.size() < 10000) run += kHostile[i];
    const bool long_name = i == 0 || i == 1 || i == 12;  // ", \ and a lone surrogate
    e.name = long_name ? run : mixture() + std::string(kHostile[i]);
    e.id = std::string(to_string(e.type)) + ":" + e.name;
    e.aliases = {std::string(kHostile[i]), mixture()};
    std::sort(e.aliases.begin(), e.aliases.end());
    e.mentions = {{mixture(), 3, 9, std::string(kHostile[i])}};
    e.attributes = {{"date", 0, "", mixture(), mixture()},
                    {"investment", 1e300, std::string(kHostile[i]), "", std::string(kHostile[i])}};
    e.confidence = 0.5;
    by_id.emplace(e.id, std::move(e));
  }
  BoostGraph g;
  for (auto& [id, e] : by_id) boost::add_vertex(std::move(e), g);
  const std::size_t n = boost::num_vertices(g);
  for (std::size_t i = 0; i < n; ++i) {
    Relation r;
    r.type = kAllRelationTypes[i % std::size(kAllRelationTypes)];
    r.title = mixture();
    r.doc = std::string(kHostile[i]) + ".txt";
    r.evidence = mixture() + std::string(kHostile[i]);
    r.confidence = 0.75;
    r.rule = std::string(kHostile[i]);
    boost::add_edge(i, (i + 1) % n, std::move(r), g);
  }
  return KnowledgeGraph(std::move(g));
}

/// Well-formed UTF-8 without NUL (what exporters keep unchanged); nlohmann's strict dump
/// is the UTF-8 validator.
bool is_clean_utf8(const std::string& text) {
  if (text.find('\0') != std::string::npos) return false;
  try {
    (void)nlohmann::json(text).dump();
    return true;
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

struct Check {
  std::string tool;
  std::string command;  ///< {} stands for the file
};

/// Runs `check` on `file`; its output goes to a log that a failure prints.
void expect_accepted(const Check& check, const std::filesystem::path& file,
                     const ScratchDir& scratch, const std::string& what) {
  const auto log = scratch / "tool.log";
  std::string command = check.command;
  command.replace(command.find("{}"), 2, shell_quote(file));
  const int status = run(command + " >/dev/null 2>" + shell_quote(log));
  const std::string messages = read_text(log);
  EXPECT_EQ(status, 0) << what << ": " << check.tool << " rejects " << file << ":\n"
                       << messages.substr(0, 2000);
  // rapper reports problems as "Error"/"Warning"; dot warns about bad UTF-8 and syntax.
  EXPECT_EQ(messages.find("Error"), std::string::npos) << what << ": " << messages.substr(0, 2000);
  EXPECT_EQ(messages.find("Warning"), std::string::npos)
      << what << ": " << messages.substr(0, 2000);
}

void check_every_format(const KnowledgeGraph& graph, const std::string& what) {
  for (const char* tool : {"rapper", "serdi", "dot"}) ASSERT_TRUE(tool_available(tool)) << tool;
  const ScratchDir scratch;
  const std::vector<std::pair<Format, std::vector<Check>>> formats = {
      {Format::Turtle,
       {{"rapper", "rapper -i turtle -c {}"}, {"serdi", "serdi -i turtle -o ntriples {}"}}},
      {Format::NTriples,
       {{"rapper", "rapper -i ntriples -c {}"}, {"serdi", "serdi -i ntriples -o ntriples {}"}}},
      {Format::NQuads,
       {{"rapper", "rapper -i nquads -c {}"}, {"serdi", "serdi -i nquads -o nquads {}"}}},
      {Format::Dot, {{"dot", "dot -Tsvg {}"}}},
  };
  for (const auto& [format, checks] : formats) {
    const auto file = scratch / ("graph." + std::string(format_name(format)));
    write_text(file, serialize(graph, format));
    for (const auto& check : checks) expect_accepted(check, file, scratch, what);
  }
  const std::string json = serialize(graph, Format::Json);
  ASSERT_TRUE(nlohmann::json::accept(json)) << what;
  // Names that were clean UTF-8 come back byte for byte.
  const auto parsed = nlohmann::json::parse(json);
  ASSERT_EQ(parsed.at("entities").size(), graph.entity_count()) << what;
  for (const auto v : boost::make_iterator_range(boost::vertices(graph.boost()))) {
    const Entity& e = graph.entity(v);
    if (!is_clean_utf8(e.name)) continue;
    bool found = false;
    for (const auto& j : parsed.at("entities")) found = found || j.at("name") == e.name;
    EXPECT_TRUE(found) << what << ": name lost: " << e.name.substr(0, 200);
  }
}

TEST(HostileExport, WorstCaseNamesParseEverywhere) {
  const KnowledgeGraph graph = worst_case_graph();
  ASSERT_GE(graph.entity_count(), 10u);
  ASSERT_GE(graph.relation_count(), 10u);
  std::size_t longest = 0;
  for (const auto v : boost::make_iterator_range(boost::vertices(graph.boost())))
    longest = std::max(longest, graph.entity(v).name.size());
  ASSERT_GE(longest, 10000u);
  check_every_format(graph, "worst case");
}

TEST(HostileExport, RandomGraphsParseEverywhere) {
  std::size_t entities = 0;
  std::size_t relations = 0;
  for (int seed = 1; seed <= kRandomGraphs; ++seed) {
    const auto bytes = hostile_bytes(static_cast<unsigned>(seed), 4096);
    const KnowledgeGraph graph = hostile::graph_from_bytes(bytes);
    entities += graph.entity_count();
    relations += graph.relation_count();
    check_every_format(graph, "seed " + std::to_string(seed));
    if (::testing::Test::HasFailure()) break;  // one failing graph says enough
  }
  // The generator really produces graphs, not empty ones.
  EXPECT_GE(entities, static_cast<std::size_t>(kRandomGraphs) * 2);
  EXPECT_GE(relations, static_cast<std::size_t>(kRandomGraphs));
}

}  // namespace
}  // namespace parkgraph::testing
