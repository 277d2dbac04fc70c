#include <array>
#include <utility>

#include "parkgraph/types.hpp"

namespace parkgraph {
namespace {
constexpr std::array<std::pair<EntityType, std::string_view>, 6> kEntityNames{{
    {EntityType::Park, "Park"},
    {EntityType::Company, "Company"},
    {EntityType::Person, "Person"},
    {EntityType::Project, "Project"},
    {EntityType::Organization, "Organization"},
    {EntityType::Location, "Location"},
}};
constexpr std::array<std::pair<RelationType, std::string_view>, 5> kRelationNames{{
    {RelationType::LocatedIn, "locatedIn"},
    {RelationType::HoldsPosition, "holdsPosition"},
    {RelationType::InvestsIn, "investsIn"},
    {RelationType::PartOf, "partOf"},
    {RelationType::CooperatesWith, "cooperatesWith"},
}};
}  // namespace

std::string_view to_string(EntityType type) {
  for (const auto& [t, name] : kEntityNames) {
    if (t == type) return name;
  }
  return "Organization";
}

std::string_view to_string(RelationType type) {
  for (const auto& [t, name] : kRelationNames) {
    if (t == type) return name;
  }
  return "locatedIn";
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (const auto& [t, n] : kEntityNames) {
    if (n == name) return t;
  }
  return std::nullopt;
}

std::optional<RelationType> parse_relation_type(std::string_view name) {
  for (const auto& [t, n] : kRelationNames) {
    if (n == name) return t;
  }
  return std::nullopt;
}

}  // namespace parkgraph
