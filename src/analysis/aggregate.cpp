#include "analysis/aggregate.hpp"

#include <cmath>

#include "analysis/aggregation_functions.hpp"
#include "analysis/detail/mean_kernels.hpp"

namespace lct::analysis {
namespace {

constexpr std::size_t kUnitsNamedInErrors = 10;

const char* MethodName(AggregationMethod method) {
  switch (method) {
    case AggregationMethod::kArithmetic:
      return "arithmetic mean";
    case AggregationMethod::kGeometric:
      return "geometric mean";
    case AggregationMethod::kHarmonic:
      return "harmonic mean";
    case AggregationMethod::kGeneralised:
      return "generalised mean";
    case AggregationMethod::kCopeland:
      return "Copeland method";
  }
  return "aggregation";
}

// Which present values a method cannot take: <= 0 for the geometric mean (and the generalised
// mean with p < 0), exactly 0 for the harmonic mean.
bool Invalid(const LevelAggregation& aggregation, double v) {
  switch (aggregation.method) {
    case AggregationMethod::kGeometric:
      return v <= 0;
    case AggregationMethod::kHarmonic:
      return v == 0;
    case AggregationMethod::kGeneralised:
      return aggregation.power < 0 && v <= 0;
    default:
      return false;
  }
}

std::string UnitList(const std::vector<std::size_t>& rows, std::span<const std::string> codes) {
  std::string out;
  for (std::size_t k = 0; k < rows.size() && k < kUnitsNamedInErrors; ++k) {
    if (k > 0) out += ", ";
    out += rows[k] < codes.size() ? codes[rows[k]] : "row " + std::to_string(rows[k] + 1);
  }
  if (rows.size() > kUnitsNamedInErrors) {
    out += " and " + std::to_string(rows.size() - kUnitsNamedInErrors) + " more";
  }
  return out;
}

// The error for a child with values the method cannot take, naming the aggregate, the child
// and the units.
Error DomainError(const LevelAggregation& aggregation, const std::string& aggregate,
                  const std::string& child, std::span<const double> values,
                  std::span<const std::string> unit_codes) {
  std::vector<std::size_t> bad_rows;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!std::isnan(values[i]) && Invalid(aggregation, values[i])) bad_rows.push_back(i);
  }
  const char* domain = aggregation.method == AggregationMethod::kHarmonic ? "0" : "<= 0";
  return InvalidArgument(std::string("the ") + MethodName(aggregation.method) + " of '" +
                             aggregate + "' meets values it cannot take (" + domain + ") in '" +
                             child + "' for units " + UnitList(bad_rows, unit_codes),
                         ErrorLocation{"", 0, child});
}

// Column-wise accumulators of one aggregate, one entry per unit. Each unit accumulates its
// children in order exactly as the kernels of detail/mean_kernels.hpp do, so the results are
// bit-identical to the vector functions.
struct Scratch {
  std::vector<double> weighted;    // sum of w x (w ln x, w / x, w x^p)
  std::vector<double> weight_sum;  // sum of w over present children
  std::vector<double> present;     // number of present children
  std::vector<double> missing;     // number of missing children (generalised mean only)
};

// One child column into the accumulators, the method fixed at compile time so the loop is tight.
// Returns false if the column has a value the method cannot take (the caller then reports it).
template <AggregationMethod kMethod>
bool AccumulateColumn(std::span<const double> x, std::span<const double> logs, double wc,
                      double power, Scratch& s) {
  bool valid = true;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double v = x[i];
    if (std::isnan(v)) {
      if constexpr (kMethod == AggregationMethod::kGeneralised) s.missing[i] += 1;
      continue;
    }
    double term = 0;
    if constexpr (kMethod == AggregationMethod::kArithmetic) term = wc * v;
    if constexpr (kMethod == AggregationMethod::kGeometric) {
      valid = valid && v > 0;
      term = wc * (logs.empty() ? std::log(v) : logs[i]);
    }
    if constexpr (kMethod == AggregationMethod::kHarmonic) {
      valid = valid && v != 0;
      term = wc / v;
    }
    if constexpr (kMethod == AggregationMethod::kGeneralised) {
      valid = valid && (power >= 0 || v > 0);
      term = wc * std::pow(v, power);
    }
    s.weighted[i] += term;
    s.weight_sum[i] += wc;
    s.present[i] += 1;
  }
  return valid;
}

