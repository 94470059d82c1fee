// The frameworks shipped with the product (frameworks/*.yaml), compiled into the binary so that
// `lct init` needs no files at run time.
#pragma once

#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "services/framework_service.hpp"
#include "store/store.hpp"

namespace lct::services {

struct BundledFramework {
  std::string_view file_name;  // "toolkit.yaml"
  std::string_view text;       // static storage: lives as long as the program
};

// Every bundled framework, ordered so that a framework comes after the frameworks its
// crosswalks point at (the UNESCO-structured framework before the toolkit).
[[nodiscard]] std::vector<BundledFramework> BundledFrameworks();

// Imports every bundled framework in that order, each in its own transaction. Idempotent: a
// version already stored is left as it is, and a bundled framework whose id the store already
// holds at a higher version is skipped (kKeptNewer). Stops at the first framework that fails.
[[nodiscard]] Result<std::vector<FrameworkImport>> ImportBundledFrameworks(store::Store& store);

}  // namespace lct::services
