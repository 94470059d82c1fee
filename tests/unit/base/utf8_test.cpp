#include "base/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lct {
namespace {

TEST(Utf8, WellFormedTextPasses) {
  EXPECT_TRUE(IsUtf8(""));
  EXPECT_TRUE(IsUtf8("plain ASCII"));
  EXPECT_TRUE(IsUtf8(std::string("with \0 NUL", 10)));
  EXPECT_TRUE(IsUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));   // é € 😀
  EXPECT_TRUE(IsUtf8("\xED\x9F\xBF \xEE\x80\x80 \xF4\x8F\xBF\xBF"));  // U+D7FF U+E000 U+10FFFF
}

TEST(Utf8, NamesTheFirstIllFormedByte) {
  EXPECT_EQ(FirstInvalidUtf8Byte("ab\xFF"), 2u);
  EXPECT_EQ(FirstInvalidUtf8Byte("a\xC3"), 1u);             // truncated
  EXPECT_EQ(FirstInvalidUtf8Byte("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(FirstInvalidUtf8Byte("\xE0\x80\xAF"), 0u);      // overlong
  EXPECT_EQ(FirstInvalidUtf8Byte("x\xED\xA0\x80"), 1u);     // surrogate U+D800
  EXPECT_EQ(FirstInvalidUtf8Byte("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FirstInvalidUtf8Byte("\xC3\xA9\x80"), 2u);      // lone continuation byte
  EXPECT_EQ(FirstInvalidUtf8Byte("\xE2\x82 x"), 0u);        // bad continuation
  EXPECT_EQ(FirstInvalidUtf8Byte("\xF5\x80\x80\x80"), 0u);  // no such lead byte
}

}  // namespace
}  // namespace lct
