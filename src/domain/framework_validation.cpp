#include "domain/framework_validation.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>

#include "domain/rating_guidance.hpp"

namespace lct::domain {
namespace {

std::string Quote(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string At(const std::string& path, std::string_view list, std::size_t index) {
  std::string out = path;
  if (!out.empty()) out += '.';
  out += list;
  out += '[' + std::to_string(index) + ']';
  return out;
}

std::string Field(const std::string& path, std::string_view name) {
  return path.empty() ? std::string(name) : path + "." + std::string(name);
}

bool IsIdChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-' || c == '_';
}

bool IsWellFormedId(std::string_view id) {
  if (id.empty() || std::isalnum(static_cast<unsigned char>(id.front())) == 0) return false;
  for (const char c : id) {
    if (!IsIdChar(c)) return false;
  }
  return true;
}

class Validator {
 public:
  Validator(const Framework& framework, const ValidationOptions& options)
      : framework_(framework),
        others_(options.others),
        file_name_(options.file_name),
        criteria_partial_(options.criteria_partial) {}

  std::vector<Error> Run() && {
    CheckHeader();
    CheckScale();
    for (std::size_t i = 0; i < framework_.strands.size(); ++i) {
      CheckStrand(framework_.strands[i], At("", "strands", i));
    }
    CheckGuideItems(framework_.common_agendas, "common_agendas");
    CheckGuideItems(framework_.stakeholders.types, "stakeholders.types");
    CheckGuideItems(framework_.stakeholders.roles, "stakeholders.roles");
    CheckGuideItems(framework_.first_steps, "first_steps");
    CheckBenchmarking();
    CheckGuideItems(framework_.value_chain.dimensions, "value_chain.dimensions");
    CheckPlanTemplate();
    CheckGuideItems(framework_.exercises, "exercises");
    CheckGuideItems(framework_.review_calendar, "review_calendar");
    CheckEvidenceGuide();
    CheckModeration();
    CheckFeedback();  // last: its refs may name any id above
    CheckRatingGuideCompleteness();
    return std::move(errors_);
  }

 private:
  void Add(SourceLine line, std::string field, std::string message) {
    errors_.push_back(InvalidArgument(std::move(message),
                                      ErrorLocation{file_name_, line.value, std::move(field)}));
  }

  void RequireText(const std::string& value, SourceLine line, const std::string& field) {
    if (value.empty()) Add(line, field, "must not be empty");
  }

  // Ids of strands, criteria, ideas, pitfalls and section entries share one namespace, so that
  // any reference (a crosswalk item, a feedback ref) names exactly one thing.
  void CheckId(const std::string& id, SourceLine line, const std::string& field) {
    if (!CheckIdSyntax(id, line, field)) return;
    const auto [it, inserted] = ids_.emplace(id, line.value);
    if (!inserted) {
      Add(line, field,
          "duplicate id " + Quote(id) + " (first used at line " + std::to_string(it->second) + ")");
    }
  }

  bool CheckIdSyntax(const std::string& id, SourceLine line, const std::string& field) {
    if (id.empty()) {
      Add(line, field, "must not be empty");
      return false;
    }
    if (!IsWellFormedId(id)) {
      Add(line, field,
          "id " + Quote(id) +
              " may use only letters, digits, '.', '-' and '_', and must start with a letter or "
              "digit");
      return false;
    }
    return true;
  }

  void CheckHeader() {
    (void)CheckIdSyntax(framework_.id, framework_.line, "id");
    if (framework_.version < 1) Add(framework_.line, "version", "version must be 1 or more");
    RequireText(framework_.title, framework_.line, "title");
    RequireText(framework_.attribution, framework_.line, "attribution");
    if (framework_.strands.empty()) Add(framework_.line, "strands", "the framework has no strands");
  }

  void CheckScale() {
    const auto& scale = framework_.scale;
    if (scale.size() < 2) {
      Add(framework_.line, "scale", "the rating scale needs at least two points");
      return;
    }
    for (std::size_t i = 0; i < scale.size(); ++i) {
      const std::string path = At("", "scale", i);
      RequireText(scale[i].label, scale[i].line, Field(path, "label"));
      if (scale[i].value != static_cast<int>(i)) {
        Add(scale[i].line, Field(path, "value"),
            "scale values must run 0, 1, 2... in order: expected " + std::to_string(i) +
                ", found " + std::to_string(scale[i].value));
      }
    }
  }

