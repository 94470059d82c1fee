#include "domain/crosswalk_coverage.hpp"

#include <algorithm>
#include <string>

#include "domain/framework_lookup.hpp"

namespace lct::domain {

std::vector<AreaCoverage> CrosswalkCoverage(const Framework& source, const Framework& target) {
  std::vector<AreaCoverage> coverage;
  for (const Strand& strand : target.strands) {
    for (const Level& level : strand.levels) {
      AreaCoverage area{&strand, &level, {}};
      for (const Criterion* criterion :
           CriteriaCrosswalkedTo(source, target, strand.id + "/" + level.id)) {
        if (!criterion->retired) area.criteria.push_back(criterion);
      }
      coverage.push_back(std::move(area));
    }
  }
  return coverage;
}

bool CrosswalksTo(const Framework& source, const Framework& target) {
  for (const CriterionRef& ref : AllCriteria(source)) {
    const auto& links = ref.criterion->crosswalk;
    if (std::any_of(links.begin(), links.end(),
                    [&](const CrosswalkLink& link) { return link.framework == target.id; })) {
      return true;
    }
  }
  return false;
}

}  // namespace lct::domain
