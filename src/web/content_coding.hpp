// Content codings (RFC 9110 §8.4, §12.5.3): whether a request accepts gzip, and the gzip form of
// an answer, made with zlib. Only answers that hold no secret are compressed: static files and
// the shared (anonymous) pages and API answers of the response cache, each compressed once.
// A signed-in page holds its CSRF token, and a compressed page that also reflected an
// attacker's input could leak it through its length (BREACH), so it is sent as it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "web/http_types.hpp"

namespace lct::web {

// True when an Accept-Encoding value lets the server answer in gzip: "gzip" (or "x-gzip", or
// "*" when gzip is not named) with a quality above zero. No header, "identity" or "gzip;q=0"
// do not.
[[nodiscard]] bool AcceptsGzip(std::string_view accept_encoding);
[[nodiscard]] bool AcceptsGzip(const Request& request);

// Text-like media types worth compressing (HTML, CSS, JavaScript, JSON, CSV, SVG, plain text).
[[nodiscard]] bool IsCompressible(std::string_view content_type);

// `bytes` as one gzip member (RFC 1952) at zlib's default level; nullopt if zlib fails.
[[nodiscard]] std::optional<std::string> Gzip(std::string_view bytes);

// The entity tag of a gzip form: `"x"` becomes `"x-gz"` (a weak W/ prefix is kept), so that each
// form has its own strong validator. An empty tag stays empty.
[[nodiscard]] std::string GzipTag(std::string_view etag);

// The gzip form of `response` (a 200 of a compressible type with at least 1 KiB of body that
// compresses smaller): the body compressed, Content-Encoding: gzip, its own ETag. nullopt when
// it is not worth it. Both forms need Vary: Accept-Encoding (AddVary).
[[nodiscard]] std::optional<Response> GzipForm(const Response& response);

// Adds Vary: Accept-Encoding unless the response already has a Vary header.
void AddVary(Response& response);

}  // namespace lct::web
