#include "domain/network_definition.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace lct::domain {
namespace {

constexpr std::size_t kGroupDigits = 3;
constexpr std::size_t kMaxSubtag = 8;

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string NumberFormat::Example() const {
  return "1" + group_separator + "234" + std::string(1, decimal_mark) + "5";
}

std::optional<NumberFormat> NumberFormatFromExample(std::string_view example) {
  const std::array<NumberFormat, 5> known = {NumberFormat{'.', ","}, NumberFormat{',', "."},
                                             NumberFormat{',', " "}, NumberFormat{'.', ""},
                                             NumberFormat{',', ""}};
  for (const NumberFormat& format : known) {
    if (format.Example() == example) return format;
  }
  return std::nullopt;
}

std::string FormatNumberText(std::string_view text, const NumberFormat& format) {
  std::size_t start = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
  const std::size_t point = text.find('.');
  const std::string_view whole =
      text.substr(start, point == std::string_view::npos ? std::string_view::npos : point - start);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  const auto all_digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), IsDigit);
  };
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
      (point != std::string_view::npos && fraction.empty())) {
    return std::string(text);
  }
  std::string out(text.substr(0, start));
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % kGroupDigits == 0) out += format.group_separator;
    out += whole[i];
  }
  if (point != std::string_view::npos) {
    out += format.decimal_mark;
    out += fraction;
  }
  return out;
}

bool IsLanguageTag(std::string_view tag) {
  std::size_t index = 0;
  std::size_t position = 0;
  while (position <= tag.size()) {
    const std::size_t dash = std::min(tag.find('-', position), tag.size());
    const std::string_view part = tag.substr(position, dash - position);
    if (index == 0) {
      if (part.size() < 2 || part.size() > 3 || !std::all_of(part.begin(), part.end(), IsAlpha)) {
        return false;
      }
    } else if (part.empty() || part.size() > kMaxSubtag ||
               !std::all_of(part.begin(), part.end(),
                            [](char c) { return IsAlpha(c) || IsDigit(c); })) {
      return false;
    }
    ++index;
    position = dash + 1;
  }
  return index > 0;
}

}  // namespace lct::domain
