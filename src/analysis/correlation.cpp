#include "analysis/correlation.hpp"

#include <cmath>
#include <vector>

#include "analysis/ranking.hpp"
#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

double Pearson(std::span<const double> x, std::span<const double> y) {
  const double mx = Mean(x);
  const double my = Mean(y);
  long double sxy = 0;
  long double sxx = 0;
  long double syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double dx = x[i] - mx;
    const double dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return static_cast<double>(sxy / std::sqrt(sxx * syy));
}

double KendallTauB(std::span<const double> x, std::span<const double> y) {
  long double concordant_minus_discordant = 0;
  long double x_pairs = 0;
  long double y_pairs = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    for (std::size_t j = i + 1; j < x.size(); ++j) {
      const double sx = (x[i] > x[j]) - (x[i] < x[j]);
      const double sy = (y[i] > y[j]) - (y[i] < y[j]);
      concordant_minus_discordant += sx * sy;
      x_pairs += sx * sx;
      y_pairs += sy * sy;
    }
  }
  return static_cast<double>(concordant_minus_discordant / std::sqrt(x_pairs * y_pairs));
}

}  // namespace

double Correlation(std::span<const double> x, std::span<const double> y, CorrelationMethod method) {
  std::vector<double> a;
  std::vector<double> b;
  for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
    if (std::isnan(x[i]) || std::isnan(y[i])) continue;
    a.push_back(x[i]);
    b.push_back(y[i]);
  }
  if (a.size() < 2) return kMissing;
  switch (method) {
    case CorrelationMethod::kPearson:
      return Pearson(a, b);
    case CorrelationMethod::kSpearman:
      return Pearson(AverageRanks(a), AverageRanks(b));
    case CorrelationMethod::kKendall:
      return KendallTauB(a, b);
  }
  return kMissing;
}

Matrix CorrelationMatrix(const Matrix& data, CorrelationMethod method) {
  Matrix out(data.cols(), data.cols(), 1.0);
  for (std::size_t i = 0; i < data.cols(); ++i) {
    for (std::size_t j = i + 1; j < data.cols(); ++j) {
      out(i, j) = Correlation(data.Column(i), data.Column(j), method);
      out(j, i) = out(i, j);
    }
  }
  return out;
}

}  // namespace lct::analysis
