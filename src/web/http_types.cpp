#include "web/http_types.hpp"

#include <algorithm>
#include <array>

#include "base/text.hpp"
#include "web/body_file.hpp"

namespace lct::web {
namespace {

constexpr std::array<std::pair<Method, const char*>, 7> kMethods = {{
    {Method::kGet, "GET"},
    {Method::kHead, "HEAD"},
    {Method::kPost, "POST"},
    {Method::kPut, "PUT"},
    {Method::kPatch, "PATCH"},
    {Method::kDelete, "DELETE"},
    {Method::kOptions, "OPTIONS"},
}};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The name of the cookie in `header` (a Cookie header's value) whose pair holds byte `offset`,
// or "" when that name is itself not valid UTF-8.
std::string CookieAt(std::string_view header, std::size_t offset) {
  const std::size_t start = header.rfind(';', offset);
  std::string_view pair = header.substr(start == std::string_view::npos ? 0 : start + 1);
  pair = text::Trim(pair.substr(0, pair.find(';')));
  const std::string_view name = text::Trim(pair.substr(0, pair.find('=')));
  return text::IsValidUtf8(name) ? std::string(name) : std::string();
}

}  // namespace

Method MethodFromString(std::string_view text) {
  for (const auto& [m, name] : kMethods) {
    if (text == name) return m;
  }
  return Method::kOther;
}

const char* MethodName(Method method) {
  for (const auto& [m, name] : kMethods) {
    if (m == method) return name;
  }
  return "OTHER";
}

bool ChangesState(Method method) {
  return method == Method::kPost || method == Method::kPut || method == Method::kPatch ||
         method == Method::kDelete;
}

std::optional<std::string> Request::Query(std::string_view key) const {
  const auto it = query.find(std::string(key));
  if (it == query.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Request::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (text::EqualsIgnoreAsciiCase(k, name)) return v;
  }
  return std::nullopt;
}

std::string_view Request::BodyBytes() const {
  return body_file ? body_file->bytes() : std::string_view(body);
}

void Response::RemoveHeader(std::string_view name) {
  std::erase_if(
      headers, [&](const auto& header) { return text::EqualsIgnoreAsciiCase(header.first, name); });
}

std::optional<std::string> Response::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (text::EqualsIgnoreAsciiCase(k, name)) return v;
  }
  return std::nullopt;
}

std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int hi = HexValue(text[i + 1]);
      const int lo = HexValue(text[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (out.find('\0') != std::string::npos) return std::nullopt;
  return out;
}

Status CheckRequestText(const Request& request) {
  if (const auto problem = text::Utf8Problem(request.path)) {
    return InvalidArgument("the address's path " + *problem, {"", 0, "path"});
  }
  for (const auto& [key, value] : request.query) {
    if (const auto problem = text::Utf8Problem(key)) {
      return InvalidArgument("a query parameter's name " + *problem, {"", 0, "query"});
    }
    if (const auto problem = text::Utf8Problem(value)) {
      return InvalidArgument("the query parameter '" + key + "' " + *problem, {"", 0, key});
    }
  }
  for (const auto& [name, value] : request.headers) {
    if (!text::EqualsIgnoreAsciiCase(name, "cookie")) continue;
    if (const auto bad = text::FindInvalidUtf8(value)) {
      const std::string cookie = CookieAt(value, *bad);
      return InvalidArgument(
          (cookie.empty() ? std::string("a cookie") : "the cookie '" + cookie + "'") +
              " is not valid UTF-8: clear this site's cookies and try again",
          {"", 0, cookie.empty() ? "cookie" : cookie});
    }
  }
  return Ok();
}

std::optional<Request> ParseTarget(Method method, std::string_view target) {
  if (target.empty() || target.front() != '/') return std::nullopt;
  Request request;
  request.method = method;
  request.target = std::string(target);
  const std::size_t question = target.find('?');
  auto path = PercentDecode(target.substr(0, question), false);
  if (!path) return std::nullopt;
  request.path = std::move(*path);
  if (question == std::string_view::npos) return request;
  std::string_view query = target.substr(question + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    auto key = PercentDecode(pair.substr(0, eq), true);
    auto value = PercentDecode(
        eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
    if (!key || !value) return std::nullopt;
    request.query.emplace(std::move(*key), std::move(*value));
  }
  return request;
}

}  // namespace lct::web
