#include "domain/network.hpp"

namespace lct::domain {

const char* MembershipRoleKey(MembershipRole role) {
  return role == MembershipRole::kMember ? "member" : "comparator";
}

const char* MembershipRoleLabel(MembershipRole role) {
  return role == MembershipRole::kMember ? "Member" : "Comparator";
}

std::optional<MembershipRole> MembershipRoleFromKey(std::string_view key) {
  if (key == "member") return MembershipRole::kMember;
  if (key == "comparator") return MembershipRole::kComparator;
  return std::nullopt;
}

}  // namespace lct::domain
