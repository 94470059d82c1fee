// Web addresses the product stores and shows as links (an indicator's source page): only http
// and https, so a stored address can never run script (javascript:) or open local files when it
// is followed (issue 11, item 3).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lct::domain {

// Longest web address accepted, in bytes.
inline constexpr std::size_t kMaxWebAddressLength = 2048;

// True for "http://host..." or "https://host..." (scheme in any case), with a host, no
// whitespace, control characters, quotes or angle brackets, and at most kMaxWebAddressLength
// bytes. Everything else, including "javascript:", "data:", "ftp://" and relative
// addresses, is false.
[[nodiscard]] bool IsWebAddress(std::string_view text);

// The message for a field that holds something else: "'X' is not a web address: ...".
[[nodiscard]] std::string NotAWebAddressMessage(std::string_view text);

}  // namespace lct::domain
