#include "domain/place.hpp"

namespace lct::domain {

std::optional<AreaKind> AreaKindFromCode(std::string_view code) {
  if (code.size() != 9) return std::nullopt;
  const std::string_view prefix = code.substr(0, 3);
  if (prefix == "E92" || prefix == "W92") return AreaKind::kNation;
  if (prefix == "E12") return AreaKind::kRegion;
  if (prefix == "E06") return AreaKind::kUnitaryAuthority;
  if (prefix == "E07") return AreaKind::kNonMetropolitanDistrict;
  if (prefix == "E08") return AreaKind::kMetropolitanDistrict;
  if (prefix == "E09") return AreaKind::kLondonBorough;
  if (prefix == "W06") return AreaKind::kWelshPrincipalArea;
  return std::nullopt;
}

const char* AreaKindLabel(AreaKind kind) {
  switch (kind) {
    case AreaKind::kNation:
      return "Nation";
    case AreaKind::kRegion:
      return "Region";
    case AreaKind::kUnitaryAuthority:
      return "Unitary authority";
    case AreaKind::kNonMetropolitanDistrict:
      return "District";
    case AreaKind::kMetropolitanDistrict:
      return "Metropolitan district";
    case AreaKind::kLondonBorough:
      return "London borough";
    case AreaKind::kWelshPrincipalArea:
      return "Welsh principal area";
  }
  return "Area";
}

bool IsLocalAuthority(AreaKind kind) {
  return kind != AreaKind::kNation && kind != AreaKind::kRegion;
}

}  // namespace lct::domain
