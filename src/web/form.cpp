#include "web/form.hpp"

#include <algorithm>

#include "base/text.hpp"

namespace lct::web {
namespace {

using text::AsciiLower;
using text::Trim;

Error BodyError(std::string message) {
  return InvalidArgument(std::move(message), {"", 0, "body"});
}

// Issue 11: only valid UTF-8 gets in. Checked here, once, for every field of every form, so
// no handler ever sees (or stores) anything else. The error names the field.
Status CheckField(std::string_view name, std::string_view value) {
  if (const auto problem = text::Utf8Problem(name)) {
    return InvalidArgument("a form field's name " + *problem, {"", 0, "body"});
  }
  if (const auto problem = text::Utf8Problem(value)) {
    return InvalidArgument("the form field '" + std::string(name) + "' " + *problem,
                           {"", 0, std::string(name)});
  }
  return Ok();
}

// The media type of a Content-Type value, lower-cased, without parameters.
std::string MediaType(std::string_view content_type) {
  return AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
}

struct PartHeaders {
  std::string name;
  std::optional<std::string> filename;
  std::string content_type;
};

Result<PartHeaders> ParsePartHeaders(std::string_view block, std::size_t part_number) {
  PartHeaders headers;
  bool has_disposition = false;
  while (!block.empty()) {
    const std::size_t end = block.find("\r\n");
    const std::string_view line = block.substr(0, end);
    block = end == std::string_view::npos ? std::string_view() : block.substr(end + 2);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return BodyError("part " + std::to_string(part_number) + " has a malformed header line");
    }
    const std::string name = AsciiLower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-disposition") {
      if (MediaType(value) != "form-data") {
        return BodyError("part " + std::to_string(part_number) + " is not form-data");
      }
      has_disposition = true;
      headers.name = HeaderParameter(value, "name").value_or("");
      headers.filename = HeaderParameter(value, "filename");
    } else if (name == "content-type") {
      headers.content_type = std::string(value);
    }
  }
  if (!has_disposition || headers.name.empty()) {
    return BodyError("part " + std::to_string(part_number) +
                     " has no Content-Disposition with a field name");
  }
  return headers;
}

// Only valid UTF-8 gets in (issue 11): a text field that is not UTF-8 made a JSON dump()
// throw later, and the request a 500. The field is named only when its name is UTF-8.
}  // namespace

