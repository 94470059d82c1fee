#include "render/place_register_pages.hpp"

#include <array>
#include <string_view>

#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

struct FieldSpec {
  std::string_view name;
  std::string_view label;
  std::string_view hint;
};

// docs/places-file.md, "The places file": the columns, in its order.
constexpr std::array<FieldSpec, 12> kFields = {{
    {"code", "Code", "Letters, digits and - _ . : (e.g. a GSS, NUTS or ISO 3166-2 code)"},
    {"name", "Name", ""},
    {"level", "Level", ""},
    {"parent", "Parent", "The code of the nearest place containing it; empty at the widest level"},
    {"membership", "Membership", ""},
    {"membership_date", "Membership date",
     "YYYY-MM-DD: when it joined, or for a former member when it left"},
    {"membership_reason", "Why it is a member or comparator", ""},
    {"latitude", "Latitude", "WGS 84 degrees, e.g. 51.62 (both or neither)"},
    {"longitude", "Longitude", "WGS 84 degrees, e.g. -3.94"},
    {"predecessors", "Predecessors",
     "Codes of places whose data it carries on, separated by spaces"},
    {"retired", "Retired", "YYYY-MM-DD when the place stopped existing; empty while it exists"},
    {"note", "Note", ""},
}};

std::string ValueOf(const FieldTexts& texts, std::string_view name) {
  const auto it = texts.find(name);
  return it == texts.end() ? std::string() : it->second;
}

Data Option(std::string_view value, std::string_view label, std::string_view chosen) {
  Data option;
  option.set("value", Str(value));
  option.set("label", Str(label));
  option.set("selected", Data{value == chosen});
  return option;
}

Data OptionsFor(const PlaceFormView& view, std::string_view name) {
  Data options{Data::type::list};
  const std::string chosen = ValueOf(view.values, name);
  if (name == "level") {
    for (const domain::GeographyLevel& level : view.levels) {
      options.push_back(Option(level.key, level.name, chosen));
    }
  } else {
    options.push_back(Option("", "None: an area containing others", chosen));
    options.push_back(Option("member", "Member", chosen));
    options.push_back(Option("comparator", "Comparator", chosen));
    options.push_back(Option("former", "Former member", chosen));
  }
  return options;
}

Data Fields(const PlaceFormView& view) {
  Data fields{Data::type::list};
  for (const FieldSpec& spec : kFields) {
    Data field;
    const std::string error = ValueOf(view.errors, spec.name);
    field.set("name", Str(spec.name));
    field.set("label", Str(spec.label));
    field.set("hint", Str(spec.hint));
    field.set("has_hint", Data{!spec.hint.empty()});
    field.set("value", Str(ValueOf(view.values, spec.name)));
    field.set("error", Str(error));
    field.set("has_error", Data{!error.empty()});
    field.set("readonly", Data{spec.name == "code" && !view.is_new});
    const bool select = spec.name == "level" || spec.name == "membership";
    field.set("select", Data{select});
    if (select) field.set("options", OptionsFor(view, spec.name));
    fields.push_back(field);
  }
  return fields;
}

}  // namespace

Result<std::string> PlaceRegisterPage(const PlaceRegisterView& view) {
  Data data;
  data.set("has_definition", Data{view.has_definition});
  data.set("network", Str(view.network));
  Data rows{Data::type::list};
  for (const PlaceRegisterRow& r : view.rows) {
    Data row;
    row.set("code", Str(r.code));
    row.set("name", Str(r.name));
    row.set("level", Str(r.level));
    row.set("parent", Str(r.parent));
    row.set("membership", Str(r.membership));
    row.set("retired", Str(r.retired));
    rows.push_back(row);
  }
  data.set("rows", rows);
  data.set("count", Str(std::to_string(view.rows.size())));
  return detail::RenderPage("admin_places", data, "Places", "none");
}

Result<std::string> PlaceFormPage(const PlaceFormView& view) {
  Data data;
  const std::string code = ValueOf(view.values, "code");
  data.set("is_new", Data{view.is_new});
  data.set("code", Str(code));
  data.set("csrf", Str(view.csrf));
  data.set("action", Str(view.is_new ? "/admin/places/new" : "/admin/places/" + code));
  data.set("fields", Fields(view));
  Data errors{Data::type::list};
  for (const FieldSpec& spec : kFields) {
    const std::string error = ValueOf(view.errors, spec.name);
    if (error.empty()) continue;
    Data item;
    item.set("field", Str(spec.name));
    item.set("message", Str(error));
    errors.push_back(item);
  }
  if (const std::string other = ValueOf(view.errors, ""); !other.empty()) {
    Data item;
    item.set("field", Str("code"));
    item.set("message", Str(other));
    errors.push_back(item);
  }
  data.set("has_errors", Data{!view.errors.empty()});
  data.set("errors", errors);
  data.set("retired", Data{!ValueOf(view.values, "retired").empty()});
  data.set("retire_date", Str(view.retire_date));
  data.set("retire_error", Str(view.retire_error));
  data.set("has_retire_error", Data{!view.retire_error.empty()});
  const std::string title = view.is_new ? "Add a place" : "Edit " + code;
  return detail::RenderPage("admin_place", data, title, "none");
}

}  // namespace lct::render
