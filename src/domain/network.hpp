// A network of places (e.g. a national learning-city network) and its memberships.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/ids.hpp"

namespace lct::domain {

struct Network {
  NetworkId id;
  std::string slug;
  std::string name;
  std::string description;

  bool operator==(const Network&) const = default;
};

enum class MembershipRole {
  kMember,        // belongs to the network
  kComparator,    // held for comparison only
  kFormerMember,  // belonged to the network and left; its history stays
};

[[nodiscard]] const char* MembershipRoleKey(MembershipRole role);
[[nodiscard]] const char* MembershipRoleLabel(MembershipRole role);
[[nodiscard]] std::optional<MembershipRole> MembershipRoleFromKey(std::string_view key);

struct Membership {
  PlaceId place;
  MembershipRole role = MembershipRole::kComparator;
  std::string reason;  // why the place is a member, in a sentence
  std::string since;   // YYYY-MM-DD it joined (for a former member: it left); empty: not known

  bool operator==(const Membership&) const = default;
};

}  // namespace lct::domain
