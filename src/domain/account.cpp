#include "domain/account.hpp"

namespace lct::domain {

const char* PlaceRoleKey(PlaceRole role) {
  switch (role) {
    case PlaceRole::kViewer:
      return "viewer";
    case PlaceRole::kPartner:
      return "partner";
    case PlaceRole::kCoordinator:
      return "coordinator";
  }
  return "viewer";
}

std::optional<PlaceRole> PlaceRoleFromKey(std::string_view key) {
  for (const PlaceRole role : {PlaceRole::kViewer, PlaceRole::kPartner, PlaceRole::kCoordinator}) {
    if (key == PlaceRoleKey(role)) return role;
  }
  return std::nullopt;
}

const char* OneTimePurposeKey(OneTimePurpose purpose) {
  return purpose == OneTimePurpose::kInvite ? "invite" : "reset";
}

std::optional<OneTimePurpose> OneTimePurposeFromKey(std::string_view key) {
  if (key == "invite") return OneTimePurpose::kInvite;
  if (key == "reset") return OneTimePurpose::kReset;
  return std::nullopt;
}

}  // namespace lct::domain
