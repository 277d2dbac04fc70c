// GraphQuery on a small graph built here: look-ups, neighbours, containment, k hops,
// shortest paths, components, centrality and filters.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "parkgraph/query.hpp"

namespace parkgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

struct EntitySpec {
  const char* id;
  EntityType type;
  const char* name;
  std::vector<std::string> aliases;
  double confidence = 0.9;
};

struct EdgeSpec {
  const char* head;
  RelationType type;
  const char* tail;
  double confidence = 0.8;
};

/// A graph with vertices sorted by id and edges by (head, type, tail), as build_graph makes.
KnowledgeGraph make_graph(std::vector<EntitySpec> entities, std::vector<EdgeSpec> edges) {
  std::ranges::sort(entities, [](const auto& a, const auto& b) {
    return std::string_view(a.id) < std::string_view(b.id);
  });
  std::ranges::sort(edges, [](const EdgeSpec& a, const EdgeSpec& b) {
    return std::tuple(std::string_view(a.head), a.type, std::string_view(a.tail)) <
           std::tuple(std::string_view(b.head), b.type, std::string_view(b.tail));
  });
  BoostGraph g;
  std::map<std::string, Vertex> at;
  for (const auto& spec : entities) {
    Entity e;
    e.id = spec.id;
    e.type = spec.type;
    e.name = spec.name;
    e.aliases = spec.aliases;
    e.confidence = spec.confidence;
    at[spec.id] = boost::add_vertex(e, g);
  }
  for (const auto& spec : edges) {
    Relation r;
    r.type = spec.type;
    r.confidence = spec.confidence;
    r.doc = "doc.txt";
    r.evidence = std::string(spec.head) + " " + spec.tail;
    boost::add_edge(at.at(spec.head), at.at(spec.tail), r, g);
  }
  return KnowledgeGraph(std::move(g));
}

using enum EntityType;
using enum RelationType;

/// 湖北省 <- 襄阳市 <- 襄阳高新区 <- 东津园 (partOf) <- 甲公司 -investsIn-> 电池项目;
/// 乙公司 locatedIn 襄阳高新区 and cooperates (weakly) with 甲公司; 张三 holds a position in
/// the park. Apart from them: 丙公司 cooperates with 丁研究院.
KnowledgeGraph sample() {
  return make_graph(
      {{"location/湖北省", Location, "湖北省", {}},
       {"location/襄阳市", Location, "襄阳市", {}},
       {"park/襄阳高新区", Park, "襄阳高新区", {"襄阳市高新区", "襄阳高新技术产业开发区"}},
       {"park/东津园", Park, "东津园", {}},
       {"company/甲", Company, "甲科技有限公司", {"甲科技"}},
       {"company/乙", Company, "乙集团", {}, 0.6},
       {"company/丙", Company, "丙公司", {}},
       {"organization/丁", Organization, "丁研究院", {}},
       {"person/张三", Person, "张三", {}},
       {"project/电池", Project, "电池项目", {}}},
      {{"location/襄阳市", LocatedIn, "location/湖北省"},
       {"park/襄阳高新区", LocatedIn, "location/襄阳市"},
       {"park/东津园", PartOf, "park/襄阳高新区"},
       {"company/甲", LocatedIn, "park/东津园"},
       {"company/甲", InvestsIn, "project/电池"},
       {"company/乙", LocatedIn, "park/襄阳高新区"},
       {"company/乙", CooperatesWith, "company/甲", 0.4},
       {"person/张三", HoldsPosition, "park/襄阳高新区"},
       {"company/丙", CooperatesWith, "organization/丁"}});
}

class Query : public ::testing::Test {
 protected:
  const KnowledgeGraph graph_ = sample();
  const GraphQuery query_{graph_};

  [[nodiscard]] Vertex v(std::string_view id) const { return *graph_.find_by_id(id); }
  [[nodiscard]] std::vector<std::string> names(const std::vector<Vertex>& vertices) const {
    std::vector<std::string> out;
    for (const Vertex u : vertices) out.push_back(graph_.entity(u).name);
    return out;
  }
  [[nodiscard]] std::vector<std::string> names(const std::vector<Reached>& reached) const {
    std::vector<std::string> out;
    for (const auto& r : reached)
      out.push_back(graph_.entity(r.vertex).name + "@" + std::to_string(r.depth));
    return out;
  }
};

TEST_F(Query, FindsByNameAndAliasExactly) {
  EXPECT_THAT(names(query_.find("襄阳高新区")), ElementsAre("襄阳高新区"));
  EXPECT_THAT(names(query_.find("襄阳高新技术产业开发区")), ElementsAre("襄阳高新区"));
  EXPECT_THAT(names(query_.find("甲科技")), ElementsAre("甲科技有限公司"));
  EXPECT_TRUE(query_.find("襄陽高新區").empty());
  EXPECT_TRUE(query_.find("襄阳").empty());
}

