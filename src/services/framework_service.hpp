// Use cases for framework files: check one, import one (all or nothing), export one.
// docs/framework-format.md describes the files and every error they can produce.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/result.hpp"
#include "domain/framework_lookup.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

enum class ImportOutcome {
  kImported,   // a new version was stored
  kUnchanged,  // the same version was already stored with the same content: nothing written
  kKeptNewer,  // (bundled frameworks only) the store holds a higher version: nothing written
};

struct FrameworkImport {
  std::string id;
  int version = 0;
  std::string title;
  ImportOutcome outcome = ImportOutcome::kImported;
};

// Words for an outcome: "imported", "already loaded; nothing changed"...
[[nodiscard]] const char* ImportOutcomeText(ImportOutcome outcome);

// What a valid file holds, for a check's summary.
struct FrameworkSummary {
  std::string id;
  int version = 0;
  std::string title;
  int strands = 0;
  int levels = 0;
  int criteria = 0;  // retired ones included
};

struct FrameworkCheck {
  std::optional<FrameworkSummary> framework;  // set only when `errors` is empty
  std::vector<Error> errors;                  // every problem found, in line order
};

struct FrameworkImportResult {
  std::optional<FrameworkImport> imported;  // set only when `errors` is empty
  std::vector<Error> errors;                // every problem found; nothing was written if any
};

// The highest version of every stored framework, for resolving crosswalks.
[[nodiscard]] Result<domain::FrameworkCatalogue> StoredCatalogue(store::Store& store);

// What importing a file would do, worked out without writing.
struct FrameworkPlan {
  std::optional<domain::Framework> framework;  // set only when `errors` is empty
  std::vector<Error> errors;                   // every problem found, in line order
  bool unchanged = false;                      // the same version is stored with the same content
};

// Plans an import as ImportFramework does, resolving crosswalks and the versioning rule against
// `catalogue` instead of the stored frameworks alone, so that several files can be planned
// first and written in one transaction (the bundled frameworks, the demo network). The
// same-version check still reads the store. An error result only when the store cannot be read.
[[nodiscard]] Result<FrameworkPlan> PlanFrameworkImport(store::Store& store,
                                                        const domain::FrameworkCatalogue& catalogue,
                                                        std::string_view text,
                                                        std::string_view file_name);

// Every problem ImportFramework would report for this file, without writing anything: the file's
// own errors (io::ReadFrameworkYaml), crosswalks checked against the stored frameworks, the
// versioning rule against the stored highest version of the same id (domain::CheckNewVersion),
// and a same-version conflict (kConflict). No errors when the file would import (or is already
// imported unchanged). An error result only when the store cannot be read.
[[nodiscard]] Result<FrameworkCheck> CheckFramework(store::Store& store, std::string_view text,
                                                    std::string_view file_name);

// The file's own errors without a database; crosswalks are checked against the frameworks
// bundled with the product.
[[nodiscard]] FrameworkCheck CheckFramework(std::string_view text, std::string_view file_name);

// Checks the file as CheckFramework does, then stores its text as one new version in one
// transaction. All or nothing: with any error nothing is written. Importing a version that is
// already stored with the same content (compared as frameworks, so layout and comments do not
// matter) changes nothing; with different content it is refused with a kConflict error.
[[nodiscard]] FrameworkImportResult ImportFramework(store::Store& store, std::string_view text,
                                                    std::string_view file_name);

// A stored framework as a framework file (plain YAML, no comments): the given version, or the
// highest. NotFound when there is no such framework or version.
[[nodiscard]] Result<std::string> ExportFramework(store::Store& store, std::string_view id,
                                                  std::optional<int> version);

}  // namespace lct::services
