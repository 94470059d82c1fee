// An Excel workbook (.xlsx) of plain tables, for downloads: one sheet per table, a bold frozen
// header row with an autofilter, per-column number formats, and notes (source, licence) below.
// Wraps libxlsxwriter; no libxlsxwriter type appears here.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "base/result.hpp"

namespace lct::io {

// An empty cell, a text cell or a number cell. Text is always written as text, never as a
// formula, even when it starts with = + - or @ (no formula injection). A non-finite number is
// written as an empty cell.
using XlsxCell = std::variant<std::monostate, std::string, double>;

struct XlsxSheet {
  // At most 31 characters, none of []:*?/\ : longer names are cut to 31 characters and each of
  // those characters (and a leading or trailing apostrophe) becomes '_'. An empty name becomes
  // "SheetN" (N counted from 1). Two sheets whose names are
  // the same after that (ignoring ASCII case) are an error.
  std::string name;
  std::vector<std::string> header;  // bold, frozen first row, autofilter over the table
  std::vector<std::vector<XlsxCell>> rows;
  std::vector<int> decimals;       // per column number format (optional; -1 or absent = general)
  std::vector<std::string> notes;  // one per row, below the table after a blank row
};

// The bytes of an .xlsx file holding `sheets` in order. libxlsxwriter 1.1.4 writes only to a
// file, so this uses a private temporary file (mkstemp in $TMPDIR, else /tmp) and removes it.
// kInvalidArgument for no sheet, clashing sheet names, text longer than 32,767 bytes, or more
// than 1,048,576 rows or 16,384 columns; kUnavailable when the temporary file fails.
// Thread-safe: calls share nothing.
[[nodiscard]] Result<std::string> WriteXlsx(const std::vector<XlsxSheet>& sheets);

// The sheet name WriteXlsx uses for `name` (see XlsxSheet::name); `index` is 0-based.
[[nodiscard]] std::string XlsxSheetName(const std::string& name, std::size_t index);

}  // namespace lct::io
