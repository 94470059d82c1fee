#include "io/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string_view>
#include <utility>

#include "base/text.hpp"

namespace lct::io {
namespace {

constexpr std::size_t kMaxSheetName = 31;   // characters (Excel's limit)
constexpr std::size_t kMaxRows = 1048576;   // Excel's sheet limits
constexpr std::size_t kMaxColumns = 16384;  //
constexpr std::size_t kMaxText = 32767;     // bytes libxlsxwriter accepts in one cell
constexpr int kMaxDecimals = 15;            // a double has no more significant digits
constexpr double kMinWidth = 8.43;          // Excel's default column width
constexpr double kMaxWidth = 60.0;
constexpr std::string_view kForbidden = "[]:*?/\\";

// Frees the workbook without writing it, unless Close() wrote it first.
struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const noexcept { lxw_workbook_free(workbook); }
};
using Workbook = std::unique_ptr<lxw_workbook, WorkbookFree>;

// A private file made by mkstemp, removed when this goes out of scope.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern =
        std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/lct-xlsx-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd >= 0) {
      ::close(fd);
      path_ = std::move(pattern);
    }
  }
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  TempFile(TempFile&&) = delete;
  TempFile& operator=(TempFile&&) = delete;

  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
};

Error LibraryError(const std::string& what, lxw_error error) {
  return InvalidArgument(what + ": " + lxw_strerror(error));
}

// A rough display width: UTF-8 characters of the longest line of text.
double TextWidth(std::string_view text) {
  std::size_t longest = 0;
  std::size_t current = 0;
  for (const char c : text) {
    if (c == '\n') {
      current = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      longest = std::max(longest, ++current);
    }
  }
  return static_cast<double>(longest);
}

struct Formats {
  lxw_format* bold = nullptr;
  std::vector<lxw_format*> columns;  // nullptr = general
};

Formats MakeFormats(lxw_workbook* workbook, const XlsxSheet& sheet) {
  Formats formats;
  formats.bold = workbook_add_format(workbook);
  format_set_bold(formats.bold);
  for (const int decimals : sheet.decimals) {
    if (decimals < 0) {
      formats.columns.push_back(nullptr);
      continue;
    }
    std::string pattern = "0";
    const int places = std::min(decimals, kMaxDecimals);
    if (places > 0) pattern += "." + std::string(static_cast<std::size_t>(places), '0');
    lxw_format* format = workbook_add_format(workbook);
    format_set_num_format(format, pattern.c_str());
    formats.columns.push_back(format);
  }
  return formats;
}

Status WriteText(lxw_worksheet* worksheet, std::size_t row, std::size_t col,
                 const std::string& text, lxw_format* format) {
  if (text.size() > kMaxText) {
    return InvalidArgument("a cell's text is longer than 32,767 bytes (row " +
                           std::to_string(row + 1) + ", column " + std::to_string(col + 1) + ")");
  }
  // worksheet_write_string always stores text: "=1+1" stays the four characters.
  const lxw_error error = worksheet_write_string(worksheet, static_cast<lxw_row_t>(row),
                                                 static_cast<lxw_col_t>(col), text.c_str(), format);
  if (error != LXW_NO_ERROR) return LibraryError("cannot write a cell", error);
  return Ok();
}

Status WriteCell(lxw_worksheet* worksheet, std::size_t row, std::size_t col, const XlsxCell& cell,
                 lxw_format* format) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    return WriteText(worksheet, row, col, *text, nullptr);
  }
  const auto* number = std::get_if<double>(&cell);
  if (number == nullptr || !std::isfinite(*number)) return Ok();
  const lxw_error error = worksheet_write_number(worksheet, static_cast<lxw_row_t>(row),
                                                 static_cast<lxw_col_t>(col), *number, format);
  if (error != LXW_NO_ERROR) return LibraryError("cannot write a cell", error);
  return Ok();
}

std::size_t ColumnCount(const XlsxSheet& sheet) {
  std::size_t columns = sheet.header.size();
  for (const auto& row : sheet.rows) columns = std::max(columns, row.size());
  return columns;
}

