// io/demo_files' JSON readers (issue 11): text that is not UTF-8, and JSON syntax errors, are
// refused with the file, line and column.
#include "io/demo_files.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lct::io {
namespace {

TEST(DemoJson, TextThatIsNotUtf8NamesLineAndColumn) {
  const std::string json = "{\n  \"label\": \"Caf\xE9\"\n}\n";
  const auto meta = ReadOnsMetadata(json, "x.meta.json", "anything");
  ASSERT_FALSE(meta.ok());
  EXPECT_EQ(meta.error().location().file, "x.meta.json");
  EXPECT_EQ(meta.error().location().line, 2);
  EXPECT_EQ(meta.error().location().column, 16);
  EXPECT_NE(meta.error().message().find("not valid UTF-8"), std::string::npos);
}

TEST(DemoJson, SyntaxErrorsNameLineAndColumn) {
  const auto areas = ReadAreaHierarchy("[\n  {\"code\": \"E1\",}\n]\n", "areas.json");
  ASSERT_FALSE(areas.ok());
  EXPECT_EQ(areas.error().location().line, 2);
  EXPECT_GT(areas.error().location().column, 1);
  EXPECT_NE(areas.error().message().find("not valid JSON"), std::string::npos);
}

}  // namespace
}  // namespace lct::io
