// Shared by the export tests: a small hand-built knowledge graph, a scratch directory,
// and helpers to run external validators.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "parkgraph/graph.hpp"

namespace parkgraph::testing {

inline constexpr std::string_view kDocA = "001_suzhou.txt";
inline constexpr std::string_view kDocB = "002 合作.txt";  // a space: must be encoded in IRIs
// A quote and a backslash: both need escaping in DOT, JSON, RDF and IRIs.
inline constexpr std::string_view kCompanyId = "Company:星海\"光电\"\\科技有限公司";
inline constexpr std::string_view kCompanyName = "星海\"光电\"\\科技有限公司";
inline constexpr std::string_view kTitle = "董事长兼总经理";
// Evidence that would end an HTML <script> element if embedded carelessly.
inline constexpr std::string_view kTrickyEvidence =
    "中国科学院与苏州大学签署合作协议</script><!--。";

inline Entity make_entity(std::string id, EntityType type, std::string name,
                          std::vector<MentionRef> mentions, double confidence) {
  Entity entity;
  entity.id = std::move(id);
  entity.type = type;
  entity.name = std::move(name);
  entity.mentions = std::move(mentions);
  entity.confidence = confidence;
  return entity;
}

inline Relation make_relation(RelationType type, std::string_view doc, std::size_t start,
                              std::size_t end, std::string evidence, std::string title = "") {
  Relation relation;
  relation.type = type;
  relation.title = std::move(title);
  relation.doc = std::string(doc);
  relation.sentence_start = start;
  relation.sentence_end = end;
  relation.evidence = std::move(evidence);
  relation.confidence = 0.75;
  relation.rule = "test-rule";
  return relation;
}

/// Seven entities of all six types, seven relations from two documents. Vertices are
/// added in id order and edges in (head id, type, tail id, doc) order, as the builder does.
inline KnowledgeGraph sample_graph() {
  const std::string a(kDocA);
  const std::string b(kDocB);
  BoostGraph g;

  Entity company =
      make_entity(std::string(kCompanyId), EntityType::Company, std::string(kCompanyName),
                  {{a, 10, 21, std::string(kCompanyName)}, {b, 0, 4, "星海光电"}}, 0.9);
  company.aliases = {"星海光电"};
  const Vertex v_company = boost::add_vertex(company, g);

  const Vertex v_city = boost::add_vertex(
      make_entity("Location:苏州市", EntityType::Location, "苏州市", {{a, 0, 3, "苏州市"}}, 1.0),
      g);

  Entity cas = make_entity("Organization:中国科学院", EntityType::Organization, "中国科学院",
                           {{b, 20, 25, "中国科学院"}, {b, 40, 43, "中科院"}}, 0.95);
  cas.aliases = {"中科院"};
  const Vertex v_cas = boost::add_vertex(cas, g);

  const Vertex v_university =
      boost::add_vertex(make_entity("Organization:苏州大学", EntityType::Organization, "苏州大学",
                                    {{b, 26, 30, "苏州大学"}}, 0.95),
                        g);

  Entity park = make_entity("Park:苏州工业园区", EntityType::Park, "苏州工业园区",
                            {{a, 3, 9, "苏州工业园区"}, {b, 12, 14, "园区"}}, 0.99);
  park.aliases = {"园区"};
  park.attributes = {{"area", 278000000, "m2", "", a},
                     {"enterpriseCount", 1200, "count", "", a},
                     {"date", 0, "", "2024-07-05", a}};
  const Vertex v_park = boost::add_vertex(park, g);

  const Vertex v_person = boost::add_vertex(
      make_entity("Person:张伟", EntityType::Person, "张伟", {{a, 30, 32, "张伟"}}, 0.85), g);

  Entity project = make_entity("Project:星海光电总部项目", EntityType::Project, "星海光电总部项目",
                               {{b, 5, 13, "星海光电总部项目"}}, 0.8);
  project.attributes = {{"investment", 11000000000.0, "CNY", "", b}, {"area", 150.5, "mu", "", b}};
  const Vertex v_project = boost::add_vertex(project, g);

  const std::string sentence_a =
      "苏州市苏州工业园区内的星海光电科技有限公司董事长兼总经理张伟表示。";
  const std::string sentence_b = "星海光电总部项目落户园区，总投资110亿元。";
  boost::add_edge(v_company, v_park, make_relation(RelationType::LocatedIn, a, 0, 33, sentence_a),
                  g);
  boost::add_edge(v_company, v_project,
                  make_relation(RelationType::InvestsIn, b, 0, 21, sentence_b), g);
  boost::add_edge(
      v_cas, v_university,
      make_relation(RelationType::CooperatesWith, b, 20, 44, std::string(kTrickyEvidence)), g);
  boost::add_edge(v_park, v_city, make_relation(RelationType::LocatedIn, a, 0, 33, sentence_a), g);
  boost::add_edge(v_park, v_city,
                  make_relation(RelationType::LocatedIn, b, 50, 60, "园区位于苏州市。"), g);
  boost::add_edge(
      v_person, v_company,
      make_relation(RelationType::HoldsPosition, a, 0, 33, sentence_a, std::string(kTitle)), g);
  boost::add_edge(v_project, v_park, make_relation(RelationType::LocatedIn, b, 0, 21, sentence_b),
                  g);
  return KnowledgeGraph(std::move(g));
}

inline constexpr std::size_t kSampleEntities = 7;
inline constexpr std::size_t kSampleRelations = 7;
inline constexpr std::size_t kSampleDistinctTriples = 6;  // park locatedIn city is in both docs
inline constexpr std::size_t kSampleMentions = 10;

/// A fresh directory under the system temp directory, removed with everything in it.
class ScratchDir {
 public:
  ScratchDir() {
    std::random_device seed;
    path_ = std::filesystem::temp_directory_path() /
            ("parkgraph-export-test-" + std::to_string(seed()) + std::to_string(seed()));
    std::filesystem::create_directories(path_);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path operator/(std::string_view name) const {
    return path_ / name;
  }

 private:
  std::filesystem::path path_;
};

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void write_text(const std::filesystem::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

inline bool tool_available(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

/// Runs `command` through the shell and returns its exit status (-1 if it did not exit).
inline int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// `path` single-quoted for the shell.
inline std::string shell_quote(const std::filesystem::path& path) {
  std::string quoted = "'";
  for (const char c : path.string()) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

inline std::size_t count_occurrences(std::string_view text, std::string_view needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

}  // namespace parkgraph::testing
