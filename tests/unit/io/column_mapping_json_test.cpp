#include "io/column_mapping_json.hpp"

#include <gtest/gtest.h>

namespace lct::io {
namespace {

TEST(ColumnMappingJson, ReadsBackWhatItWrites) {
  ColumnMapping mapping;
  mapping.layout = CsvLayout::kWide;
  mapping.place = "code";
  mapping.value = "v";
  mapping.note = "n\"ote";
  mapping.fixed_indicator = "museums";
  mapping.ignore = {"name", "région"};
  const auto back = ColumnMappingFromJson(ColumnMappingToJson(mapping));
  ASSERT_TRUE(back.ok()) << back.error().ToString();
  EXPECT_EQ(*back, mapping);
}

TEST(ColumnMappingJson, MissingMembersAndUnknownLayoutTakeTheirDefaults) {
  const auto mapping = ColumnMappingFromJson(R"({"layout": "sideways", "place": "p"})");
  ASSERT_TRUE(mapping.ok()) << mapping.error().ToString();
  EXPECT_EQ(mapping->layout, CsvLayout::kAuto);
  EXPECT_EQ(mapping->place, "p");
  EXPECT_TRUE(mapping->ignore.empty());
}

TEST(ColumnMappingJson, TextThatIsNotAJsonObjectIsAnError) {
  for (const char* text : {"", "[1]", "\"text\"", "{\"a\":", "{\"a\":\"\xff\"}"}) {
    const auto mapping = ColumnMappingFromJson(text);
    ASSERT_FALSE(mapping.ok()) << text;
    EXPECT_EQ(mapping.error().code(), ErrorCode::kInvalidArgument);
  }
}

// Issue 11 (found by fuzzing): a member of another type threw nlohmann's type_error.
TEST(ColumnMappingJson, AMemberThatIsNotTextIsAnError) {
  for (const char* text : {R"({"place": {"a": 1}})", R"({"layout": 3})", R"({"ignore": "name"})",
                           R"({"ignore": ["name", 7]})"}) {
    const auto mapping = ColumnMappingFromJson(text);
    ASSERT_FALSE(mapping.ok()) << text;
    EXPECT_EQ(mapping.error().code(), ErrorCode::kInvalidArgument) << text;
  }
}

}  // namespace
}  // namespace lct::io
