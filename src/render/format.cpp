#include "render/format.hpp"

#include <fmt/format.h>
#include <cmath>

namespace lct::render {

std::string FormatNumber(double value, int decimals) {
  std::string digits = fmt::format("{:.{}f}", std::fabs(value), decimals);
  if (digits.find_first_not_of("0.") == std::string::npos) value = 0;  // no "-0.0"
  const std::size_t dot = digits.find('.');
  std::size_t int_end = dot == std::string::npos ? digits.size() : dot;
  std::string out;
  for (std::size_t i = 0; i < int_end; ++i) {
    if (i > 0 && (int_end - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  out += digits.substr(int_end);
  return value < 0 ? "-" + out : out;
}

std::string FormatValue(std::optional<double> value, std::string_view unit, int decimals) {
  if (!value) return "–";
  if (unit == "%") return FormatNumber(*value, decimals) + "%";
  if (unit == "£") return "£" + FormatNumber(*value, 2);
  return FormatNumber(*value, decimals);
}

std::string Ordinal(int n) {
  const int last_two = n % 100;
  const int last = n % 10;
  const char* suffix = "th";
  if (last_two < 11 || last_two > 13) {
    if (last == 1) suffix = "st";
    if (last == 2) suffix = "nd";
    if (last == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

std::string Slug(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace lct::render
