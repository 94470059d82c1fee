#include "domain/web_address.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace lct::domain {
namespace {

constexpr std::size_t kShownLength = 80;

// True when `text` starts with `prefix`, ignoring ASCII case.
bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char p, char t) {
    return p == static_cast<char>(std::tolower(static_cast<unsigned char>(t)));
  });
}

}  // namespace

bool IsWebAddress(std::string_view text) {
  if (text.size() > kMaxWebAddressLength) return false;
  constexpr std::array<std::string_view, 2> kSchemes = {"https://", "http://"};
  std::size_t host = 0;
  for (const std::string_view scheme : kSchemes) {
    if (StartsWithNoCase(text, scheme)) host = scheme.size();
  }
  if (host == 0 || host >= text.size() || text[host] == '/' || text[host] == '?' ||
      text[host] == '#') {
    return false;
  }
  return std::none_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' ||
           c == '`';
  });
}

std::string NotAWebAddressMessage(std::string_view text) {
  std::size_t shown = std::min(text.size(), kShownLength);
  // Cut before a UTF-8 continuation byte, not inside a character.
  while (shown < text.size() && shown > 0 &&
         (static_cast<unsigned char>(text[shown]) & 0xC0U) == 0x80U) {
    --shown;
  }
  return "'" + std::string(text.substr(0, shown)) +
         "' is not a web address: write an address starting http:// or https://";
}

}  // namespace lct::domain
