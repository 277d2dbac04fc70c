// GraphQuery on a synthetic park-company graph of 1,000,000 entities and 5,000,000 relations
// (and betweenness on one of 100,000 entities), shaped like the real one: provinces and
// cities, parks located in cities, companies located in parks, officials holding positions,
// projects invested in and located in parks, and cooperation between random companies.
//
//   BM_FindByAlias       GraphQuery::find of a random company's short name (exact)
//   BM_FindNormalised    GraphQuery::find_normalised of a random name in full-width digits
//   BM_TwoHop            GraphQuery::k_hop(random company, 2)
//   BM_ShortestPath      GraphQuery::shortest_path between two random companies
//   BM_Degree100k        degree_centrality over the 100,000-entity graph
//   BM_Betweenness10k    betweenness_centrality (Brandes) over a 10,000-entity graph
//   BM_Betweenness100k   betweenness_centrality (Brandes) over the 100,000-entity graph
//
// Each lookup benchmark times every query on its own and reports the median and the 90th
// percentile in microseconds (median_us, p90_us), besides Google Benchmark's mean.
//
//   build/bench/bench_query --benchmark_filter='Find|TwoHop|Path'
//   build/bench/bench_query --benchmark_filter=100k
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "parkgraph/query.hpp"

namespace {

using parkgraph::BoostGraph;
using parkgraph::EntityType;
using parkgraph::RelationType;
using parkgraph::Vertex;

struct Shape {
  std::size_t entities;
  std::size_t relations;
};

struct Synthetic {
  parkgraph::KnowledgeGraph graph;
  std::vector<Vertex> companies;
  std::vector<std::string> short_names;  ///< per company, its alias
};

std::string number(std::size_t n) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%07zu", n);
  return buffer;
}

Synthetic make_graph(Shape shape) {
  std::mt19937_64 random(20240705);
  const std::size_t n = shape.entities;
  const std::size_t provinces = 34, cities = n / 1000, parks = n / 100, persons = n / 12,
                    projects = n / 17;
  const std::size_t companies = n - provinces - cities - parks - persons - projects;
  BoostGraph g;
  Synthetic out;
  const auto add = [&](EntityType type, const std::string& prefix, std::size_t i) {
    parkgraph::Entity e;
    e.type = type;
    e.id = std::string(parkgraph::to_string(type)) + "/" + prefix + number(i);
    e.name = prefix + number(i);
    e.confidence = 0.5 + 0.5 * static_cast<double>(i % 10) / 10;
    return boost::add_vertex(std::move(e), g);
  };
  std::vector<Vertex> province, city, park, company;
  for (std::size_t i = 0; i < provinces; ++i)
    province.push_back(add(EntityType::Location, "省", i));
  for (std::size_t i = 0; i < cities; ++i) city.push_back(add(EntityType::Location, "市", i));
  for (std::size_t i = 0; i < parks; ++i) park.push_back(add(EntityType::Park, "高新区", i));
  for (std::size_t i = 0; i < companies; ++i) {
    const Vertex v = add(EntityType::Company, "企业", i);
    g[v].name += "科技有限公司";
    g[v].aliases = {"企业" + number(i)};
    company.push_back(v);
  }
  const auto pick = [&](const std::vector<Vertex>& from) { return from[random() % from.size()]; };
  const auto relate = [&](Vertex h, RelationType type, Vertex t) {
    parkgraph::Relation r;
    r.type = type;
    r.confidence = 0.8;
    boost::add_edge(h, t, std::move(r), g);
  };
  for (const Vertex c : city) relate(c, RelationType::LocatedIn, pick(province));
  for (const Vertex p : park) relate(p, RelationType::LocatedIn, pick(city));
  for (const Vertex c : company) relate(c, RelationType::LocatedIn, pick(park));
  for (std::size_t i = 0; i < persons; ++i) {
    const Vertex person = add(EntityType::Person, "人", i);
    relate(person, RelationType::HoldsPosition, i % 2 ? pick(park) : pick(company));
  }
  for (std::size_t i = 0; i < projects; ++i) {
    const Vertex project = add(EntityType::Project, "项目", i);
    relate(pick(company), RelationType::InvestsIn, project);
    relate(project, RelationType::LocatedIn, pick(park));
  }
  while (boost::num_edges(g) < shape.relations) {
    relate(pick(company), RelationType::CooperatesWith, pick(company));
  }
  for (const Vertex c : company) out.short_names.push_back(g[c].aliases.front());
  out.companies = std::move(company);
  out.graph = parkgraph::KnowledgeGraph(std::move(g));
  return out;
}

