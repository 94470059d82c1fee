#include "domain/column_mapping.hpp"

#include <array>
#include <utility>

namespace lct::domain {
namespace {

constexpr std::array<std::pair<CsvLayout, const char*>, 4> kLayouts = {{
    {CsvLayout::kAuto, "auto"},
    {CsvLayout::kOnsTidy, "ons"},
    {CsvLayout::kLong, "long"},
    {CsvLayout::kWide, "wide"},
}};

}  // namespace

const char* CsvLayoutKey(CsvLayout layout) {
  for (const auto& [l, key] : kLayouts) {
    if (l == layout) return key;
  }
  return "auto";
}

std::optional<CsvLayout> CsvLayoutFromKey(std::string_view key) {
  for (const auto& [layout, k] : kLayouts) {
    if (key == k) return layout;
  }
  return std::nullopt;
}

}  // namespace lct::domain
