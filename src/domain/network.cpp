#include "domain/network.hpp"

namespace lct::domain {

const char* MembershipRoleKey(MembershipRole role) {
  switch (role) {
    case MembershipRole::kMember:
      return "member";
    case MembershipRole::kComparator:
      return "comparator";
    case MembershipRole::kFormerMember:
      return "former";
  }
  return "comparator";
}

const char* MembershipRoleLabel(MembershipRole role) {
  switch (role) {
    case MembershipRole::kMember:
      return "Member";
    case MembershipRole::kComparator:
      return "Comparator";
    case MembershipRole::kFormerMember:
      return "Former member";
  }
  return "Comparator";
}

std::optional<MembershipRole> MembershipRoleFromKey(std::string_view key) {
  if (key == "member") return MembershipRole::kMember;
  if (key == "comparator") return MembershipRole::kComparator;
  if (key == "former") return MembershipRole::kFormerMember;
  return std::nullopt;
}

}  // namespace lct::domain
