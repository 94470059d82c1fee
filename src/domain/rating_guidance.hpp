// Rating guidance: what each point of the rating scale looks like for one criterion (its rating
// guide), for the guide's pages and the questionnaire. Plain functions over a Framework; no I/O.
// The framework-wide parts of the guidance (the evidence guide and the moderation exercise) are
// Framework::evidence_guide and Framework::moderation.
#pragma once

#include <string>
#include <vector>

#include "domain/framework.hpp"

namespace lct::domain {

// One point of the scale as it applies to a criterion.
struct RatingGuideRow {
  int value = 0;
  std::string label;    // the scale's label for the point ("Developing")
  std::string meaning;  // the scale's general meaning of the point
  std::string guide;    // what the point looks like for this criterion; empty when none is given
  bool operator==(const RatingGuideRow&) const = default;
};

// The criterion's description of `value`, or null when it gives none.
[[nodiscard]] const RatingDescriptor* FindRatingDescriptor(const Criterion& criterion, int value);

// True when any criterion of the framework (retired ones included) has a rating guide. Such a
// framework must give one for every point above the lowest of every criterion in use
// (domain::ValidateFramework checks it).
[[nodiscard]] bool HasRatingGuides(const Framework& framework);

// Every point of the framework's scale (the default scale when it has none), lowest first, each
// with what it looks like for `criterion`. The lowest point usually has no guide ("not started").
[[nodiscard]] std::vector<RatingGuideRow> RatingGuideFor(const Framework& framework,
                                                         const Criterion& criterion);

}  // namespace lct::domain