TEST_F(Query, FindsNormalisedNames) {
  // Traditional characters, full-width letters and spaces, punctuation.
  EXPECT_THAT(names(query_.find_normalised("襄陽高新區")), ElementsAre("襄阳高新区"));
  EXPECT_THAT(names(query_.find_normalised(" 甲 科技・")), ElementsAre("甲科技有限公司"));
  EXPECT_EQ(normalise_name("ＳＵＮ 科技"), normalise_name("sun科技"));
  EXPECT_TRUE(query_.find_normalised("乙").empty());
}

TEST_F(Query, ResolvesIdsNamesAndNormalisedNames) {
  EXPECT_EQ(query_.resolve("company/乙"), v("company/乙"));
  EXPECT_EQ(query_.resolve("襄阳市高新区"), v("park/襄阳高新区"));
  EXPECT_EQ(query_.resolve("襄陽市高新區"), v("park/襄阳高新区"));
  EXPECT_EQ(query_.resolve("无此实体"), std::nullopt);
}

TEST_F(Query, ListsNeighboursByDirectionAndRelationType) {
  const Vertex park = v("park/襄阳高新区");
  const auto others = [&](const std::vector<Hop>& hops) {
    std::vector<std::string> out;
    for (const Hop& h : hops)
      out.push_back((h.outgoing ? "->" : "<-") + graph_.entity(h.other).name);
    return out;
  };
  EXPECT_THAT(others(query_.neighbours(park, Direction::Out)), ElementsAre("->襄阳市"));
  EXPECT_THAT(others(query_.neighbours(park, Direction::In)),
              UnorderedElementsAre("<-东津园", "<-乙集团", "<-张三"));
  EXPECT_EQ(query_.neighbours(park, Direction::Both).size(), 4U);
  Filter located;
  located.relations = {LocatedIn};
  EXPECT_THAT(others(query_.neighbours(park, Direction::Both, located)),
              UnorderedElementsAre("->襄阳市", "<-乙集团"));
  Filter people;
  people.types = {Person};
  EXPECT_THAT(others(query_.neighbours(park, Direction::In, people)), ElementsAre("<-张三"));
}

TEST_F(Query, FollowsLocatedInAndPartOfTransitively) {
  EXPECT_THAT(names(query_.containment(v("company/甲"), Direction::Out)),
              ElementsAre("东津园@1", "襄阳高新区@2", "襄阳市@3", "湖北省@4"));
  EXPECT_THAT(names(query_.containment(v("location/襄阳市"), Direction::In)),
              ElementsAre("襄阳高新区@1", "乙集团@2", "东津园@2", "甲科技有限公司@3"));
  Filter only_located;
  only_located.relations = {LocatedIn};  // partOf no longer leads from 东津园 to the park
  EXPECT_THAT(names(query_.containment(v("company/甲"), Direction::Out, only_located)),
              ElementsAre("东津园@1"));
}

TEST_F(Query, CollectsTheKHopNeighbourhood) {
  const Vertex person = v("person/张三");
  const Subgraph one = query_.k_hop(person, 1);
  EXPECT_THAT(names(one.vertices), UnorderedElementsAre("张三", "襄阳高新区"));
  EXPECT_EQ(one.edges.size(), 1U);
  const Subgraph two = query_.k_hop(person, 2);
  EXPECT_THAT(names(two.vertices),
              UnorderedElementsAre("张三", "襄阳高新区", "襄阳市", "东津园", "乙集团"));
  EXPECT_EQ(two.edges.size(), 4U);
  EXPECT_TRUE(std::ranges::is_sorted(two.vertices));
  Filter no_companies;
  no_companies.types = {Park, Person, Location};
  EXPECT_EQ(query_.k_hop(person, 5, no_companies).vertices.size(), 5U);  // + 湖北省, - 乙集团
  EXPECT_THAT(names(query_.k_hop(person, 0).vertices), ElementsAre("张三"));
}

TEST_F(Query, FindsAShortestPathIgnoringDirection) {
  const auto path = query_.shortest_path(v("person/张三"), v("project/电池"));
  ASSERT_TRUE(path.has_value());
  ASSERT_EQ(path->edges.size(), 4U);  // 张三 - 高新区 - (东津园 | 乙集团) - 甲 - 电池
  ASSERT_EQ(path->vertices.size(), 5U);
  EXPECT_EQ(path->vertices.front(), v("person/张三"));
  EXPECT_EQ(path->vertices.back(), v("project/电池"));
  const BoostGraph& g = graph_.boost();
  for (std::size_t i = 0; i < path->edges.size(); ++i) {
    const std::pair<Vertex, Vertex> ends =
        std::minmax(boost::source(path->edges[i], g), boost::target(path->edges[i], g));
    const std::pair<Vertex, Vertex> steps = std::minmax(path->vertices[i], path->vertices[i + 1]);
    EXPECT_EQ(ends, steps) << "edge " << i;
  }
  // Without the weak cooperation the chain must go through 东津园.
  Filter confident;
  confident.min_confidence = 0.5;
  const auto strict = query_.shortest_path(v("company/乙"), v("company/甲"), confident);
  ASSERT_TRUE(strict.has_value());
  EXPECT_THAT(names(strict->vertices),
              ElementsAre("乙集团", "襄阳高新区", "东津园", "甲科技有限公司"));
  EXPECT_EQ(query_.shortest_path(v("company/乙"), v("company/甲"))->edges.size(), 1U);
}

