// What a network says about itself (docs/your-own-network.md): its name and description, the
// language its people read, how numbers are written, and its geography. Kept as data with the
// network, never in code, so that any country or network of cities can be set up from a file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/geography.hpp"

namespace lct::domain {

// How a number is written, named by an example of one thousand two hundred and thirty-four and
// a half: "1,234.5" (the default), "1.234,5", "1 234,5", "1234.5" or "1234,5".
struct NumberFormat {
  char decimal_mark = '.';
  std::string group_separator = ",";  // empty: digits are not grouped

  [[nodiscard]] std::string Example() const;
  bool operator==(const NumberFormat&) const = default;
};
// The format `example` names, or nothing when it is not one of the five above.
[[nodiscard]] std::optional<NumberFormat> NumberFormatFromExample(std::string_view example);
// `text`, a number written with '.' as its decimal mark and no grouping (e.g. "-12345.67"), in
// `format` ("-12,345.67", "-12.345,67", ...). Text that is not such a number is returned as it is.
[[nodiscard]] std::string FormatNumberText(std::string_view text, const NumberFormat& format);

struct NetworkDefinition {
  std::string name;
  std::string description;
  std::string language = "en";  // a BCP 47 tag, e.g. "en-GB", "cy", "fr"
  NumberFormat number_format;
  Geography geography;

  bool operator==(const NetworkDefinition&) const = default;
};

// Whether `tag` looks like a BCP 47 language tag: a 2-3 letter language, then subtags of 1-8
// letters or digits, joined by '-'.
[[nodiscard]] bool IsLanguageTag(std::string_view tag);

}  // namespace lct::domain
