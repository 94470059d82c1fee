// How well one framework's criteria cover the areas of another through their crosswalks: for
// each level (area) of the target, the criteria in use that name it. Wherever one framework's
// results are reported by the areas of another (the toolkit by UNESCO Key Features area), the
// coverage says how much each area's figure rests on, and a thin area gets a warning.
#pragma once

#include <cstddef>
#include <vector>

#include "domain/framework.hpp"

namespace lct::domain {

// An area named by fewer criteria than this is thin: a result reported for it rests on too few
// questions to stand on its own.
inline constexpr std::size_t kThinCoverage = 3;

struct AreaCoverage {
  const Strand* strand = nullptr;          // of the target framework
  const Level* level = nullptr;            // the area
  std::vector<const Criterion*> criteria;  // of the source framework, not retired, file order
  [[nodiscard]] bool Thin() const { return criteria.size() < kThinCoverage; }
};

// Every level of `target`, in file order, with the criteria of `source` (retired ones left out)
// whose crosswalk to `target` names that level. A crosswalk item naming a whole strand or a
// single criterion of the target counts for no level. Pointers point into the two frameworks.
[[nodiscard]] std::vector<AreaCoverage> CrosswalkCoverage(const Framework& source,
                                                          const Framework& target);

// True when some criterion of `source` crosswalks to `target`.
[[nodiscard]] bool CrosswalksTo(const Framework& source, const Framework& target);

}  // namespace lct::domain
