// StandardiseContext (methods.md §2.3 steps 1-2 and the sd = 0 and weight edge cases).
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "analysis/peer_groups.hpp"
#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

constexpr std::size_t kMinUnits = 3;

Status CheckIds(std::span<const std::string> unit_ids) {
  std::set<std::string> seen;
  for (const std::string& id : unit_ids) {
    if (id.empty()) return InvalidArgument("peer groups: a place has an empty id");
    if (!seen.insert(id).second) {
      return InvalidArgument("peer groups: place id '" + id + "' appears twice");
    }
  }
  return Ok();
}

Status CheckWeights(std::span<const ContextVariable> variables) {
  double total = 0;
  for (const ContextVariable& v : variables) {
    if (!std::isfinite(v.weight) || v.weight < 0) {
      return InvalidArgument(
          "peer groups: the weight of '" + v.name + "' must be a finite number >= 0",
          ErrorLocation{"", 0, v.name});
    }
    total += v.weight;
  }
  if (!(total > 0)) return InvalidArgument("peer groups: all context weights are 0");
  return Ok();
}

// The variable's values after its transform; an error names the first value a log cannot take.
Result<std::vector<double>> Transformed(const ContextVariable& variable,
                                        std::span<const std::string> unit_ids) {
  if (variable.values.size() != unit_ids.size()) {
    return InvalidArgument("peer groups: '" + variable.name + "' has " +
                               std::to_string(variable.values.size()) + " values for " +
                               std::to_string(unit_ids.size()) + " places",
                           ErrorLocation{"", 0, variable.name});
  }
  std::vector<double> out(variable.values.begin(), variable.values.end());
  if (variable.transform == ContextTransform::kNone) return out;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (std::isnan(out[i])) continue;
    if (!(out[i] > 0)) {
      return InvalidArgument("peer groups: '" + variable.name + "' is log-transformed but place '" +
                                 unit_ids[i] + "' has the value " + std::to_string(out[i]) +
                                 " (must be > 0)",
                             ErrorLocation{"", 0, variable.name});
    }
    out[i] = std::log(out[i]);
  }
  return out;
}

}  // namespace

Result<PeerSpace> StandardiseContext(std::span<const std::string> unit_ids,
                                     std::span<const ContextVariable> variables) {
  if (variables.empty()) return InvalidArgument("peer groups: no context variable chosen");
  if (Status ids = CheckIds(unit_ids); !ids) return ids.error();
  if (Status weights = CheckWeights(variables); !weights) return weights.error();

  PeerSpace space;
  space.unit_ids.assign(unit_ids.begin(), unit_ids.end());
  std::vector<std::vector<double>> kept;
  for (std::size_t j = 0; j < variables.size(); ++j) {
    Result<std::vector<double>> values = Transformed(variables[j], unit_ids);
    if (!values) return values.error();
    const double sd = SampleSd(*values);
    std::string reason;
    if (std::isnan(sd)) {
      reason = "fewer than two places have a value";
    } else if (!(sd > 0)) {
      reason = "no spread (sd = 0)";
    }
    if (!reason.empty()) {
      space.warnings.push_back("context variable '" + variables[j].name + "' dropped: " + reason);
      space.dropped.push_back({variables[j].name, std::move(reason)});
      continue;
    }
    space.variables.push_back(variables[j].name);
    space.variable_positions.push_back(j);
    space.means.push_back(Mean(*values));
    space.sds.push_back(sd);
    space.weights.push_back(variables[j].weight);
    kept.push_back(std::move(*values));
  }

  space.z = Matrix(unit_ids.size(), kept.size());
  for (std::size_t j = 0; j < kept.size(); ++j) {
    for (std::size_t i = 0; i < unit_ids.size(); ++i) {
      space.z(i, j) = (kept[j][i] - space.means[j]) / space.sds[j];  // NaN stays NaN
    }
  }

  double kept_weight = 0;
  for (const double w : space.weights) kept_weight += w;
  if (unit_ids.size() < kMinUnits) {
    space.status = MethodStatus::kInsufficientData;
    space.status_reason =
        "peer groups need at least 3 places; there are " + std::to_string(unit_ids.size());
  } else if (!(kept_weight > 0)) {
    space.status = MethodStatus::kInsufficientData;
    space.status_reason = "no context variable with a positive weight varies across the places";
  }
  return space;
}

}  // namespace lct::analysis
