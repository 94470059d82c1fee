#include "services/import_upload.hpp"

#include <sstream>
#include <utility>

#include "io/column_mapping_json.hpp"
#include "services/auth_crypto.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

Result<ImportOptions> OptionsFromJson(const std::string& text) {
  auto mapping = io::ColumnMappingFromJson(text);
  if (!mapping) return Internal("a pending import is damaged");
  ImportOptions options;
  options.mapping = std::move(*mapping);
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
  store::PendingImport pending{preview.id, "", file_name, io::ColumnMappingToJson(options.mapping),
                               std::move(content)};
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
