#include "io/csv_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace lct::io {
namespace {

std::vector<CsvRow> ReadAll(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in, "test.csv");
  std::vector<CsvRow> rows;
  while (true) {
    auto next = reader.Next();
    EXPECT_TRUE(next.ok()) << next.error().ToString();
    if (!next.ok() || !next->has_value()) break;
    rows.push_back(**next);
  }
  return rows;
}

Error FirstError(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in, "bad.csv");
  while (true) {
    auto next = reader.Next();
    if (!next.ok()) return next.error();
    if (!next->has_value()) return Internal("no error");
  }
}

TEST(CsvReader, ReadsPlainRowsWithLineNumbers) {
  const auto rows = ReadAll("a,b,c\n1,2,3\n");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(rows[1].line, 2);
}

TEST(CsvReader, StripsByteOrderMark) {
  const auto rows = ReadAll(
      "\xEF\xBB\xBF"
      "areacd,areanm\nE1,Liverpool\n");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0].fields[0], "areacd");
}

TEST(CsvReader, QuotedFieldsKeepCommasQuotesAndNewlines) {
  const auto rows =
      ReadAll("x,\"Rate per 100,000\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",b,c\r\nlast,row,here");
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(rows[0].fields[1], "Rate per 100,000");
  EXPECT_EQ(rows[0].fields[2], "say \"hi\"");
  EXPECT_EQ(rows[1].fields[0], "two\nlines");
  EXPECT_EQ(rows[2].line, 4);  // the quoted newline counts as a line
  EXPECT_EQ(rows[2].fields[2], "here");
}

TEST(CsvReader, EmptyFieldsAreKept) {
  const auto rows = ReadAll("a,,c,\n");
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"a", "", "c", ""}));
}

TEST(CsvReader, UnterminatedQuoteNamesTheLine) {
  const Error e = FirstError("a,b\n1,\"open\n");
  EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.location().file, "bad.csv");
  EXPECT_EQ(e.location().line, 2);
  EXPECT_NE(e.message().find("never closed"), std::string::npos);
}

TEST(CsvReader, StrayQuoteIsAnError) {
  const Error e = FirstError("a,b\n1,x\"y\n");
  EXPECT_EQ(e.location().line, 2);
  EXPECT_EQ(e.location().field, "column 2");
}

TEST(CsvReader, InvalidUtf8IsAnError) {
  const Error e = FirstError("a,b\n1,\xC3\x28\n");
  EXPECT_NE(e.message().find("UTF-8"), std::string::npos);
  EXPECT_EQ(e.location().line, 2);
}

// Issue 11: the line is the one holding the bad byte, even inside a quoted field that spans
// lines, and the field is its column; the message says which byte.
TEST(CsvReader, InvalidUtf8NamesTheLineItIsOnAndTheColumn) {
  const Error e = FirstError("a,b,c\n\"one\ntwo\",\"x\ny\nz\xFF\",3\n");
  EXPECT_EQ(e.location().line, 5);
  EXPECT_EQ(e.location().field, "column 2");
  EXPECT_EQ(e.ToString(), "bad.csv:5: column 2: text is not valid UTF-8 (byte 0xFF at position 6)");
}

// What the old check let through: a UTF-16 surrogate, an overlong form, a code point above
// U+10FFFF.
TEST(CsvReader, RefusesSurrogatesOverlongFormsAndCodePointsAboveTheLast) {
  for (const char* bad : {"\xED\xA0\x80", "\xE0\x80\xAF", "\xF4\x90\x80\x80"}) {
    const Error e = FirstError(std::string("a\n") + bad + "\n");
    EXPECT_NE(e.message().find("not valid UTF-8"), std::string::npos) << e.message();
    EXPECT_EQ(e.location().line, 2);
  }
}

// One row reused for every record (the import reads millions this way) gives exactly what a new
// row per record gives, whatever the number and length of the fields.
TEST(CsvReader, AReusedRowHoldsEachRecordExactly) {
  const std::string text =
      "\xEF\xBB\xBF"
      "a,b,c\n"
      "a long first field that needs its own buffer,2,3\n"
      "\n"
      "1,\"two\nlines\",3,4,5\n"
      ",,\n"
      "last,without,line end";
  const auto fresh = ReadAll(text);
  std::istringstream in(text);
  CsvReader reader(in, "test.csv");
  CsvRow row;
  std::size_t k = 0;
  while (true) {
    auto more = reader.Next(row);
    ASSERT_TRUE(more.ok()) << more.error().ToString();
    if (!*more) break;
    ASSERT_LT(k, fresh.size());
    EXPECT_EQ(row.fields, fresh[k].fields) << "record " << k;
    EXPECT_EQ(row.line, fresh[k].line) << "record " << k;
    ++k;
  }
  EXPECT_EQ(k, fresh.size());
  EXPECT_EQ(k, 6U);
}

TEST(CsvTable, LooksUpColumnsAndChecksFieldCounts) {
  auto table = CsvTable::Parse("code,name\nE1,York\n", "t.csv");
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(*table->Column("name"), 1U);
  EXPECT_FALSE(table->Column("missing").ok());
  auto bad = CsvTable::Parse("code,name\nE1\n", "t.csv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().ToString(), "t.csv:2: expected 2 fields, found 1");
}

TEST(ParseNumber, AcceptsOnlyWholeFiniteNumbers) {
  EXPECT_EQ(ParseNumber("73.60000000000001"), 73.60000000000001);
  EXPECT_EQ(ParseNumber(" 12 "), 12.0);
  EXPECT_EQ(ParseNumber("-3.5"), -3.5);
  EXPECT_FALSE(ParseNumber("").has_value());
  EXPECT_FALSE(ParseNumber("12abc").has_value());
  EXPECT_FALSE(ParseNumber("inf").has_value());
  EXPECT_FALSE(ParseNumber("nan").has_value());
}

}  // namespace
}  // namespace lct::io
