// Error: what went wrong, in words safe to show a user, and where (file, line, field).
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace lct {

enum class ErrorCode {
  kInvalidArgument,   // bad input from a user or a file
  kNotFound,          // the named thing does not exist
  kConflict,          // the write clashes with existing data
  kPermissionDenied,  // the caller may not do this
  kUnavailable,       // a resource (database, file) cannot be reached
  kInternal,          // a bug or an unexpected failure below us
};

// Where an error was found. Every part is optional: an empty file, a zero line or column or
// an empty field means "not known".
struct ErrorLocation {
  std::string file;
  std::int64_t line = 0;
  std::string field;
  std::int64_t column = 0;  // 1-based, in characters, within `line`

  bool operator==(const ErrorLocation&) const = default;
};

class Error {
 public:
  Error(ErrorCode code, std::string message, ErrorLocation location = {})
      : code_(code), message_(std::move(message)), location_(std::move(location)) {}

  [[nodiscard]] ErrorCode code() const { return code_; }
  [[nodiscard]] const std::string& message() const { return message_; }
  [[nodiscard]] const ErrorLocation& location() const { return location_; }

  // "file:line:column: field: message", leaving out the parts that are not known.
  [[nodiscard]] std::string ToString() const;

  bool operator==(const Error&) const = default;

 private:
  ErrorCode code_;
  std::string message_;
  ErrorLocation location_;
};

[[nodiscard]] const char* ErrorCodeName(ErrorCode code);

inline Error InvalidArgument(std::string message, ErrorLocation location = {}) {
  return {ErrorCode::kInvalidArgument, std::move(message), std::move(location)};
}
inline Error NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message)}; }
inline Error Internal(std::string message) { return {ErrorCode::kInternal, std::move(message)}; }

}  // namespace lct
