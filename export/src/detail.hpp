// Private helpers shared by the serialisers of export/src. Not installed, not public API.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "parkgraph/export.hpp"

namespace parkgraph::detail {

// --- one entry point per format ------------------------------------------------
std::string serialize_rdf(const KnowledgeGraph& graph, Format format, const ExportOptions& options);
std::string serialize_json(const KnowledgeGraph& graph);
std::string serialize_dot(const KnowledgeGraph& graph);
std::string serialize_html(const KnowledgeGraph& graph);

// --- shared by several formats --------------------------------------------------

/// The export-contract document ({"entities": [...], "relations": [...]}), in stored order.
nlohmann::ordered_json graph_to_json(const KnowledgeGraph& graph);

/// `json` printed with indent 2 and UTF-8 kept as is; ExportError on invalid UTF-8.
std::string dump_json(const nlohmann::ordered_json& json, int indent = 2);

/// A JSON number that prints integral values as integers (11000000000, not 1.1e10).
nlohmann::ordered_json json_number(double value);

/// Shortest round-trip decimal without exponent ("11000000000", "0.85", "-2.5");
/// the lexical form of an xsd:decimal. Requires a finite value.
std::string format_decimal(double value);

/// Percent-encodes what may not appear verbatim in an IRI path segment: ASCII controls,
/// space, <>"{}|\^`, C1 controls, and %, # and ? (so that keys stay one segment and
/// decoding is unambiguous). Everything else, Chinese included, stays UTF-8.
std::string encode_iri_segment(std::string_view text);

/// Whether encode_iri_segment percent-encodes the byte `c` (outside C1 controls).
bool needs_percent_encoding(unsigned char c);

/// The part of an entity id after its type prefix ("Park:苏州工业园区" -> "苏州工业园区").
std::string_view id_key(const Entity& entity);

/// Lower-case type name used in IRIs ("park", "organization", ...).
std::string lower_type_name(EntityType type);

/// base_iri + "doc/" + encoded doc id.
std::string document_iri(std::string_view doc, const ExportOptions& options);

/// 64-bit FNV-1a; stable across platforms, used for deterministic node names.
std::uint64_t fnv1a64(std::string_view text);

/// Fill colour of each entity type, shared by DOT and HTML so both look alike.
std::string_view type_colour(EntityType type);

/// `text` with &, <, >, " and ' replaced by entities, for HTML/SVG text and attributes.
std::string escape_xml(std::string_view text);

}  // namespace parkgraph::detail
