// Issue 12: rendered responses to anonymous requests, kept in memory while the data version
// they were rendered at is current, and the entity tags that let clients revalidate them.
// See docs/architecture.md, "Caches and the data version".
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "web/http_types.hpp"

namespace lct::web {

// Responses by request target (path and query as received), all rendered at one data version.
// Storing a response of a newer version drops every older one (they can never be served
// again); when the bodies would pass `max_bytes`, the oldest entries go first. A compressible
// response is also kept in gzip form, compressed once when it is stored (web/content_coding.hpp),
// and both forms then carry Vary: Accept-Encoding. Thread-safe: a lookup takes a shared lock
// only, so hits on several threads do not wait for each other.
class ResponseCache {
 public:
  static constexpr std::size_t kDefaultMaxBytes = std::size_t{64} << 20;

  explicit ResponseCache(std::size_t max_bytes = kDefaultMaxBytes) : max_bytes_(max_bytes) {}

  // The response stored for `target` at `version`, or null: its gzip form when `gzip` is true
  // and it has one (the client accepts gzip), otherwise the plain one.
  [[nodiscard]] std::shared_ptr<const Response> Find(std::int64_t version, std::string_view target,
                                                     bool gzip = false) const;
  // Keeps `response` for `target` at `version` (ignored when a newer version is already held,
  // or when the body alone is larger than the cache).
  void Put(std::int64_t version, std::string target, Response response);

  [[nodiscard]] std::size_t size() const;   // entries held
  [[nodiscard]] std::size_t bytes() const;  // their bodies' bytes, both forms

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  struct Entry {
    std::shared_ptr<const Response> plain;
    std::shared_ptr<const Response> gzip;  // null when not worth compressing
    [[nodiscard]] std::size_t bytes() const {
      return plain->body.size() + (gzip ? gzip->body.size() : 0);
    }
  };
  const std::size_t max_bytes_;
  mutable std::shared_mutex mutex_;
  std::int64_t version_ = 0;
  std::size_t bytes_ = 0;
  std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> entries_;
  std::deque<std::string> order_;  // targets, oldest first
};

// A strong entity tag for a body rendered at `version`: "v<version>-<FNV-1a 64 of the body>".
[[nodiscard]] std::string EntityTag(std::int64_t version, std::string_view body);

// True when the request's If-None-Match names `etag` (or is "*"); a weak W/ prefix on a listed
// tag is ignored, as RFC 9110 §13.1.2 asks for If-None-Match (weak comparison).
[[nodiscard]] bool NoneMatchHits(const Request& request, std::string_view etag);

}  // namespace lct::web
