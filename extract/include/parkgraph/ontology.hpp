// Language knowledge as data: the lexicons under ontology/lexicon/, loaded from the
// copy embedded at build time or from a directory the user names.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace parkgraph {

/// One line of a lexicon file: tab-separated fields, the first being the key.
struct LexiconEntry {
  std::vector<std::string> fields;
  [[nodiscard]] const std::string& key() const { return fields.front(); }
  /// Field `i`, or "" when the line has fewer fields.
  [[nodiscard]] std::string_view field(std::size_t i) const;
};

/// All lexicons by name (the file stem: "surnames", "titles", "park_suffixes", ...).
class Ontology {
 public:
  /// The lexicons compiled into the library from ontology/lexicon/ at build time.
  static Ontology embedded();
  /// Every *.txt under `directory`; throws std::runtime_error naming a file that cannot be read.
  static Ontology from_directory(const std::filesystem::path& directory);
  /// Parses one lexicon text: '#' starts a comment line, blank lines are skipped.
  static std::vector<LexiconEntry> parse(std::string_view text);

  void add(std::string name, std::vector<LexiconEntry> entries);
  /// The named lexicon, or an empty list when there is none.
  [[nodiscard]] const std::vector<LexiconEntry>& lexicon(std::string_view name) const;
  [[nodiscard]] std::vector<std::string> names() const;

 private:
  std::map<std::string, std::vector<LexiconEntry>, std::less<>> lexicons_;
};

}  // namespace parkgraph