  void CheckStrand(const Strand& strand, const std::string& path) {
    CheckId(strand.id, strand.line, Field(path, "id"));
    RequireText(strand.title, strand.line, Field(path, "title"));
    if (strand.levels.empty()) {
      Add(strand.line, Field(path, "levels"), "strand " + Quote(strand.id) + " has no levels");
    }
    std::map<std::string, std::int64_t, std::less<>> level_ids;
    for (std::size_t i = 0; i < strand.levels.size(); ++i) {
      const Level& level = strand.levels[i];
      const std::string level_path = At(path, "levels", i);
      if (level.number != static_cast<int>(i) + 1) {
        Add(level.line, Field(level_path, "number"),
            "level numbers must run 1, 2, 3... in order: expected " + std::to_string(i + 1) +
                ", found " + std::to_string(level.number));
      }
      if (CheckIdSyntax(level.id, level.line, Field(level_path, "id"))) {
        const auto [it, inserted] = level_ids.emplace(level.id, level.line.value);
        if (!inserted) {
          Add(level.line, Field(level_path, "id"),
              "duplicate level id " + Quote(level.id) + " in strand " + Quote(strand.id) +
                  " (first used at line " + std::to_string(it->second) + ")");
        }
      }
      CheckLevel(strand, level, level_path);
    }
  }

  void CheckLevel(const Strand& strand, const Level& level, const std::string& path) {
    RequireText(level.title, level.line, Field(path, "title"));
    RequireText(level.description, level.line, Field(path, "description"));
    if (level.criteria.empty()) {
      Add(level.line, Field(path, "criteria"),
          "level " + Quote(level.id) + " of strand " + Quote(strand.id) + " has no criteria");
    }
    for (std::size_t i = 0; i < level.criteria.size(); ++i) {
      CheckCriterion(level.criteria[i], At(path, "criteria", i));
    }
    for (std::size_t i = 0; i < level.ideas.size(); ++i) {
      const Idea& idea = level.ideas[i];
      const std::string idea_path = At(path, "ideas", i);
      CheckId(idea.id, idea.line, Field(idea_path, "id"));
      RequireText(idea.text, idea.line, Field(idea_path, "text"));
      if (idea.criteria.empty()) {
        Add(idea.line, Field(idea_path, "criteria"),
            "idea " + Quote(idea.id) + " is linked to no criterion");
      }
      CheckCriterionLinks("idea " + Quote(idea.id), idea.criteria, idea.criteria_line,
                          Field(idea_path, "criteria"));
    }
    for (std::size_t i = 0; i < level.pitfalls.size(); ++i) {
      const std::string pitfall_path = At(path, "pitfalls", i);
      CheckId(level.pitfalls[i].id, level.pitfalls[i].line, Field(pitfall_path, "id"));
      RequireText(level.pitfalls[i].text, level.pitfalls[i].line, Field(pitfall_path, "text"));
    }
    for (std::size_t i = 0; i < level.examples.size(); ++i) {
      const Example& example = level.examples[i];
      const std::string example_path = At(path, "examples", i);
      RequireText(example.place, example.line, Field(example_path, "place"));
      RequireText(example.what, example.line, Field(example_path, "what"));
      RequireText(example.source.citation, example.line,
                  Field(Field(example_path, "source"), "citation"));
    }
  }

  void CheckCriterion(const Criterion& criterion, const std::string& path) {
    CheckId(criterion.id, criterion.line, Field(path, "id"));
    RequireText(criterion.statement, criterion.line, Field(path, "statement"));
    RequireText(criterion.evidence, criterion.line, Field(path, "evidence"));
    const bool one_link = criterion.crosswalk.size() == 1;
    for (std::size_t i = 0; i < criterion.crosswalk.size(); ++i) {
      const std::string link_path = one_link ? Field(path, "crosswalk") : At(path, "crosswalk", i);
      CheckCrosswalk(criterion.crosswalk[i], link_path);
    }
    CheckRetirement(criterion, path);
    CheckRatingGuide(criterion, path);
  }

