#include "io/xlsx_writer.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lct::io {
namespace {

// A minimal ZIP reader for the test: the central directory, then stored or deflated entries
// (zlib, which libxlsxwriter itself links). Returns name -> uncompressed bytes.
std::uint32_t Le(std::string_view bytes, std::size_t at, int width) {
  std::uint32_t out = 0;
  for (int i = width - 1; i >= 0; --i) {
    out = (out << 8U) | static_cast<unsigned char>(bytes.at(at + static_cast<std::size_t>(i)));
  }
  return out;
}

std::string Inflate(std::string_view data, std::size_t size) {
  std::string out(size, '\0');
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, -MAX_WBITS), Z_OK);
  // zlib's interface takes non-const pointers but does not write through next_in.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  inflateEnd(&stream);
  return out;
}

std::map<std::string, std::string> Unzip(std::string_view zip) {
  std::map<std::string, std::string> files;
  const std::size_t end = zip.rfind(std::string_view("PK\x05\x06", 4));
  if (end == std::string_view::npos) {
    ADD_FAILURE() << "no end of central directory";
    return files;
  }
  const std::uint32_t entries = Le(zip, end + 10, 2);
  std::size_t at = Le(zip, end + 16, 4);
  for (std::uint32_t e = 0; e < entries; ++e) {
    EXPECT_EQ(Le(zip, at, 4), 0x02014b50U);
    const std::uint32_t method = Le(zip, at + 10, 2);
    const std::uint32_t packed = Le(zip, at + 20, 4);
    const std::uint32_t size = Le(zip, at + 24, 4);
    const std::uint32_t name_length = Le(zip, at + 28, 2);
    const std::uint32_t skip = Le(zip, at + 30, 2) + Le(zip, at + 32, 2);
    const std::uint32_t local = Le(zip, at + 42, 4);
    const std::string name(zip.substr(at + 46, name_length));
    const std::size_t data = local + 30 + Le(zip, local + 26, 2) + Le(zip, local + 28, 2);
    const std::string_view body = zip.substr(data, packed);
    files[name] = method == 0 ? std::string(body) : Inflate(body, size);
    at += 46 + name_length + skip;
  }
  return files;
}

XlsxSheet Indicators() {
  XlsxSheet sheet;
  sheet.name = "Indicators";
  sheet.header = {"place", "value", "note"};
  sheet.rows = {{std::string("Hull"), 12.345, std::string("=1+1")},
                {std::string("York"), XlsxCell{}, std::string("+SUM(A1:A2)")},
                {std::string("@cmd"), -3.5, std::string("-2+3")}};
  sheet.decimals = {-1, 2};
  sheet.notes = {"Source: Office for National Statistics", "Licence: Open Government Licence v3.0"};
  return sheet;
}

TEST(WriteXlsx, BytesAreAZipArchive) {
  const auto bytes = WriteXlsx({Indicators()});
  ASSERT_TRUE(bytes.ok()) << bytes.error().ToString();
  ASSERT_GT(bytes->size(), 4U);
  EXPECT_EQ(bytes->substr(0, 4), std::string("PK\x03\x04", 4));
  const auto files = Unzip(*bytes);
  EXPECT_TRUE(files.count("[Content_Types].xml"));
  EXPECT_TRUE(files.count("xl/workbook.xml"));
  EXPECT_TRUE(files.count("xl/worksheets/sheet1.xml"));
}

TEST(WriteXlsx, CellsComeBackAsData) {
  const auto bytes = WriteXlsx({Indicators()});
  ASSERT_TRUE(bytes.ok());
  auto files = Unzip(*bytes);
  const std::string& sheet = files["xl/worksheets/sheet1.xml"];
  const std::string& strings = files["xl/sharedStrings.xml"];
  ASSERT_FALSE(sheet.empty());
  // Text that looks like a formula is stored as text: a shared string, never an <f> element.
  EXPECT_EQ(sheet.find("<f>"), std::string::npos);
  EXPECT_EQ(sheet.find("<f "), std::string::npos);
  EXPECT_NE(sheet.find("t=\"s\""), std::string::npos);
  for (const char* text : {"place", "value", "note", "Hull", "=1+1", "+SUM(A1:A2)", "@cmd", "-2+3",
                           "Source: Office for National Statistics"}) {
    EXPECT_NE(strings.find(std::string(">") + text + "<"), std::string::npos) << text;
  }
  EXPECT_NE(sheet.find("<v>12.345</v>"), std::string::npos);
  EXPECT_NE(sheet.find("<v>-3.5</v>"), std::string::npos);
  // The header is frozen and filtered; the notes sit after a blank row (rows 1-4, notes 6-7).
  EXPECT_NE(sheet.find("ySplit=\"1\""), std::string::npos);
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:C4\""), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"A6\""), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"A7\""), std::string::npos);
  EXPECT_EQ(sheet.find("<c r=\"B3\""), std::string::npos);  // the empty cell is not written
  // Bold header and two decimals for column B.
  const std::string& styles = files["xl/styles.xml"];
  EXPECT_NE(styles.find("<b/>"), std::string::npos);
  // "0.00" is Excel's built-in number format 2, which needs no <numFmt> of its own.
  EXPECT_TRUE(styles.find("formatCode=\"0.00\"") != std::string::npos ||
              styles.find("numFmtId=\"2\"") != std::string::npos)
      << styles;
}