// Accumulates every child; returns the first child (node index) with a value the method cannot
// take, if any.
template <typename ColumnOf>
std::optional<std::size_t> AccumulateColumns(std::span<const std::size_t> children,
                                             std::span<const double> w,
                                             const LevelAggregation& aggregation,
                                             const ColumnOf& column_of, const Matrix* logs,
                                             std::size_t indicator_count, Scratch& s) {
  std::optional<std::size_t> invalid;
  for (std::size_t c = 0; c < children.size(); ++c) {
    const std::size_t child = children[c];
    const std::span<const double> x = column_of(child);
    const bool cached = logs != nullptr && child < indicator_count;
    const std::span<const double> child_logs =
        cached ? logs->Column(child) : std::span<const double>();
    bool valid = true;
    switch (aggregation.method) {
      case AggregationMethod::kArithmetic:
        valid = AccumulateColumn<AggregationMethod::kArithmetic>(x, child_logs, w[c], 0, s);
        break;
      case AggregationMethod::kGeometric:
        valid = AccumulateColumn<AggregationMethod::kGeometric>(x, child_logs, w[c], 0, s);
        break;
      case AggregationMethod::kHarmonic:
        valid = AccumulateColumn<AggregationMethod::kHarmonic>(x, child_logs, w[c], 0, s);
        break;
      case AggregationMethod::kGeneralised:
        valid = AccumulateColumn<AggregationMethod::kGeneralised>(x, child_logs, w[c],
                                                                  aggregation.power, s);
        break;
      case AggregationMethod::kCopeland:
        break;
    }
    if (!valid && !invalid) invalid = child;
  }
  return invalid;
}

void FinishColumn(const LevelAggregation& aggregation, std::size_t children, const Scratch& s,
                  std::span<double> out) {
  const auto n = static_cast<double>(children);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const bool sparse =
        aggregation.data_threshold && s.present[i] / n < *aggregation.data_threshold;
    const bool none = s.present[i] == 0;
    if (sparse || none ||
        (aggregation.method == AggregationMethod::kGeneralised && s.missing[i] > 0)) {
      out[i] = detail::kNaN;
      continue;
    }
    switch (aggregation.method) {
      case AggregationMethod::kArithmetic:
        out[i] = s.weighted[i] / s.weight_sum[i];
        break;
      case AggregationMethod::kGeometric:
        out[i] = std::exp(s.weighted[i] / s.weight_sum[i]);
        break;
      case AggregationMethod::kHarmonic:
        out[i] = s.weight_sum[i] / s.weighted[i];
        break;
      case AggregationMethod::kGeneralised:
        out[i] = std::pow(s.weighted[i] / s.weight_sum[i], 1 / aggregation.power);
        break;
      case AggregationMethod::kCopeland:
        break;
    }
  }
}

}  // namespace

Result<Aggregator> Aggregator::Create(const IndexFramework& framework,
                                      const AggregationSpec& spec) {
  const auto levels = static_cast<std::size_t>(framework.max_level() - 1);
  if (spec.levels.size() != 1 && spec.levels.size() != levels) {
    return InvalidArgument("the aggregation needs 1 or " + std::to_string(levels) +
                           " level specifications, not " + std::to_string(spec.levels.size()));
  }
  Aggregator aggregator;
  aggregator.indicator_count_ = framework.indicator_count();
  for (const FrameworkNode& node : framework.nodes()) aggregator.codes_.push_back(node.code);
  for (std::size_t node = framework.indicator_count(); node < framework.node_count(); ++node) {
    const FrameworkNode& info = framework.node(node);
    const std::size_t level_index =
        spec.levels.size() == 1 ? 0 : static_cast<std::size_t>(info.level - 2);
    const auto individual = spec.per_aggregate.find(info.code);
    Step step{
        node,
        {framework.children(node).begin(), framework.children(node).end()},
        individual == spec.per_aggregate.end() ? spec.levels[level_index] : individual->second};
    if (step.aggregation.method == AggregationMethod::kGeneralised && step.aggregation.power == 0) {
      return InvalidArgument("the generalised mean of '" + info.code +
                             "' needs p != 0 (p = 0 is the geometric mean)");
    }
    aggregator.steps_.push_back(std::move(step));
  }
  for (const auto& [code, aggregation] : spec.per_aggregate) {
    const auto node = framework.Find(code);
    if (!node || *node < framework.indicator_count()) {
      return InvalidArgument("aggregation override for '" + code + "', which is not an aggregate");
    }
  }
  return aggregator;
}