  // `retired_reason` and `replaced_by` describe a retirement, so only a retired criterion has
  // them; the criteria that replace it exist and are themselves in use.
  void CheckRetirement(const Criterion& criterion, const std::string& path) {
    if (!criterion.retired) {
      if (!criterion.retired_reason.empty()) {
        Add(criterion.line, Field(path, "retired_reason"),
            "criterion " + Quote(criterion.id) +
                " is not retired: only a retired criterion has a 'retired_reason'");
      }
      if (!criterion.replaced_by.empty()) {
        Add(criterion.replaced_by_line, Field(path, "replaced_by"),
            "criterion " + Quote(criterion.id) +
                " is not retired: only a retired criterion has 'replaced_by'");
      }
      return;
    }
    for (const std::string& id : criterion.replaced_by) {
      const std::string owner = "criterion " + Quote(criterion.id) + " is replaced by ";
      const Criterion* replacement = FindCriterion(framework_, id);
      if (replacement == nullptr) {
        if (!criteria_partial_) {
          Add(criterion.replaced_by_line, Field(path, "replaced_by"),
              owner + "unknown criterion " + Quote(id));
        }
      } else if (replacement == &criterion) {
        Add(criterion.replaced_by_line, Field(path, "replaced_by"), owner + "itself");
      } else if (replacement->retired) {
        Add(criterion.replaced_by_line, Field(path, "replaced_by"),
            owner + "retired criterion " + Quote(id));
      }
    }
  }

  // Each point of a rating guide is a point of the scale above its lowest, given once.
  void CheckRatingGuide(const Criterion& criterion, const std::string& path) {
    const auto& scale = framework_.scale;
    for (const RatingDescriptor& point : criterion.rating_guide) {
      const std::string field = Field(Field(path, "rating_guide"), std::to_string(point.value));
      RequireText(point.text, point.line, field);
      const bool on_scale = scale.size() >= 2 && point.value > scale.front().value &&
                            point.value <= scale.back().value;
      if (!on_scale) {
        Add(point.line, field,
            "rating guide for " + std::to_string(point.value) +
                ", which is not a point of the scale above its lowest (" + PointsAboveLowest() +
                ")");
      }
    }
  }

  std::string PointsAboveLowest() const {
    std::string points;
    for (std::size_t i = 1; i < framework_.scale.size(); ++i) {
      points += (points.empty() ? "" : ", ") + std::to_string(framework_.scale[i].value);
    }
    return points;
  }

  // Rating guides are all or nothing: once one criterion has one, every criterion in use has a
  // description for every point above the lowest, so no question is asked without guidance.
  void CheckRatingGuideCompleteness() {
    if (!HasRatingGuides(framework_) || framework_.scale.size() < 2) return;
    for (std::size_t s = 0; s < framework_.strands.size(); ++s) {
      const auto& levels = framework_.strands[s].levels;
      for (std::size_t l = 0; l < levels.size(); ++l) {
        for (std::size_t c = 0; c < levels[l].criteria.size(); ++c) {
          const Criterion& criterion = levels[l].criteria[c];
          if (criterion.retired) continue;
          std::string missing;
          for (std::size_t i = 1; i < framework_.scale.size(); ++i) {
            const int value = framework_.scale[i].value;
            if (FindRatingDescriptor(criterion, value) == nullptr) {
              missing += (missing.empty() ? "" : ", ") + std::to_string(value);
            }
          }
          if (missing.empty()) continue;
          const std::string path =
              At(At(At("", "strands", s), "levels", l), "criteria", c) + ".rating_guide";
          Add(criterion.line, path,
              "criterion " + Quote(criterion.id) + " has no rating guide for " + missing +
                  ": once any criterion has a rating guide, every criterion in use needs one "
                  "for each point above " +
                  std::to_string(framework_.scale.front().value));
        }
      }
    }
  }

