// The guide's view of a framework: every item a reader can look up (strands, levels, criteria,
// ideas, pitfalls, examples, optional-section entries), each with where the guide shows it.
// Shared by full-text search, cross-references and the web and text renderings. Plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/framework.hpp"

namespace lct::domain {

// The id of the framework the guide shows first (the Learning City Toolkit).
inline constexpr std::string_view kDefaultFrameworkId = "toolkit";

// The pages of the guide for one framework.
enum class GuidePage {
  kFramework,  // the framework's strands and levels
  kLevel,      // one level of one strand
  kStart,      // "Where do I start?": first steps, who to involve, common agendas
  kSections,   // the other optional sections (benchmarking, value chain, plan template...)
};

// Where an item is shown: a page of a framework's guide and the element id on it.
struct GuideTarget {
  std::string framework;
  GuidePage page = GuidePage::kFramework;
  std::string strand;  // set for kLevel
  std::string level;   // set for kLevel
  std::string anchor;  // an element id on the page; empty for the top of the page
  bool operator==(const GuideTarget&) const = default;
};

enum class GuideEntryKind {
  kStrand,
  kLevel,
  kCriterion,
  kIdea,
  kPitfall,
  kExample,
  kSection,      // an optional section as a whole (its intro)
  kSectionItem,  // a guide entry of an optional section
  kFlowStep,     // a step of the benchmarking flow
  kFeedback,     // an answer to users' feedback
};

// One item of the guide. `fields` are the item's texts in order of importance (the first is its
// main text); they are views into the Framework the entry was made from and stay valid while
// that framework is alive and unchanged.
struct GuideEntry {
  GuideEntryKind kind = GuideEntryKind::kStrand;
  std::string id;     // the item's id, or the section name for kSection; empty for examples
  std::string label;  // "Criterion partnership-1.1", "Example: York", "Benchmarking"...
  std::string context;  // where it sits: "Learning City Toolkit › Partnership › Getting organised"
  std::vector<std::string_view> fields;
  GuideTarget target;
};

// Every item of `framework` in reading order, retired criteria left out.
[[nodiscard]] std::vector<GuideEntry> GuideEntries(const Framework& framework);

// The item a cross-reference names (a strand, criterion, idea, pitfall or section-entry id, or a
// section name such as "benchmarking"), or nothing.
[[nodiscard]] std::optional<GuideEntry> FindGuideEntry(const Framework& framework,
                                                       std::string_view ref);

// The page that shows an optional section (kStart or kSections); `section` is one of
// kSectionNames.
[[nodiscard]] GuidePage SectionPage(std::string_view section);
// The heading of an optional section in the guide: "first_steps" -> "First steps".
[[nodiscard]] std::string SectionTitle(std::string_view section);

// "Level 1: Getting organised" for stage frameworks, "1.1 Individual empowerment..." for areas.
[[nodiscard]] std::string LevelHeading(const Framework& framework, const Level& level);

}  // namespace lct::domain
