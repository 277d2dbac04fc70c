// Value types shared by every layer: entity and relation kinds, spans, mentions, facts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parkgraph {

/// The six entity types of the gold guidelines.
enum class EntityType : std::uint8_t { Park, Company, Person, Project, Organization, Location };

/// The five relation types of the gold guidelines.
enum class RelationType : std::uint8_t {
  LocatedIn,
  HoldsPosition,
  InvestsIn,
  PartOf,
  CooperatesWith
};

inline constexpr EntityType kAllEntityTypes[] = {EntityType::Park,         EntityType::Company,
                                                 EntityType::Person,       EntityType::Project,
                                                 EntityType::Organization, EntityType::Location};
inline constexpr RelationType kAllRelationTypes[] = {
    RelationType::LocatedIn, RelationType::HoldsPosition, RelationType::InvestsIn,
    RelationType::PartOf, RelationType::CooperatesWith};

/// Names exactly as the export contract spells them ("Park", "locatedIn", ...).
std::string_view to_string(EntityType type);
std::string_view to_string(RelationType type);
std::optional<EntityType> parse_entity_type(std::string_view name);
std::optional<RelationType> parse_relation_type(std::string_view name);

/// Half-open range [begin, end) of Unicode code points.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] std::size_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

/// One occurrence of an entity name in one document.
struct Mention {
  EntityType type = EntityType::Organization;
  std::string surface;   ///< normalised (NFKC, Simplified) UTF-8 text
  std::string original;  ///< the same span as written in the input
  std::string key;       ///< canonical name: mentions of one type with one key are one entity
  Span span;             ///< code points into the original document text
  double confidence = 0.0;
  std::string rule;  ///< which recogniser produced it
};

/// A relation between two mentions of the same document, with its evidence.
struct Fact {
  std::size_t head = 0;  ///< index into Extraction::mentions
  std::size_t tail = 0;  ///< index into Extraction::mentions
  RelationType type = RelationType::LocatedIn;
  std::string title;     ///< holdsPosition only: the whole title chain
  Span sentence;         ///< code points into the original document text
  std::string evidence;  ///< the normalised sentence text
  double confidence = 0.0;
  std::string rule;
};

/// A numeric fact about a mention: investment, area, output value, a date.
struct Attribute {
  std::size_t mention = 0;  ///< index into Extraction::mentions
  std::string name;         ///< "investment", "area", "outputValue", "enterpriseCount", "date"
  double value = 0.0;       ///< yuan, square metres, mu, count; unused for dates
  std::string unit;         ///< "CNY", "m2", "mu", "count", or "" for dates
  std::string literal;      ///< ISO date (2024-07-05) for dates, else the surface text
  Span span;                ///< where the number was read
};

/// Everything extracted from one document.
struct Extraction {
  std::string doc;  ///< document identifier (file name)
  std::vector<Mention> mentions;
  std::vector<Fact> facts;
  std::vector<Attribute> attributes;
  std::vector<Span> sentences;  ///< every sentence, code points into the original text
};

}  // namespace parkgraph
