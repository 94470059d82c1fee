#include "base/text.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace lct::text {
namespace {

constexpr unsigned char kAsciiMask = 0x80;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// The length of the well-formed sequence starting at `s[i]`, or 0 when it is ill-formed
// (Unicode table 3-7).
std::size_t SequenceLength(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto in = [](unsigned char c, unsigned char lo, unsigned char hi) {
    return c >= lo && c <= hi;
  };
  const std::size_t left = s.size() - i;
  const unsigned char lead = byte(0);
  if (lead < kAsciiMask) return 1;
  if (in(lead, 0xC2, 0xDF)) return left >= 2 && in(byte(1), 0x80, 0xBF) ? 2 : 0;
  if (in(lead, 0xE0, 0xEF)) {
    if (left < 3) return 0;
    const unsigned char lo = lead == 0xE0 ? 0xA0 : 0x80;  // E0: no overlong forms
    const unsigned char hi = lead == 0xED ? 0x9F : 0xBF;  // ED: no surrogates
    return in(byte(1), lo, hi) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
  }
  if (in(lead, 0xF0, 0xF4)) {
    if (left < 4) return 0;
    const unsigned char lo = lead == 0xF0 ? 0x90 : 0x80;  // F0: no overlong forms
    const unsigned char hi = lead == 0xF4 ? 0x8F : 0xBF;  // F4: nothing above U+10FFFF
    return in(byte(1), lo, hi) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;  // a continuation byte without a lead, C0/C1 (overlong) or F5..FF
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// "0xFF".
std::string ByteName(char byte) {
  constexpr std::array<char, 16> kHex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                         '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  const auto value = static_cast<unsigned char>(byte);
  return std::string("0x") + kHex[value >> 4] + kHex[value & 0xF];
}

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Fast path: eight ASCII bytes at a time (most text in data files is ASCII).
    if (text.size() - i >= sizeof(std::uint64_t)) {
      std::uint64_t block = 0;
      std::memcpy(&block, text.data() + i, sizeof block);
      if ((block & kHighBits) == 0) {
        i += sizeof block;
        continue;
      }
    }
    const std::size_t length = SequenceLength(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

std::optional<std::string> Utf8Problem(std::string_view text) {
  const auto bad = FindInvalidUtf8(text);
  if (!bad) return std::nullopt;
  return "is not valid UTF-8 (byte " + ByteName(text[*bad]) + " at position " +
         std::to_string(*bad + 1) + ")";
}

TextPosition PositionOf(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  TextPosition position;
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // not a continuation byte: a new character
      ++position.column;
    }
  }
  return position;
}

Status CheckUtf8File(std::string_view content, const std::string& file) {
  const auto bad = FindInvalidUtf8(content);
  if (!bad) return Ok();
  const TextPosition at = PositionOf(content, *bad);
  ErrorLocation location{file, at.line, ""};
  location.column = at.column;
  return InvalidArgument(
      "text is not valid UTF-8 (byte " + ByteName(content[*bad]) + "): save the file as UTF-8",
      std::move(location));
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), LowerAscii);
  return out;
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return LowerAscii(x) == LowerAscii(y);
         });
}

std::string PercentEncode(std::string_view text, bool (*escape)(unsigned char)) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  constexpr unsigned kNibble = 4;
  constexpr unsigned kLow = 0x0F;
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (escape(byte)) {
      out += '%';
      out += kHex[byte >> kNibble];
      out += kHex[byte & kLow];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace lct::text
