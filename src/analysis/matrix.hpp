// Matrix: a dense units x columns table of doubles, NaN for a missing value.
#pragma once

#include <cassert>
#include <cstddef>
#include <limits>
#include <span>
#include <vector>

namespace lct::analysis {

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// Column-major, because every stage of the pipeline works one indicator (column) at a time.
// Rows are units (places), columns are indicators or aggregates. A plain value type: copy freely.
class Matrix {
 public:
  Matrix() = default;
  Matrix(std::size_t rows, std::size_t cols, double fill = kMissing)
      : rows_(rows), cols_(cols), values_(rows * cols, fill) {}

  [[nodiscard]] std::size_t rows() const { return rows_; }
  [[nodiscard]] std::size_t cols() const { return cols_; }
  [[nodiscard]] bool empty() const { return values_.empty(); }

  [[nodiscard]] double operator()(std::size_t row, std::size_t col) const {
    assert(row < rows_ && col < cols_);
    return values_[col * rows_ + row];
  }
  [[nodiscard]] double& operator()(std::size_t row, std::size_t col) {
    assert(row < rows_ && col < cols_);
    return values_[col * rows_ + row];
  }

  // A view of one column; valid until the matrix is resized or destroyed.
  [[nodiscard]] std::span<const double> Column(std::size_t col) const {
    assert(col < cols_);
    return {values_.data() + col * rows_, rows_};
  }
  [[nodiscard]] std::span<double> Column(std::size_t col) {
    assert(col < cols_);
    return {values_.data() + col * rows_, rows_};
  }

  // All values, column after column.
  [[nodiscard]] std::span<const double> values() const { return values_; }

  bool operator==(const Matrix&) const = default;

 private:
  std::size_t rows_ = 0;
  std::size_t cols_ = 0;
  std::vector<double> values_;
};

}  // namespace lct::analysis
