// Input encodings: BOM sniffing, GB18030/GBK detection, named encodings through ICU, and the
// byte offset of the first invalid sequence in each.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

#include "parkgraph/encoding.hpp"

namespace parkgraph::testing {
namespace {

constexpr std::string_view kNews =
    "孝感高新区管委会主任龚瑞平表示，园区将继续推进光电子信息产业集群建设。"
    "湖北鸿拓国际集团投资十亿元的新材料项目落户孝感高新区。\n";

// `utf8` converted to `encoding` by ICU (the tests' own encoder, independent of decode_text).
std::string encode(std::string_view utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// The InputError `decode_text` throws, or a failure when it throws none.
std::optional<InputError> error_of(std::string_view bytes, std::string_view encoding = {}) {
  try {
    (void)decode_text(bytes, encoding);
  } catch (const InputError& e) {
    return e;
  }
  ADD_FAILURE() << "no InputError";
  return std::nullopt;
}

TEST(Encoding, Utf8IsPassedThrough) {
  const DecodedText d = decode_text(kNews);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, kNews);
}

TEST(Encoding, Utf8BomIsKept) {
  const std::string text = "\xEF\xBB\xBF" + std::string(kNews);
  const DecodedText d = decode_text(text);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, text);
}

TEST(Encoding, GbkIsDetected) {
  const std::string gbk = encode(kNews, "GBK");
  ASSERT_NE(gbk, kNews);
  const DecodedText d = decode_text(gbk);
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(d.utf8, kNews);
}

TEST(Encoding, ShortGb18030LineIsDetected) {
  const std::string_view line = "苏州工业园区位于江苏省苏州市。";
  const DecodedText d = decode_text(encode(line, "GB18030"));
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(d.utf8, line);
}

TEST(Encoding, GbkNamedExplicitly) {
  const DecodedText d = decode_text(encode(kNews, "GBK"), "GBK");
  EXPECT_EQ(d.utf8, kNews);
}

TEST(Encoding, Utf16WithBomBothByteOrders) {
  for (const char* order : {"UTF-16LE", "UTF-16BE"}) {
    const std::string bom = std::string(order) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
    const DecodedText d = decode_text(bom + encode(kNews, order));
    EXPECT_EQ(d.encoding, order);
    EXPECT_EQ(d.utf8, kNews) << order;
  }
}

// Characters outside the BMP (surrogate pairs in UTF-16) survive, also across the
// decoder's internal chunks.
TEST(Encoding, Utf16SurrogatePairsAcrossChunks) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += (i % 3 == 0) ? "𠀋" : "园";
  const DecodedText d = decode_text("\xFF\xFE" + encode(text, "UTF-16LE"));
  EXPECT_TRUE(d.utf8 == text);
}

TEST(Encoding, Utf16UnpairedSurrogateNamesItsByte) {
  // BOM, "园" (2 bytes), then a lone high surrogate D800 followed by "A".
  const std::string bytes = std::string("\xFF\xFE") + "\x6D\x56" + "\x00\xD8" + "A\x00";
  const auto error = error_of(bytes);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->byte_offset(), 4u) << error->what();
}

TEST(Encoding, Utf16OddLengthIsTruncated) {
  const std::string bytes = "\xFF\xFE" + encode("园区", "UTF-16LE") + "x";
  const auto error = error_of(bytes);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->byte_offset(), 6u) << error->what();
  EXPECT_NE(std::string(error->what()).find("byte 6"), std::string::npos);
}

TEST(Encoding, Utf16NulIsBinary) {
  const std::string bytes = "\xFF\xFE" + encode("园区", "UTF-16LE") + std::string("\0\0", 2);
  const auto error = error_of(bytes);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->byte_offset(), 6u) << error->what();
  EXPECT_NE(std::string(error->what()).find("NUL"), std::string::npos);
}

// Mostly UTF-8 with one broken sequence is damaged UTF-8, reported where it breaks,
// never silently read as GB18030 mojibake.
TEST(Encoding, TruncatedUtf8IsNotMistakenForGbk) {
  const std::string prefix = "成都高新区管委会";
  const auto error = error_of(prefix + "\xE6\x88" + "表示。\n");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->byte_offset(), prefix.size());
}

TEST(Encoding, InvalidGbkNamesItsByte) {
  const std::string good = encode("孝感高新区", "GBK");
  const auto error = error_of(good + "\x81\x20" + encode("管委会", "GBK"), "GBK");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->byte_offset(), good.size()) << error->what();
}

TEST(Encoding, NulInUtf8IsBinary) {
  const auto error = error_of(std::string("孝感\0高新区", 13));
  ASSERT_TRUE(error);
  EXPECT_EQ(error->byte_offset(), 6u);
  EXPECT_NE(std::string(error->what()).find("NUL"), std::string::npos);
}

TEST(Encoding, RandomBinaryIsRejected) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes += static_cast<char>((i * 7919 + 13) % 251 + 1);
  EXPECT_TRUE(error_of(bytes));
}

TEST(Encoding, UnknownEncodingName) {
  EXPECT_FALSE(is_known_encoding("no-such-charset"));
  EXPECT_TRUE(is_known_encoding("GBK"));
  EXPECT_TRUE(is_known_encoding("auto"));
  EXPECT_TRUE(error_of("abc", "no-such-charset"));
}

}  // namespace
}  // namespace parkgraph::testing