/// Built once per process, on first use; the 1M graph takes a while and a few GB.
const Synthetic& big() {
  static const Synthetic graph = [] {
    const auto start = std::chrono::steady_clock::now();
    Synthetic s = make_graph({1'000'000, 5'000'000});
    std::cerr << "synthetic graph: " << s.graph.entity_count() << " entities, "
              << s.graph.relation_count() << " relations in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
              << " s\n";
    return s;
  }();
  return graph;
}

const parkgraph::GraphQuery& big_query() {
  static const parkgraph::GraphQuery query = [] {
    const auto start = std::chrono::steady_clock::now();
    parkgraph::GraphQuery q(big().graph);
    std::cerr << "GraphQuery index: "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
              << " s\n";
    return q;
  }();
  return query;
}

const Synthetic& small() {
  static const Synthetic graph = make_graph({100'000, 500'000});
  return graph;
}

/// Times `query(i)` for i = 0, 1, ... once per benchmark iteration and reports the median
/// and 90th percentile of the single-query times.
template <typename Query>
void time_each(benchmark::State& state, Query query) {
  std::vector<double> micros;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(query(i++));
    micros.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::ranges::sort(micros);
  if (micros.empty()) return;
  state.counters["median_us"] = micros[micros.size() / 2];
  state.counters["p90_us"] = micros[micros.size() * 9 / 10];
}

void BM_FindByAlias(benchmark::State& state) {
  const auto& s = big();
  const auto& q = big_query();
  std::mt19937_64 random(1);
  time_each(state, [&](std::size_t) {
    return q.find(s.short_names[random() % s.short_names.size()]).size();
  });
}

void BM_FindNormalised(benchmark::State& state) {
  const auto& s = big();
  const auto& q = big_query();
  std::mt19937_64 random(2);
  time_each(state, [&](std::size_t) {
    // Full-width digits (０-９) and a space: only the normalised index finds them.
    std::string name = "企业 ";
    for (const char c : s.short_names[random() % s.short_names.size()].substr(6)) {
      name += "\xEF\xBC";
      name += static_cast<char>(0x90 + (c - '0'));
    }
    return q.find_normalised(name).size();
  });
}

void BM_TwoHop(benchmark::State& state) {
  const auto& s = big();
  const auto& q = big_query();
  std::mt19937_64 random(3);
  std::size_t reached = 0;
  time_each(state, [&](std::size_t) {
    const auto sub = q.k_hop(s.companies[random() % s.companies.size()], 2);
    reached += sub.vertices.size();
    return sub.edges.size();
  });
  state.counters["entities"] =
      benchmark::Counter(static_cast<double>(reached), benchmark::Counter::kAvgIterations);
}

void BM_ShortestPath(benchmark::State& state) {
  const auto& s = big();
  const auto& q = big_query();
  std::mt19937_64 random(4);
  std::size_t length = 0;
  time_each(state, [&](std::size_t) {
    const auto path = q.shortest_path(s.companies[random() % s.companies.size()],
                                      s.companies[random() % s.companies.size()]);
    length += path ? path->edges.size() : 0;
    return path.has_value();
  });
  state.counters["length"] =
      benchmark::Counter(static_cast<double>(length), benchmark::Counter::kAvgIterations);
}

void BM_Degree100k(benchmark::State& state) {
  const parkgraph::GraphQuery q(small().graph);
  for (auto _ : state) benchmark::DoNotOptimize(q.degree_centrality());
  state.counters["entities"] = static_cast<double>(small().graph.entity_count());
}

const Synthetic& tiny() {
  static const Synthetic graph = make_graph({10'000, 50'000});
  return graph;
}

void BM_Betweenness10k(benchmark::State& state) {
  const parkgraph::GraphQuery q(tiny().graph);
  for (auto _ : state) benchmark::DoNotOptimize(q.betweenness_centrality());
  state.counters["entities"] = static_cast<double>(tiny().graph.entity_count());
  state.counters["relations"] = static_cast<double>(tiny().graph.relation_count());
}

void BM_Betweenness100k(benchmark::State& state) {
  const parkgraph::GraphQuery q(small().graph);
  for (auto _ : state) benchmark::DoNotOptimize(q.betweenness_centrality());
  state.counters["entities"] = static_cast<double>(small().graph.entity_count());
  state.counters["relations"] = static_cast<double>(small().graph.relation_count());
}

BENCHMARK(BM_FindByAlias)->Iterations(20000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FindNormalised)->Iterations(20000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_TwoHop)->Iterations(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ShortestPath)->Iterations(500)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Degree100k)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Betweenness10k)->Iterations(1)->Unit(benchmark::kSecond);
BENCHMARK(BM_Betweenness100k)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace
