#include "domain/network_definition.hpp"

#include <gtest/gtest.h>

namespace lct::domain {
namespace {

TEST(NumberFormat, IsNamedByAnExample) {
  for (const char* example : {"1,234.5", "1.234,5", "1 234,5", "1234.5", "1234,5"}) {
    const auto format = NumberFormatFromExample(example);
    ASSERT_TRUE(format.has_value()) << example;
    EXPECT_EQ(format->Example(), example);
  }
  EXPECT_FALSE(NumberFormatFromExample("1'234.5").has_value());
  EXPECT_FALSE(NumberFormatFromExample("").has_value());
}

TEST(NumberFormat, WritesNumbersInTheNetworksFormat) {
  const NumberFormat uk;
  const NumberFormat german = *NumberFormatFromExample("1.234,5");
  const NumberFormat french = *NumberFormatFromExample("1 234,5");
  EXPECT_EQ(FormatNumberText("1234567.25", uk), "1,234,567.25");
  EXPECT_EQ(FormatNumberText("-1234567.25", german), "-1.234.567,25");
  EXPECT_EQ(FormatNumberText("999", french), "999");
  EXPECT_EQ(FormatNumberText("1000", french), "1 000");
  EXPECT_EQ(FormatNumberText("0.5", german), "0,5");
  // Anything that is not a plain number is left alone.
  EXPECT_EQ(FormatNumberText("n/a", uk), "n/a");
  EXPECT_EQ(FormatNumberText("1e6", uk), "1e6");
  EXPECT_EQ(FormatNumberText("12.", uk), "12.");
  EXPECT_EQ(FormatNumberText("-", uk), "-");
}

TEST(LanguageTag, AcceptsCommonTagsOnly) {
  for (const char* tag : {"en", "cy", "en-GB", "fr-CA", "zh-Hant-TW", "es-419"}) {
    EXPECT_TRUE(IsLanguageTag(tag)) << tag;
  }
  for (const char* tag : {"", "e", "english", "en_GB", "en-", "-en", "en--GB", "en-GB!"}) {
    EXPECT_FALSE(IsLanguageTag(tag)) << tag;
  }
}

}  // namespace
}  // namespace lct::domain
