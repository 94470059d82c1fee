#include "analysis/impute_panel.hpp"

#include <cmath>

namespace lct::analysis {
namespace {

std::vector<std::size_t> Observed(std::span<const double> series) {
  std::vector<std::size_t> observed;
  for (std::size_t t = 0; t < series.size(); ++t) {
    if (!std::isnan(series[t])) observed.push_back(t);
  }
  return observed;
}

std::vector<double> Latest(std::span<const double> series, std::optional<std::size_t> max_time) {
  std::vector<double> out(series.begin(), series.end());
  std::optional<std::size_t> last;
  for (std::size_t t = 0; t < series.size(); ++t) {
    if (!std::isnan(series[t])) {
      last = t;
    } else if (last && (!max_time || t - *last <= *max_time)) {
      out[t] = series[*last];
    }
  }
  return out;
}

std::vector<double> Constant(std::span<const double> series,
                             const std::vector<std::size_t>& observed) {
  std::vector<double> out(series.begin(), series.end());
  double previous = series[observed.front()];
  for (std::size_t t = 0; t < series.size(); ++t) {
    if (std::isnan(series[t])) {
      out[t] = previous;
    } else {
      previous = series[t];
    }
  }
  return out;
}

std::vector<double> Linear(std::span<const double> series,
                           const std::vector<std::size_t>& observed) {
  std::vector<double> out(series.begin(), series.end());
  for (std::size_t t = 0; t < observed.front(); ++t) out[t] = series[observed.front()];
  for (std::size_t t = observed.back() + 1; t < series.size(); ++t)
    out[t] = series[observed.back()];
  for (std::size_t k = 0; k + 1 < observed.size(); ++k) {
    const std::size_t a = observed[k];
    const std::size_t b = observed[k + 1];
    for (std::size_t t = a + 1; t < b; ++t) {
      const double fraction = static_cast<double>(t - a) / static_cast<double>(b - a);
      out[t] = series[a] + fraction * (series[b] - series[a]);
    }
  }
  return out;
}

}  // namespace

Result<std::vector<double>> ImputePanel(std::span<const double> series, PanelImputation method,
                                        std::optional<std::size_t> max_time) {
  const std::vector<std::size_t> observed = Observed(series);
  if (observed.empty()) return std::vector<double>(series.begin(), series.end());
  switch (method) {
    case PanelImputation::kLatest:
      return Latest(series, max_time);
    case PanelImputation::kConstant:
      return Constant(series, observed);
    case PanelImputation::kLinear:
      if (observed.size() == 1) {
        return InvalidArgument(
            "linear interpolation needs at least two observations in the series (use "
            "linear-constant)");
      }
      return Linear(series, observed);
    case PanelImputation::kLinearConstant:
      return observed.size() == 1 ? Constant(series, observed) : Linear(series, observed);
  }
  return std::vector<double>(series.begin(), series.end());
}

}  // namespace lct::analysis
