// A place's target dashboard (/places/{code}/targets): each target with its baseline, target,
// latest value, status (in words and with a shape, never colour alone), the rule that produced
// it, growth rates, trend and the data points behind them; the methods note (methods.md §4);
// and, for the place's co-ordinators, the form to set or replace a target and remove buttons.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "domain/target.hpp"
#include "domain/target_tracking.hpp"
#include "render/account_pages.hpp"
#include "render/time_chart.hpp"

namespace lct::render {

// One target and its progress (the render side of services::TargetProgress).
struct TargetRowView {
  domain::Target target;
  domain::Indicator indicator;
  std::string baseline_label;
  domain::Date target_date;
  std::optional<TimePoint> latest;
  std::optional<domain::TargetAssessment> assessment;  // empty when it cannot be judged
  std::string problem;                                 // why, then
  domain::Trend trend;
  std::vector<TimePoint> points;  // oldest first
};

struct TargetsView {
  std::string place_code;
  std::string place_name;
  std::vector<TargetRowView> targets;
  bool can_edit = false;                      // a co-ordinator of the place is looking
  std::vector<domain::Indicator> indicators;  // the form's choices
  FormState form;  // csrf, values kept after a failed submission, errors by field
};

[[nodiscard]] Result<std::string> TargetsPage(const TargetsView& view);

// The target form's values for a stored target (for replacing it).
[[nodiscard]] FormState TargetFormValues(const domain::Target& target,
                                         const domain::Indicator& indicator);

// "at-risk" -> "▲": the shape shown beside each status, so it is not told by colour alone.
[[nodiscard]] const char* TargetStatusSymbol(domain::TargetStatus status);

}  // namespace lct::render
