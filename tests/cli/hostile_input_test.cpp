// A directory of hostile inputs, made here: invalid UTF-8, NUL bytes, a 50 MB single line,
// GBK text, UTF-16 text, an empty file, a FIFO and a file that disappeared (a dangling
// link). Each gets its documented status in --report and on standard error, the run exits 1,
// and every fact of the readable documents is still in the output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>

#include <map>
#include <set>
#include <tuple>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using ::testing::HasSubstr;

// `utf8` converted by ICU to `encoding`.
std::string encode(std::string_view utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

using Facts = std::set<std::tuple<std::string, std::string, std::string, std::string>>;

// Every entity (id, "", "", doc of each mention) and relation (head, type, tail, doc).
Facts facts_of(const nlohmann::json& graph) {
  Facts facts;
  for (const auto& e : graph.at("entities")) {
    for (const auto& m : e.at("mentions")) facts.emplace(e.at("id"), "", "", m.at("doc"));
  }
  for (const auto& r : graph.at("relations")) {
    facts.emplace(r.at("head"), r.at("type"), r.at("tail"), r.at("doc"));
  }
  return facts;
}

// The --report lines by document file name; each line must be a JSON object.
std::multimap<std::string, nlohmann::json> report_by_document(const std::string& text) {
  std::multimap<std::string, nlohmann::json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const auto json = nlohmann::json::parse(line);
    lines.emplace(fs::path(json.at("document").get<std::string>()).filename().string(), json);
  }
  return lines;
}

class HostileInputs : public CliTest {
 protected:
  // The readable documents: two UTF-8 reports, one in GBK and one in UTF-16 with a BOM.
  void put_readable(const std::string& dir) {
    put(dir + "/good1.txt", kXiaoganReport);
    put(dir + "/good2.txt", std::string(kJingmenReport) + std::string(kZhuzhouFollowUp));
    put(dir + "/gbk.txt", encode(kZhuzhouReport, "GBK"));
    put(dir + "/utf16.txt", "\xFF\xFE" + encode(kSuzhouReport, "UTF-16LE"));
  }

  void put_hostile(const std::string& dir) {
    put(dir + "/invalid.txt", std::string("成都高新区") + "\xE6\x88" + "管委会表示。\n");
    put(dir + "/nul.txt", std::string("孝感高新区\0管委会", 25));
    put(dir + "/empty.txt", "");
    std::string line(50u << 20, 'a');  // 50 MB without a line break
    for (std::size_t i = 0; i < line.size(); i += 4096) line.replace(i, 3, "园");
    put(dir + "/huge.txt", line);
    ASSERT_EQ(::mkfifo((work() / dir / "pipe.txt").c_str(), 0644), 0);
    fs::create_symlink("removed-before-reading.txt", work() / dir / "gone.txt");
  }
};

