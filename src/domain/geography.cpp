#include "domain/geography.hpp"

#include <algorithm>
#include <set>

namespace lct::domain {
namespace {

constexpr std::size_t kMaxKeyLength = 40;

std::string Indexed(std::string_view list, std::size_t index) {
  return std::string(list) + "[" + std::to_string(index) + "]";
}

}  // namespace

std::optional<std::size_t> Geography::IndexOf(std::string_view key) const {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i].key == key) return i;
  }
  return std::nullopt;
}

const GeographyLevel* Geography::Find(std::string_view key) const {
  const auto index = IndexOf(key);
  return index ? &levels[*index] : nullptr;
}

bool IsLevelKey(std::string_view key) {
  if (key.empty() || key.size() > kMaxKeyLength || key.front() == '-' || key.back() == '-') {
    return false;
  }
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::vector<GeographyProblem> CheckGeography(const Geography& geography) {
  std::vector<GeographyProblem> problems;
  if (geography.levels.empty()) {
    problems.push_back({"levels", "name at least one level (e.g. \"city\")"});
  }
  std::set<std::string, std::less<>> keys;
  std::set<std::string, std::less<>> names;
  for (std::size_t i = 0; i < geography.levels.size(); ++i) {
    const GeographyLevel& level = geography.levels[i];
    const std::string field = Indexed("levels", i);
    if (!IsLevelKey(level.key)) {
      problems.push_back(
          {field + ".key", "'" + level.key +
                               "' is not a level key: use 1 to 40 lower-case "
                               "letters, digits and hyphens, e.g. \"local-authority\""});
    } else if (!keys.insert(level.key).second) {
      problems.push_back({field + ".key", "the level key '" + level.key + "' is used twice"});
    }
    if (level.name.empty()) {
      problems.push_back({field + ".name", "give the level a name, e.g. \"Local authority\""});
    } else if (!names.insert(level.name).second) {
      problems.push_back({field + ".name", "the level name '" + level.name + "' is used twice"});
    }
  }
  std::set<std::string, std::less<>> compared;
  for (std::size_t i = 0; i < geography.compare_within.size(); ++i) {
    const std::string& key = geography.compare_within[i];
    const std::string field = Indexed("compare_within", i);
    const auto index = geography.IndexOf(key);
    if (!index) {
      problems.push_back({field, "'" + key + "' is not one of the levels"});
    } else if (*index + 1 == geography.levels.size()) {
      problems.push_back({field, "'" + key +
                                     "' is the narrowest level: a place is compared within a "
                                     "wider area that contains it"});
    } else if (!compared.insert(key).second) {
      problems.push_back({field, "'" + key + "' is listed twice"});
    }
  }
  return problems;
}

}  // namespace lct::domain