std::optional<std::string> Form::Field(std::string_view name) const {
  const auto it = fields.find(std::string(name));
  if (it == fields.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> Form::Fields(std::string_view name) const {
  std::vector<std::string> out;
  const auto [first, last] = fields.equal_range(std::string(name));
  for (auto it = first; it != last; ++it) out.push_back(it->second);
  return out;
}

const UploadedFile* Form::File(std::string_view field) const {
  for (const auto& file : files) {
    if (file.field == field) return &file;
  }
  return nullptr;
}

std::optional<std::string> HeaderParameter(std::string_view header_value, std::string_view name) {
  std::size_t pos = header_value.find(';');
  while (pos != std::string_view::npos) {
    std::string_view rest = Trim(header_value.substr(pos + 1));
    const std::size_t eq = rest.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    const std::string key = AsciiLower(Trim(rest.substr(0, eq)));
    rest = Trim(rest.substr(eq + 1));
    std::string value;
    std::size_t consumed = 0;
    if (!rest.empty() && rest.front() == '"') {
      // A quoted string: backslash escapes the next character.
      std::size_t i = 1;
      for (; i < rest.size() && rest[i] != '"'; ++i) {
        if (rest[i] == '\\' && i + 1 < rest.size()) ++i;
        value += rest[i];
      }
      consumed = std::min(rest.size(), i + 1);
    } else {
      consumed = std::min(rest.size(), rest.find(';'));
      value = std::string(Trim(rest.substr(0, consumed)));
    }
    if (key == AsciiLower(name)) return value;
    const std::size_t next = rest.find(';', consumed);
    if (next == std::string_view::npos) return std::nullopt;
    header_value = rest;
    pos = next;
  }
  return std::nullopt;
}

Result<Form> ParseUrlEncodedForm(std::string_view body) {
  Form form;
  while (!body.empty()) {
    const std::size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    auto key = PercentDecode(pair.substr(0, eq), true);
    auto value = PercentDecode(eq == std::string_view::npos ? "" : pair.substr(eq + 1), true);
    if (!key || !value) return BodyError("the form has a malformed %-escape");
    if (auto checked = CheckField(*key, *value); !checked) return checked.error();
    form.fields.emplace(std::move(*key), std::move(*value));
  }
  return form;
}

Result<Form> ParseMultipartForm(std::string_view body, std::string_view boundary) {
  if (boundary.empty() || boundary.size() > 70) {
    return BodyError("multipart/form-data needs a boundary of 1 to 70 characters");
  }
  const std::string delimiter = "--" + std::string(boundary);
  // The first delimiter opens the body (anything before it is a preamble to ignore).
  std::size_t pos = 0;
  if (!body.starts_with(delimiter)) {
    pos = body.find("\r\n" + delimiter);
    if (pos == std::string_view::npos) return BodyError("the multipart body has no boundary");
    pos += 2;
  }
  pos += delimiter.size();
  const std::string next_delimiter = "\r\n" + delimiter;
  Form form;
  for (std::size_t part = 1;; ++part) {
    if (body.substr(pos, 2) == "--") return form;  // the closing delimiter
    // Transport padding after a delimiter is allowed, then CRLF.
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;
    if (body.substr(pos, 2) != "\r\n") return BodyError("the multipart body is malformed");
    pos += 2;
    const std::size_t headers_end = body.find("\r\n\r\n", pos);
    // A part with no headers starts directly with the blank line.
    const bool no_headers = body.substr(pos, 2) == "\r\n";
    if (headers_end == std::string_view::npos && !no_headers) {
      return BodyError("part " + std::to_string(part) + " has no end of headers");
    }
    const std::string_view header_block =
        no_headers ? std::string_view() : body.substr(pos, headers_end - pos);
    auto headers = ParsePartHeaders(header_block, part);
    if (!headers) return headers.error();
    const std::size_t content_start = no_headers ? pos + 2 : headers_end + 4;
    const std::size_t content_end = body.find(next_delimiter, content_start);
    if (content_end == std::string_view::npos) {
      return BodyError("the multipart body ends without its closing boundary");
    }
    std::string content(body.substr(content_start, content_end - content_start));
    // A file's content is checked by whatever reads it (the CSV reader names the line); its
    // name, like every text field, is checked here.
    if (auto checked = CheckField(headers->name, headers->filename ? "" : content); !checked) {
      return checked.error();
    }
    if (headers->filename) {
      if (const auto problem = text::Utf8Problem(*headers->filename)) {
        return InvalidArgument("the name of the file sent in '" + headers->name + "' " + *problem,
                               {"", 0, headers->name});
      }
      form.files.push_back(
          {headers->name, *headers->filename,
           headers->content_type.empty() ? "application/octet-stream" : headers->content_type,
           std::move(content)});
    } else {
      form.fields.emplace(std::move(headers->name), std::move(content));
    }
    pos = content_end + next_delimiter.size();
  }
}

Result<Form> ParseForm(const Request& request) {
  const auto content_type = request.Header("Content-Type");
  const std::string media = MediaType(content_type.value_or(""));
  if (media == "application/x-www-form-urlencoded") return ParseUrlEncodedForm(request.BodyBytes());
  if (media == "multipart/form-data") {
    const auto boundary = HeaderParameter(*content_type, "boundary");
    if (!boundary) return BodyError("multipart/form-data without a boundary parameter");
    return ParseMultipartForm(request.BodyBytes(), *boundary);
  }
  return Form{};  // JSON and other bodies: the handler reads request.body itself
}

}  // namespace lct::web
