#include "domain/rating_guidance.hpp"

#include <algorithm>

namespace lct::domain {

const RatingDescriptor* FindRatingDescriptor(const Criterion& criterion, int value) {
  const auto it =
      std::find_if(criterion.rating_guide.begin(), criterion.rating_guide.end(),
                   [value](const RatingDescriptor& point) { return point.value == value; });
  return it == criterion.rating_guide.end() ? nullptr : &*it;
}

bool HasRatingGuides(const Framework& framework) {
  for (const Strand& strand : framework.strands) {
    for (const Level& level : strand.levels) {
      const bool any = std::any_of(level.criteria.begin(), level.criteria.end(),
                                   [](const Criterion& c) { return !c.rating_guide.empty(); });
      if (any) return true;
    }
  }
  return false;
}

std::vector<RatingGuideRow> RatingGuideFor(const Framework& framework, const Criterion& criterion) {
  const std::vector<ScalePoint> scale = framework.scale.empty() ? DefaultScale() : framework.scale;
  std::vector<RatingGuideRow> rows;
  rows.reserve(scale.size());
  for (const ScalePoint& point : scale) {
    const RatingDescriptor* descriptor = FindRatingDescriptor(criterion, point.value);
    rows.push_back({point.value, point.label, point.meaning,
                    descriptor == nullptr ? std::string() : descriptor->text});
  }
  return rows;
}

}  // namespace lct::domain
