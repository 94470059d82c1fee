#include "domain/framework_lookup.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace lct::domain {

const Strand* FindStrand(const Framework& framework, std::string_view id) {
  for (const Strand& strand : framework.strands) {
    if (strand.id == id) return &strand;
  }
  return nullptr;
}

const Level* FindLevel(const Strand& strand, std::string_view id) {
  for (const Level& level : strand.levels) {
    if (level.id == id) return &level;
  }
  return nullptr;
}

const Level* FindLevel(const Framework& framework, std::string_view strand_id,
                       std::string_view level_id) {
  const Strand* strand = FindStrand(framework, strand_id);
  return strand == nullptr ? nullptr : FindLevel(*strand, level_id);
}

std::optional<CriterionRef> LocateCriterion(const Framework& framework, std::string_view id) {
  for (const Strand& strand : framework.strands) {
    for (const Level& level : strand.levels) {
      for (const Criterion& criterion : level.criteria) {
        if (criterion.id == id) return CriterionRef{&strand, &level, &criterion};
      }
    }
  }
  return std::nullopt;
}

const Criterion* FindCriterion(const Framework& framework, std::string_view id) {
  const auto found = LocateCriterion(framework, id);
  return found ? found->criterion : nullptr;
}

const Idea* FindIdea(const Framework& framework, std::string_view id) {
  for (const Strand& strand : framework.strands) {
    for (const Level& level : strand.levels) {
      for (const Idea& idea : level.ideas) {
        if (idea.id == id) return &idea;
      }
    }
  }
  return nullptr;
}

std::vector<CriterionRef> AllCriteria(const Framework& framework) {
  std::vector<CriterionRef> all;
  for (const Strand& strand : framework.strands) {
    for (const Level& level : strand.levels) {
      for (const Criterion& criterion : level.criteria) {
        all.push_back({&strand, &level, &criterion});
      }
    }
  }
  return all;
}

std::vector<const Idea*> IdeasForCriterion(const Framework& framework,
                                           std::string_view criterion_id) {
  std::vector<const Idea*> ideas;
  for (const Strand& strand : framework.strands) {
    for (const Level& level : strand.levels) {
      for (const Idea& idea : level.ideas) {
        if (std::find(idea.criteria.begin(), idea.criteria.end(), criterion_id) !=
            idea.criteria.end()) {
          ideas.push_back(&idea);
        }
      }
    }
  }
  return ideas;
}

std::optional<CrosswalkTarget> FindCrosswalkTarget(const Framework& target, std::string_view item) {
  if (const auto criterion = LocateCriterion(target, item)) {
    return CrosswalkTarget{criterion->strand, criterion->level, criterion->criterion};
  }
  if (const Strand* strand = FindStrand(target, item))
    return CrosswalkTarget{strand, nullptr, nullptr};
  if (const auto slash = item.find('/'); slash != std::string_view::npos) {
    const Strand* strand = FindStrand(target, item.substr(0, slash));
    const Level* level = strand == nullptr ? nullptr : FindLevel(*strand, item.substr(slash + 1));
    if (level == nullptr) return std::nullopt;
    return CrosswalkTarget{strand, level, nullptr};
  }
  std::optional<CrosswalkTarget> match;
  for (const Strand& strand : target.strands) {
    if (const Level* level = FindLevel(strand, item)) {
      if (match) return std::nullopt;  // ambiguous: more than one strand has this level id
      match = CrosswalkTarget{&strand, level, nullptr};
    }
  }
  return match;
}

std::vector<const Criterion*> CriteriaCrosswalkedTo(const Framework& source,
                                                    const Framework& target,
                                                    std::string_view item) {
  std::vector<const Criterion*> criteria;
  const auto wanted = FindCrosswalkTarget(target, item);
  if (!wanted) return criteria;
  const auto same = [&wanted](const CrosswalkTarget& other) {
    return other.strand == wanted->strand && other.level == wanted->level &&
           other.criterion == wanted->criterion;
  };
  for (const CriterionRef& ref : AllCriteria(source)) {
    const bool serves = std::any_of(
        ref.criterion->crosswalk.begin(), ref.criterion->crosswalk.end(),
        [&](const CrosswalkLink& link) {
          if (link.framework != target.id) return false;
          return std::any_of(link.items.begin(), link.items.end(), [&](const std::string& name) {
            const auto resolved = FindCrosswalkTarget(target, name);
            return resolved && same(*resolved);
          });
        });
    if (serves) criteria.push_back(ref.criterion);
  }
  return criteria;
}

bool IsSectionName(std::string_view name) {
  return std::find(kSectionNames.begin(), kSectionNames.end(), name) != kSectionNames.end();
}

FrameworkCatalogue::FrameworkCatalogue(std::vector<Framework> frameworks) {
  for (Framework& framework : frameworks) Add(std::move(framework));
}

void FrameworkCatalogue::Add(Framework framework) {
  for (Framework& existing : frameworks_) {
    if (existing.id == framework.id && existing.version == framework.version) {
      existing = std::move(framework);
      return;
    }
  }
  frameworks_.push_back(std::move(framework));
}

const Framework* FrameworkCatalogue::Find(std::string_view id) const {
  const Framework* best = nullptr;
  for (const Framework& framework : frameworks_) {
    if (framework.id == id && (best == nullptr || framework.version > best->version)) {
      best = &framework;
    }
  }
  return best;
}

const Framework* FrameworkCatalogue::Find(std::string_view id, int version) const {
  for (const Framework& framework : frameworks_) {
    if (framework.id == id && framework.version == version) return &framework;
  }
  return nullptr;
}

}  // namespace lct::domain
