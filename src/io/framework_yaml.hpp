// Framework files: read, check and write the YAML format described in docs/framework-format.md.
// yaml-cpp stays inside io/; its exceptions become Errors naming the file, line and field.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/result.hpp"
#include "domain/framework.hpp"
#include "domain/framework_lookup.hpp"

namespace lct::io {

struct FrameworkReadResult {
  std::optional<domain::Framework> framework;  // set only when `errors` is empty
  std::vector<Error> errors;                   // every problem found, sorted by line
};

// Reads a framework file and checks it completely: YAML syntax, structure (missing field, wrong
// type, unknown field, duplicate key) and the rules of domain::ValidateFramework (duplicate id,
// idea linked to no or an unknown criterion, unknown crosswalk target...). Errors caused by a
// broken node are reported once, not again by the rules that depend on it. `file_name` is used
// only in error locations. Crosswalks to other frameworks are checked against `others` when it
// is not null. Nothing is written anywhere: callers import only when `errors` is empty.
[[nodiscard]] FrameworkReadResult ReadFrameworkYaml(
    std::string_view text, std::string_view file_name,
    const domain::FrameworkCatalogue* others = nullptr);

// Every problem in the file (empty when it is valid): ReadFrameworkYaml(...).errors.
[[nodiscard]] std::vector<Error> CheckFrameworkYaml(
    std::string_view text, std::string_view file_name,
    const domain::FrameworkCatalogue* others = nullptr);

// The framework, or the first problem in the file (by line).
[[nodiscard]] Result<domain::Framework> ParseFrameworkYaml(
    std::string_view text, std::string_view file_name,
    const domain::FrameworkCatalogue* others = nullptr);

// The framework as a framework file. Reading the text back gives a framework equal to
// `framework` (line numbers aside). The default scale is written out in full.
[[nodiscard]] std::string WriteFrameworkYaml(const domain::Framework& framework);

}  // namespace lct::io
