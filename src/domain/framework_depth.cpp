#include "domain/framework_depth.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace lct::domain {
namespace {

bool IsOperational(const Criterion& c) { return !c.retired && !c.operational.empty(); }

void ToOperational(Level& level) {
  std::erase_if(level.criteria, [](const Criterion& c) { return c.operational.empty(); });
  std::set<std::string> asked;
  for (Criterion& c : level.criteria) {
    c.statement = c.operational;
    asked.insert(c.id);
  }
  for (Idea& idea : level.ideas) {
    std::erase_if(idea.criteria, [&](const std::string& id) { return !asked.contains(id); });
  }
  std::erase_if(level.ideas, [](const Idea& idea) { return idea.criteria.empty(); });
}

}  // namespace

Framework AtDepth(const Framework& framework, RoundDepth depth) {
  Framework out = framework;
  if (depth == RoundDepth::kStrategic) return out;
  for (Strand& strand : out.strands) {
    for (Level& level : strand.levels) ToOperational(level);
  }
  return out;
}

int OperationalCriteriaCount(const Framework& framework) {
  int count = 0;
  for (const Strand& strand : framework.strands) {
    for (const Level& level : strand.levels) {
      count += static_cast<int>(
          std::count_if(level.criteria.begin(), level.criteria.end(), IsOperational));
    }
  }
  return count;
}

std::string LevelWithoutOperational(const Framework& framework,
                                    const std::vector<std::string>& strand_ids) {
  for (const Strand& strand : framework.strands) {
    if (std::find(strand_ids.begin(), strand_ids.end(), strand.id) == strand_ids.end()) continue;
    for (const Level& level : strand.levels) {
      if (std::none_of(level.criteria.begin(), level.criteria.end(), IsOperational)) {
        return strand.id + "/" + level.id;
      }
    }
  }
  return {};
}

}  // namespace lct::domain
