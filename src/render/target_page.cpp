#include "render/target_page.hpp"

#include <fmt/format.h>

#include "domain/period.hpp"
#include "render/format.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

// A text a template tests with {{#key}}: false when empty, since the template engine treats
// every string, even an empty one, as true.
Data Maybe(std::string_view text) { return text.empty() ? Data{false} : Str(text); }

constexpr int kRatioDecimals = 2;
constexpr int kRateDecimals = 2;
constexpr double kPercent = 100.0;

std::string Value(const domain::Indicator& i, std::optional<double> v) {
  return FormatValue(v, i.unit, i.decimals);
}

// A growth rate as a percentage a year: "4.73% a year".
std::string Rate(const std::optional<double>& rate) {
  if (!rate) return "–";
  return FormatNumber(*rate * kPercent, kRateDecimals) + "% a year";
}

std::string Interval(const TimePoint& p, const domain::Indicator& i) {
  if (!p.lower || !p.upper) return {};
  return Value(i, p.lower) + " to " + Value(i, p.upper);
}

std::string FormValue(const FormState& form, std::string_view field, std::string_view fallback) {
  const auto it = form.values.find(field);
  return it == form.values.end() ? std::string(fallback) : it->second;
}

void SetStatus(Data& item, const TargetRowView& t) {
  if (!t.assessment) {
    item.set("status_key", Str("unknown"));
    item.set("status_label", Str("Cannot be judged"));
    item.set("status_symbol", Str("?"));
    item.set("rule", Str(t.problem));
    return;
  }
  const auto& a = *t.assessment;
  item.set("status_key", Str(domain::TargetStatusKey(a.status)));
  item.set("status_label", Str(domain::TargetStatusLabel(a.status)));
  item.set("status_symbol", Str(TargetStatusSymbol(a.status)));
  item.set("rule", Str(a.rule));
}

void SetFigures(Data& item, const TargetRowView& t) {
  const auto& i = t.indicator;
  if (!t.assessment || t.assessment->status == domain::TargetStatus::kNoData) {
    item.set("has_figures", Data{false});
    return;
  }
  const auto& a = *t.assessment;
  item.set("has_figures", Data{true});
  item.set("expected", Str(Value(i, a.expected)));
  item.set("elapsed", Str(FormatNumber(a.fraction_elapsed * kPercent, 0) + "%"));
  item.set("progress_ratio", Str(a.progress_ratio ? FormatNumber(*a.progress_ratio, kRatioDecimals)
                                                  : "– (the path expects no change yet)"));
  const bool has_cagr = a.cagr_observed || a.cagr_required || a.cagr_needed;
  item.set("has_cagr", Data{has_cagr});
  item.set("cagr_observed", Str(Rate(a.cagr_observed)));
  item.set("cagr_required", Str(Rate(a.cagr_required)));
  item.set("cagr_needed", Str(Rate(a.cagr_needed)));
  item.set("cagr_ratio", Str(a.cagr_ratio ? FormatNumber(*a.cagr_ratio, kRatioDecimals) : "–"));
  item.set("cagr_reason", Maybe(a.cagr_reason));
}

void SetTrend(Data& item, const TargetRowView& t) {
  const auto& i = t.indicator;
  const auto& trend = t.trend;
  item.set("trend_points", Str(std::to_string(trend.points)));
  item.set("annual_change",
           Str(trend.annual_change ? FormatNumber(*trend.annual_change, i.decimals + 1) + " a year"
                                   : "–"));
  item.set("compound_growth", Str(Rate(trend.compound_growth)));
  item.set("trend_reason", Maybe(trend.reason));
  Data points{Data::type::list};
  for (std::size_t k = t.points.size(); k-- > 0;) {  // newest first
    const TimePoint* p = &t.points[k];
    Data row;
    row.set("label", Str(p->label));
    row.set("date", Str(FormatDay(p->date)));
    row.set("value", Str(Value(i, p->value)));
    row.set("interval", Str(Interval(*p, i)));
    row.set("status", Str(domain::ObservationStatusLabel(p->status)));
    points.push_back(row);
  }
  item.set("points", points);
  item.set("point_count", Str(std::to_string(t.points.size())));
}

