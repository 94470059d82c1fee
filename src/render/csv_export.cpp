#include "render/csv_export.hpp"

#include <optional>

#include "render/csv_writer.hpp"

namespace lct::render {
namespace {

std::optional<double> Context(const std::optional<domain::ContextValue>& v) {
  return v ? std::optional<double>(v->value) : std::nullopt;
}

}  // namespace

std::string PlacesCsv(const domain::PlaceList& list) {
  CsvWriter csv({"code", "name", "kind", "region", "nation", "membership", "population_2021",
                 "density_2021_per_km2", "imd2019_education_score"});
  for (const auto& s : list.places) {
    csv.Text(s.place.code)
        .Text(s.place.name)
        .Text(domain::AreaKindLabel(s.place.kind))
        .Text(s.region_name)
        .Text(s.nation_name)
        .Text(domain::MembershipRoleKey(s.role))
        .Number(Context(s.place.population_2021))
        .Number(Context(s.place.density_2021))
        .Number(Context(s.place.imd_education))
        .EndRow();
  }
  return std::move(csv).Take();
}

std::string PlaceIndicatorsCsv(const domain::PlaceProfile& profile) {
  CsvWriter csv({"place_code", "place_name", "indicator_code", "indicator", "period", "value",
                 "lower_95", "upper_95", "status", "note", "unit", "source"});
  for (const auto& ip : profile.indicators) {
    for (const auto& p : ip.series) {
      csv.Text(profile.summary.place.code)
          .Text(profile.summary.place.name)
          .Text(ip.indicator.code)
          .Text(ip.indicator.name)
          .Text(p.period)
          .Number(p.value)
          .Number(p.lower)
          .Number(p.upper)
          .Text(domain::ObservationStatusLabel(p.status))
          .Text(p.note)
          .Text(ip.indicator.unit)
          .Text(ip.indicator.source_org)
          .EndRow();
    }
  }
  return std::move(csv).Take();
}

std::string IndicatorsCsv(const std::vector<domain::Indicator>& indicators) {
  CsvWriter csv({"code", "name", "description", "topic", "measure", "unit", "decimals", "direction",
                 "source_org", "source_url", "source_date", "licence", "caveats", "dataset",
                 "geography", "proxy", "links"});
  for (const auto& i : indicators) {
    std::string links;
    for (const auto& link : i.links) links += (links.empty() ? "" : "; ") + link;
    csv.Text(i.code)
        .Text(i.name)
        .Text(i.description)
        .Text(i.topic)
        .Text(i.measure)
        .Text(i.unit)
        .Integer(i.decimals)
        .Text(domain::DirectionKey(i.direction))
        .Text(i.source_org)
        .Text(i.source_url)
        .Text(i.source_date)
        .Text(i.licence)
        .Text(i.caveats)
        .Text(i.dataset)
        .Text(i.geography)
        .Text(i.proxy ? "yes" : "no")
        .Text(links)
        .EndRow();
  }
  return std::move(csv).Take();
}

std::string TargetsCsv(const TargetsView& view) {
  CsvWriter csv({"indicator_code",
                 "indicator",
                 "unit",
                 "baseline_value",
                 "baseline_period",
                 "target_value",
                 "target_date",
                 "tolerance",
                 "shape",
                 "latest_period",
                 "latest_value",
                 "status",
                 "rule",
                 "expected",
                 "progress_ratio",
                 "cagr_observed",
                 "cagr_required",
                 "cagr_needed",
                 "trend_annual_change",
                 "note",
                 "problem"});
  for (const auto& row : view.targets) {
    const domain::Target& t = row.target;
    const auto* a = row.assessment ? &*row.assessment : nullptr;
    csv.Text(row.indicator.code)
        .Text(row.indicator.name)
        .Text(row.indicator.unit)
        .Number(t.baseline_value)
        .Text(t.baseline_period)
        .Number(t.target_value)
        .Text(t.target_date)
        .Number(t.tolerance)
        .Text(domain::PathShapeKey(t.shape))
        .Text(row.latest ? row.latest->period : "")
        .Number(row.latest ? row.latest->value : std::nullopt)
        .Text(a != nullptr ? domain::TargetStatusKey(a->status) : "")
        .Text(a != nullptr ? a->rule : "")
        .Number(a != nullptr ? std::optional<double>(a->expected) : std::nullopt)
        .Number(a != nullptr ? a->progress_ratio : std::nullopt)
        .Number(a != nullptr ? a->cagr_observed : std::nullopt)
        .Number(a != nullptr ? a->cagr_required : std::nullopt)
        .Number(a != nullptr ? a->cagr_needed : std::nullopt)
        .Number(row.trend.annual_change)
        .Text(t.note)
        .Text(row.problem)
        .EndRow();
  }
  return std::move(csv).Take();
}

}  // namespace lct::render
