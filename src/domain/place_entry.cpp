#include "domain/place_entry.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/assessment_round.hpp"

namespace lct::domain {
namespace {

constexpr std::size_t kMaxCodeLength = 64;
constexpr std::size_t kMaxNameLength = 200;
constexpr double kMaxLatitude = 90;
constexpr double kMaxLongitude = 180;

using Stored = std::map<std::string, std::string, std::less<>>;

struct Checker {
  const Geography& geography;
  const std::vector<PlaceEntry>& entries;
  const Stored& stored;
  std::map<std::string, const PlaceEntry*, std::less<>> by_code;
  std::vector<PlaceProblem> problems;

  void Add(const PlaceEntry& e, std::string field, std::string message) {
    problems.push_back({e.line, std::move(field), std::move(message)});
  }

  // The level of the place `code`: from this file first, else as stored; empty when unknown.
  [[nodiscard]] std::optional<std::string> LevelOf(std::string_view code) const {
    if (const auto it = by_code.find(code); it != by_code.end()) return it->second->level;
    if (const auto it = stored.find(code); it != stored.end()) return it->second;
    return std::nullopt;
  }

  [[nodiscard]] std::string LevelName(std::string_view key) const {
    const GeographyLevel* level = geography.Find(key);
    return level ? level->name : std::string(key);
  }

  void CheckCode(const PlaceEntry& e) {
    if (e.code.empty()) {
      Add(e, "code", "the code is empty");
    } else if (!IsPlaceCode(e.code)) {
      Add(e, "code",
          "'" + e.code +
              "' is not a place code: use up to 64 letters, digits and - _ . : "
              "(no spaces)");
    } else if (const auto [it, added] = by_code.emplace(e.code, &e); !added) {
      Add(e, "code",
          "the code '" + e.code + "' is given twice (first on line " +
              std::to_string(it->second->line) + ")");
    }
  }

  void CheckNameAndLevel(const PlaceEntry& e) {
    if (e.name.empty()) Add(e, "name", "the name is empty");
    if (e.name.size() > kMaxNameLength) Add(e, "name", "the name is longer than 200 bytes");
    if (e.level.empty()) {
      Add(e, "level", "the level is empty");
    } else if (!geography.IndexOf(e.level)) {
      std::string known;
      for (const GeographyLevel& level : geography.levels) {
        known += (known.empty() ? "" : ", ") + level.key;
      }
      Add(e, "level", "unknown level '" + e.level + "' (the network's levels are: " + known + ")");
    }
  }

  void CheckParent(const PlaceEntry& e) {
    const auto index = geography.IndexOf(e.level);
    if (!index) return;  // reported as an unknown level
    if (*index == 0) {
      if (!e.parent.empty()) {
        Add(e, "parent",
            "a " + LevelName(e.level) +
                " is at the widest level and has no parent; leave it empty");
      }
      return;
    }
    if (e.parent.empty()) {
      Add(e, "parent",
          "a " + LevelName(e.level) + " needs a parent: the code of the " +
              geography.levels[*index - 1].name + " (or wider area) containing it");
      return;
    }
    if (e.parent == e.code) {
      Add(e, "parent", "a place cannot be its own parent");
      return;
    }
    const auto parent_level = LevelOf(e.parent);
    if (!parent_level) {
      Add(e, "parent",
          "unknown parent '" + e.parent +
              "': no place in this file or in the network has that code");
      return;
    }
    const auto parent_index = geography.IndexOf(*parent_level);
    if (parent_index && *parent_index >= *index) {
      Add(e, "parent",
          "the parent '" + e.parent + "' is a " + LevelName(*parent_level) +
              ", which is not wider than a " + LevelName(e.level));
    }
  }

  void CheckMembership(const PlaceEntry& e) {
    if (!e.membership_date.empty() && !IsIsoDate(e.membership_date)) {
      Add(e, "membership_date", "'" + e.membership_date + "' is not a date (YYYY-MM-DD)");
    }
    if (e.membership == MembershipRole::kFormerMember && e.membership_date.empty()) {
      Add(e, "membership_date", "give the date a former member left the network");
    }
    if (!e.membership && (!e.membership_date.empty() || !e.membership_reason.empty())) {
      Add(e, "membership", "a membership date or reason is given without a membership");
    }
    if (!e.retired.empty() && !IsIsoDate(e.retired)) {
      Add(e, "retired", "'" + e.retired + "' is not a date (YYYY-MM-DD)");
    }
    if (!e.retired.empty() &&
        (e.membership == MembershipRole::kMember || e.membership == MembershipRole::kComparator)) {
      Add(e, "membership", "a retired place can only be a former member");
    }
  }

  void CheckCoordinates(const PlaceEntry& e) {
    if (e.latitude.has_value() != e.longitude.has_value()) {
      Add(e, e.latitude ? "longitude" : "latitude", "give both latitude and longitude, or neither");
    }
    if (e.latitude && (*e.latitude < -kMaxLatitude || *e.latitude > kMaxLatitude)) {
      Add(e, "latitude", "a latitude is between -90 and 90 degrees");
    }
    if (e.longitude && (*e.longitude < -kMaxLongitude || *e.longitude > kMaxLongitude)) {
      Add(e, "longitude", "a longitude is between -180 and 180 degrees");
    }
  }

  void CheckPredecessors(const PlaceEntry& e) {
    for (const std::string& code : e.predecessors) {
      if (!IsPlaceCode(code)) {
        Add(e, "predecessors", "'" + code + "' is not a place code");
      } else if (code == e.code) {
        Add(e, "predecessors", "a place cannot be its own predecessor");
      }
    }
  }

  // Follows each entry's parents (through this file only: stored places were checked when they
  // were stored) and reports a chain that comes back to itself, once, on its first line.
  void CheckCycles() {
    std::set<std::string, std::less<>> reported;
    for (const PlaceEntry& start : entries) {
      std::vector<std::string> chain{start.code};
      const PlaceEntry* at = &start;
      while (true) {
        const auto next = by_code.find(at->parent);
        if (at->parent.empty() || next == by_code.end()) break;
        const auto seen = std::find(chain.begin(), chain.end(), at->parent);
        if (seen != chain.end()) {
          if (seen == chain.begin() && !reported.contains(start.code)) {
            std::string path;
            for (const std::string& code : chain) {
              reported.insert(code);
              path += code + " -> ";
            }
            Add(start, "parent", "the parents go round in a cycle: " + path + start.code);
          }
          break;
        }
        chain.push_back(at->parent);
        at = next->second;
      }
    }
  }
};

}  // namespace

bool IsPlaceCode(std::string_view code) {
  if (code.empty() || code.size() > kMaxCodeLength) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == ':';
  });
}

std::vector<PlaceProblem> CheckPlaceEntries(const Geography& geography,
                                            const std::vector<PlaceEntry>& entries,
                                            const Stored& stored) {
  Checker checker{geography, entries, stored, {}, {}};
  for (const PlaceEntry& e : entries) checker.CheckCode(e);
  for (const PlaceEntry& e : entries) {
    checker.CheckNameAndLevel(e);
    checker.CheckParent(e);
    checker.CheckMembership(e);
    checker.CheckCoordinates(e);
    checker.CheckPredecessors(e);
  }
  checker.CheckCycles();
  std::stable_sort(checker.problems.begin(), checker.problems.end(),
                   [](const PlaceProblem& a, const PlaceProblem& b) { return a.line < b.line; });
  return std::move(checker.problems);
}

}  // namespace lct::domain
