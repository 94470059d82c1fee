// The body of a submitted HTML form: application/x-www-form-urlencoded or multipart/form-data
// (RFC 7578, parsed by hand). App::Handle parses it once for every POST/PUT/PATCH/DELETE and
// hands it to the handler as RouteContext::form.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "web/http_types.hpp"

namespace lct::web {

// One uploaded file of a multipart form; `content` holds its bytes exactly as sent.
struct UploadedFile {
  std::string field;
  std::string filename;
  std::string content_type;
  std::string content;
};

struct Form {
  std::multimap<std::string, std::string> fields;  // text fields, in order of arrival per name
  std::vector<UploadedFile> files;

  // The first value of `name`, if any.
  [[nodiscard]] std::optional<std::string> Field(std::string_view name) const;
  // Every value of `name` (checkboxes, multi-selects), in the order sent.
  [[nodiscard]] std::vector<std::string> Fields(std::string_view name) const;
  // The first file sent in field `field`, or nullptr. Points into this Form.
  [[nodiscard]] const UploadedFile* File(std::string_view field) const;
};

// Parses the request body by its Content-Type. Any other content type (JSON, none) gives an
// empty Form: such handlers read request.body themselves. Errors (kInvalidArgument, with the
// field "body"): bad percent-encoding, a text field (name or value) that is not valid UTF-8,
// a multipart body without a boundary, with a missing closing delimiter, or with a part that
// has no Content-Disposition name. Uploaded files are kept as sent, whatever their bytes.
[[nodiscard]] Result<Form> ParseForm(const Request& request);

// The parts of ParseForm, for tests and for callers that hold a body without a Request.
[[nodiscard]] Result<Form> ParseUrlEncodedForm(std::string_view body);
[[nodiscard]] Result<Form> ParseMultipartForm(std::string_view body, std::string_view boundary);

// The value of parameter `name` in a header value such as
// `multipart/form-data; boundary="abc"` (quotes removed), if present.
[[nodiscard]] std::optional<std::string> HeaderParameter(std::string_view header_value,
                                                         std::string_view name);

}  // namespace lct::web
