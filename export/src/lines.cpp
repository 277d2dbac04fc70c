#include "parkgraph/lines.hpp"

#include <nlohmann/json.hpp>

#include <string_view>

#include "parkgraph/resolve.hpp"

namespace parkgraph {
namespace {

using nlohmann::json;

json span_json(const Span& span) {
  return json::array({span.begin, span.end});
}

std::string mention_id(const Mention& m) {
  return entity_id(m.type, m.key);
}

json mention_line(const Extraction& ex, std::size_t index) {
  const Mention& m = ex.mentions[index];
  return {{"doc", ex.doc},
          {"kind", "mention"},
          {"index", index},
          {"id", mention_id(m)},
          {"type", to_string(m.type)},
          {"surface", m.surface},
          {"original", m.original},
          {"key", m.key},
          {"span", span_json(m.span)},
          {"confidence", m.confidence},
          {"rule", m.rule}};
}

json attribute_line(const Extraction& ex, const Attribute& a) {
  return {{"doc", ex.doc},
          {"kind", "attribute"},
          {"mention", a.mention},
          {"id", mention_id(ex.mentions[a.mention])},
          {"name", a.name},
          {"value", a.value},
          {"unit", a.unit},
          {"literal", a.literal},
          {"span", span_json(a.span)}};
}

json relation_line(const Extraction& ex, const Fact& f) {
  return {{"doc", ex.doc},
          {"kind", "relation"},
          {"type", to_string(f.type)},
          {"head", f.head},
          {"tail", f.tail},
          {"head_id", mention_id(ex.mentions[f.head])},
          {"tail_id", mention_id(ex.mentions[f.tail])},
          {"title", f.title},
          {"sentence", span_json(f.sentence)},
          {"evidence", f.evidence},
          {"confidence", f.confidence},
          {"rule", f.rule}};
}

Span span_of(const json& value) {
  const auto& pair = value.get_ref<const json::array_t&>();
  if (pair.size() != 2) throw std::runtime_error("a span is [begin, end]");
  return {pair[0].get<std::size_t>(), pair[1].get<std::size_t>()};
}

template <typename T>
std::optional<T> parsed(std::optional<T> value, std::string_view what, std::string_view name) {
  if (!value)
    throw std::runtime_error("unknown " + std::string(what) + " '" + std::string(name) + "'");
  return value;
}

void add_record(const json& line, Extraction& ex) {
  const std::string kind = line.at("kind").get<std::string>();
  if (kind == "mention") {
    const auto index = line.at("index").get<std::size_t>();
    if (index != ex.mentions.size()) throw std::runtime_error("mention out of order");
    const std::string type = line.at("type").get<std::string>();
    Mention m;
    m.type = *parsed(parse_entity_type(type), "entity type", type);
    m.surface = line.at("surface").get<std::string>();
    m.original = line.at("original").get<std::string>();
    m.key = line.at("key").get<std::string>();
    m.span = span_of(line.at("span"));
    m.confidence = line.at("confidence").get<double>();
    m.rule = line.at("rule").get<std::string>();
    ex.mentions.push_back(std::move(m));
  } else if (kind == "attribute") {
    Attribute a;
    a.mention = line.at("mention").get<std::size_t>();
    if (a.mention >= ex.mentions.size())
      throw std::runtime_error("attribute of an unknown mention");
    a.name = line.at("name").get<std::string>();
    a.value = line.at("value").get<double>();
    a.unit = line.at("unit").get<std::string>();
    a.literal = line.at("literal").get<std::string>();
    a.span = span_of(line.at("span"));
    ex.attributes.push_back(std::move(a));
  } else if (kind == "relation") {
    Fact f;
    const std::string type = line.at("type").get<std::string>();
    f.type = *parsed(parse_relation_type(type), "relation type", type);
    f.head = line.at("head").get<std::size_t>();
    f.tail = line.at("tail").get<std::size_t>();
    if (f.head >= ex.mentions.size() || f.tail >= ex.mentions.size())
      throw std::runtime_error("relation of an unknown mention");
    f.title = line.at("title").get<std::string>();
    f.sentence = span_of(line.at("sentence"));
    f.evidence = line.at("evidence").get<std::string>();
    f.confidence = line.at("confidence").get<double>();
    f.rule = line.at("rule").get<std::string>();
    ex.facts.push_back(std::move(f));
  } else {
    throw std::runtime_error("unknown kind '" + kind + "'");
  }
}

}  // namespace

std::string extraction_to_json_lines(const Extraction& ex) {
  std::string out;
  auto append = [&out](const json& line) {
    out += line.dump(-1, ' ', false, json::error_handler_t::replace);
    out += '\n';
  };
  for (std::size_t i = 0; i < ex.mentions.size(); ++i) append(mention_line(ex, i));
  for (const auto& a : ex.attributes) append(attribute_line(ex, a));
  for (const auto& f : ex.facts) append(relation_line(ex, f));
  return out;
}

std::string extraction_to_rdf_lines(const Extraction& extraction, Format format,
                                    const ExportOptions& options) {
  if (format != Format::NTriples && format != Format::NQuads)
    throw ExportError("line RDF is N-Triples or N-Quads");
  GraphBuilder builder;
  builder.add(extraction);
  return serialize(std::move(builder).finish(), format, options);
}

ExtractionLineReader::ExtractionLineReader(std::istream& in, std::string source)
    : in_(in), source_(std::move(source)) {}

std::optional<Extraction> ExtractionLineReader::next(std::vector<LineProblem>& problems) {
  while (!finished_ && read_record(problems)) {
  }
  if (finished_) {
    std::optional<Extraction> done = std::move(finished_);
    finished_.reset();
    return done;
  }
  std::optional<Extraction> last = std::move(current_);
  current_.reset();
  return last;
}

// Reads one line into the current document; a line of another document finishes it.
// Returns false at the end of the input.
bool ExtractionLineReader::read_record(std::vector<LineProblem>& problems) {
  std::string text;
  if (!std::getline(in_, text)) return false;
  ++line_number_;
  if (text.find_first_not_of(" \t\r") == std::string::npos) return true;
  const std::string where = source_ + ":" + std::to_string(line_number_);
  const json line = json::parse(text, nullptr, false);
  if (line.is_discarded() || !line.is_object()) {
    problems.push_back({where, "not a JSON object"});
    return true;
  }
  try {
    const std::string doc = line.at("doc").get<std::string>();
    if (current_ && current_->doc != doc) {
      finished_ = std::move(current_);
      current_.reset();
    }
    if (!current_) {
      current_.emplace();
      current_->doc = doc;
    }
    add_record(line, *current_);
  } catch (const std::exception& e) {
    problems.push_back({where, e.what()});
  }
  return true;
}

}  // namespace parkgraph
