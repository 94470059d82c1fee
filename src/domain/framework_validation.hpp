// The rules a framework must satisfy beyond its file's syntax: unique ids, links that resolve,
// levels in order, and the versioning rule that keeps old assessments readable.
// docs/framework-format.md lists every rule with its message.
#pragma once

#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "domain/framework.hpp"
#include "domain/framework_lookup.hpp"

namespace lct::domain {

struct ValidationOptions {
  // Resolves crosswalks to other frameworks; when null they are not checked. Crosswalks to the
  // framework itself are always checked.
  const FrameworkCatalogue* others = nullptr;
  // Goes into each error's location.
  std::string_view file_name;
  // Set by a reader that could not read some criteria (their file has other errors): links to
  // criteria that are absent are then not reported, as they may name the unreadable ones.
  bool criteria_partial = false;
};

// Every rule broken by `framework`, in the order found (strand by strand, then the sections).
// Each error names the file, the line recorded in the model (0 when built in code) and the
// field as a path such as "strands[0].levels[1].ideas[2].criteria".
[[nodiscard]] std::vector<Error> ValidateFramework(const Framework& framework,
                                                   const ValidationOptions& options);

// The same, with default options apart from `others` and `file_name`.
[[nodiscard]] std::vector<Error> ValidateFramework(const Framework& framework,
                                                   const FrameworkCatalogue* others,
                                                   std::string_view file_name = {});

// The versioning rule: `newer` has the same id and a higher version than `older`, keeps every
// criterion id of `older` (a criterion may be retired but not removed), and does not bring back
// a criterion `older` retired (its id may never be reused). Errors name `file_name` (the newer
// file) and lines in `newer`.
[[nodiscard]] std::vector<Error> CheckNewVersion(const Framework& older, const Framework& newer,
                                                 std::string_view file_name = {});

}  // namespace lct::domain
