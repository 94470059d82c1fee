// The frameworks shipped with the product (frameworks/*.yaml), compiled into the binary so that
// `lct init` needs no files at run time.
#pragma once

#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/framework_lookup.hpp"
#include "domain/framework_record.hpp"
#include "services/framework_service.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

struct BundledFramework {
  std::string_view file_name;  // "toolkit.yaml"
  std::string_view text;       // static storage: lives as long as the program
};

// Every bundled framework, ordered so that a framework comes after the frameworks its
// crosswalks point at (the UNESCO-structured framework before the toolkit).
[[nodiscard]] std::vector<BundledFramework> BundledFrameworks();

// What importing the bundled frameworks would do, worked out without writing.
struct BundledFrameworksPlan {
  std::vector<FrameworkImport> outcomes;          // one per bundled framework, in order
  std::vector<domain::FrameworkRecord> to_write;  // the versions not stored yet
  domain::FrameworkCatalogue catalogue;           // the stored frameworks with these added
};

// Plans every bundled framework in BundledFrameworks() order, each against the stored
// frameworks and the bundled ones before it. A version already stored is left as it is, and a
// bundled framework whose id the store holds at a higher version is skipped (kKeptNewer). The
// error of the first framework that would fail, if any.
[[nodiscard]] Result<BundledFrameworksPlan> PlanBundledFrameworks(store::Store& store);

// Writes the plan's new versions inside the caller's transaction.
[[nodiscard]] Status WriteBundledFrameworks(store::StoreWriter& writer,
                                            const BundledFrameworksPlan& plan);

// Plans, then writes every new version in one transaction: all or nothing. Idempotent.
[[nodiscard]] Result<std::vector<FrameworkImport>> ImportBundledFrameworks(store::Store& store);

}  // namespace lct::services
