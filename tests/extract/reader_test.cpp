// Reading a page: decoding, normalisation and offsets into the text as written.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_test_support.hpp"

namespace parkgraph::testing {
namespace {

// Invalid UTF-8 is reported with the byte offset where decoding stopped.
TEST(Reader, InvalidUtf8NamesTheByteOffset) {
  const std::string text = "合肥高新区\xE6\x88";  // a truncated three-byte sequence at byte 15
  try {
    (void)run(text);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.byte_offset(), 15u);
    EXPECT_NE(std::string(e.what()).find("15"), std::string::npos);
  }
}

// A NUL byte marks binary data, not text.
TEST(Reader, BinaryDataIsRejected) {
  const std::string text("abc\0def", 7);
  EXPECT_THROW((void)run(text), InputError);
}

// An empty text gives an empty extraction, not an error.
TEST(Reader, EmptyTextGivesNothing) {
  const Extraction ex = run("");
  EXPECT_TRUE(ex.mentions.empty());
  EXPECT_TRUE(ex.facts.empty());
}

// Full-width digits and letters are folded by NFKC; offsets stay in the original code points.
TEST(Reader, FullWidthFormsAreFoldedAndOffsetsKept) {
  const std::string text =
      "\xEF\xBB\xBF据悉，ＡＢＣ科技落户合肥高新区。";  // BOM, full-width comma and letters
  const Extraction ex = run(text);
  const Mention* park = find_mention(ex, "合肥高新区");
  ASSERT_NE(park, nullptr) << dump(ex);
  // BOM(1) 据悉(2) ，(1) ＡＢＣ(3) 科技(2) 落户(2) = 11 code points before the park.
  EXPECT_EQ(park->span.begin, 11u);
  EXPECT_EQ(park->span.end, 16u);
}

// Traditional characters are read as Simplified; the original surface is kept.
TEST(Reader, TraditionalIsConvertedToSimplified) {
  const Extraction ex = run("隨州高新區管委會召開工作會議。");
  const Mention* park = find_mention(ex, "随州高新区");
  ASSERT_NE(park, nullptr) << dump(ex);
  EXPECT_EQ(park->original, "隨州高新區");
}

// A word the page layout broke across lines (合\n\n肥市) is re-joined; its span covers the break.
TEST(Reader, WordsBrokenByLayoutAreRejoined) {
  const std::string text =
      "今年以来，这家企业的产值持续增长，已经提前完成合\n\n肥市下达的年度任务的百分之八十以上。\n";
  const Extraction ex = run(text);
  const Mention* city = find_mention(ex, "合肥市");
  ASSERT_NE(city, nullptr) << dump(ex);
  EXPECT_EQ(city->original, "合\n\n肥市");
}

// A short line cut inside a word (苏州工业园区综合保税 / 区…) is a fragment, not a heading:
// ICU reads a word across the break. A real heading before a paragraph stays one.
TEST(Reader, ShortLineCutInsideAWordIsRejoined) {
  const std::string text =
      "园区简讯\n\n苏州工业园区综合保\n\n税区位于江苏省苏州市东部，2006年经国务院批准设立，"
      "是全国首批综合保税区之一。\n";
  const Extraction ex = run(text);
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "苏州工业园区综合保税区")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "园区简讯")) << dump(ex);
}

// Credits name persons as bylines do: a photographer after a caption (。　柯远　摄) and the
// desk's editor line (责任编辑：罗文静), phone number and all.
TEST(Reader, CaptionCreditsAndEditorLinesNamePersons) {
  const std::string text =
      "图为项目开工仪式现场。\u3000柯远\u3000摄\n\n责任编辑：罗文静\u3000电话：0551-65123456\n";
  const Extraction ex = run(text);
  EXPECT_TRUE(has_entity(ex, EntityType::Person, "柯远")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Person, "罗文静")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "电话")) << dump(ex);
}

// Padded names: a two-character name set to the width of three with an ideographic space
// (王　磊) is one name, in a byline, an inline byline and a photographer's credit; its
// offsets still cover the padding in the original. A letter-spaced three-character name or
// a space after a whole word is no padding.
TEST(Reader, IdeographicSpacePaddingInsideNamesIsDropped) {
  const std::string text =
      "▶ 本报记者 王\u3000磊 通讯员 欧阳明远\n\n"
      "本报讯（记者 邵\u3000玲）近日，株洲高新区举行项目签约仪式。\n\n"
      "图为签约仪式现场。\u3000严\u3000彬\u3000摄\n";
  const Extraction ex = run(text);
  for (const std::string name : {"王磊", "欧阳明远", "邵玲", "严彬"}) {
    EXPECT_TRUE(has_entity(ex, EntityType::Person, name)) << name << "\n" << dump(ex);
  }
  const Mention* reporter = find_mention(ex, "王磊");
  ASSERT_NE(reporter, nullptr);
  EXPECT_EQ(reporter->original, "王\u3000磊");
  EXPECT_FALSE(has_any_entity(ex, "严彬摄")) << dump(ex);
}