// Issue 11: every character that starts a formula in a CSV (OWASP: = + - @ TAB CR) stays text in
// a workbook: each cell is a shared string, never a formula, and the text keeps every character.
TEST(WriteXlsx, FormulaLikeTextOfEveryKindStaysText) {
  const std::vector<std::string> hostile = {
      "=HYPERLINK(\"http://x\")", "@SUM(1)", "+1", "-1+1", "\t=1+1", "\r=1+1",
      "=cmd|' /C calc'!A0"};
  XlsxSheet sheet;
  sheet.name = "Hostile";
  sheet.header = {"=header"};
  for (const auto& text : hostile) sheet.rows.push_back({text});
  sheet.notes = {"@note"};
  const auto bytes = WriteXlsx({sheet});
  ASSERT_TRUE(bytes.ok()) << bytes.error().ToString();
  auto files = Unzip(*bytes);
  const std::string& xml = files["xl/worksheets/sheet1.xml"];
  const std::string& strings = files["xl/sharedStrings.xml"];
  EXPECT_EQ(xml.find("<f>"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("<f "), std::string::npos) << xml;
  // Header, seven rows and the note: nine cells, each a shared string.
  std::size_t shared = 0;
  for (auto at = xml.find("t=\"s\""); at != std::string::npos; at = xml.find("t=\"s\"", at + 1)) {
    ++shared;
  }
  EXPECT_EQ(shared, 9U) << xml;
  for (const char* text : {">=header<", ">@SUM(1)<", ">+1<", ">-1+1<", ">\t=1+1<", ">@note<",
                           "HYPERLINK(", "=cmd|' /C calc'!A0"}) {
    EXPECT_NE(strings.find(text), std::string::npos) << text << "\n" << strings;
  }
  // Excel's escape for a carriage return in a string, or the character itself.
  EXPECT_TRUE(strings.find(">_x000D_=1+1<") != std::string::npos ||
              strings.find(">\r=1+1<") != std::string::npos)
      << strings;
}

TEST(WriteXlsx, SeveralSheetsInOrder) {
  XlsxSheet second;
  second.name = "Notes: 2024/25";
  second.header = {"a"};
  second.rows = {{1.0}};
  const auto bytes = WriteXlsx({Indicators(), second});
  ASSERT_TRUE(bytes.ok()) << bytes.error().ToString();
  auto files = Unzip(*bytes);
  const std::string& workbook = files["xl/workbook.xml"];
  const auto first = workbook.find("name=\"Indicators\"");
  const auto next = workbook.find("name=\"Notes_ 2024_25\"");
  ASSERT_NE(first, std::string::npos) << workbook;
  ASSERT_NE(next, std::string::npos) << workbook;
  EXPECT_LT(first, next);
  EXPECT_TRUE(files.count("xl/worksheets/sheet2.xml"));
}

TEST(WriteXlsx, SheetNamesAreSanitised) {
  EXPECT_EQ(XlsxSheetName("a[b]c:d*e?f/g\\h", 0), "a_b_c_d_e_f_g_h");
  EXPECT_EQ(XlsxSheetName("", 2), "Sheet3");
  EXPECT_EQ(XlsxSheetName("'quoted'", 0), "_quoted_");
  EXPECT_EQ(XlsxSheetName(std::string(40, 'x'), 0), std::string(31, 'x'));
  // 31 characters, not bytes: "é" is two bytes in UTF-8.
  std::string accents;
  for (int i = 0; i < 35; ++i) accents += "\xC3\xA9";
  EXPECT_EQ(XlsxSheetName(accents, 0), accents.substr(0, 62));
  XlsxSheet long_name = Indicators();
  long_name.name = std::string(40, 'y');
  EXPECT_TRUE(WriteXlsx({long_name}).ok());
}

TEST(WriteXlsx, RejectsClearly) {
  const auto none = WriteXlsx({});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code(), ErrorCode::kInvalidArgument);

  XlsxSheet a = Indicators();
  XlsxSheet b = Indicators();
  b.name = "INDICATORS";  // Excel compares sheet names without case
  const auto clash = WriteXlsx({a, b});
  ASSERT_FALSE(clash.ok());
  EXPECT_NE(clash.error().message().find("INDICATORS"), std::string::npos);

  XlsxSheet long_text = Indicators();
  long_text.rows.push_back({std::string(40000, 'z')});
  const auto too_long = WriteXlsx({long_text});
  ASSERT_FALSE(too_long.ok());
  EXPECT_NE(too_long.error().message().find("32,767"), std::string::npos);
}

TEST(WriteXlsx, EmptySheetAndNonFiniteNumbers) {
  XlsxSheet sheet;
  sheet.rows = {{std::numeric_limits<double>::infinity(), std::nan("")}};
  const auto bytes = WriteXlsx({sheet});
  ASSERT_TRUE(bytes.ok()) << bytes.error().ToString();
  auto files = Unzip(*bytes);
  EXPECT_NE(files["xl/workbook.xml"].find("name=\"Sheet1\""), std::string::npos);
  EXPECT_EQ(files["xl/worksheets/sheet1.xml"].find("<v>"), std::string::npos);
}

}  // namespace
}  // namespace lct::io
