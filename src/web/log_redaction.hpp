// What the logs may show of a request (issue 11): capability tokens and secrets in query
// parameters are replaced with "[redacted]" before a request target reaches any log line.
#pragma once

#include <string>
#include <string_view>

namespace lct::web {

inline constexpr std::string_view kRedacted = "[redacted]";

// `target` (the request's path and query, as received) with:
// - the token segment of /respond/{token}..., /reset/{token} and /invite/{token} replaced
//   (the path is compared after percent-decoding, so an encoded form is caught too);
// - the value of every query parameter whose name says it carries a secret (token, csrf,
//   password, secret, key, session, ...) replaced, and of any parameter whose value holds a
//   capability path or an API token (e.g. next=/respond/...).
// Safe for a log line: the result holds no control characters.
[[nodiscard]] std::string RedactTarget(std::string_view target);

}  // namespace lct::web
