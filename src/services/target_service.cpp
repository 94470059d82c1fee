#include "services/target_service.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

#include "domain/period.hpp"
#include "io/csv_reader.hpp"
#include "render/json_text.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

std::string TargetJson(const domain::Target& t, const std::string& indicator_code) {
  return render::JsonText(nlohmann::json{{"indicator", indicator_code},
                                         {"baseline_value", t.baseline_value},
                                         {"baseline_period", t.baseline_period},
                                         {"target_value", t.target_value},
                                         {"target_date", t.target_date},
                                         {"tolerance", t.tolerance},
                                         {"shape", domain::PathShapeKey(t.shape)},
                                         {"note", t.note}});
}

domain::AuditEntry TargetAudit(const Actor& actor, std::string action, std::string place_code,
                               const std::string& indicator_code, std::string before,
                               std::string after) {
  domain::AuditEntry e;
  if (actor.user) e.actor_user_id = actor.user->value;
  e.actor = actor.name.empty() ? "cli" : actor.name;
  e.action = std::move(action);
  e.entity = "target";
  e.entity_id = place_code + "/" + indicator_code;
  e.place_code = std::move(place_code);
  e.before_json = std::move(before);
  e.after_json = std::move(after);
  return e;
}

Result<DatedObservation> Dated(const domain::Observation& o) {
  auto period = domain::ParsePeriod(o.period);
  if (!period) return period.error();
  return DatedObservation{
      o.period, domain::PeriodLabel(*period), domain::PeriodEnd(*period), o.value, o.lower, o.upper,
      o.status};
}

}  // namespace

Result<std::vector<DatedObservation>> DatedSeries(store::Store& store, PlaceId place,
                                                  IndicatorId indicator) {
  auto observations = store.ListObservationsForPlace(place);
  if (!observations) return observations.error();
  std::vector<DatedObservation> out;
  for (const auto& o : *observations) {
    if (o.indicator != indicator) continue;
    auto dated = Dated(o);
    if (!dated) continue;  // a stored period that no longer parses is left out, not fatal
    out.push_back(std::move(*dated));
  }
  std::sort(out.begin(), out.end(), [](const DatedObservation& a, const DatedObservation& b) {
    return std::chrono::sys_days{a.date} < std::chrono::sys_days{b.date};
  });
  return out;
}

Result<TargetProgress> JudgeTarget(store::Store& store, const domain::Target& target) {
  auto indicators = store.ListIndicators();
  if (!indicators) return indicators.error();
  const auto it =
      std::find_if(indicators->begin(), indicators->end(),
                   [&](const domain::Indicator& i) { return i.id == target.indicator; });
  if (it == indicators->end()) return NotFound("the target's indicator no longer exists");
  TargetProgress progress;
  progress.target = target;
  progress.indicator = *it;
  auto baseline = domain::ParsePeriod(target.baseline_period);
  auto target_date = domain::ParseDate(target.target_date);
  if (!baseline || !target_date) {
    progress.problem = "the stored baseline period or target date cannot be read";
    return progress;
  }
  progress.baseline_label = domain::PeriodLabel(*baseline);
  progress.baseline_date = domain::PeriodEnd(*baseline);
  progress.target_date = *target_date;
  auto series = DatedSeries(store, target.place, target.indicator);
  if (!series) return series.error();
  progress.points = std::move(*series);
  std::vector<domain::DatedValue> values;
  for (const auto& p : progress.points) {
    if (p.value) values.push_back({p.date, *p.value});
  }
  progress.trend = domain::ComputeTrend(values);
  for (auto p = progress.points.rbegin(); p != progress.points.rend(); ++p) {
    if (p->value) {
      progress.latest = *p;
      break;
    }
  }
  domain::TargetSpec spec;
  spec.baseline_date = progress.baseline_date;
  spec.baseline = target.baseline_value;
  spec.target_date = progress.target_date;
  spec.target = target.target_value;
  spec.tolerance = target.tolerance;
  spec.shape = target.shape;
  std::optional<domain::DatedValue> latest;
  if (progress.latest) latest = domain::DatedValue{progress.latest->date, *progress.latest->value};
  auto assessment = domain::AssessTarget(spec, latest);
  if (!assessment) {
    progress.problem = assessment.error().message();
  } else {
    progress.assessment = std::move(*assessment);
  }
  return progress;
}

Result<std::vector<TargetProgress>> PlaceTargets(store::Store& store, std::string_view place_code) {
  auto place = store.GetPlace(place_code);
  if (!place) return place.error();
  auto targets = store.ListTargets(place->id);
  if (!targets) return targets.error();
  std::vector<TargetProgress> out;
  for (const auto& t : *targets) {
    auto progress = JudgeTarget(store, t);
    if (!progress) return progress.error();
    out.push_back(std::move(*progress));
  }
  std::sort(out.begin(), out.end(), [](const TargetProgress& a, const TargetProgress& b) {
    return a.indicator.name < b.indicator.name;
  });
  return out;
}

