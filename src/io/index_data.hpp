// Readers for COINr's iData/iMeta CSV layout (composite-index.md §2), accepted as is. Plain
// structs only: services turn them into the analysis engine's types (io may not include
// analysis/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace lct::io {

enum class MetaType { kIndicator, kAggregate, kGroup, kDenominator, kOther };

// One row of iMeta. Numbers that iMeta leaves NA are NaN (weight, target) or 0 (level).
struct IndexMetaRow {
  std::string code{};
  std::string name{};
  MetaType type = MetaType::kOther;
  int level = 0;
  std::string parent{};  // empty = NA
  int direction = 1;     // -1 or +1 for indicators and aggregates
  double weight = 1.0;
  std::string unit{};
  double target = 0;          // NaN when NA or absent
  std::string denominator{};  // empty = NA or absent
  std::int64_t line = 0;      // line of the row in the file
};

struct IndexMeta {
  std::string file{};
  std::vector<IndexMetaRow> rows{};  // in file order

  [[nodiscard]] const IndexMetaRow* Find(std::string_view code) const;
};

struct NumericColumn {
  std::string code{};
  std::vector<double> values{};  // one per unit; NaN = NA or empty
};

struct TextColumn {
  std::string code{};
  std::vector<std::string> values{};  // one per unit; empty = NA
};

// iData with rows sorted by uCode, as COINr's new_coin() does. Columns follow iMeta's types:
// Indicator and Denominator (and Other numeric) columns are numeric, Group columns text.
struct IndexData {
  std::string file{};
  std::vector<std::string> unit_codes{};
  std::vector<std::string> unit_names{};  // uName, or the code when absent
  std::vector<NumericColumn> numeric{};   // in file order
  std::vector<TextColumn> groups{};       // in file order

  [[nodiscard]] const NumericColumn* FindNumeric(std::string_view code) const;
};

// Parses iMeta (check_iMeta's column checks; the tree itself is checked by the engine).
// Errors name `file`, the line and the column.
[[nodiscard]] Result<IndexMeta> ParseIndexMeta(std::string_view text, const std::string& file);

// Parses iData against `meta`: uCode required and unique; every column other than uCode,
// uName and Time must be an iCode of iMeta, and no Aggregate may appear; indicator values must
// be numbers or NA. More than one distinct Time value (panel data) is refused.
[[nodiscard]] Result<IndexData> ParseIndexData(std::string_view text, const std::string& file,
                                               const IndexMeta& meta);

}  // namespace lct::io