Data TargetItem(const TargetRowView& t, const std::string& place_code) {
  const auto& i = t.indicator;
  Data item;
  item.set("indicator_code", Str(i.code));
  item.set("indicator_name", Str(i.name));
  item.set("measure", Str(i.measure));
  item.set("indicator_href", Str("/indicators/" + i.code + "?place=" + place_code));
  item.set("baseline_value", Str(Value(i, t.target.baseline_value)));
  item.set("baseline_period", Str(t.baseline_label));
  item.set("target_value", Str(Value(i, t.target.target_value)));
  item.set("target_date",
           Str(t.target_date.ok() ? FormatDay(t.target_date) : t.target.target_date));
  item.set("latest_value", Str(t.latest ? Value(i, t.latest->value) : "–"));
  item.set("latest_period", Str(t.latest ? t.latest->label : "no value yet"));
  item.set("tolerance", Str(FormatNumber(t.target.tolerance * kPercent, 0) + "%"));
  item.set("shape", Str(domain::PathShapeKey(t.target.shape)));
  item.set("note", Maybe(t.target.note));
  item.set("edit_href",
           Str("/places/" + place_code + "/targets?indicator=" + i.code + "#target-form"));
  item.set("delete_action", Str("/places/" + place_code + "/targets/" + i.code + "/delete"));
  SetStatus(item, t);
  SetFigures(item, t);
  SetTrend(item, t);
  return item;
}

Data FormField(const FormState& form, const char* name, std::string_view fallback = {}) {
  Data field;
  field.set("value", Str(FormValue(form, name, fallback)));
  const auto error = form.errors.find(name);
  field.set("error", Maybe(error == form.errors.end() ? "" : error->second));
  return field;
}

void SetForm(Data& data, const TargetsView& view) {
  const FormState& form = view.form;
  data.set("csrf", Str(form.csrf));
  Data f;
  const std::string chosen = FormValue(form, "indicator", "");
  Data options{Data::type::list};
  for (const auto& i : view.indicators) {
    Data option;
    option.set("code", Str(i.code));
    option.set("name", Str(i.name));
    option.set("selected", Data{i.code == chosen});
    options.push_back(option);
  }
  f.set("indicators", options);
  f.set("indicator", FormField(form, "indicator"));
  f.set("baseline_value", FormField(form, "baseline_value"));
  f.set("baseline_period", FormField(form, "baseline_period"));
  f.set("target_value", FormField(form, "target_value"));
  f.set("target_date", FormField(form, "target_date"));
  f.set("tolerance", FormField(form, "tolerance", "0.1"));
  f.set("note", FormField(form, "note"));
  const std::string shape = FormValue(form, "shape", "linear");
  f.set("shape_error",
        Maybe(form.errors.contains("shape") ? form.errors.find("shape")->second : ""));
  f.set("linear", Data{shape != "geometric"});
  f.set("geometric", Data{shape == "geometric"});
  f.set("has_errors", Data{!form.errors.empty()});
  Data summary{Data::type::list};
  for (const auto& [field, message] : form.errors) {
    Data item;
    item.set("field", Str(field));
    item.set("message", Str(message));
    summary.push_back(item);
  }
  f.set("errors", summary);
  if (!form.notice.empty()) f.set("notice", Str(form.notice));
  data.set("form", f);
}

}  // namespace

const char* TargetStatusSymbol(domain::TargetStatus status) {
  switch (status) {
    case domain::TargetStatus::kAchieved:
      return "\u2714";  // heavy check mark
    case domain::TargetStatus::kOnTrack:
      return "\u25CF";  // black circle
    case domain::TargetStatus::kAtRisk:
      return "\u25B2";  // black up-pointing triangle
    case domain::TargetStatus::kOffTrack:
      return "\u25A0";  // black square
    case domain::TargetStatus::kMissed:
      return "\u2716";  // heavy multiplication x
    case domain::TargetStatus::kNoData:
      return "\u25CB";  // white circle
  }
  return "?";
}

FormState TargetFormValues(const domain::Target& target, const domain::Indicator& indicator) {
  FormState form;
  form.values = {{"indicator", indicator.code},
                 {"baseline_value", fmt::format("{}", target.baseline_value)},
                 {"baseline_period", target.baseline_period},
                 {"target_value", fmt::format("{}", target.target_value)},
                 {"target_date", target.target_date},
                 {"tolerance", fmt::format("{}", target.tolerance)},
                 {"shape", domain::PathShapeKey(target.shape)},
                 {"note", target.note}};
  return form;
}

Result<std::string> TargetsPage(const TargetsView& view) {
  Data data;
  data.set("place_code", Str(view.place_code));
  data.set("place_name", Str(view.place_name));
  Data targets{Data::type::list};
  for (const auto& t : view.targets) targets.push_back(TargetItem(t, view.place_code));
  data.set("targets", targets);
  data.set("has_targets", Data{!view.targets.empty()});
  data.set("count", Str(std::to_string(view.targets.size())));
  data.set("can_edit", Data{view.can_edit});
  if (view.can_edit) SetForm(data, view);
  return detail::RenderPage("targets", data, "Targets: " + view.place_name, "network_section");
}

}  // namespace lct::render
