// libFuzzer target for the request's own text as web/ reads it: the request target (path and
// query, web/http_types ParseTarget) and the body of a submitted form (web/form ParseForm:
// application/x-www-form-urlencoded and multipart/form-data by hand, and HeaderParameter).
// Input: the first line is the request target, the second the Content-Type header's value,
// the rest the body. Nothing may crash or loop, and what is read must survive being written
// back: the target's decoded path and query, percent-encoded again, parse to the same values;
// a form's fields and files, written again as urlencoded or multipart with a new boundary,
// parse to the same form.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "fuzz_check.hpp"
#include "web/form.hpp"
#include "web/http_types.hpp"

namespace {

using lct::fuzz::Check;
constexpr std::string_view kTarget = "form_fuzz";

// Takes the text up to the next '\n' (or all of it) off the front of `rest`.
std::string_view TakeLine(std::string_view& rest) {
  const std::size_t end = rest.find('\n');
  const std::string_view line = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  return line;
}

// Every byte but unreserved ones (and `keep`) as %XX.
std::string Encode(std::string_view text, std::string_view keep) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                       c == '-' || c == '_' || c == '.' || c == '~' ||
                       keep.find(c) != std::string_view::npos;
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

void FuzzTarget(std::string_view target) {
  const auto request = lct::web::ParseTarget(lct::web::Method::kGet, target);
  if (!request) return;
  Check(request->target == target, kTarget, "the target is kept as received");
  Check(request->path.find('\0') == std::string::npos, kTarget, "a decoded path has no NUL");
  std::string again = Encode(request->path, "/");
  char separator = '?';
  for (const auto& [key, value] : request->query) {
    again += separator;
    again += Encode(key, "") + "=" + Encode(value, "");
    separator = '&';
  }
  const auto reparsed = lct::web::ParseTarget(lct::web::Method::kGet, again);
  Check(reparsed.has_value(), kTarget, "a target written back parses");
  Check(reparsed->path == request->path, kTarget, "a path written back reads the same");
  Check(reparsed->query == request->query, kTarget, "a query written back reads the same");
}

// A quoted-string for a Content-Disposition parameter.
std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// A boundary found in none of the form's texts.
std::string FreshBoundary(const lct::web::Form& form) {
  std::string boundary = "fuzz-boundary";
  const auto used = [&](const std::string& b) {
    for (const auto& [name, value] : form.fields) {
      if (name.find(b) != std::string::npos || value.find(b) != std::string::npos) return true;
    }
    for (const auto& file : form.files) {
      for (const auto* text : {&file.field, &file.filename, &file.content_type, &file.content}) {
        if (text->find(b) != std::string::npos) return true;
      }
    }
    return false;
  };
  while (used(boundary)) boundary += 'x';
  return boundary;
}

void CheckMultipartRoundTrip(const lct::web::Form& form) {
  // A multipart part needs a name (a urlencoded field may have none), and a name or content
  // type holding CR LF (a urlencoded name may) cannot be written back as a header line.
  for (const auto& [name, value] : form.fields) {
    if (name.empty() || name.find("\r\n") != std::string::npos) return;
  }
  for (const auto& file : form.files) {
    if (file.content_type.find("\r\n") != std::string::npos) return;
  }
  const std::string boundary = FreshBoundary(form);
  if (boundary.size() > 70) return;
  std::string body;
  const auto part = [&](std::string_view name, const std::string* filename,
                        std::string_view content_type, std::string_view content) {
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=");
    body.append(Quoted(name));
    if (filename != nullptr) body.append("; filename=").append(Quoted(*filename));
    if (!content_type.empty()) body.append("\r\nContent-Type: ").append(content_type);
    body.append("\r\n\r\n").append(content).append("\r\n");
  };
  for (const auto& [name, value] : form.fields) part(name, nullptr, "", value);
  for (const auto& file : form.files)
    part(file.field, &file.filename, file.content_type, file.content);
  body.append("--").append(boundary).append("--\r\n");
  const auto again = lct::web::ParseMultipartForm(body, boundary);
  Check(again.ok(), kTarget, "a multipart form written back parses");
  Check(again->fields == form.fields, kTarget, "multipart fields written back read the same");
  Check(again->files.size() == form.files.size(), kTarget, "every file is read back");
  for (std::size_t i = 0; i < form.files.size(); ++i) {
    const auto& a = again->files[i];
    const auto& b = form.files[i];
    Check(a.field == b.field && a.filename == b.filename && a.content_type == b.content_type &&
              a.content == b.content,
          kTarget, "a file written back reads the same");
  }
}

void CheckUrlEncodedRoundTrip(const lct::web::Form& form) {
  // A urlencoded form cannot carry NUL (PercentDecode refuses it); a multipart one can.
  for (const auto& [name, value] : form.fields) {
    if (name.find('\0') != std::string::npos || value.find('\0') != std::string::npos) return;
  }
  std::string body;
  for (const auto& [name, value] : form.fields) {
    if (!body.empty()) body += '&';
    body += Encode(name, "") + "=" + Encode(value, "");
  }
  const auto again = lct::web::ParseUrlEncodedForm(body);
  Check(again.ok(), kTarget, "a urlencoded form written back parses");
  Check(again->fields == form.fields, kTarget, "urlencoded fields written back read the same");
}

void FuzzForm(std::string_view content_type, std::string_view body) {
  // HeaderParameter on any header value: must end, and return text no longer than its input.
  for (const std::string_view name : {"boundary", "name", "filename", "charset"}) {
    const auto value = lct::web::HeaderParameter(content_type, name);
    Check(!value || value->size() <= content_type.size(), kTarget,
          "a header parameter is no longer than the header");
  }
  lct::web::Request request;
  request.method = lct::web::Method::kPost;
  request.headers.emplace_back("Content-Type", std::string(content_type));
  request.body = std::string(body);
  const auto form = lct::web::ParseForm(request);
  if (!form) {
    Check(!form.error().message().empty(), kTarget, "a refused form says why");
    return;
  }
  for (const auto& file : form->files) {
    Check(!file.field.empty(), kTarget, "an uploaded file has a field name");
    Check(!file.content_type.empty(), kTarget, "an uploaded file has a content type");
    Check(file.content.size() <= body.size(), kTarget, "a file is no longer than the body");
  }
  CheckUrlEncodedRoundTrip(*form);
  CheckMultipartRoundTrip(*form);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const std::string_view target = TakeLine(rest);
  const std::string_view content_type = TakeLine(rest);
  FuzzTarget(target);
  FuzzForm(content_type, rest);
  return 0;
}