bool Aggregator::UsesGeometricMean() const {
  for (const Step& step : steps_) {
    if (step.aggregation.method == AggregationMethod::kGeometric) return true;
  }
  return false;
}

Status Aggregator::Run(const Matrix& normalised, std::span<const double> weights,
                       std::span<const std::string> unit_codes, Matrix& aggregates,
                       const Matrix* log_normalised) const {
  if (weights.size() != codes_.size()) {
    return InvalidArgument("expected " + std::to_string(codes_.size()) + " weights, got " +
                           std::to_string(weights.size()));
  }
  const std::size_t units = normalised.rows();
  const std::size_t aggregate_count = codes_.size() - indicator_count_;
  if (aggregates.rows() != units || aggregates.cols() != aggregate_count) {
    aggregates = Matrix(units, aggregate_count);
  }
  auto column = [&](std::size_t node) {
    return node < indicator_count_
               ? normalised.Column(node)
               : std::span<const double>(aggregates.Column(node - indicator_count_));
  };
  std::vector<double> w;
  Scratch scratch;
  for (const Step& step : steps_) {
    const LevelAggregation& aggregation = step.aggregation;
    const std::size_t n = step.children.size();
    w.resize(n);
    for (std::size_t c = 0; c < n; ++c) w[c] = weights[step.children[c]];
    std::span<double> out = aggregates.Column(step.node - indicator_count_);
    if (aggregation.method == AggregationMethod::kCopeland) {
      Matrix group(units, n);
      for (std::size_t c = 0; c < n; ++c) {
        const std::span<const double> values = column(step.children[c]);
        std::copy(values.begin(), values.end(), group.Column(c).begin());
      }
      const std::vector<double> scores = CopelandScores(group, w);
      std::copy(scores.begin(), scores.end(), out.begin());
      continue;
    }
    scratch.weighted.assign(units, 0.0);
    scratch.weight_sum.assign(units, 0.0);
    scratch.present.assign(units, 0.0);
    scratch.missing.assign(aggregation.method == AggregationMethod::kGeneralised ? units : 0, 0.0);
    const std::optional<std::size_t> invalid = AccumulateColumns(
        step.children, w, aggregation, column, log_normalised, indicator_count_, scratch);
    if (invalid) {
      return DomainError(aggregation, codes_[step.node], codes_[*invalid], column(*invalid),
                         unit_codes);
    }
    FinishColumn(aggregation, n, scratch, out);
  }
  return Ok();
}

Result<Matrix> Aggregate(const Matrix& normalised, const IndexFramework& framework,
                         std::span<const double> weights, const AggregationSpec& spec,
                         std::span<const std::string> unit_codes) {
  if (normalised.cols() != framework.indicator_count()) {
    return InvalidArgument("expected " + std::to_string(framework.indicator_count()) +
                           " indicator columns, got " + std::to_string(normalised.cols()));
  }
  Result<Aggregator> aggregator = Aggregator::Create(framework, spec);
  if (!aggregator) return aggregator.error();
  const std::vector<double> nominal = framework.Weights();
  Matrix aggregates;
  const Status status =
      aggregator->Run(normalised, weights.empty() ? std::span<const double>(nominal) : weights,
                      unit_codes, aggregates);
  if (!status) return status.error();
  Matrix out(normalised.rows(), framework.node_count());
  for (std::size_t j = 0; j < framework.node_count(); ++j) {
    const std::span<const double> source = j < framework.indicator_count()
                                               ? normalised.Column(j)
                                               : aggregates.Column(j - framework.indicator_count());
    std::copy(source.begin(), source.end(), out.Column(j).begin());
  }
  return out;
}

}  // namespace lct::analysis
