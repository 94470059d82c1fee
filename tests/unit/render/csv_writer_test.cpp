// render/csv_writer: RFC 4180 quoting, CRLF, UTF-8, numbers as numbers, and every character that
// makes a spreadsheet run a cell as a formula neutralised (issue 11, item 3).
#include "render/csv_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace lct::render {
namespace {

// The one data row of a one-column document holding `text`.
std::string Cell(std::string_view text) {
  CsvWriter csv({"x"});
  csv.Text(text).EndRow();
  const std::string doc = std::move(csv).Take();
  EXPECT_TRUE(doc.starts_with("x\r\n")) << doc;
  EXPECT_TRUE(doc.ends_with("\r\n")) << doc;
  return doc.substr(3, doc.size() - 5);
}

std::string NumberCell(double value) {
  CsvWriter csv({"x"});
  csv.Number(value).EndRow();
  const std::string doc = std::move(csv).Take();
  return doc.substr(3, doc.size() - 5);
}

TEST(CsvWriter, HeaderRowThenRowsWithCrlf) {
  CsvWriter csv({"code", "name", "value"});
  csv.Text("E08000012").Text("Liverpool").Number(62.5).EndRow();
  csv.Text("W06000015").Text("Cardiff").Empty().EndRow();
  EXPECT_EQ(std::move(csv).Take(),
            "code,name,value\r\nE08000012,Liverpool,62.5\r\nW06000015,Cardiff,\r\n");
}

TEST(CsvWriter, HeaderFromAVectorIsTextLikeAnyOther) {
  CsvWriter csv(std::vector<std::string>{"uCode", "=cmd", "a,b"});
  EXPECT_EQ(std::move(csv).Take(), "uCode,\"'=cmd\",\"a,b\"\r\n");
}

TEST(CsvWriter, EveryFormulaCharacterIsNeutralisedAndQuoted) {
  EXPECT_EQ(Cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(Cell("+1"), "\"'+1\"");
  EXPECT_EQ(Cell("-1+1"), "\"'-1+1\"");
  EXPECT_EQ(Cell("@SUM(1)"), "\"'@SUM(1)\"");
  EXPECT_EQ(Cell("\t=1+1"), "\"'\t=1+1\"");
  EXPECT_EQ(Cell("\r=1+1"), "\"'\r=1+1\"");
  EXPECT_EQ(Cell(std::string_view("\0=1", 3)), std::string("\"'\0=1\"", 6));
  EXPECT_EQ(Cell("="), "\"'=\"");
  EXPECT_EQ(Cell("-"), "\"'-\"");
  // Text that is a negative number is still text: a number cell is the way to write a number.
  EXPECT_EQ(Cell("-3.5"), "\"'-3.5\"");
}

TEST(CsvWriter, FormulaCharactersLaterInTheTextAreLeftAlone) {
  EXPECT_EQ(Cell("1+1=2"), "1+1=2");
  EXPECT_EQ(Cell("a@b.org"), "a@b.org");
  EXPECT_EQ(Cell(" =1+1"), " =1+1");
  EXPECT_EQ(Cell("'quoted'"), "'quoted'");
}

TEST(CsvWriter, TextThatAlreadyStartsWithQuotesBeforeAFormulaGetsOneMore) {
  // So that reading back undoes exactly what the writer added.
  EXPECT_EQ(Cell("'=1+1"), "\"''=1+1\"");
  EXPECT_EQ(Cell("''@x"), "\"'''@x\"");
}

TEST(CsvWriter, QuotesCommasAndLineBreaksFollowRfc4180) {
  EXPECT_EQ(Cell("plain text"), "plain text");
  EXPECT_EQ(Cell("a,b"), "\"a,b\"");
  EXPECT_EQ(Cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(Cell("line one\nline two"), "\"line one\nline two\"");
  EXPECT_EQ(Cell("line one\r\nline two"), "\"line one\r\nline two\"");
  EXPECT_EQ(Cell("\""), "\"\"\"\"");
}

TEST(CsvWriter, EmptyTextAndEmptyCells) {
  EXPECT_EQ(Cell(""), "");
  CsvWriter csv({"a", "b", "c"});
  csv.Empty().Text("").Number(std::nullopt).EndRow();
  EXPECT_EQ(std::move(csv).Take(), "a,b,c\r\n,,\r\n");
}

TEST(CsvWriter, NumbersAreWrittenAsNumbersNeverNeutralised) {
  EXPECT_EQ(NumberCell(-3.5), "-3.5");
  EXPECT_EQ(NumberCell(0), "0");
  EXPECT_EQ(NumberCell(486100), "486100");
  EXPECT_EQ(NumberCell(0.1 + 0.2), "0.30000000000000004");  // reads back as the same double
  EXPECT_EQ(NumberCell(-1e-7), "-1e-07");
  EXPECT_EQ(NumberCell(std::nan("")), "");
  EXPECT_EQ(NumberCell(-std::numeric_limits<double>::infinity()), "");
  CsvWriter csv({"fixed", "negative", "integer", "negative integer"});
  csv.Fixed(12.34567, 2).Fixed(-0.25, 1).Integer(42).Integer(-7).EndRow();
  EXPECT_EQ(std::move(csv).Take(),
            "fixed,negative,integer,negative integer\r\n12.35,-0.2,42,-7\r\n");
}

TEST(CsvWriter, Utf8IsKeptAndInvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(Cell("Ynys Môn – café ✓ 𝄞"), "Ynys Môn – café ✓ 𝄞");
  EXPECT_EQ(Cell("t\xFF"), "t\xEF\xBF\xBD");
  EXPECT_EQ(Cell("\xC3"), "\xEF\xBF\xBD");                                  // truncated sequence
  EXPECT_EQ(Cell("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  EXPECT_EQ(Cell("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
}

TEST(CsvText, RestoreUndoesExactlyWhatNeutraliseAdded) {
  for (const char* text : {"=1+1", "+1", "-1+1", "@SUM(1)", "\t=x", "\r=x", "'=1+1", "''-2", "'",
                           "''", "'quoted'", "plain", "", "1+1", "-"}) {
    const std::string written = NeutraliseCsvText(text);
    EXPECT_EQ(RestoreCsvText(written), text) << text;
  }
  EXPECT_EQ(NeutraliseCsvText("=1+1"), "'=1+1");
  EXPECT_EQ(NeutraliseCsvText("plain"), "plain");
  // Cells the writer never neutralises come back as they are.
  EXPECT_EQ(RestoreCsvText("'quoted'"), "'quoted'");
  EXPECT_EQ(RestoreCsvText("'"), "'");
  EXPECT_EQ(RestoreCsvText("=1+1"), "=1+1");
  EXPECT_TRUE(StartsLikeFormula("@x"));
  EXPECT_FALSE(StartsLikeFormula("x@"));
  EXPECT_FALSE(StartsLikeFormula(""));
}

}  // namespace
}  // namespace lct::render
