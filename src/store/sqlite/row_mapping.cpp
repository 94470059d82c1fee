#include "store/sqlite/row_mapping.hpp"

#include <array>
#include <utility>

namespace lct::store::sqlite {
namespace {

using domain::AreaKind;
constexpr std::array<std::pair<AreaKind, const char*>, 7> kKinds = {{
    {AreaKind::kNation, "nation"},
    {AreaKind::kRegion, "region"},
    {AreaKind::kUnitaryAuthority, "unitary"},
    {AreaKind::kNonMetropolitanDistrict, "district"},
    {AreaKind::kMetropolitanDistrict, "metropolitan"},
    {AreaKind::kLondonBorough, "london"},
    {AreaKind::kWelshPrincipalArea, "welsh"},
}};

}  // namespace

const char* AreaKindKey(AreaKind kind) {
  for (const auto& [k, key] : kKinds) {
    if (k == kind) return key;
  }
  return "unitary";
}

Result<AreaKind> AreaKindFromKey(std::string_view key) {
  for (const auto& [kind, k] : kKinds) {
    if (key == k) return kind;
  }
  return Internal("unknown area kind '" + std::string(key) + "' in the database");
}

const char* StatusKey(domain::ObservationStatus status) {
  switch (status) {
    case domain::ObservationStatus::kNormal:
      return "";
    case domain::ObservationStatus::kSuppressed:
      return "x";
    case domain::ObservationStatus::kLowReliability:
      return "u";
    case domain::ObservationStatus::kProvisional:
      return "p";
  }
  return "";
}

domain::ObservationStatus StatusFromKey(std::string_view key) {
  if (key == "x") return domain::ObservationStatus::kSuppressed;
  if (key == "u") return domain::ObservationStatus::kLowReliability;
  if (key == "p") return domain::ObservationStatus::kProvisional;
  return domain::ObservationStatus::kNormal;
}

}  // namespace lct::store::sqlite
