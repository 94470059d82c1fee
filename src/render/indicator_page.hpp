// The indicator page (/indicators/{code}): the definition, its links into the guide, a place
// picker and, for the chosen place, a time chart of the place, its region and its nation
// (with the place's target path when it has one) beside a table of the same figures; its CSV
// twin; and the catalogue editing form for network administrators.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "domain/place.hpp"
#include "render/account_pages.hpp"
#include "render/guide_links.hpp"
#include "render/time_chart.hpp"

namespace lct::render {

// The indicator's "framework/item" links resolved in the loaded frameworks: a strand goes to
// its section of the framework page, a criterion to its anchor on its level's page. A link
// whose framework or item is not loaded keeps its text and gets an empty url.
[[nodiscard]] std::vector<GuideLink> IndicatorGuideLinks(const std::vector<std::string>& links,
                                                         FrameworkSet frameworks);

struct PlaceChoice {
  std::string code;
  std::string name;
  bool member = false;
};

// An area's observations of the indicator.
struct AreaSeries {
  std::string code;
  std::string name;
  std::vector<TimePoint> points;  // oldest first
};

// The chosen place's target for the indicator, when it has one.
struct TargetOnChart {
  TargetPathLine path;
  std::string baseline_label;  // the baseline period as readers write it
  std::string status_label;    // e.g. "At risk"; empty when it cannot be judged
};

struct IndicatorPageView {
  domain::Indicator indicator;
  std::vector<GuideLink> links;
  std::vector<PlaceChoice> places;  // for the picker: members first, then comparators
  std::optional<AreaSeries> place;  // the chosen place, if any
  std::optional<AreaSeries> region;
  std::optional<AreaSeries> nation;
  std::optional<TargetOnChart> target;
  bool can_edit = false;  // a network administrator is looking
};

[[nodiscard]] Result<std::string> IndicatorPage(const IndicatorPageView& view);

// The page's table for the chosen place as CSV (RFC 4180, CRLF): one row per period of the
// place, with the region's and nation's value for the same period. Header only without a place.
[[nodiscard]] std::string IndicatorPlaceCsv(const IndicatorPageView& view);

enum class IndicatorFormMode { kNew, kEdit };

// The catalogue form: kNew for /indicators/new (the code is typed), kEdit for the indicator
// with `code` (fixed). `form` holds the values to show again and the field errors.
[[nodiscard]] Result<std::string> IndicatorEditPage(IndicatorFormMode mode, std::string_view code,
                                                    const FormState& form);

// The form's values for an indicator: every field as text, links one per line, proxy "yes"/"".
[[nodiscard]] FormState IndicatorFormValues(const domain::Indicator& indicator);

}  // namespace lct::render
