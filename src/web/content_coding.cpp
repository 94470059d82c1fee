#include "web/content_coding.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <string>

#include "base/text.hpp"

namespace lct::web {
namespace {

constexpr std::size_t kMinimumBytes = 1024;

// The quality of one Accept-Encoding element ("gzip;q=0.5" -> 0.5); 1 when none is given, 0 for
// a malformed one (RFC 9110 §12.4.2: "q=" then 0 to 1 with up to three decimals).
double QualityOf(std::string_view params) {
  std::size_t at = 0;
  while (at < params.size()) {
    std::size_t end = params.find(';', at);
    if (end == std::string_view::npos) end = params.size();
    const std::string_view param = text::Trim(params.substr(at, end - at));
    if (param.size() > 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
      const std::string value(param.substr(2));
      char* stop = nullptr;
      const double q = std::strtod(value.c_str(), &stop);
      if (stop == value.c_str() || *stop != '\0' || q < 0 || q > 1) return 0;
      return q;
    }
    at = end + 1;
  }
  return 1;
}

}  // namespace

bool AcceptsGzip(std::string_view accept_encoding) {
  std::optional<double> gzip;
  std::optional<double> any;
  std::size_t at = 0;
  while (at <= accept_encoding.size()) {
    std::size_t end = accept_encoding.find(',', at);
    if (end == std::string_view::npos) end = accept_encoding.size();
    const std::string_view element = text::Trim(accept_encoding.substr(at, end - at));
    const std::size_t semicolon = element.find(';');
    const std::string coding = text::AsciiLower(text::Trim(element.substr(0, semicolon)));
    const double q =
        semicolon == std::string_view::npos ? 1.0 : QualityOf(element.substr(semicolon + 1));
    if (coding == "gzip" || coding == "x-gzip") {
      gzip = gzip ? std::max(*gzip, q) : q;
    } else if (coding == "*") {
      any = q;
    }
    at = end + 1;
  }
  if (gzip) return *gzip > 0;
  return any.has_value() && *any > 0;
}

bool AcceptsGzip(const Request& request) {
  const auto header = request.Header("Accept-Encoding");
  return header && AcceptsGzip(*header);
}

bool IsCompressible(std::string_view content_type) {
  const std::string type =
      text::AsciiLower(text::Trim(content_type.substr(0, content_type.find(';'))));
  return type.starts_with("text/") || type == "application/json" ||
         type == "application/javascript" || type == "image/svg+xml" || type == "application/xml" ||
         type.ends_with("+json") || type.ends_with("+xml");
}

std::optional<std::string> Gzip(std::string_view bytes) {
  z_stream stream{};
  // 16 + MAX_WBITS: a gzip header and trailer around the deflate stream (RFC 1952).
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    return std::nullopt;
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
  // zlib's interface takes non-const pointers but does not write through next_in.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&stream, Z_FINISH);
  const std::size_t written = out.size() - stream.avail_out;
  deflateEnd(&stream);
  if (status != Z_STREAM_END) return std::nullopt;
  out.resize(written);
  return out;
}

std::string GzipTag(std::string_view etag) {
  if (etag.size() < 2 || etag.back() != '"') return std::string(etag);
  std::string tag(etag.substr(0, etag.size() - 1));
  tag += "-gz\"";
  return tag;
}

std::optional<Response> GzipForm(const Response& response) {
  if (response.status != 200 || response.body.size() < kMinimumBytes ||
      !IsCompressible(response.content_type) || response.Header("Content-Encoding")) {
    return std::nullopt;
  }
  auto packed = Gzip(response.body);
  if (!packed || packed->size() >= response.body.size()) return std::nullopt;
  Response form = response;
  form.body = std::move(*packed);
  form.SetHeader("Content-Encoding", "gzip");
  if (const auto etag = response.Header("ETag")) {
    form.RemoveHeader("ETag");
    form.SetHeader("ETag", GzipTag(*etag));
  }
  AddVary(form);
  return form;
}

void AddVary(Response& response) {
  if (!response.Header("Vary")) response.SetHeader("Vary", "Accept-Encoding");
}

}  // namespace lct::web
