// The web's two-step import: an uploaded file is kept as a pending import and previewed (new,
// changed, unchanged and rejected rows); it is written only when the person confirms, in one
// transaction, and the pending copy is then removed. Pending imports older than a day are removed.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "services/import_service.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

struct PendingPreview {
  std::string id;  // random and unguessable; names the pending import in the confirm step
  std::string file_name;
  ImportOptions options;
  ImportReport report;  // of the preview; nothing written yet
};

// Checks the file as ImportObservations would without writing observations, and keeps it as a
// pending import when it can be read at all. An unreadable file (no header, missing column,
// malformed CSV, invalid UTF-8) is an error and nothing is kept.
[[nodiscard]] Result<PendingPreview> StageUpload(store::Store& store, const std::string& file_name,
                                                 std::string content, ImportOptions options);

// The preview of a pending import, read again (the stored data may have changed since).
// NotFound when it is no longer pending.
[[nodiscard]] Result<PendingPreview> PreviewPending(store::Store& store, std::string_view id);

// Imports a pending file (skipping rejected rows when `skip_rejected`), then forgets it, unless
// rows were rejected and not skipped (nothing was written; the person may choose again). NotFound
// when it is no longer pending (e.g. already imported).
[[nodiscard]] Result<ImportReport> CommitPending(store::Store& store, std::string_view id,
                                                 bool skip_rejected, const Actor& actor);

// Forgets a pending import; NotFound when it is not pending.
[[nodiscard]] Status CancelPending(store::Store& store, std::string_view id);

}  // namespace lct::services
