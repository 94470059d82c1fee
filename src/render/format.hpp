// Number formatting for pages and reports (en-GB: thousands separated by commas).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lct::render {

// 1234567.891 with 1 decimal -> "1,234,567.9". Negative numbers keep their sign.
[[nodiscard]] std::string FormatNumber(double value, int decimals);

// A value with its unit: "62.3%", "£642.50", "5,174". Empty optional -> "–" (not available).
[[nodiscard]] std::string FormatValue(std::optional<double> value, std::string_view unit,
                                      int decimals);

// "1st", "2nd", "23rd", "111th".
[[nodiscard]] std::string Ordinal(int n);

// Lower-case ASCII slug for ids and anchors: "Adult learning" -> "adult-learning".
[[nodiscard]] std::string Slug(std::string_view text);

}  // namespace lct::render
