// The web tier's own request and response values, independent of the socket code, so
// that routes are testable without a network.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace lct::web {

class BodyFile;

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

[[nodiscard]] Method MethodFromString(std::string_view text);
[[nodiscard]] const char* MethodName(Method method);
// POST, PUT, PATCH and DELETE: the methods that may change state.
[[nodiscard]] bool ChangesState(Method method);

struct Request {
  Method method = Method::kGet;
  std::string target;                             // as received: path and query
  std::string path;                               // percent-decoded path
  std::multimap<std::string, std::string> query;  // percent-decoded
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // The import upload's body, streamed to disk (web/body_file.hpp); `body` is then empty.
  std::shared_ptr<const BodyFile> body_file;
  std::string remote_address;  // the socket peer (a proxy's, behind one: see App::ClientAddress)

  // The first value of query parameter `key`, if any.
  [[nodiscard]] std::optional<std::string> Query(std::string_view key) const;
  // The first header named `name` (case-insensitive), if any.
  [[nodiscard]] std::optional<std::string> Header(std::string_view name) const;
  // The body's bytes, from `body_file` when there is one, else `body`.
  [[nodiscard]] std::string_view BodyBytes() const;
};

// Issue 12: whether a response may be kept and served again to other anonymous clients (the
// App's response cache). The handler decides: Html, Csv and JsonBody build shared responses of
// public data; anything else (a form with a CSRF token, a personal link) stays private.
enum class Sharing { kPrivate, kShared };

struct Response {
  int status = 200;
  Sharing sharing = Sharing::kPrivate;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  void SetHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
  // Removes every header named `name` (case-insensitive).
  void RemoveHeader(std::string_view name);
  // The first header named `name` (case-insensitive), if any.
  [[nodiscard]] std::optional<std::string> Header(std::string_view name) const;
};

// Splits `target` into a decoded path and query. Returns nullopt for a malformed target
// (bad percent-encoding, no leading '/', a NUL byte). App::Handle then refuses a path, query or
// cookie that is not valid UTF-8, naming it (CheckRequestText).
[[nodiscard]] std::optional<Request> ParseTarget(Method method, std::string_view target);

// Issue 11: only valid UTF-8 gets in. Ok when the request's decoded path, every query
// parameter's name and value, and every Cookie header are valid UTF-8; otherwise an
// InvalidArgument naming the part ("path", the parameter, or the cookie) as its field. Headers
// other than Cookie and the body are not checked here (ParseForm checks form bodies).
[[nodiscard]] Status CheckRequestText(const Request& request);

// Decodes %XX escapes (and '+' as space when `plus_is_space`); nullopt on a bad escape or NUL.
[[nodiscard]] std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

}  // namespace lct::web
