#include "io/framework_yaml.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "base/utf8.hpp"
#include "domain/framework_validation.hpp"
#include "io/framework_yaml_read.hpp"

namespace lct::io {
namespace {

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// True when `field` is `broken` or lies inside or around it: a rule about a node whose reading
// already failed would only repeat that failure in other words.
bool Overlaps(const std::string& field, const std::string& broken) {
  if (broken.empty()) return false;
  return field == broken || StartsWith(field, broken + ".") || StartsWith(field, broken + "[") ||
         StartsWith(broken, field + "[");
}

// The error for a file whose byte `offset` starts an ill-formed UTF-8 sequence, at its line and
// column (counted in bytes from 1).
Error InvalidUtf8(std::string_view text, std::size_t offset, std::string_view file_name) {
  const std::string_view before = text.substr(0, offset);
  const auto line = static_cast<std::int64_t>(std::count(before.begin(), before.end(), '\n')) + 1;
  const std::size_t line_start =
      before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  constexpr const char* kHex = "0123456789ABCDEF";
  const auto byte = static_cast<unsigned char>(text[offset]);
  std::string message = "the file is not valid UTF-8: byte 0x";
  message += kHex[byte >> 4];
  message += kHex[byte & 0xF];
  message += " at column " + std::to_string(offset - line_start + 1);
  return InvalidArgument(std::move(message), {std::string(file_name), line, ""});
}

}  // namespace

FrameworkReadResult ReadFrameworkYaml(std::string_view text, std::string_view file_name,
                                      const domain::FrameworkCatalogue* others) {
  // Only valid UTF-8 gets in (issue 11): yaml-cpp keeps other bytes as they are, and the writer
  // replaces them, so an exported framework would not read back as the one stored.
  if (const auto bad = FirstInvalidUtf8Byte(text)) {
    FrameworkReadResult refused;
    refused.errors.push_back(InvalidUtf8(text, *bad, file_name));
    return refused;
  }
  detail::FrameworkDraft draft = detail::ReadFrameworkDraft(text, file_name);
  FrameworkReadResult result;
  result.errors = std::move(draft.errors);
  // The semantic rules need at least the top-level map; without it there is nothing to check.
  if (draft.loaded && draft.framework.line.value > 0) {
    const std::size_t structural = result.errors.size();
    const domain::ValidationOptions options{
        .others = others, .file_name = file_name, .criteria_partial = draft.criteria_partial};
    for (Error& error : domain::ValidateFramework(draft.framework, options)) {
      const bool repeats = std::any_of(
          result.errors.begin(), result.errors.begin() + static_cast<std::ptrdiff_t>(structural),
          [&](const Error& found) {
            return Overlaps(error.location().field, found.location().field);
          });
      if (!repeats) result.errors.push_back(std::move(error));
    }
  }
  std::stable_sort(result.errors.begin(), result.errors.end(), [](const Error& a, const Error& b) {
    return a.location().line < b.location().line;
  });
  if (result.errors.empty()) result.framework = std::move(draft.framework);
  return result;
}

std::vector<Error> CheckFrameworkYaml(std::string_view text, std::string_view file_name,
                                      const domain::FrameworkCatalogue* others) {
  return ReadFrameworkYaml(text, file_name, others).errors;
}

Result<domain::Framework> ParseFrameworkYaml(std::string_view text, std::string_view file_name,
                                             const domain::FrameworkCatalogue* others) {
  FrameworkReadResult result = ReadFrameworkYaml(text, file_name, others);
  if (!result.errors.empty()) return result.errors.front();
  return std::move(*result.framework);
}

}  // namespace lct::io