  void CheckCrosswalk(const CrosswalkLink& link, const std::string& path) {
    if (link.framework.empty()) {
      Add(link.line, Field(path, "framework"), "must not be empty");
      return;
    }
    if (link.items.empty()) {
      Add(link.line, Field(path, "items"),
          "crosswalk to " + Quote(link.framework) + " lists no items");
      return;
    }
    const Framework* target = link.framework == framework_.id ? &framework_ : nullptr;
    if (target == nullptr && others_ != nullptr) target = others_->Find(link.framework);
    if (target == nullptr) {
      if (others_ != nullptr) {
        Add(link.line, Field(path, "framework"),
            "crosswalk to unknown framework " + Quote(link.framework));
      }
      return;
    }
    if (target == &framework_ && criteria_partial_) return;
    for (const std::string& item : link.items) {
      if (FindCrosswalkTarget(*target, item)) continue;
      const auto strands_with_level =
          std::count_if(target->strands.begin(), target->strands.end(),
                        [&](const Strand& strand) { return FindLevel(strand, item) != nullptr; });
      if (strands_with_level > 1) {
        Add(link.line, Field(path, "items"),
            "crosswalk target " + Quote(item) + " is ambiguous: several strands of framework " +
                Quote(target->id) + " have a level with this id; write it as strand/level");
      } else {
        Add(link.line, Field(path, "items"),
            "crosswalk target " + Quote(item) + " does not exist in framework " +
                Quote(target->id));
      }
    }
  }

  void CheckCriterionLinks(const std::string& owner, const std::vector<std::string>& criteria,
                           SourceLine line, const std::string& field) {
    for (const std::string& id : criteria) {
      const Criterion* criterion = FindCriterion(framework_, id);
      if (criterion == nullptr) {
        if (!criteria_partial_)
          Add(line, field, owner + " links to unknown criterion " + Quote(id));
      } else if (criterion->retired) {
        Add(line, field, owner + " links to retired criterion " + Quote(id));
      }
    }
  }

  void CheckGuideItems(const std::vector<GuideItem>& items, const std::string& list_path) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const GuideItem& item = items[i];
      const std::string path = list_path + "[" + std::to_string(i) + "]";
      CheckId(item.id, item.line, Field(path, "id"));
      RequireText(item.title, item.line, Field(path, "title"));
      CheckCriterionLinks("entry " + Quote(item.id), item.criteria, item.criteria_line,
                          Field(path, "criteria"));
    }
  }

  void CheckBenchmarking() {
    const auto& steps = framework_.benchmarking.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const FlowStep& step = steps[i];
      const std::string path = At("benchmarking", "steps", i);
      CheckId(step.id, step.line, Field(path, "id"));
      RequireText(step.title, step.line, Field(path, "title"));
      RequireText(step.text, step.line, Field(path, "text"));
      if (step.go_to.empty()) continue;
      const bool known = std::any_of(steps.begin(), steps.end(),
                                     [&](const FlowStep& other) { return other.id == step.go_to; });
      if (!known) {
        Add(step.line, Field(path, "go_to"),
            "step " + Quote(step.id) + " goes to unknown step " + Quote(step.go_to));
      }
    }
  }

  void CheckPlanTemplate() {
    const PlanTemplate& plan = framework_.plan_template;
    const bool present = !plan.intro.empty() || !plan.fields.empty() || !plan.annual_review.empty();
    if (present && plan.years < 1) {
      Add(plan.line, "plan_template.years", "the plan must cover 1 year or more");
    }
    CheckGuideItems(plan.fields, "plan_template.fields");
    CheckGuideItems(plan.annual_review, "plan_template.annual_review");
  }

  void CheckFeedback() {
    for (std::size_t i = 0; i < framework_.answers_feedback.size(); ++i) {
      const FeedbackAnswer& answer = framework_.answers_feedback[i];
      const std::string path = At("", "answers_feedback", i);
      CheckId(answer.id, answer.line, Field(path, "id"));
      RequireText(answer.complaint, answer.line, Field(path, "complaint"));
      RequireText(answer.answer, answer.line, Field(path, "answer"));
      for (const std::string& ref : answer.refs) {
        if (!criteria_partial_ && ids_.find(ref) == ids_.end() && !IsSectionName(ref)) {
          Add(answer.refs_line, Field(path, "refs"),
              "answer " + Quote(answer.id) + " refers to unknown item " + Quote(ref));
        }
      }
    }
  }

  void CheckEvidenceGuide() {
    const EvidenceGuide& guide = framework_.evidence_guide;
    const bool present = guide.line.value > 0 || !guide.intro.empty() || !guide.kinds.empty() ||
                         !guide.recency.empty() || !guide.checking.empty();
    if (!present) return;
    if (guide.kinds.empty()) {
      Add(guide.line, "evidence_guide.kinds", "the evidence guide lists no kinds of evidence");
    }
    CheckGuideItems(guide.kinds, "evidence_guide.kinds");
    RequireText(guide.recency, guide.line, "evidence_guide.recency");
    RequireText(guide.checking, guide.line, "evidence_guide.checking");
  }

  void CheckModeration() {
    const GuideItem& item = framework_.moderation;
    const bool present = item.line.value > 0 || !item.id.empty() || !item.title.empty() ||
                         !item.text.empty() || !item.prompts.empty();
    if (!present) return;
    CheckId(item.id, item.line, "moderation.id");
    RequireText(item.title, item.line, "moderation.title");
    RequireText(item.text, item.line, "moderation.text");
    CheckCriterionLinks("entry " + Quote(item.id), item.criteria, item.criteria_line,
                        "moderation.criteria");
  }

  const Framework& framework_;
  const FrameworkCatalogue* others_;
  std::string file_name_;
  bool criteria_partial_;
  std::map<std::string, std::int64_t, std::less<>> ids_;  // id -> line where first used
  std::vector<Error> errors_;
};

