// The streaming driver under hostile conditions: a file removed between listing and
// reading, a document over the size limit, and names over the length limit.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parkgraph/corpus.hpp"

namespace parkgraph::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kNews = "孝感高新区管委会主任龚瑞平表示，园区今年将新引进项目20个。\n";

class StreamLimits : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "parkgraph-stream-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    for (const char* name : {"a.txt", "b.txt", "c.txt"}) std::ofstream(dir_ / name) << kNews;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<DocumentResult> run(const StreamOptions& options,
                                  const std::function<void(const DocumentResult&)>& seen = {}) {
    std::istringstream no_stdin;
    auto stream = stream_arguments({dir_.string()}, no_stdin);
    std::vector<DocumentResult> results;
    extract_stream(extractor_, *stream, options, [&](DocumentResult&& r) {
      if (seen) seen(r);
      results.push_back(std::move(r));
    });
    return results;
  }

  const Extractor extractor_;
  fs::path dir_;
};

// The directory is listed first; c.txt is removed after a.txt is done, before it is read.
TEST_F(StreamLimits, FileRemovedBetweenListingAndReadingIsReported) {
  StreamOptions options;
  options.threads = 1;  // read in turn, so the removal surely comes first
  const auto results = run(options, [&](const DocumentResult& r) {
    if (r.doc == "a.txt") fs::remove(dir_ / "c.txt");
  });
  ASSERT_EQ(results.size(), 3u);
  EXPECT_TRUE(results[0].extraction && results[1].extraction);
  ASSERT_TRUE(results[2].problem);
  EXPECT_EQ(results[2].doc, "c.txt");
  EXPECT_NE(results[2].problem->message.find("cannot be read"), std::string::npos);
}

TEST_F(StreamLimits, DocumentOverTheSizeLimitIsSkippedUnread) {
  StreamOptions options;
  options.threads = 2;
  options.max_document_bytes = kNews.size() - 1;
  for (const auto& r : run(options)) {
    EXPECT_TRUE(r.skipped) << r.doc;
    EXPECT_FALSE(r.extraction);
    ASSERT_TRUE(r.problem);
    EXPECT_NE(r.problem->message.find("--max-doc-bytes"), std::string::npos);
  }
}

// Dropping the names longer than the limit keeps the facts' mention indices right.
TEST_F(StreamLimits, LongNamesAreDroppedWithTheirFacts) {
  StreamOptions options;
  options.threads = 1;
  const auto full = run(options);
  options.max_name_length = 4;  // drops 孝感高新区 (5) and 孝感高新区管委会 (8)
  const auto limited = run(options);
  ASSERT_EQ(full.size(), limited.size());
  const Extraction& before = *full[0].extraction;
  const Extraction& after = *limited[0].extraction;
  EXPECT_LT(after.mentions.size(), before.mentions.size());
  EXPECT_EQ(limited[0].warnings.size(), before.mentions.size() - after.mentions.size());
  for (const auto& m : after.mentions) EXPECT_LE(m.span.size(), 4u) << m.surface;
  bool person_kept = false;
  for (const auto& m : after.mentions) person_kept = person_kept || m.surface == "龚瑞平";
  EXPECT_TRUE(person_kept);
  for (const auto& f : after.facts) {
    ASSERT_LT(f.head, after.mentions.size());
    ASSERT_LT(f.tail, after.mentions.size());
  }
  for (const auto& a : after.attributes) ASSERT_LT(a.mention, after.mentions.size());
}

}  // namespace
}  // namespace parkgraph::testing
