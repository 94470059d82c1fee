// The import pages: the upload form (file, layout, column mapping) and the preview / result of
// an import (counts, rows by indicator, rejected rows with line, column and reason).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace lct::render {

struct ImportFormView {
  std::string csrf;
  std::string error;  // shown at the top of the form, e.g. a file that cannot be read
  std::string layout = "auto";
  // Column names typed in the mapping fields: place, indicator, period, value, lower, upper,
  // status, note; fixed indicator and period; ignored columns (comma separated).
  std::vector<std::pair<std::string, std::string>> mapping;
  std::string fixed_indicator;
  std::string fixed_period;
  std::string ignore;
  std::vector<std::pair<std::string, std::string>> indicators;  // code, name: for the select
};

struct ImportRejectView {
  std::int64_t line = 0;
  std::string column;
  std::string reason;
};

struct ImportReportView {
  std::string csrf;
  std::string id;  // the pending import, for the confirm step (empty once done)
  std::string file_name;
  bool done = false;       // the result page (after confirm), not the preview
  bool committed = false;  // rows were written
  bool refused = false;    // a confirm refused (rows rejected, not skipped): still pending
  std::string not_written_because;
  std::int64_t rows = 0;
  std::int64_t added = 0;
  std::int64_t changed = 0;
  std::int64_t unchanged = 0;
  std::int64_t rejected = 0;
  std::vector<std::pair<std::string, std::int64_t>> by_indicator;
  std::vector<std::pair<std::string, std::int64_t>> by_reason;
  std::vector<ImportRejectView> rejects;  // the first of them
};

[[nodiscard]] Result<std::string> ImportFormPage(const ImportFormView& view);
[[nodiscard]] Result<std::string> ImportReportPage(const ImportReportView& view);

}  // namespace lct::render
