#include "analysis/impute.hpp"

#include <cmath>
#include <map>
#include <vector>

#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

double Centre(std::span<const double> x, bool median) { return median ? Median(x) : Mean(x); }

void ImputeColumns(Matrix& values, bool median) {
  for (std::size_t j = 0; j < values.cols(); ++j) {
    std::span<double> column = values.Column(j);
    const double fill = Centre(column, median);
    for (double& v : column) {
      if (std::isnan(v)) v = fill;
    }
  }
}

void ImputeGroups(Matrix& values, std::span<const std::string> labels, bool median) {
  std::map<std::string, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < values.rows(); ++i) {
    if (!labels[i].empty()) members[labels[i]].push_back(i);
  }
  std::vector<double> subset;
  for (std::size_t j = 0; j < values.cols(); ++j) {
    for (const auto& [label, rows] : members) {
      subset.clear();
      for (const std::size_t row : rows) subset.push_back(values(row, j));
      const double fill = Centre(subset, median);
      for (const std::size_t row : rows) {
        if (std::isnan(values(row, j))) values(row, j) = fill;
      }
    }
  }
}

// Row-wise: each unit's missing values take the unit's mean/median over the indicators of the
// same block, optionally on min-max scaled columns (x * direction onto [0, 1]) mapped back.
void ImputeRows(Matrix& values, const IndexFramework& framework, const ImputeSpec& spec) {
  const bool median = spec.method == ImputeMethod::kRowMedian;
  const bool scale = spec.row_scaling == RowScaling::kMinMaxFirst;
  const std::size_t cols = values.cols();
  std::vector<double> sign(cols, 1.0);
  std::vector<double> low(cols, 0.0);
  std::vector<double> range(cols, 1.0);
  Matrix scaled = values;
  if (scale) {
    for (std::size_t j = 0; j < cols; ++j) {
      sign[j] = Sign(framework.node(j).direction);
      std::span<double> column = scaled.Column(j);
      for (double& v : column) v *= sign[j];
      low[j] = Min(column);
      range[j] = Max(column) - low[j];
      for (double& v : column) v = (v - low[j]) / range[j];
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> blocks;
  for (std::size_t j = 0; j < cols; ++j) {
    const std::size_t key = spec.group_level == 0 ? 0 : framework.AncestorAt(j, spec.group_level);
    blocks[key].push_back(j);
  }
  std::vector<double> row;
  for (std::size_t i = 0; i < values.rows(); ++i) {
    for (const auto& [key, block] : blocks) {
      row.clear();
      for (const std::size_t j : block) row.push_back(scaled(i, j));
      const double fill = Centre(row, median);
      for (const std::size_t j : block) {
        if (std::isnan(values(i, j))) values(i, j) = (fill * range[j] + low[j]) * sign[j];
      }
    }
  }
}

std::size_t CountMissing(const Matrix& values) {
  std::size_t n = 0;
  for (const double v : values.values()) n += std::isnan(v) ? 1 : 0;
  return n;
}

}  // namespace

Result<ImputeResult> Impute(const Matrix& values, const IndexFramework& framework,
                            std::span<const std::string> group_labels, const ImputeSpec& spec) {
  ImputeResult result{values, 0, 0};
  const std::size_t missing_before = CountMissing(values);
  switch (spec.method) {
    case ImputeMethod::kNone:
      break;
    case ImputeMethod::kColumnMean:
    case ImputeMethod::kColumnMedian:
      ImputeColumns(result.values, spec.method == ImputeMethod::kColumnMedian);
      break;
    case ImputeMethod::kGroupMean:
    case ImputeMethod::kGroupMedian:
      if (group_labels.size() != values.rows()) {
        return InvalidArgument("group imputation needs a group label for each of the " +
                               std::to_string(values.rows()) + " units (group '" + spec.group +
                               "')");
      }
      ImputeGroups(result.values, group_labels, spec.method == ImputeMethod::kGroupMedian);
      break;
    case ImputeMethod::kRowMean:
    case ImputeMethod::kRowMedian:
      if (spec.group_level != 0 &&
          (spec.group_level < 2 || spec.group_level > framework.max_level())) {
        return InvalidArgument("imputation group level " + std::to_string(spec.group_level) +
                               " is outside 2.." + std::to_string(framework.max_level()));
      }
      ImputeRows(result.values, framework, spec);
      break;
  }
  result.remaining_missing = CountMissing(result.values);
  result.imputed_cells = missing_before - result.remaining_missing;
  return result;
}

}  // namespace lct::analysis
