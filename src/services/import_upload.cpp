#include "services/import_upload.hpp"

#include <nlohmann/json.hpp>

#include <sstream>
#include <utility>

#include "render/json_text.hpp"
#include "services/auth_crypto.hpp"

namespace lct::services {
namespace {

std::string OptionsJson(const ImportOptions& options) {
  const io::ColumnMapping& m = options.mapping;
  return render::JsonText(nlohmann::json{{"layout", io::CsvLayoutKey(m.layout)},
                                         {"place", m.place},
                                         {"indicator", m.indicator},
                                         {"period", m.period},
                                         {"value", m.value},
                                         {"lower", m.lower},
                                         {"upper", m.upper},
                                         {"status", m.status},
                                         {"note", m.note},
                                         {"fixed_indicator", m.fixed_indicator},
                                         {"fixed_period", m.fixed_period},
                                         {"ignore", m.ignore}});
}

Result<ImportOptions> OptionsFromJson(const std::string& text) {
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return Internal("a pending import is damaged");
  ImportOptions options;
  io::ColumnMapping& m = options.mapping;
  m.layout = io::CsvLayoutFromKey(json.value("layout", "auto")).value_or(io::CsvLayout::kAuto);
  m.place = json.value("place", "");
  m.indicator = json.value("indicator", "");
  m.period = json.value("period", "");
  m.value = json.value("value", "");
  m.lower = json.value("lower", "");
  m.upper = json.value("upper", "");
  m.status = json.value("status", "");
  m.note = json.value("note", "");
  m.fixed_indicator = json.value("fixed_indicator", "");
  m.fixed_period = json.value("fixed_period", "");
  m.ignore = json.value("ignore", std::vector<std::string>{});
  return options;
}

Result<ImportReport> Run(store::Store& store, const std::string& file_name,
                         const std::string& content, const ImportOptions& options) {
  std::istringstream in(content);
  return ImportObservations(store, in, file_name, options);
}

}  // namespace

Result<PendingPreview> StageUpload(store::Store& store, const std::string& file_name,
                                   std::string content, ImportOptions options) {
  options.commit = false;
  auto report = Run(store, file_name, content, options);
  if (!report) return report.error();
  PendingPreview preview{RandomToken(), file_name, options, std::move(*report)};
  store::PendingImport pending{preview.id, "", file_name, OptionsJson(options), std::move(content)};
  auto status =
      store.Write([&](store::StoreWriter& writer) { return writer.PutPendingImport(pending); });
  if (!status) return status.error();
  return preview;
}

Result<PendingPreview> PreviewPending(store::Store& store, std::string_view id) {
  auto pending = store.GetPendingImport(id);
  if (!pending) return pending.error();
  auto options = OptionsFromJson(pending->options);
  if (!options) return options.error();
  options->commit = false;
  auto report = Run(store, pending->file_name, pending->content, *options);
  if (!report) return report.error();
  return PendingPreview{pending->id, pending->file_name, *options, std::move(*report)};
}

Result<ImportReport> CommitPending(store::Store& store, std::string_view id, bool skip_rejected,
                                   const Actor& actor) {
  auto pending = store.GetPendingImport(id);
  if (!pending) return pending.error();
  auto options = OptionsFromJson(pending->options);
  if (!options) return options.error();
  options->commit = true;
  options->skip_rejected = skip_rejected;
  options->actor = actor;
  auto report = Run(store, pending->file_name, pending->content, *options);
  if (!report) return report.error();
  // Kept when rows were rejected and not skipped, so the person can choose to skip them.
  const bool keep = !report->committed && report->rejected > 0 && !skip_rejected;
  if (!keep) {
    if (auto status = CancelPending(store, id); !status) return status.error();
  }
  return report;
}

Status CancelPending(store::Store& store, std::string_view id) {
  auto pending = store.GetPendingImport(id);
  if (!pending) return pending.error();
  return store.Write([&](store::StoreWriter& writer) { return writer.DeletePendingImport(id); });
}

}  // namespace lct::services
