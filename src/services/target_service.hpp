// Targets and progress: a place's baseline and target for an indicator, judged against its
// latest observation on the target's path (methods.md §4), with the trend of its series.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "domain/place.hpp"
#include "domain/target.hpp"
#include "domain/target_tracking.hpp"
#include "services/account_service.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// One observed value of the place's series, dated by the last day of its period.
struct DatedObservation {
  std::string period;  // as stored, e.g. "2023-08-01/P1Y"
  std::string label;   // as readers write it, e.g. "2023/24"
  domain::Date date;   // the period's last day
  std::optional<double> value;
  std::optional<double> lower;
  std::optional<double> upper;
  domain::ObservationStatus status = domain::ObservationStatus::kNormal;
};

struct TargetProgress {
  domain::Target target;
  domain::Indicator indicator;
  std::string baseline_label;  // the baseline period as readers write it
  domain::Date baseline_date;
  domain::Date target_date;
  std::optional<DatedObservation> latest;  // the newest observation with a value
  // The status with its figures; empty when the target cannot be judged (see `problem`).
  std::optional<domain::TargetAssessment> assessment;
  std::string problem;
  domain::Trend trend;                   // over the points below
  std::vector<DatedObservation> points;  // every observation of the place, oldest first
};

// The place's targets with their progress, ordered by indicator name. NotFound for no place.
[[nodiscard]] Result<std::vector<TargetProgress>> PlaceTargets(store::Store& store,
                                                               std::string_view place_code);

// Progress for one target (a stored one, or one being previewed).
[[nodiscard]] Result<TargetProgress> JudgeTarget(store::Store& store, const domain::Target& target);

// The place's target for `indicator` with its progress, for `reader`: nothing when the place
// has no target for it, or when the reader may not see the place's targets (a place's targets
// are its partnership's business: only its people and network administrators see them).
[[nodiscard]] Result<std::optional<TargetProgress>> VisibleTarget(store::Store& store,
                                                                  const Reader& reader,
                                                                  const domain::Place& place,
                                                                  IndicatorId indicator);

// What a form or the command line gives for a target.
struct TargetInput {
  std::string place_code;
  std::string indicator_code;
  std::string baseline_value;
  std::string baseline_period;
  std::string target_value;
  std::string target_date;
  std::string tolerance = "0.1";
  std::string shape = "linear";
  std::string note;
};

// Checks and saves a target (replacing the place's target for the indicator). The errors name
// their field (baseline_value, baseline_period, target_value, target_date, tolerance, shape);
// nothing is written when there are any. NotFound for an unknown place or indicator.
// The change is recorded in the audit log (before and after) in the same transaction.
[[nodiscard]] Result<std::vector<Error>> SetTarget(store::Store& store, const TargetInput& input,
                                                   const Actor& actor = {});

// NotFound when the place, the indicator or the target does not exist.
[[nodiscard]] Status RemoveTarget(store::Store& store, std::string_view place_code,
                                  std::string_view indicator_code, const Actor& actor = {});

// The place's observations of one indicator, dated, oldest first.
[[nodiscard]] Result<std::vector<DatedObservation>> DatedSeries(store::Store& store, PlaceId place,
                                                                IndicatorId indicator);

}  // namespace lct::services