TEST_F(Query, ReportsNoPathBetweenComponents) {
  EXPECT_EQ(query_.shortest_path(v("company/甲"), v("company/丙")), std::nullopt);
  const auto self = query_.shortest_path(v("company/甲"), v("company/甲"));
  ASSERT_TRUE(self.has_value());
  EXPECT_TRUE(self->edges.empty());
}

TEST_F(Query, SplitsConnectedComponents) {
  const Components all = query_.connected_components();
  EXPECT_EQ(all.count, 2U);
  EXPECT_THAT(all.sizes, ElementsAre(2U, 8U));  // numbered by first vertex: company/丙 first
  EXPECT_EQ(all.component[v("company/丙")], all.component[v("organization/丁")]);
  EXPECT_NE(all.component[v("company/丙")], all.component[v("company/甲")]);
  Filter no_parks;
  no_parks.types = {Company, Person, Project, Organization, Location};
  const Components cut = query_.connected_components(no_parks);
  EXPECT_EQ(cut.component[v("park/襄阳高新区")], Components::npos);
  EXPECT_EQ(cut.count, 4U);  // {丙,丁} {甲,乙,电池} {张三} {襄阳市,湖北省}
}

TEST_F(Query, ComputesDegreeAndBetweenness) {
  const auto degree = query_.degree_centrality();
  EXPECT_EQ(degree[v("park/襄阳高新区")], 4.0);
  EXPECT_EQ(degree[v("company/甲")], 3.0);
  EXPECT_EQ(degree[v("location/湖北省")], 1.0);
  Filter located;
  located.relations = {LocatedIn};
  EXPECT_EQ(query_.degree_centrality(located)[v("park/襄阳高新区")], 2.0);

  const auto betweenness = query_.betweenness_centrality();
  const auto most = std::ranges::max_element(betweenness) - betweenness.begin();
  EXPECT_EQ(static_cast<Vertex>(most), v("park/襄阳高新区"));
  EXPECT_EQ(betweenness[v("location/湖北省")], 0.0);
  EXPECT_EQ(betweenness[v("company/丙")], 0.0);
  // 襄阳市 lies on every path from 湖北省 to the 6 others of its component.
  EXPECT_DOUBLE_EQ(betweenness[v("location/襄阳市")], 6.0);
}

TEST_F(Query, SelectsByTypeAndConfidence) {
  Filter companies;
  companies.types = {Company};
  EXPECT_THAT(names(query_.select(companies)), ElementsAre("丙公司", "乙集团", "甲科技有限公司"));
  companies.min_confidence = 0.7;
  EXPECT_THAT(names(query_.select(companies)), ElementsAre("丙公司", "甲科技有限公司"));
}

TEST_F(Query, ExtractsASubgraphAsAGraph) {
  const KnowledgeGraph sub = query_.extract(query_.k_hop(v("person/张三"), 2));
  EXPECT_EQ(sub.entity_count(), 5U);
  EXPECT_EQ(sub.relation_count(), 4U);
  ASSERT_TRUE(sub.find_by_id("park/襄阳高新区").has_value());
  EXPECT_EQ(sub.entity(*sub.find_by_id("park/襄阳高新区")).aliases.size(), 2U);
}

TEST(QueryBetweenness, MiddleOfAChainCarriesOnePath) {
  const KnowledgeGraph chain =
      make_graph({{"company/a", Company, "a", {}},
                  {"company/b", Company, "b", {}},
                  {"company/c", Company, "c", {}}},
                 {{"company/a", CooperatesWith, "company/b"},
                  {"company/b", CooperatesWith, "company/c"},
                  {"company/c", CooperatesWith, "company/b"}});  // the same pair twice counts once
  const GraphQuery query(chain);
  EXPECT_THAT(query.betweenness_centrality(), ElementsAre(0.0, 1.0, 0.0));
  EXPECT_THAT(query.degree_centrality(), ElementsAre(1.0, 3.0, 2.0));
}

TEST(QueryEmpty, AnswersOnAnEmptyGraph) {
  const KnowledgeGraph empty;
  const GraphQuery query(empty);
  EXPECT_TRUE(query.find("x").empty());
  EXPECT_EQ(query.connected_components().count, 0U);
  EXPECT_TRUE(query.betweenness_centrality().empty());
}

}  // namespace
}  // namespace parkgraph