Status CheckSize(const XlsxSheet& sheet, const std::string& name) {
  if (sheet.rows.size() + sheet.notes.size() + 2 > kMaxRows) {
    return InvalidArgument("sheet '" + name + "' has more rows than a spreadsheet holds");
  }
  if (ColumnCount(sheet) > kMaxColumns) {
    return InvalidArgument("sheet '" + name + "' has more columns than a spreadsheet holds");
  }
  return Ok();
}

Status WriteSheet(lxw_workbook* workbook, const XlsxSheet& sheet, const std::string& name) {
  if (const Status size = CheckSize(sheet, name); !size) return size.error();
  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.c_str());
  if (worksheet == nullptr) return InvalidArgument("cannot add a sheet named '" + name + "'");
  const Formats formats = MakeFormats(workbook, sheet);
  const std::size_t columns = ColumnCount(sheet);
  std::vector<double> widths(columns, kMinWidth);
  for (std::size_t c = 0; c < sheet.header.size(); ++c) {
    if (const Status done = WriteText(worksheet, 0, c, sheet.header[c], formats.bold); !done)
      return done.error();
    widths[c] = std::max(widths[c], TextWidth(sheet.header[c]) + 2.0);
  }
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const auto& row = sheet.rows[r];
    for (std::size_t c = 0; c < row.size(); ++c) {
      lxw_format* format = c < formats.columns.size() ? formats.columns[c] : nullptr;
      if (const Status done = WriteCell(worksheet, r + 1, c, row[c], format); !done)
        return done.error();
      if (const auto* text = std::get_if<std::string>(&row[c])) {
        widths[c] = std::max(widths[c], TextWidth(*text) + 1.0);
      }
    }
  }
  for (std::size_t c = 0; c < columns; ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(worksheet, col, col, std::min(widths[c], kMaxWidth), nullptr);
  }
  if (!sheet.header.empty()) {
    worksheet_freeze_panes(worksheet, 1, 0);
    worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                         static_cast<lxw_col_t>(columns - 1));
  }
  const std::size_t first_note = sheet.rows.size() + 2;  // after a blank row
  for (std::size_t i = 0; i < sheet.notes.size(); ++i) {
    if (const Status done = WriteText(worksheet, first_note + i, 0, sheet.notes[i], nullptr);
        !done) {
      return done.error();
    }
  }
  return Ok();
}

Result<std::string> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kUnavailable, "cannot read the workbook's temporary file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

std::string XlsxSheetName(const std::string& name, std::size_t index) {
  std::string out;
  std::size_t characters = 0;
  for (const char c : name) {
    const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (!continuation && ++characters > kMaxSheetName) break;
    out.push_back(kForbidden.find(c) != std::string_view::npos ? '_' : c);
  }
  if (!out.empty() && out.front() == '\'') out.front() = '_';
  if (!out.empty() && out.back() == '\'') out.back() = '_';
  if (out.empty()) out = "Sheet" + std::to_string(index + 1);
  return out;
}

Result<std::string> WriteXlsx(const std::vector<XlsxSheet>& sheets) {
  if (sheets.empty()) return InvalidArgument("a workbook needs at least one sheet");
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    names.push_back(XlsxSheetName(sheets[i].name, i));
    if (!seen.insert(text::AsciiLower(names.back())).second) {
      return InvalidArgument("two sheets are named '" + names.back() + "'");
    }
  }
  const TempFile file;
  if (file.path().empty()) {
    return Error(ErrorCode::kUnavailable, "cannot create a temporary file for the workbook");
  }
  Workbook workbook(workbook_new(file.path().c_str()));
  if (!workbook) return Error(ErrorCode::kUnavailable, "cannot start a workbook");
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (const Status done = WriteSheet(workbook.get(), sheets[i], names[i]); !done) {
      return done.error();
    }
  }
  const lxw_error closed = workbook_close(workbook.release());  // writes and frees
  if (closed != LXW_NO_ERROR) {
    return Error(ErrorCode::kUnavailable,
                 std::string("cannot write the workbook: ") + lxw_strerror(closed));
  }
  return ReadAll(file.path());
}

}  // namespace lct::io
