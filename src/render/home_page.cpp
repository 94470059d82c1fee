#include <array>
#include <utility>

#include "render/format.hpp"
#include "render/pages.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;
using domain::PlaceSort;
using domain::SortOrder;

struct ColumnSpec {
  PlaceSort sort;
  const char* label;
  bool numeric;
};

constexpr std::array<ColumnSpec, 7> kColumns = {{
    {PlaceSort::kName, "Place", false},
    {PlaceSort::kCode, "Code", false},
    {PlaceSort::kRegion, "Region", false},
    {PlaceSort::kPopulation, "Population (2021)", true},
    {PlaceSort::kDensity, "People per km²", true},
    {PlaceSort::kImdEducation, "IMD education score", true},
    {PlaceSort::kMembership, "Membership", false},
}};

constexpr std::array<std::pair<PlaceSort, const char*>, 7> kSortKeys = {{
    {PlaceSort::kName, "name"},
    {PlaceSort::kCode, "code"},
    {PlaceSort::kRegion, "region"},
    {PlaceSort::kPopulation, "population"},
    {PlaceSort::kDensity, "density"},
    {PlaceSort::kImdEducation, "imd-education"},
    {PlaceSort::kMembership, "membership"},
}};

std::string Link(std::string_view base, const domain::PlaceListQuery& q, PlaceSort sort,
                 SortOrder order) {
  std::string link = std::string(base) + "?sort=" + PlaceSortKey(sort) +
                     "&order=" + (order == SortOrder::kAscending ? "asc" : "desc");
  if (!q.region_code.empty()) link += "&region=" + q.region_code;
  if (q.role) link += std::string("&membership=") + domain::MembershipRoleKey(*q.role);
  return link;
}

std::string Context(const std::optional<domain::ContextValue>& v, int decimals) {
  return v ? FormatNumber(v->value, decimals) : "–";
}

Data Columns(const domain::PlaceListQuery& q) {
  Data columns{Data::type::list};
  for (const auto& c : kColumns) {
    const bool sorted = c.sort == q.sort;
    // Numbers open largest first; a second click reverses.
    SortOrder next = c.numeric ? SortOrder::kDescending : SortOrder::kAscending;
    if (sorted)
      next = q.order == SortOrder::kAscending ? SortOrder::kDescending : SortOrder::kAscending;
    Data col;
    col.set("label", Str(c.label));
    col.set("numeric", Data{c.numeric});
    col.set("link", Str(Link("/", q, c.sort, next)));
    col.set("sorted", Data{sorted});
    col.set("aria_sort", Str(q.order == SortOrder::kAscending ? "ascending" : "descending"));
    col.set("mark", Str(q.order == SortOrder::kAscending ? "▲" : "▼"));
    columns.push_back(col);
  }
  return columns;
}

Data Filters(const domain::PlaceList& list, Data& data) {
  Data regions{Data::type::list};
  for (const auto& r : list.regions) {
    Data item;
    item.set("code", Str(r.code));
    item.set("name", Str(r.name));
    item.set("selected", Data{r.code == list.query.region_code});
    regions.push_back(item);
  }
  Data memberships{Data::type::list};
  const std::array<std::pair<const char*, const char*>, 3> options = {
      {{"", "Members and comparators"},
       {"member", "Members only"},
       {"comparator", "Comparators only"}}};
  for (const auto& [value, label] : options) {
    Data item;
    item.set("value", Str(value));
    item.set("label", Str(label));
    const std::string current = list.query.role ? domain::MembershipRoleKey(*list.query.role) : "";
    item.set("selected", Data{current == value});
    memberships.push_back(item);
  }
  data.set("memberships", memberships);
  return regions;
}

}  // namespace

const char* PlaceSortKey(PlaceSort sort) {
  for (const auto& [s, key] : kSortKeys) {
    if (s == sort) return key;
  }
  return "name";
}

std::optional<PlaceSort> PlaceSortFromKey(std::string_view key) {
  for (const auto& [s, k] : kSortKeys) {
    if (key == k) return s;
  }
  return std::nullopt;
}

Result<std::string> HomePage(const domain::PlaceList& list) {
  Data data;
  data.set("has_network", Data{!list.network.name.empty()});
  data.set("network_name", Str(list.network.name));
  data.set("network_description", Str(list.network.description));
  data.set("member_count", Str(std::to_string(list.member_count)));
  data.set("comparator_count", Str(std::to_string(list.comparator_count)));
  data.set("shown_count", Str(std::to_string(list.places.size())));
  data.set("regions", Filters(list, data));
  data.set("columns", Columns(list.query));
  data.set("sort", Str(PlaceSortKey(list.query.sort)));
  data.set("order", Str(list.query.order == SortOrder::kAscending ? "asc" : "desc"));
  data.set("csv_link", Str(Link("/places.csv", list.query, list.query.sort, list.query.order)));
  std::string sort_label;
  for (const auto& c : kColumns) {
    if (c.sort == list.query.sort) sort_label = c.label;
  }
  data.set("sort_description",
           Str("sorted by " + sort_label +
               (list.query.order == SortOrder::kAscending ? ", ascending" : ", descending")));
  Data places{Data::type::list};
  for (const auto& s : list.places) {
    Data row;
    row.set("code", Str(s.place.code));
    row.set("name", Str(s.place.name));
    row.set("region", Str(s.region_name.empty() ? s.nation_name : s.region_name));
    row.set("population", Str(Context(s.place.population_2021, 0)));
    row.set("density", Str(Context(s.place.density_2021, 0)));
    row.set("imd_education", Str(Context(s.place.imd_education, 1)));
    row.set("member", Data{s.role == domain::MembershipRole::kMember});
    places.push_back(row);
  }
  data.set("places", places);
  return detail::RenderPage("home", data, list.network.name.empty() ? "Network" : list.network.name,
                            "network");
}

}  // namespace lct::render
