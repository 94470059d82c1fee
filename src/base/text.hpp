// Small text utilities every layer shares: UTF-8 validation (issue 11: only valid UTF-8 gets in),
// and the ASCII trimming and case folding that protocols and file formats need. Locale-free: the
// result never depends on the process's locale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace lct::text {

// The byte offset at which the first ill-formed UTF-8 sequence of `text` starts, or nullopt when
// all of `text` is well-formed UTF-8 (RFC 3629 / Unicode 15 table 3-7: no overlong forms, no
// surrogates U+D800..U+DFFF, nothing above U+10FFFF, no truncated sequence). NUL is valid UTF-8.
[[nodiscard]] std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

[[nodiscard]] inline bool IsValidUtf8(std::string_view text) {
  return !FindInvalidUtf8(text).has_value();
}

// Why `text` is not valid UTF-8, in words to append to the name of what it is ("is not valid
// UTF-8 (byte 0xFF at position 3)", positions counted in bytes from 1), or nullopt when it is
// valid. Never quotes the text itself, so the message is always valid UTF-8.
[[nodiscard]] std::optional<std::string> Utf8Problem(std::string_view text);

// Where byte `offset` of `text` is, as an editor shows it: the 1-based line, and the 1-based
// column counted in characters (a multi-byte character is one column). `offset` past the end is
// treated as the end.
struct TextPosition {
  std::int64_t line = 1;
  std::int64_t column = 1;
};
[[nodiscard]] TextPosition PositionOf(std::string_view text, std::size_t offset);

// Ok when `content` (a whole file, named `file` in errors) is valid UTF-8; otherwise an
// InvalidArgument at the file, line and column of the first bad byte, for readers of text
// formats (YAML, JSON) to refuse the file before parsing it.
[[nodiscard]] Status CheckUtf8File(std::string_view content, const std::string& file);

// `text` without leading and trailing ASCII whitespace (space, tab, CR, LF, FF, VT). The view
// points into `text`.
[[nodiscard]] std::string_view Trim(std::string_view text);

// `text` with ASCII A-Z mapped to a-z; every other byte (UTF-8 included) unchanged.
[[nodiscard]] std::string AsciiLower(std::string_view text);

// True when `a` and `b` are equal once ASCII letters are folded to lower case.
[[nodiscard]] bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);

// `text` with every byte for which `escape(byte)` is true written as %XX (upper-case hex, RFC
// 3986 percent-encoding) and every other byte as it is. The caller decides which bytes a URL
// component or a log line may carry.
[[nodiscard]] std::string PercentEncode(std::string_view text, bool (*escape)(unsigned char));

}  // namespace lct::text