// On a credit line, a name after the credit needs no surname from the list (纳兰, 达瓦 are
// not in it); the credit words themselves (校对) are no names.
TEST(Reader, CreditedNamesNeedNoListedSurname) {
  const std::string text =
      "园区新闻\n▶ 本报记者 达瓦次仁\n\n株洲高新区召开年度工作会议。\n\n"
      "责任编辑：纳兰若\u3000\u3000校对：马文静\n";
  const Extraction ex = run(text);
  EXPECT_TRUE(has_entity(ex, EntityType::Person, "达瓦次仁")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Person, "纳兰若")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Person, "马文静")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "校对")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "园区新闻")) << dump(ex);
}

// A credit in brackets is a byline of its own: the names after it need no listed surname
// (央宗, 达瓦), padded or not; words after a title in running text still do.
TEST(Reader, CreditedNamesInBracketsNeedNoListedSurname) {
  const Extraction ex =
      run("本报讯（记者 央\u3000宗 通讯员 达瓦）9月3日，拉萨经开区召开党建工作会议。"
          "会上，公司总经理 表态发言。");
  EXPECT_TRUE(has_entity(ex, EntityType::Person, "央宗")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Person, "达瓦")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "表态发言")) << dump(ex);
}

// A caption's opening 图为 is no part of the name after it.
TEST(Reader, CaptionOpenerIsNoPartOfAName) {
  const Extraction ex = run("图为鹿鸣工业区疫苗项目开工现场。\u3000云\u3000霞\u3000摄\n");
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "鹿鸣工业区")) << dump(ex);
  for (const auto& m : ex.mentions) {
    EXPECT_EQ(m.surface.find("图为"), std::string::npos) << dump(ex);
  }
}

// The same bytes give the same extraction.
TEST(Reader, ExtractionIsDeterministic) {
  const std::string text = "株洲高新区党工委书记李建国表示，园区将加快发展。";
  const Extraction a = run(text);
  const Extraction b = run(text);
  ASSERT_EQ(a.mentions.size(), b.mentions.size());
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    EXPECT_EQ(a.mentions[i].surface, b.mentions[i].surface);
    EXPECT_EQ(a.mentions[i].span, b.mentions[i].span);
  }
  EXPECT_EQ(a.facts.size(), b.facts.size());
}

// A page that lost its full stops (a table, a long list set off only by commas) is still cut
// into sentences of bounded length, so evidence quotes a clause run, not the whole page.
TEST(Reader, TextWithoutFullStopsIsCutIntoBoundedSentences) {
  const std::vector<std::string> brands = {"星河", "长风", "瑞康", "华越", "中科", "天宇",
                                           "远望", "博达", "金桥", "海纳", "新锐", "恒信"};
  std::string text;
  for (int round = 0; round < 20; ++round) {
    for (const auto& brand : brands) text += brand + "微电子有限公司落户合肥高新区，";
  }
  const Extraction ex = run(text);
  ASSERT_GT(ex.sentences.size(), 1u);
  for (const Span& sentence : ex.sentences) EXPECT_LE(sentence.size(), 1000u);
  ASSERT_FALSE(ex.facts.empty()) << dump(ex);
  for (const Fact& fact : ex.facts) EXPECT_LE(fact.sentence.size(), 1000u);
  EXPECT_TRUE(has_entity(ex, EntityType::Company, "星河微电子有限公司")) << dump(ex);
  // Every cut falls after a comma, so every sentence opens with a whole company name.
  std::size_t starting_with_a_name = 0;
  for (const Span& sentence : ex.sentences) {
    for (const Mention& m : ex.mentions) {
      if (m.span.begin == sentence.begin && m.type == EntityType::Company) ++starting_with_a_name;
    }
  }
  EXPECT_EQ(starting_with_a_name, ex.sentences.size()) << dump(ex);
}

}  // namespace
}  // namespace parkgraph::testing