TEST_F(HostileInputs, EachIsReportedAndNoFactOfTheOthersIsLost) {
  put_readable("clean");
  const RunResult clean = run({"build", "clean", "-o", "clean.json"});
  ASSERT_EQ(clean.exit_code, 0) << describe(clean);
  const auto clean_json = load_json(work() / "clean.json");
  ASSERT_TRUE(clean_json);
  // The GBK and UTF-16 documents were decoded: their people and companies are there.
  EXPECT_NE(find_entity(*clean_json, "Person", "沈建华"), nullptr) << clean_json->dump(1);
  EXPECT_NE(find_entity(*clean_json, "Company", "鸿拓国际集团"), nullptr);
  EXPECT_NE(find_entity(*clean_json, "Person", "龚瑞平"), nullptr);

  put_readable("mixed");
  put_hostile("mixed");
  const RunResult r = run({"build", "mixed", "-o", "out.json", "--report", "report.jsonl"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  const auto json = load_json(work() / "out.json");
  ASSERT_TRUE(json);
  const Facts expected = facts_of(*clean_json);
  const Facts got = facts_of(*json);
  ASSERT_GT(expected.size(), 20u);
  for (const auto& fact : expected) {
    EXPECT_TRUE(got.count(fact)) << "lost: " << std::get<0>(fact) << " " << std::get<1>(fact) << " "
                                 << std::get<2>(fact) << " in " << std::get<3>(fact);
  }
  EXPECT_EQ(got, expected) << "the hostile files added facts";

  const auto report = report_by_document(read_file(work() / "report.jsonl"));
  const std::map<std::string, std::pair<std::string, std::string>> documented = {
      {"good1.txt", {"ok", ""}},
      {"good2.txt", {"ok", ""}},
      {"gbk.txt", {"ok", ""}},
      {"utf16.txt", {"ok", ""}},
      {"invalid.txt", {"failed", "invalid UTF-8 at byte 15"}},
      {"nul.txt", {"failed", "NUL byte) at byte 15"}},
      {"empty.txt", {"failed", "empty"}},
      {"huge.txt", {"skipped", "52428800 bytes, over the limit"}},
      {"pipe.txt", {"failed", "not a regular file"}},
      {"gone.txt", {"failed", "cannot be read"}},
  };
  EXPECT_EQ(report.size(), documented.size()) << read_file(work() / "report.jsonl");
  for (const auto& [name, expectation] : documented) {
    const auto line = report.find(name);
    ASSERT_NE(line, report.end()) << name << " missing from the report";
    EXPECT_EQ(line->second.at("status"), expectation.first) << line->second.dump();
    EXPECT_THAT(line->second.at("message").get<std::string>(), HasSubstr(expectation.second));
    if (expectation.first != "ok") {
      EXPECT_THAT(r.err, HasSubstr(name)) << describe(r);
    }
  }
}

// A larger --max-doc-bytes reads a document the default skips; a smaller one skips a
// normal document. The limits are options, with defaults that leave news alone.
TEST_F(HostileInputs, DocumentSizeLimitIsAnOption) {
  put("news.txt", kXiaoganReport);
  const RunResult r = run(
      {"build", "news.txt", "-o", "out.json", "--max-doc-bytes", "40", "--report", "report.jsonl"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_THAT(read_file(work() / "report.jsonl"), HasSubstr(R"("status":"skipped")"));
  const RunResult normal = run({"build", "news.txt", "-o", "out.json", "--report", "ok.jsonl"});
  EXPECT_EQ(normal.exit_code, 0) << describe(normal);
  EXPECT_EQ(read_file(work() / "ok.jsonl"), R"({"document":"news.txt","status":"ok","message":""})"
                                            "\n");
}

// A name over --max-name-length is dropped with a warning line; the run still succeeds and
// keeps the other names.
TEST_F(HostileInputs, LongNamesAreDroppedAndReported) {
  put("news.txt", kXiaoganReport);
  const RunResult r = run({"build", "news.txt", "-o", "out.json", "--max-name-length", "4",
                           "--report", "report.jsonl"});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  const auto json = load_json(work() / "out.json");
  ASSERT_TRUE(json);
  EXPECT_EQ(find_entity(*json, "Park", "孝感高新区"), nullptr) << json->dump(1);
  EXPECT_NE(find_entity(*json, "Person", "龚瑞平"), nullptr) << json->dump(1);
  const std::string report = read_file(work() / "report.jsonl");
  EXPECT_THAT(report, HasSubstr(R"("status":"warning")"));
  EXPECT_THAT(report, HasSubstr("--max-name-length"));
}

// --encoding names the encoding of every input: GBK that detection would also find, and
// UTF-16LE without a BOM, which detection cannot know.
TEST_F(HostileInputs, EncodingCanBeNamed) {
  put("gbk.txt", encode(kXiaoganReport, "GBK"));
  put("utf16.txt", encode(kXiaoganReport, "UTF-16LE"));
  const RunResult gbk = run({"build", "gbk.txt", "-o", "gbk.json", "--encoding", "GBK"});
  EXPECT_EQ(gbk.exit_code, 0) << describe(gbk);
  const RunResult utf16 = run({"build", "utf16.txt", "-o", "utf16.json", "--encoding", "UTF-16LE"});
  EXPECT_EQ(utf16.exit_code, 0) << describe(utf16);
  for (const char* out : {"gbk.json", "utf16.json"}) {
    const auto json = load_json(work() / out);
    ASSERT_TRUE(json);
    EXPECT_NE(find_entity(*json, "Person", "龚瑞平"), nullptr) << out;
  }
  const RunResult unknown = run({"build", "gbk.txt", "-o", "x.json", "--encoding", "EBCDIC-X"});
  EXPECT_EQ(unknown.exit_code, 2) << describe(unknown);
  EXPECT_FALSE(fs::exists(work() / "x.json"));
}

}  // namespace
}  // namespace parkgraph::cli_testing
