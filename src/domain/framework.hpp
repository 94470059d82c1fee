// Framework: a versioned self-assessment framework (strands > levels > criteria) with its guidance
// (ideas for action, pitfalls, examples and optional sections). Plain values; no I/O.
// The file format is described in docs/framework-format.md; io/framework_yaml reads and writes it.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/framework_guide.hpp"

namespace lct::domain {

// How to read a framework's levels: maturity stages (level 3 presumes 1 and 2), or areas that
// sit side by side with no order of maturity (UNESCO's areas of focus).
enum class LevelKind { kStage, kArea };

// One point of the rating scale a respondent uses for every criterion.
struct ScalePoint {
  int value = 0;
  std::string label;
  std::string meaning;
  SourceLine line;
  bool operator==(const ScalePoint&) const = default;
};

// A criterion's link to items of another (or the same) framework. Each item names a criterion,
// a strand, a level as "strand/level", or a level id that only one strand uses.
struct CrosswalkLink {
  std::string framework;
  std::vector<std::string> items;
  SourceLine line;
  bool operator==(const CrosswalkLink&) const = default;
};

// What a rating at one point of the scale looks like for one criterion (the "rating guide").
// `value` is a point of the framework's scale above its lowest.
struct RatingDescriptor {
  int value = 0;
  std::string text;
  SourceLine line;
  bool operator==(const RatingDescriptor&) const = default;
};

// A statement of practice a respondent rates. `id` never changes and is never reused; a criterion
// that no longer fits is kept with `retired` set, so old assessments stay readable, with the
// reason and the criteria that now ask what it asked.
struct Criterion {
  std::string id;
  std::string statement;
  std::string evidence;     // what would show the statement is true
  std::string operational;  // optional: what it means for a single field project
  bool retired = false;
  std::string retired_reason;            // optional; only on a retired criterion
  std::vector<std::string> replaced_by;  // optional; only on a retired criterion
  std::vector<CrosswalkLink> crosswalk;
  std::vector<RatingDescriptor> rating_guide;  // in scale order; empty when the file gives none
  SourceLine line;
  SourceLine replaced_by_line;
  bool operator==(const Criterion&) const = default;
};

// An idea for action; it seeds the action plan when one of its criteria is not yet met.
struct Idea {
  std::string id;
  std::string text;
  std::vector<std::string> criteria;  // ids of the criteria it helps meet; never empty when valid
  SourceLine line;
  SourceLine criteria_line;
  bool operator==(const Idea&) const = default;
};

struct Pitfall {
  std::string id;
  std::string text;
  std::string remedy;  // optional
  SourceLine line;
  bool operator==(const Pitfall&) const = default;
};

// Whether an example reports what a real place did (recorded, from a cited source) or is a
// scenario the framework's authors wrote to illustrate the level (it describes no real place).
enum class ExampleKind { kRecorded, kIllustrative };

struct ExampleSource {
  ExampleKind kind = ExampleKind::kRecorded;
  std::string citation;  // the document, with its section or page; who wrote an illustration
  bool operator==(const ExampleSource&) const = default;
};

// An example of practice: `what` states only what the source says the place did (or, for an
// illustration, what happens in the scenario); `lesson` is optional and is the framework
// author's own reading of it.
struct Example {
  std::string place;
  std::string what;
  std::string lesson;
  ExampleSource source;
  SourceLine line;
  bool operator==(const Example&) const = default;
};

struct Level {
  int number = 0;  // 1, 2, 3... in order within its strand
  std::string id;  // unique within its strand
  std::string title;
  std::string focus;   // optional: the theme of this strand at this level, in a few words
  std::string source;  // optional: where the name comes from, when it is not the author's own
  std::string description;
  std::vector<std::string> questions;  // optional: questions for discussion
  std::vector<Criterion> criteria;
  std::vector<Idea> ideas;
  std::vector<Pitfall> pitfalls;
  std::vector<Example> examples;
  SourceLine line;
  bool operator==(const Level&) const = default;
};

struct Strand {
  std::string id;
  std::string title;
  std::string summary;
  std::string source;  // optional, as for Level
  std::vector<Level> levels;
  SourceLine line;
  bool operator==(const Strand&) const = default;
};

// An empty optional section (no intro, no entries) is the same as an absent one.
struct Framework {
  std::string id;
  int version = 0;  // 1, 2, 3...; a higher version of the same id replaces a lower one
  std::string title;
  std::string summary;
  std::string authored_by;
  std::string attribution;
  LevelKind level_kind = LevelKind::kStage;
  std::vector<ScalePoint> scale;
  std::vector<Strand> strands;
  std::vector<GuideItem> common_agendas;
  Stakeholders stakeholders;
  std::vector<GuideItem> first_steps;
  Benchmarking benchmarking;
  ValueChain value_chain;
  PlanTemplate plan_template;
  std::vector<GuideItem> exercises;
  std::vector<GuideItem> review_calendar;
  std::vector<FeedbackAnswer> answers_feedback;
  EvidenceGuide evidence_guide;
  GuideItem moderation;  // absent when its id is empty
  SourceLine line;
  bool operator==(const Framework&) const = default;
};

// The names of the optional sections, as used in files and in FeedbackAnswer::refs.
inline constexpr std::array<std::string_view, 11> kSectionNames = {
    "common_agendas",   "stakeholders",   "first_steps", "benchmarking",
    "value_chain",      "plan_template",  "exercises",   "review_calendar",
    "answers_feedback", "evidence_guide", "moderation"};

// The four-point scale used when a file gives none: not started, emerging, developing, established.
[[nodiscard]] std::vector<ScalePoint> DefaultScale();

[[nodiscard]] const char* LevelKindName(LevelKind kind);      // "stage" or "area"
[[nodiscard]] const char* ExampleKindName(ExampleKind kind);  // "recorded" or "illustrative"

}  // namespace lct::domain
