// Internal to io/: turns framework-file text into a domain::Framework, recording every
// structural problem (syntax, missing field, wrong type, unknown field, duplicate key) instead of
// stopping at the first. The semantic rules are checked afterwards by domain::ValidateFramework.
#pragma once

#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "domain/framework.hpp"

namespace lct::io::detail {

struct FrameworkDraft {
  domain::Framework framework;    // as much as could be read; broken nodes are left empty
  std::vector<Error> errors;      // structural problems only, in the order found
  bool loaded = false;            // false when the text is not YAML at all (a syntax error)
  bool criteria_partial = false;  // some criteria (or their ids) could not be read
};

[[nodiscard]] FrameworkDraft ReadFrameworkDraft(std::string_view text, std::string_view file_name);

}  // namespace lct::io::detail
