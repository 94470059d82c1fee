// Issue 18, two depths: the framework as a round at a given depth asks it. At strategic depth
// the framework is asked as it is. At operational depth (a single field project rather than the
// whole partnership) each level keeps only the criteria that carry an operational variant, and
// asks them in that wording; levels, scoring rules and ids are unchanged, so scoring, results,
// exports and comparisons work on the derived framework as on any other.
#pragma once

#include <string>
#include <vector>

#include "domain/assessment_round.hpp"
#include "domain/framework.hpp"

namespace lct::domain {

// `framework` as a round at `depth` asks it (see above). Ideas keep only the criteria that are
// still asked, and an idea left with none is dropped.
[[nodiscard]] Framework AtDepth(const Framework& framework, RoundDepth depth);

// How many current (not retired) criteria of `framework` have an operational variant: zero means
// the framework cannot be asked at operational depth.
[[nodiscard]] int OperationalCriteriaCount(const Framework& framework);

// The first level of the strands `strand_ids` (in framework order) with no current criterion
// that has an operational variant, as "strand/level"; empty when every such level has one. A
// round at operational depth could not rate such a level, so it is not opened.
[[nodiscard]] std::string LevelWithoutOperational(const Framework& framework,
                                                  const std::vector<std::string>& strand_ids);

}  // namespace lct::domain
