#include "render/import_pages.hpp"

#include "render/format.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

std::string Count(std::int64_t n) { return FormatValue(static_cast<double>(n), "", 0); }

}  // namespace

Result<std::string> ImportFormPage(const ImportFormView& view) {
  Data data;
  data.set("csrf", Str(view.csrf));
  if (!view.error.empty()) data.set("error", Str(view.error));
  for (const char* layout : {"auto", "ons", "long", "wide"}) {
    data.set(std::string("layout_") + layout, view.layout == layout);
  }
  Data mapping{Data::type::list};
  for (const auto& [field, column] : view.mapping) {
    Data item;
    item.set("field", Str(field));
    item.set("column", Str(column));
    mapping.push_back(item);
  }
  data.set("mapping", mapping);
  Data indicators{Data::type::list};
  for (const auto& [code, name] : view.indicators) {
    Data item;
    item.set("code", Str(code));
    item.set("name", Str(name));
    item.set("selected", code == view.fixed_indicator);
    indicators.push_back(item);
  }
  data.set("indicators", indicators);
  data.set("fixed_period", Str(view.fixed_period));
  data.set("ignore", Str(view.ignore));
  return detail::RenderPage("import", data, "Import data", "indicators");
}

Result<std::string> ImportReportPage(const ImportReportView& view) {
  Data data;
  data.set("csrf", Str(view.csrf));
  data.set("id", Str(view.id));
  data.set("file_name", Str(view.file_name));
  data.set("done", view.done);
  data.set("preview", !view.done);
  data.set("committed", view.committed);
  data.set("refused", view.refused);
  data.set("not_written_because", Str(view.not_written_because));
  data.set("rows", Str(Count(view.rows)));
  data.set("added", Str(Count(view.added)));
  data.set("changed", Str(Count(view.changed)));
  data.set("unchanged", Str(Count(view.unchanged)));
  data.set("rejected", Str(Count(view.rejected)));
  data.set("has_rejected", view.rejected > 0);
  data.set("can_write", view.added + view.changed > 0);
  data.set("accepted", Str(Count(view.added + view.changed + view.unchanged)));
  Data by_indicator{Data::type::list};
  for (const auto& [code, n] : view.by_indicator) {
    Data item;
    item.set("code", Str(code));
    item.set("count", Str(Count(n)));
    by_indicator.push_back(item);
  }
  data.set("by_indicator", by_indicator);
  data.set("has_by_indicator", !view.by_indicator.empty());
  Data by_reason{Data::type::list};
  for (const auto& [reason, n] : view.by_reason) {
    Data item;
    item.set("reason", Str(reason));
    item.set("count", Str(Count(n)));
    by_reason.push_back(item);
  }
  data.set("by_reason", by_reason);
  Data rejects{Data::type::list};
  for (const auto& r : view.rejects) {
    Data item;
    item.set("line", Str(std::to_string(r.line)));
    item.set("column", Str(r.column));
    item.set("reason", Str(r.reason));
    rejects.push_back(item);
  }
  data.set("rejects", rejects);
  data.set("more_rejects", view.rejected > static_cast<std::int64_t>(view.rejects.size()));
  data.set("listed_rejects", Str(Count(static_cast<std::int64_t>(view.rejects.size()))));
  return detail::RenderPage("import_report", data, view.done ? "Import result" : "Check the import",
                            "indicators");
}

}  // namespace lct::render
