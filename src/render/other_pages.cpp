#include "render/format.hpp"
#include "render/pages.hpp"
#include "render/svg_chart.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

Data IndicatorList(const std::vector<domain::Indicator>& indicators) {
  Data list{Data::type::list};
  for (const auto& i : indicators) {
    Data item;
    item.set("code", Str(i.code));
    item.set("name", Str(i.name));
    item.set("topic", Str(i.topic));
    item.set("measure", Str(i.measure));
    item.set("direction", Str(domain::DirectionLabel(i.direction)));
    item.set("source_org", Str(i.source_org));
    item.set("source_url", detail::WebLink(i.source_url));
    item.set("source_date", Str(i.source_date));
    item.set("dataset", Str(i.dataset));
    item.set("geography", Str(i.geography));
    item.set("proxy", Data{i.proxy});
    list.push_back(item);
  }
  return list;
}

}  // namespace

Result<std::string> IndicatorsPage(const std::vector<domain::Indicator>& indicators) {
  Data data;
  data.set("indicators", IndicatorList(indicators));
  return detail::RenderPage("indicators", data, "Indicators", "indicators");
}

Result<std::string> AboutDataPage(const std::vector<domain::Indicator>& indicators) {
  Data data;
  data.set("indicators", IndicatorList(indicators));
  return detail::RenderPage("about_data", data, "About the data", "about");
}

std::string ErrorPage(int status, std::string_view heading, std::string_view message) {
  Data data;
  data.set("heading", Str(heading));
  data.set("message", Str(message));
  auto page = detail::RenderPage("error", data, heading, "none");
  if (page) return *page;
  // The templates are compiled in, so this only happens if they are broken: stay plain.
  return "<!DOCTYPE html><html lang=\"en\"><title>Error " + std::to_string(status) +
         "</title><h1>" + EscapeXml(heading) + "</h1></html>";
}

}  // namespace lct::render
