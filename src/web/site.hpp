// The site's own address (issue 11): the base URL every link the server prints or shows is
// built from (never the request's Host header), and the origin state-changing requests must
// come from.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "web/http_types.hpp"

namespace lct::web {

// `url` checked as a site's base URL: http or https, a host, an optional port and path, no
// user name, query or fragment. Returned without a trailing slash. Errors: kInvalidArgument
// (field "--base-url").
[[nodiscard]] Result<std::string> NormaliseBaseUrl(std::string_view url);

// "scheme://host[:port]" of an absolute http(s) URL, lower-cased, without a default port
// (80 for http, 443 for https); nullopt for anything else, including "null".
[[nodiscard]] std::optional<std::string> OriginOf(std::string_view url);

enum class OriginCheck {
  kSameSite,   // Origin (or, without it, Referer) names this site
  kCrossSite,  // it names another site, or is "null" or malformed
  kAbsent,     // neither header was sent
};

// Compares the request's Origin header, or when there is none its Referer, with
// `site_origin` (from OriginOf). With an empty `site_origin` (no base URL configured) the
// host and port must match the request's Host header instead, whatever the scheme.
[[nodiscard]] OriginCheck CheckOrigin(const Request& request, std::string_view site_origin);

// The configured base URL, or the address the server listens on when none was configured.
// Not thread-safe to change: SetListening is called once, before the server serves.
class Site {
 public:
  // `base_url` from NormaliseBaseUrl, or empty.
  explicit Site(std::string base_url = {});

  // The absolute link to `path` (which starts with '/'); the path alone when nothing is known.
  [[nodiscard]] std::string Link(std::string_view path) const;
  // The configured base URL's origin; empty when none was configured.
  [[nodiscard]] const std::string& origin() const { return origin_; }
  // Used for links when no base URL was configured: "http://127.0.0.1:8080/".
  void SetListening(std::string_view url);

 private:
  std::string base_url_;  // configured, without a trailing slash
  std::string origin_;
  std::string listening_;  // without a trailing slash
};

}  // namespace lct::web
