// Language knowledge is data: lexicons load from files and change what is recognised.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include "extract_test_support.hpp"
#include "parkgraph/ontology.hpp"

namespace parkgraph::testing {
namespace {

// Every lexicon the recognisers rely on is embedded and not empty.
TEST(OntologyData, EmbeddedLexiconsArePresent) {
  const Ontology o = Ontology::embedded();
  for (const std::string name :
       {"provinces", "cities", "counties", "national_hitech_zones", "national_zones", "surnames",
        "titles", "org_suffixes", "company_suffixes", "park_suffixes", "location_suffixes",
        "stopwords", "triggers", "word_classes", "units", "park_forms", "line_markers"}) {
    EXPECT_FALSE(o.lexicon(name).empty()) << name;
  }
  EXPECT_EQ(o.lexicon("provinces").size(), 34u);
}

// Comments and blank lines are skipped; fields split on tabs.
TEST(OntologyData, ParsesTabSeparatedLines) {
  const auto entries = Ontology::parse("# comment\n\n湖南省\t湖南\n  \n北京市\t北京\textra\n");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].key(), "湖南省");
  EXPECT_EQ(entries[0].field(1), "湖南");
  EXPECT_EQ(entries[1].field(2), "extra");
  EXPECT_EQ(entries[1].field(5), "");
}

// Writes the embedded lexicons into `dir`, one file each, to be changed by a test.
void write_embedded_lexicons(const std::filesystem::path& dir) {
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const Ontology base = Ontology::embedded();
  for (const auto& name : base.names()) {
    std::ofstream out(dir / (name + ".txt"));
    for (const auto& e : base.lexicon(name)) {
      for (std::size_t i = 0; i < e.fields.size(); ++i) out << (i ? "\t" : "") << e.fields[i];
      out << "\n";
    }
  }
}

// A new park suffix is one line in a file: with it, a new kind of park is recognised.
TEST(OntologyData, ANewParkSuffixLineChangesRecognition) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "parkgraph-ontology-test";
  write_embedded_lexicons(dir);
  const std::string text = "近日，星湖数智岛正式开园。";
  const Extractor before(std::make_shared<const Ontology>(Ontology::from_directory(dir)));
  EXPECT_FALSE(has_entity(before.extract("t", text), EntityType::Park, "星湖数智岛"));
  std::ofstream(dir / "park_suffixes.txt", std::ios::app) << "数智岛\tpark\n";
  const Extractor after(std::make_shared<const Ontology>(Ontology::from_directory(dir)));
  EXPECT_TRUE(has_entity(after.extract("t", text), EntityType::Park, "星湖数智岛"));
  std::filesystem::remove_all(dir);
}

// Page furniture is data too: a new line marker (a hotline line) keeps that line's names
// out of the graph.
TEST(OntologyData, ANewLineMarkerMakesALineFurniture) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "parkgraph-ontology-markers-test";
  write_embedded_lexicons(dir);
  const std::string text =
      "长沙高新区推进项目建设。\n服务专线:长沙高新区管委会招商局 0731-88886666\n";
  const Extractor before(std::make_shared<const Ontology>(Ontology::from_directory(dir)));
  EXPECT_TRUE(
      has_entity(before.extract("t", text), EntityType::Organization, "长沙高新区管委会招商局"));
  std::ofstream(dir / "line_markers.txt", std::ios::app) << "服务专线\tfurniture\n";
  const Extractor after(std::make_shared<const Ontology>(Ontology::from_directory(dir)));
  const Extraction ex = after.extract("t", text);
  EXPECT_FALSE(has_entity(ex, EntityType::Organization, "长沙高新区管委会招商局")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "长沙高新区")) << dump(ex);
  std::filesystem::remove_all(dir);
}

// The message compiling the embedded lexicons with `line` appended to `lexicon` fails with,
// or nothing when it compiles.
std::optional<std::string> error_with_line(const std::string& lexicon, const std::string& line) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("parkgraph-ontology-" + lexicon + "-test");
  write_embedded_lexicons(dir);
  std::ofstream(dir / (lexicon + ".txt"), std::ios::app) << line << "\n";
  std::optional<std::string> error;
  try {
    const Extractor extractor(std::make_shared<const Ontology>(Ontology::from_directory(dir)));
  } catch (const std::runtime_error& e) {
    error = e.what();
  }
  std::filesystem::remove_all(dir);
  return error;
}

// A closed class the rules do not know is a mistake in the data, named when the ontology
// is compiled rather than ignored; so is a unit whose factor is no positive number.
TEST(OntologyData, BadClassesAndUnitsAreNamed) {
  const auto unknown_class = error_with_line("word_classes", "仟\tnumerals");
  ASSERT_TRUE(unknown_class.has_value()) << "an unknown class was accepted";
  EXPECT_NE(unknown_class->find("numerals"), std::string::npos) << *unknown_class;
  const auto bad_unit = error_with_line("units", "万美元\tlots\tUSD");
  ASSERT_TRUE(bad_unit.has_value()) << "a unit without a factor was accepted";
  EXPECT_NE(bad_unit->find("万美元"), std::string::npos) << *bad_unit;
  EXPECT_FALSE(error_with_line("units", "万美元\t1e4\tUSD").has_value());
}

// A missing ontology directory is an error that names it.
TEST(OntologyData, MissingDirectoryIsNamed) {
  try {
    (void)Ontology::from_directory("/nonexistent/parkgraph-lexicons");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/parkgraph-lexicons"), std::string::npos);
  }
}

}  // namespace
}  // namespace parkgraph::testing
