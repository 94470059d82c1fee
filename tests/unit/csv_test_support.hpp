// Shared by the tests of every CSV export (issue 11, item 3): hostile text a respondent,
// co-ordinator or data file could plant, and checks that it comes out neutralised.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "io/csv_reader.hpp"
#include "render/csv_writer.hpp"

namespace lct::testing {

// One value for each character that makes a spreadsheet run a cell (OWASP: = + - @ TAB CR).
inline const std::vector<std::string>& HostileCells() {
  static const std::vector<std::string> cells = {
      "=HYPERLINK(\"http://x\")", "@SUM(1)", "+1", "-1+1", "\t=1+1", "\r=1+1"};
  return cells;
}

// Parses `csv` (RFC 4180, as the product reads it) and checks that
// - every line ends with CRLF and the document parses;
// - no cell starts like a formula unless it is a number (a negative value stays -3.5);
// - each of `planted` appears as a cell of its own, with the one leading quote the writer adds,
//   and never bare.
inline void ExpectNeutralised(const std::string& csv, const std::vector<std::string>& planted) {
  ASSERT_FALSE(csv.empty());
  EXPECT_TRUE(csv.ends_with("\r\n")) << csv;
  auto table = io::CsvTable::Parse(csv, "export.csv");
  ASSERT_TRUE(table.ok()) << table.error().ToString() << "\n" << csv;
  std::vector<std::string> cells(table->header());
  for (const auto& row : table->rows()) {
    EXPECT_EQ(row.fields.size(), table->header().size()) << "line " << row.line << "\n" << csv;
    cells.insert(cells.end(), row.fields.begin(), row.fields.end());
  }
  for (const std::string& cell : cells) {
    if (render::StartsLikeFormula(cell)) {
      EXPECT_TRUE(io::ParseNumber(cell).has_value())
          << "a cell a spreadsheet would run: [" << cell << "]\n"
          << csv;
    }
  }
  for (const std::string& value : planted) {
    bool neutralised = false;
    for (const std::string& cell : cells) {
      EXPECT_NE(cell, value) << "written bare: [" << value << "]\n" << csv;
      neutralised = neutralised || cell == "'" + value;
    }
    EXPECT_TRUE(neutralised) << "not found neutralised: [" << value << "]\n" << csv;
  }
}

}  // namespace lct::testing
