// UTF-8 validation for the readers of text (files, requests): only well-formed UTF-8 gets in.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace lct {

// The byte offset of the first ill-formed UTF-8 sequence of `text`, or nullopt when all of it is
// well-formed (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated
// sequence). NUL is well-formed.
[[nodiscard]] std::optional<std::size_t> FirstInvalidUtf8Byte(std::string_view text);

[[nodiscard]] inline bool IsUtf8(std::string_view text) {
  return !FirstInvalidUtf8Byte(text).has_value();
}

}  // namespace lct
