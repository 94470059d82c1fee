// A place: a local authority (or, for comparison, a region or nation) and its context.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/ids.hpp"

namespace lct::domain {

enum class AreaKind {
  kNation,
  kRegion,
  kUnitaryAuthority,         // E06
  kNonMetropolitanDistrict,  // E07
  kMetropolitanDistrict,     // E08
  kLondonBorough,            // E09
  kWelshPrincipalArea,       // W06
};

// Area kind from a GSS code's prefix, or nullopt for prefixes the product does not hold.
[[nodiscard]] std::optional<AreaKind> AreaKindFromCode(std::string_view code);
[[nodiscard]] const char* AreaKindLabel(AreaKind kind);
[[nodiscard]] bool IsLocalAuthority(AreaKind kind);

// A context figure with its provenance, e.g. the 2021 census population.
struct ContextValue {
  double value = 0;
  std::string source;  // short citation, e.g. "ONS, Census 2021"
  std::string note;    // how it was derived, when it was ("sum of the predecessor districts")

  bool operator==(const ContextValue&) const = default;
};

struct Place {
  PlaceId id;
  std::string code;  // GSS code, e.g. E08000012
  std::string name;
  AreaKind kind = AreaKind::kUnitaryAuthority;
  std::string region_code;  // E12 region for English areas; empty for nations and Wales
  std::string nation_code;  // E92000001 or W92000004
  std::optional<ContextValue> population_2021;
  std::optional<ContextValue> population_2011;
  std::optional<ContextValue> density_2021;   // usual residents per square kilometre
  std::optional<ContextValue> imd_education;  // IMD 2019 education, skills and training score
  std::string predecessor_codes;  // space-separated codes whose data this place inherits
  std::string note;               // e.g. "Created in 2023 from ..."
  // Issue 13: the place in the network's own geography (domain/geography.hpp). kind,
  // region_code and nation_code above stay until every page reads these instead.
  std::string level;                // a level key of the network's geography
  std::string parent_code;          // the nearest place containing it; empty at the widest level
  std::optional<double> latitude;   // WGS 84 degrees
  std::optional<double> longitude;  // WGS 84 degrees
  std::string retired;              // YYYY-MM-DD it stopped existing; empty while it exists

  bool operator==(const Place&) const = default;
};

}  // namespace lct::domain