// Where a criterion sits, as a field path ("strands[0].levels[1].criteria[2]"); empty if absent.
std::string CriterionPath(const Framework& framework, std::string_view id) {
  for (std::size_t s = 0; s < framework.strands.size(); ++s) {
    const auto& levels = framework.strands[s].levels;
    for (std::size_t l = 0; l < levels.size(); ++l) {
      for (std::size_t c = 0; c < levels[l].criteria.size(); ++c) {
        if (levels[l].criteria[c].id == id) {
          return At(At(At("", "strands", s), "levels", l), "criteria", c);
        }
      }
    }
  }
  return {};
}

}  // namespace

std::vector<Error> ValidateFramework(const Framework& framework, const ValidationOptions& options) {
  return Validator(framework, options).Run();
}

std::vector<Error> ValidateFramework(const Framework& framework, const FrameworkCatalogue* others,
                                     std::string_view file_name) {
  return ValidateFramework(framework, ValidationOptions{.others = others, .file_name = file_name});
}

std::vector<Error> CheckNewVersion(const Framework& older, const Framework& newer,
                                   std::string_view file_name) {
  std::vector<Error> errors;
  const auto add = [&](SourceLine line, std::string field, std::string message) {
    errors.push_back(InvalidArgument(
        std::move(message), ErrorLocation{std::string(file_name), line.value, std::move(field)}));
  };
  if (newer.id != older.id) {
    add(newer.line, "id",
        "framework id changed from " + Quote(older.id) + " to " + Quote(newer.id));
  }
  if (newer.version <= older.version) {
    add(newer.line, "version",
        "version must be greater than " + std::to_string(older.version) + ", found " +
            std::to_string(newer.version));
  }
  const std::string old_version = "version " + std::to_string(older.version);
  for (const CriterionRef& ref : AllCriteria(older)) {
    const Criterion* kept = FindCriterion(newer, ref.criterion->id);
    if (kept == nullptr) {
      add(newer.line, "strands",
          "criterion " + Quote(ref.criterion->id) + " of " + old_version +
              " is missing: retire it (retired: true) instead of removing it");
    } else if (ref.criterion->retired && !kept->retired) {
      add(kept->line, Field(CriterionPath(newer, kept->id), "retired"),
          "criterion " + Quote(ref.criterion->id) + " was retired in " + old_version +
              " and its id may not be reused");
    }
  }
  return errors;
}

}  // namespace lct::domain
