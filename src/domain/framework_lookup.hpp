// Lookups in a Framework, and a catalogue of frameworks that crosswalks can point at.
// Every returned pointer points into the framework (or catalogue) passed in: it stays valid while
// that object is alive and unchanged. "Not found" is a null pointer or an empty optional.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/framework.hpp"

namespace lct::domain {

[[nodiscard]] const Strand* FindStrand(const Framework& framework, std::string_view id);
[[nodiscard]] const Level* FindLevel(const Strand& strand, std::string_view id);
[[nodiscard]] const Level* FindLevel(const Framework& framework, std::string_view strand_id,
                                     std::string_view level_id);
// Finds retired criteria too; check Criterion::retired where that matters.
[[nodiscard]] const Criterion* FindCriterion(const Framework& framework, std::string_view id);
[[nodiscard]] const Idea* FindIdea(const Framework& framework, std::string_view id);

// A criterion together with the strand and level that hold it.
struct CriterionRef {
  const Strand* strand = nullptr;
  const Level* level = nullptr;
  const Criterion* criterion = nullptr;
};

[[nodiscard]] std::optional<CriterionRef> LocateCriterion(const Framework& framework,
                                                          std::string_view id);

// Every criterion in file order (strand by strand, level by level), retired ones included.
[[nodiscard]] std::vector<CriterionRef> AllCriteria(const Framework& framework);

// The ideas for action linked to a criterion, in file order (for seeding an action plan).
[[nodiscard]] std::vector<const Idea*> IdeasForCriterion(const Framework& framework,
                                                         std::string_view criterion_id);

// What a crosswalk item names: a strand (level and criterion null), a level (criterion null)
// or a criterion (all three set).
struct CrosswalkTarget {
  const Strand* strand = nullptr;
  const Level* level = nullptr;
  const Criterion* criterion = nullptr;
};

// Resolves a crosswalk item in `target`: a criterion id, a strand id, "strand/level", or a bare
// level id used by exactly one strand (in that order). Empty when nothing, or more than one
// level, matches.
[[nodiscard]] std::optional<CrosswalkTarget> FindCrosswalkTarget(const Framework& target,
                                                                 std::string_view item);

// The criteria of `source` whose crosswalk to `target` names `item` (under any of the spellings
// FindCrosswalkTarget accepts), in file order. Empty when `item` does not resolve in `target`.
[[nodiscard]] std::vector<const Criterion*> CriteriaCrosswalkedTo(const Framework& source,
                                                                  const Framework& target,
                                                                  std::string_view item);

[[nodiscard]] bool IsSectionName(std::string_view name);

// Frameworks by id and version, for resolving crosswalks. Owns copies of what it is given.
class FrameworkCatalogue {
 public:
  FrameworkCatalogue() = default;
  explicit FrameworkCatalogue(std::vector<Framework> frameworks);

  // Adds a framework, replacing one with the same id and version.
  void Add(Framework framework);

  // The highest version with this id, or null. Invalidated by Add.
  [[nodiscard]] const Framework* Find(std::string_view id) const;
  [[nodiscard]] const Framework* Find(std::string_view id, int version) const;

  [[nodiscard]] const std::vector<Framework>& All() const { return frameworks_; }

 private:
  std::vector<Framework> frameworks_;
};

}  // namespace lct::domain
