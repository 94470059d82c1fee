#include "web/site.hpp"

#include <algorithm>
#include <cctype>

#include "base/text.hpp"

namespace lct::web {
namespace {

struct UrlParts {
  std::string scheme;     // "http" or "https"
  std::string authority;  // host[:port], lower-cased, without a default port
  std::string_view rest;  // path, query and fragment
};

// Drops ":80" from an http authority and ":443" from an https one.
std::string WithoutDefaultPort(std::string authority, std::string_view scheme) {
  const std::string_view port = scheme == "https" ? ":443" : ":80";
  if (authority.ends_with(port)) authority.resize(authority.size() - port.size());
  return authority;
}

std::optional<UrlParts> SplitUrl(std::string_view url) {
  const std::size_t colon = url.find("://");
  if (colon == std::string_view::npos) return std::nullopt;
  UrlParts parts;
  parts.scheme = text::AsciiLower(url.substr(0, colon));
  if (parts.scheme != "http" && parts.scheme != "https") return std::nullopt;
  const std::string_view after = url.substr(colon + 3);
  const std::size_t end = after.find_first_of("/?#");
  const std::string_view authority = after.substr(0, end);
  if (authority.empty() || authority.find('@') != std::string_view::npos) return std::nullopt;
  for (const char c : authority) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f || c == '\\') return std::nullopt;
  }
  parts.authority = WithoutDefaultPort(text::AsciiLower(authority), parts.scheme);
  parts.rest = end == std::string_view::npos ? std::string_view() : after.substr(end);
  return parts;
}

}  // namespace

Result<std::string> NormaliseBaseUrl(std::string_view url) {
  const auto parts = SplitUrl(url);
  const ErrorLocation field{"", 0, "--base-url"};
  if (!parts) {
    return InvalidArgument(
        "'" + std::string(url) + "' is not a site address such as https://lct.example.org", field);
  }
  if (parts->rest.find_first_of("?#") != std::string_view::npos) {
    return InvalidArgument("a base URL has no query or fragment", field);
  }
  for (const char c : parts->rest) {
    if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
      return InvalidArgument("a base URL's path has no spaces or control characters", field);
    }
  }
  std::string path(parts->rest);
  while (path.ends_with('/')) path.pop_back();
  return parts->scheme + "://" + parts->authority + path;
}

std::optional<std::string> OriginOf(std::string_view url) {
  const auto parts = SplitUrl(url);
  if (!parts) return std::nullopt;
  return parts->scheme + "://" + parts->authority;
}

OriginCheck CheckOrigin(const Request& request, std::string_view site_origin) {
  auto sent = request.Header("Origin");
  if (!sent) sent = request.Header("Referer");
  if (!sent) return OriginCheck::kAbsent;
  const auto parts = SplitUrl(*sent);
  if (!parts) return OriginCheck::kCrossSite;
  if (!site_origin.empty()) {
    return parts->scheme + "://" + parts->authority == site_origin ? OriginCheck::kSameSite
                                                                   : OriginCheck::kCrossSite;
  }
  // No base URL configured: the host the browser addressed. The scheme is not compared, as a
  // TLS proxy may sit in front without saying so.
  const std::string host = text::AsciiLower(request.Header("Host").value_or(""));
  const bool same = !host.empty() && (parts->authority == host ||
                                      parts->authority == WithoutDefaultPort(host, "http") ||
                                      parts->authority == WithoutDefaultPort(host, "https"));
  return same ? OriginCheck::kSameSite : OriginCheck::kCrossSite;
}

Site::Site(std::string base_url) : base_url_(std::move(base_url)) {
  if (!base_url_.empty()) origin_ = OriginOf(base_url_).value_or("");
}

std::string Site::Link(std::string_view path) const {
  const std::string& base = base_url_.empty() ? listening_ : base_url_;
  return base + std::string(path);
}

void Site::SetListening(std::string_view url) {
  listening_ = std::string(url);
  while (listening_.ends_with('/')) listening_.pop_back();
}

}  // namespace lct::web
