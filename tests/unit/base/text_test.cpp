#include "base/text.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace lct::text {
namespace {

using namespace std::string_literals;

TEST(FindInvalidUtf8, AcceptsWellFormedText) {
  for (const std::string& s :
       {""s, "plain ASCII"s, "caf\xC3\xA9"s, "\xE2\x82\xAC 5"s, "\xF0\x9F\x8E\x93 learning"s,
        "\xEF\xBB\xBFwith a byte-order mark"s, "nul \0 inside"s, "\xF4\x8F\xBF\xBF"s,
        "\xED\x9F\xBF"s, std::string(100, 'a') + "\xC3\xA9" + std::string(100, 'b')}) {
    EXPECT_FALSE(FindInvalidUtf8(s).has_value()) << s;
    EXPECT_TRUE(IsValidUtf8(s));
  }
}

TEST(FindInvalidUtf8, GivesTheOffsetWhereTheFirstBadSequenceStarts) {
  const struct {
    std::string text;
    std::size_t offset;
  } cases[] = {
      {"t\xFF", 1},                         // the probe of issue 11: name=t%FF
      {"\x80", 0},                          // a continuation byte with no lead
      {"ab\xC3", 2},                        // truncated at the end
      {"ab\xC3(", 2},                       // lead byte followed by ASCII
      {"\xC0\xAF", 0},                      // overlong '/'
      {"\xC1\xBF", 0},                      // overlong
      {"x\xE0\x80\xAF", 1},                 // overlong three-byte form
      {"\xED\xA0\x80", 0},                  // a UTF-16 surrogate
      {"\xF0\x80\x80\xAF", 0},              // overlong four-byte form
      {"\xF4\x90\x80\x80", 0},              // above U+10FFFF
      {"\xF5\x80\x80\x80", 0},              // never a lead byte
      {std::string(20, 'a') + "\xFE", 20},  // after the eight-byte fast path
      {"caf\xC3\xA9 \xE9t\xE9", 6},         // Latin-1 after valid UTF-8
  };
  for (const auto& c : cases) {
    const auto found = FindInvalidUtf8(c.text);
    ASSERT_TRUE(found.has_value()) << c.text;
    EXPECT_EQ(*found, c.offset) << c.text;
  }
}

TEST(Utf8Problem, NamesTheByteAndItsPositionWithoutQuotingTheText) {
  EXPECT_FALSE(Utf8Problem("fine").has_value());
  EXPECT_EQ(Utf8Problem("t\xFF").value(), "is not valid UTF-8 (byte 0xFF at position 2)");
  const std::string message = Utf8Problem("\xC3(").value();
  EXPECT_TRUE(IsValidUtf8(message));
  EXPECT_NE(message.find("0xC3"), std::string::npos);
}

TEST(PositionOf, CountsLinesAndCharactersFromOne) {
  const std::string text = "a: 1\nname: caf\xC3\xA9 \xFF\n";
  const auto bad = FindInvalidUtf8(text);
  ASSERT_TRUE(bad.has_value());
  const TextPosition at = PositionOf(text, *bad);
  EXPECT_EQ(at.line, 2);
  EXPECT_EQ(at.column, 12);  // "name: café " is 11 characters
  EXPECT_EQ(PositionOf(text, 0).line, 1);
  EXPECT_EQ(PositionOf(text, 0).column, 1);
  EXPECT_EQ(PositionOf("ab", 99).column, 3);
}

TEST(CheckUtf8File, PlacesTheFirstBadByteAtItsLineAndColumn) {
  EXPECT_TRUE(CheckUtf8File("id: x\ntitle: caf\xC3\xA9\n", "f.yaml").ok());
  const Status bad = CheckUtf8File("id: x\ntitle: caf\xC3\xA9 \xE9t\xE9\n", "f.yaml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(bad.error().location().line, 2);
  EXPECT_EQ(bad.error().location().column, 13);
  EXPECT_EQ(bad.error().ToString(),
            "f.yaml:2:13: text is not valid UTF-8 (byte 0xE9): save the file as UTF-8");
}

TEST(Trim, RemovesAsciiWhitespaceOnly) {
  EXPECT_EQ(Trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim(" \t "), "");
  EXPECT_EQ(Trim("\xC2\xA0x\xC2\xA0"), "\xC2\xA0x\xC2\xA0");  // no-break space is not ASCII
}

TEST(AsciiLower, FoldsOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Multipart/Form-DATA; X=Y"), "multipart/form-data; x=y");
  EXPECT_EQ(AsciiLower("\xC3\x89T\xC3\x89"), "\xC3\x89t\xC3\x89");  // ÉTÉ keeps its É
  EXPECT_TRUE(EqualsIgnoreAsciiCase("Content-Type", "content-type"));
  EXPECT_FALSE(EqualsIgnoreAsciiCase("Content-Type", "content-typ"));
  EXPECT_FALSE(EqualsIgnoreAsciiCase("a", "b"));
}

}  // namespace
}  // namespace lct::text

namespace lct::text {
namespace {

TEST(PercentEncodeTest, EscapesExactlyTheBytesTheCallerNames) {
  const auto not_alnum = [](unsigned char c) { return std::isalnum(c) == 0; };
  EXPECT_EQ(PercentEncode("a b/é", not_alnum), "a%20b%2F%C3%A9");
  EXPECT_EQ(PercentEncode("", not_alnum), "");
  const auto controls = [](unsigned char c) { return c < 0x20; };
  EXPECT_EQ(PercentEncode(std::string_view("x\ny\0", 4), controls), "x%0Ay%00");
}

}  // namespace
}  // namespace lct::text
