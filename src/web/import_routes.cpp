// The import pages (upload, preview, confirm) for network administrators, and the Excel
// downloads of the catalogue and of observations.
#include <sstream>
#include <string>

#include "domain/column_mapping.hpp"
#include "render/import_pages.hpp"
#include "services/export_service.hpp"
#include "services/import_upload.hpp"
#include "services/network_service.hpp"
#include "services/services.hpp"
#include "web/app.hpp"
#include "web/auth_context.hpp"
#include "web/handler_support.hpp"
#include "web/redirect.hpp"
#include "web/routes.hpp"

namespace lct::web {
namespace {

constexpr const char* kMappedFields[] = {"place", "indicator", "period", "value",
                                         "lower", "upper",     "status", "note"};

Response Xlsx(std::string body, const std::string& filename) {
  Response response;
  response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  response.body = std::move(body);
  response.SetHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return response;
}

std::string Field(const Form& form, std::string_view name) { return form.Field(name).value_or(""); }

// The upload form's choices, from a submitted form (to show them again) or empty.
render::ImportFormView FormView(services::StoreHandle store, const RouteContext& ctx) {
  render::ImportFormView view;
  view.csrf = ctx.principal.csrf_token;
  const Form& form = ctx.form;
  if (auto layout = form.Field("layout")) view.layout = *layout;
  for (const char* field : kMappedFields) {
    view.mapping.emplace_back(field, Field(form, std::string("map_") + field));
  }
  view.fixed_indicator = Field(form, "fixed_indicator");
  view.fixed_period = Field(form, "fixed_period");
  view.ignore = Field(form, "ignore");
  if (auto indicators = services::ListIndicators(store)) {
    for (const auto& i : *indicators) view.indicators.emplace_back(i.code, i.name);
  }
  return view;
}

Result<Response> FormPage(services::StoreHandle store, const RouteContext& ctx, int status,
                          std::string error) {
  auto view = FormView(store, ctx);
  view.error = std::move(error);
  auto page = render::ImportFormPage(view);
  if (!page) return page.error();
  Response response = NoStore(Html(std::move(*page)));
  response.status = status;
  return response;
}

// Builds import options from the upload form; an error names the field.
Result<services::ImportOptions> OptionsFrom(const Form& form) {
  services::ImportOptions options;
  const std::string layout = Field(form, "layout");
  auto parsed = domain::CsvLayoutFromKey(layout.empty() ? "auto" : layout);
  if (!parsed) return InvalidArgument("unknown layout '" + layout + "'");
  options.mapping.layout = *parsed;
  for (const char* field : kMappedFields) {
    const std::string column = Field(form, std::string("map_") + field);
    if (column.empty()) continue;
    if (auto status =
            services::ApplyMappingOption(options.mapping, std::string(field) + "=" + column);
        !status) {
      return status.error();
    }
  }
  options.mapping.fixed_indicator = Field(form, "fixed_indicator");
  options.mapping.fixed_period = Field(form, "fixed_period");
  std::stringstream ignore(Field(form, "ignore"));
  for (std::string column; std::getline(ignore, column, ',');) {
    while (!column.empty() && column.front() == ' ') column.erase(column.begin());
    while (!column.empty() && column.back() == ' ') column.pop_back();
    if (!column.empty()) options.mapping.ignore.push_back(column);
  }
  return options;
}

render::ImportReportView ReportView(const RouteContext& ctx, const services::ImportReport& r) {
  render::ImportReportView view;
  view.csrf = ctx.principal.csrf_token;
  view.file_name = r.source;
  view.committed = r.committed;
  view.not_written_because = r.not_written_because;
  view.rows = r.rows;
  view.added = r.counts.added;
  view.changed = r.counts.changed;
  view.unchanged = r.counts.unchanged;
  view.rejected = r.rejected;
  for (const auto& [code, n] : r.accepted_by_indicator) view.by_indicator.emplace_back(code, n);
  for (const auto& [reason, n] : r.rejected_by_reason) view.by_reason.emplace_back(reason, n);
  for (const auto& row : r.rejected_rows) {
    view.rejects.push_back({row.line, row.column, row.reason});
  }
  return view;
}

Result<Response> ReportPage(const render::ImportReportView& view) {
  auto page = render::ImportReportPage(view);
  if (!page) return page.error();
  return NoStore(Html(std::move(*page)));
}

}  // namespace

void AddImportRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  router.Add(Method::kGet, "/import", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) { return FormPage(store, ctx, 200, ""); });
  router.Add(
      Method::kPost, "/import", Permission::kNetworkAdmin,
      [store](const RouteContext& ctx) -> Result<Response> {
        const UploadedFile* file = ctx.form.File("file");
        if (file == nullptr || file->filename.empty()) {
          return FormPage(store, ctx, 400, "Choose a CSV file to import.");
        }
        auto options = OptionsFrom(ctx.form);
        if (!options) return FormPage(store, ctx, 400, options.error().message());
        auto preview = services::StageUpload(store, file->filename, file->content, *options);
        if (!preview) {
          if (preview.error().code() != ErrorCode::kInvalidArgument) {
            return preview.error();
          }
          return FormPage(store, ctx, 422, preview.error().ToString());
        }
        auto view = ReportView(ctx, preview->report);
        view.id = preview->id;
        return ReportPage(view);
      },
      // The only route with the large upload allowance, once the headers show an
      // administrator's session and the CSRF token (in the form's action URL).
      BodyLimit::kUpload);
  router.Add(Method::kPost, "/import/{id}/commit", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) -> Result<Response> {
               const bool skip = ctx.form.Field("skip_rejected").value_or("") == "yes";
               auto report =
                   services::CommitPending(store, ctx.Param("id"), skip, ActorOf(ctx.principal));
               if (!report) return report.error();
               auto view = ReportView(ctx, *report);
               // Refused because rows were rejected: the file is still pending, so the page
               // offers the choice again (skip them, or cancel) instead of a dead end.
               const bool pending = !report->committed && report->rejected > 0 && !skip;
               view.done = !pending;
               if (pending) {
                 view.id = ctx.Param("id");
                 view.refused = true;
               }
               return ReportPage(view);
             });
  router.Add(Method::kPost, "/import/{id}/cancel", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto status = services::CancelPending(store, ctx.Param("id"));
               if (!status) return status.error();
               return Redirect("/import");
             });

  router.Add(Method::kGet, "/indicators.xlsx", Permission::kPublic,
             [store](const RouteContext&) -> Result<Response> {
               auto xlsx = services::CatalogueXlsx(store);
               if (!xlsx) return xlsx.error();
               return Xlsx(std::move(*xlsx), "indicators.xlsx");
             });
  router.Add(Method::kGet, "/places/{code}/indicators.xlsx", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto xlsx = services::PlaceObservationsXlsx(store, ctx.Param("code"));
               if (!xlsx) return xlsx.error();
               return Xlsx(std::move(*xlsx), ctx.Param("code") + "-indicators.xlsx");
             });
  router.Add(Method::kGet, "/indicators/{indicator}/observations.xlsx", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto xlsx = services::IndicatorObservationsXlsx(store, ctx.Param("indicator"));
               if (!xlsx) return xlsx.error();
               return Xlsx(std::move(*xlsx), ctx.Param("indicator") + "-observations.xlsx");
             });
}

}  // namespace lct::web
