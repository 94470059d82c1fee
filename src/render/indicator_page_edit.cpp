// The catalogue editing form (/indicators/new, /indicators/{code}/edit).
#include <array>

#include "render/indicator_page.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

// A text a template tests with {{#key}}: false when empty, since the template engine treats
// every string, even an empty one, as true.
Data Maybe(std::string_view text) { return text.empty() ? Data{false} : Str(text); }

struct TextField {
  const char* name;
  const char* label;
  const char* hint;
  bool multiline;
};

constexpr std::array<TextField, 12> kTextFields = {{
    {"name", "Name", "As the source names it.", false},
    {"description", "Description", "What it measures.", true},
    {"topic", "Topic", "For example: Adult learning.", false},
    {"measure", "Measure", "For example: Rate per 100,000 population.", false},
    {"unit", "Unit", "%, £ or empty.", false},
    {"geography", "Geography", "The level it is published at, e.g. Local authority district.",
     false},
    {"source_org", "Source organisation", "The organisation that publishes it.", false},
    {"source_url", "Source address", "A web address starting https://", false},
    {"source_date", "Source date", "When the source published it.", false},
    {"licence", "Licence", "For example: Open Government Licence v3.0.", false},
    {"caveats", "Caveats", "What a reader should know before using the figures.", true},
    {"dataset", "Data file", "The file its observations were loaded from.", false},
}};

std::string Value(const FormState& form, std::string_view field) {
  const auto it = form.values.find(field);
  return it == form.values.end() ? "" : it->second;
}

std::string Error(const FormState& form, std::string_view field) {
  const auto it = form.errors.find(field);
  return it == form.errors.end() ? "" : it->second;
}

Data Field(const FormState& form, const char* name, const char* label, const char* hint,
           bool multiline) {
  Data item;
  item.set("field", Str(name));
  item.set("label", Str(label));
  item.set("hint", Str(hint));
  item.set("value", Str(Value(form, name)));
  item.set("error", Maybe(Error(form, name)));
  item.set("multiline", Data{multiline});
  return item;
}

}  // namespace

FormState IndicatorFormValues(const domain::Indicator& i) {
  FormState form;
  form.values = {{"code", i.code},
                 {"name", i.name},
                 {"description", i.description},
                 {"topic", i.topic},
                 {"measure", i.measure},
                 {"unit", i.unit},
                 {"decimals", std::to_string(i.decimals)},
                 {"direction", domain::DirectionKey(i.direction)},
                 {"geography", i.geography},
                 {"source_org", i.source_org},
                 {"source_url", i.source_url},
                 {"source_date", i.source_date},
                 {"licence", i.licence},
                 {"caveats", i.caveats},
                 {"dataset", i.dataset},
                 {"proxy", i.proxy ? "yes" : ""}};
  std::string links;
  for (const auto& l : i.links) links += l + "\n";
  form.values["links"] = links;
  return form;
}

Result<std::string> IndicatorEditPage(IndicatorFormMode mode, std::string_view code,
                                      const FormState& form) {
  Data data;
  const bool is_new = mode == IndicatorFormMode::kNew;
  data.set("csrf", Str(form.csrf));
  data.set("is_new", Data{is_new});
  data.set("code", Str(code));
  data.set("action",
           Str(is_new ? "/indicators/new" : "/indicators/" + std::string(code) + "/edit"));
  data.set("code_field", Field(form, "code", "Code",
                               "1 to 64 lower-case letters, digits and hyphens; it cannot change "
                               "later.",
                               false));
  Data fields{Data::type::list};
  for (const auto& f : kTextFields)
    fields.push_back(Field(form, f.name, f.label, f.hint, f.multiline));
  data.set("fields", fields);
  data.set("decimals",
           Field(form, "decimals", "Decimals shown", "A whole number from 0 to 6.", false));
  data.set("links_field",
           Field(form, "links", "Links to the guide",
                 "One per line, as framework/item: a strand (toolkit/performance) or a criterion "
                 "(toolkit/partnership-1.1).",
                 true));
  Data directions{Data::type::list};
  const std::string chosen = Value(form, "direction");
  for (const auto d : {domain::Direction::kHigherIsBetter, domain::Direction::kLowerIsBetter,
                       domain::Direction::kNeutral}) {
    Data item;
    item.set("value", Str(domain::DirectionKey(d)));
    item.set("label", Str(domain::DirectionLabel(d)));
    item.set("selected", Data{chosen == domain::DirectionKey(d)});
    directions.push_back(item);
  }
  data.set("directions", directions);
  data.set("direction_error", Maybe(Error(form, "direction")));
  data.set("proxy", Data{!Value(form, "proxy").empty()});
  data.set("has_errors", Data{!form.errors.empty()});
  Data summary{Data::type::list};
  for (const auto& [field, message] : form.errors) {
    Data item;
    item.set("field", Str(field));
    item.set("message", Str(message));
    summary.push_back(item);
  }
  data.set("errors", summary);
  const std::string title = is_new ? "New indicator" : "Edit indicator " + std::string(code);
  return detail::RenderPage("indicator_edit", data, title, "indicators");
}

}  // namespace lct::render
