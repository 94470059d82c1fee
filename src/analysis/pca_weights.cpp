#include "analysis/pca_weights.hpp"

#include <Eigen/Dense>
#include <cmath>
#include <map>

#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

// First-PC loadings of the given columns; the caller has checked the columns exist.
Result<std::vector<double>> FirstComponent(const Matrix& data, const IndexFramework& framework,
                                           const std::vector<std::size_t>& columns) {
  if (columns.size() == 1) return std::vector<double>{1.0};
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < data.rows(); ++i) {
    bool complete = true;
    for (const std::size_t c : columns) complete = complete && !std::isnan(data(i, c));
    if (complete) rows.push_back(i);
  }
  if (rows.size() < 2) {
    return InvalidArgument("PCA weights for the group of '" + framework.node(columns[0]).code +
                           "' need at least two units with complete data");
  }
  const auto n = static_cast<Eigen::Index>(rows.size());
  const auto p = static_cast<Eigen::Index>(columns.size());
  Eigen::MatrixXd z(n, p);
  for (Eigen::Index c = 0; c < p; ++c) {
    std::vector<double> values(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) values[k] = data(rows[k], columns[c]);
    const double mean = Mean(values);
    const double sd = SampleSd(values);
    if (!(sd > 0)) {
      return InvalidArgument("PCA weights: '" + framework.node(columns[c]).code +
                             "' has no spread over the complete units");
    }
    for (Eigen::Index r = 0; r < n; ++r)
      z(r, c) = (values[static_cast<std::size_t>(r)] - mean) / sd;
  }
  const Eigen::MatrixXd correlation = (z.transpose() * z) / static_cast<double>(n - 1);
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(correlation);
  if (solver.info() != Eigen::Success) return Internal("PCA eigen decomposition failed");
  Eigen::VectorXd loading = solver.eigenvectors().col(p - 1);  // eigenvalues ascend
  if (loading.sum() < 0) loading = -loading;
  return std::vector<double>(loading.data(), loading.data() + p);
}

}  // namespace

Result<std::vector<double>> PcaWeights(const Matrix& data, const IndexFramework& framework,
                                       int level, std::span<const double> weights,
                                       PcaGrouping grouping) {
  if (level < 1 || level >= framework.max_level()) {
    return InvalidArgument("PCA weights need a level from 1 to " +
                           std::to_string(framework.max_level() - 1));
  }
  const std::vector<std::size_t> nodes = framework.NodesAtLevel(level);
  if (nodes.back() >= data.cols()) {
    return InvalidArgument("PCA weights at level " + std::to_string(level) +
                           " need a data set with a column for every node of that level");
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (const std::size_t node : nodes) {
    const std::size_t key =
        grouping == PcaGrouping::kByParent ? framework.parent(node).value_or(0) : 0;
    groups[key].push_back(node);
  }
  std::vector<double> out(weights.begin(), weights.end());
  for (const auto& [key, columns] : groups) {
    Result<std::vector<double>> loading = FirstComponent(data, framework, columns);
    if (!loading) return loading.error();
    for (std::size_t k = 0; k < columns.size(); ++k) out[columns[k]] = (*loading)[k];
  }
  return out;
}

}  // namespace lct::analysis
