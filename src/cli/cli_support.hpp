// Helpers every `lct` command file shares: the default database, error reporting, and opening
// a database that must already exist.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "services/services.hpp"

namespace lct::cli {

inline constexpr const char* kDefaultDb = "lct.db";

// Prints "lct: <error>" on stderr and returns kFailure.
int Fail(const Error& error);

// Opens a database that must already exist (reading commands never create one): NotFound,
// saying how to create it, when there is no file at `db`.
[[nodiscard]] Result<std::unique_ptr<services::Services>> OpenExisting(const std::string& db);

// The whole text of the file at `path`; kUnavailable naming the path when it cannot be read.
[[nodiscard]] Result<std::string> ReadFile(const std::string& path);

// Prints every problem as "file:line:column: field: message" on stderr, then how many there
// were in `file`; true when there were any.
bool ReportProblems(const std::vector<Error>& errors, const std::string& file);

// Checks a --base-url option (http or https, a host, no query) and rewrites it without a
// trailing slash; a bad value is a usage error naming the option.
[[nodiscard]] CLI::Validator BaseUrlValidator();

}  // namespace lct::cli
