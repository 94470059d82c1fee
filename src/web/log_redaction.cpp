#include "web/log_redaction.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "base/text.hpp"
#include "web/http_types.hpp"

namespace lct::web {
namespace {

// First path segments whose next segment is a secret.
constexpr std::array<std::string_view, 3> kCapabilityPrefixes = {"respond", "reset", "invite"};
// Query parameter names (lower-cased) that carry secrets, and name parts that do.
constexpr std::array<std::string_view, 7> kSecretNames = {"csrf", "key",     "password", "session",
                                                          "code", "api_key", "auth"};
constexpr std::array<std::string_view, 3> kSecretNameParts = {"token", "secret", "password"};

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    if (path.front() == '/') path.remove_prefix(1);
    const std::size_t slash = path.find('/');
    out.push_back(path.substr(0, slash));
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  return out;
}

// Bytes a log line must not carry verbatim, %-escaped.
std::string LogSafe(std::string_view text) {
  return text::PercentEncode(
      text, [](unsigned char byte) { return byte <= 0x20 || byte >= 0x7f || byte == '"'; });
}

bool IsCapabilityPath(std::string_view decoded_path) {
  const auto segments = Segments(decoded_path);
  return segments.size() >= 2 && std::find(kCapabilityPrefixes.begin(), kCapabilityPrefixes.end(),
                                           segments[0]) != kCapabilityPrefixes.end();
}

std::string RedactPath(std::string_view raw_path) {
  const auto decoded = PercentDecode(raw_path, false);
  if (!decoded) return LogSafe(raw_path);
  if (!IsCapabilityPath(*decoded)) return LogSafe(raw_path);
  const auto segments = Segments(*decoded);
  std::string out = "/" + LogSafe(segments[0]) + "/" + std::string(kRedacted);
  for (std::size_t i = 2; i < segments.size(); ++i) out += "/" + LogSafe(segments[i]);
  return out;
}

bool IsSecretName(std::string_view raw_name) {
  const std::string name =
      text::AsciiLower(PercentDecode(raw_name, true).value_or(std::string(raw_name)));
  if (std::find(kSecretNames.begin(), kSecretNames.end(), name) != kSecretNames.end()) {
    return true;
  }
  return std::any_of(kSecretNameParts.begin(), kSecretNameParts.end(),
                     [&](std::string_view part) { return name.find(part) != std::string::npos; });
}

bool IsSecretValue(std::string_view raw_value) {
  const std::string value = PercentDecode(raw_value, true).value_or(std::string(raw_value));
  if (value.starts_with("lct_")) return true;  // an API token
  const std::size_t question = value.find('?');
  const std::string_view path = std::string_view(value).substr(0, question);
  if (IsCapabilityPath(path)) return true;
  // A full URL, e.g. https://host/respond/...
  const std::size_t scheme = path.find("://");
  if (scheme == std::string_view::npos) return false;
  const std::size_t slash = path.find('/', scheme + 3);
  return slash != std::string_view::npos && IsCapabilityPath(path.substr(slash));
}

}  // namespace

std::string RedactTarget(std::string_view target) {
  const std::size_t question = target.find('?');
  std::string out = RedactPath(target.substr(0, question));
  if (question == std::string_view::npos) return out;
  out += '?';
  std::string_view query = target.substr(question + 1);
  bool first = true;
  while (true) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const std::size_t eq = pair.find('=');
    const std::string_view name = pair.substr(0, eq);
    if (!first) out += '&';
    first = false;
    out += LogSafe(name);
    if (eq != std::string_view::npos) {
      const std::string_view value = pair.substr(eq + 1);
      out += '=';
      out += IsSecretName(name) || IsSecretValue(value) ? std::string(kRedacted) : LogSafe(value);
    }
    if (amp == std::string_view::npos) break;
    query = query.substr(amp + 1);
  }
  return out;
}

}  // namespace lct::web