Result<std::optional<TargetProgress>> VisibleTarget(store::Store& store, const Reader& reader,
                                                    const domain::Place& place,
                                                    IndicatorId indicator) {
  if (!reader.MaySeePlace(place.code)) return std::optional<TargetProgress>();
  auto targets = store.ListTargets(place.id);
  if (!targets) return targets.error();
  for (const auto& t : *targets) {
    if (t.indicator != indicator) continue;
    auto progress = JudgeTarget(store, t);
    if (!progress) return progress.error();
    return std::optional<TargetProgress>(std::move(*progress));
  }
  return std::optional<TargetProgress>();
}

Result<std::vector<Error>> SetTarget(store::Store& store, const TargetInput& input,
                                     const Actor& actor) {
  auto place = store.GetPlace(input.place_code);
  if (!place) return place.error();
  auto indicator = store.GetIndicator(input.indicator_code);
  if (!indicator) return indicator.error();
  std::vector<Error> errors;
  const auto fail = [&](const char* field, std::string message) {
    errors.push_back(InvalidArgument(std::move(message), {"", 0, field}));
  };
  domain::Target t;
  t.place = place->id;
  t.indicator = indicator->id;
  t.note = input.note;
  const auto number = [&](const std::string& text, const char* field, double& out) {
    auto n = io::ParseNumber(text);
    if (!n) {
      fail(field, text.empty() ? "enter a number" : "'" + text + "' is not a number");
      return false;
    }
    out = *n;
    return true;
  };
  number(input.baseline_value, "baseline_value", t.baseline_value);
  number(input.target_value, "target_value", t.target_value);
  if (number(input.tolerance, "tolerance", t.tolerance) && (t.tolerance < 0 || t.tolerance > 1)) {
    fail("tolerance", "the tolerance is a share of the planned change, from 0 to 1 (e.g. 0.1)");
  }
  auto period = domain::NormalisePeriod(input.baseline_period);
  std::optional<domain::Date> baseline_end;
  if (!period) {
    fail("baseline_period", period.error().message());
  } else {
    t.baseline_period = *period;
    baseline_end = domain::PeriodEnd(*domain::ParsePeriod(*period));
  }
  auto date = domain::ParseDate(input.target_date);
  if (!date) {
    fail("target_date", date.error().message());
  } else {
    t.target_date = domain::FormatDate(*date);
    if (baseline_end && std::chrono::sys_days{*date} <= std::chrono::sys_days{*baseline_end}) {
      fail("target_date", "the target date must be after the baseline period ends (" +
                              domain::FormatDate(*baseline_end) + ")");
    }
  }
  auto shape = domain::PathShapeFromKey(input.shape);
  if (!shape) {
    fail("shape", "the path is linear or geometric");
  } else {
    t.shape = *shape;
    if (t.shape == domain::PathShape::kGeometric &&
        (t.baseline_value <= 0 || t.target_value <= 0)) {
      fail("shape", "a geometric path needs a baseline and a target above zero");
    }
  }
  if (!errors.empty()) return errors;
  auto existing = store.ListTargets(place->id);
  if (!existing) return existing.error();
  std::string before;
  for (const auto& old : *existing) {
    if (old.indicator == t.indicator) before = TargetJson(old, indicator->code);
  }
  auto status = store.Write([&](store::StoreWriter& writer) -> Status {
    auto id = writer.UpsertTarget(t);
    if (!id) return id.error();
    return writer.AppendAudit(TargetAudit(actor, before.empty() ? "target.create" : "target.update",
                                          place->code, indicator->code, before,
                                          TargetJson(t, indicator->code)));
  });
  if (!status) return status.error();
  return errors;
}

Status RemoveTarget(store::Store& store, std::string_view place_code,
                    std::string_view indicator_code, const Actor& actor) {
  auto place = store.GetPlace(place_code);
  if (!place) return place.error();
  auto indicator = store.GetIndicator(indicator_code);
  if (!indicator) return indicator.error();
  auto existing = store.ListTargets(place->id);
  if (!existing) return existing.error();
  std::string before;
  for (const auto& old : *existing) {
    if (old.indicator == indicator->id) before = TargetJson(old, indicator->code);
  }
  return store.Write([&](store::StoreWriter& writer) -> Status {
    if (auto status = writer.DeleteTarget(place->id, indicator->id); !status) return status;
    return writer.AppendAudit(
        TargetAudit(actor, "target.delete", place->code, indicator->code, before, ""));
  });
}

}  // namespace lct::services
