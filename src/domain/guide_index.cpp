#include "domain/guide_index.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace lct::domain {
namespace {

constexpr std::string_view kSep = " › ";

struct SectionInfo {
  std::string_view name;
  std::string_view title;
  GuidePage page;
};

constexpr std::array<SectionInfo, 11> kSections = {{
    {"first_steps", "First steps", GuidePage::kStart},
    {"stakeholders", "Who to involve", GuidePage::kStart},
    {"common_agendas", "Common agendas", GuidePage::kStart},
    {"benchmarking", "Benchmarking step by step", GuidePage::kSections},
    {"value_chain", "The value chain", GuidePage::kSections},
    {"plan_template", "The development plan", GuidePage::kSections},
    {"exercises", "Exercises", GuidePage::kSections},
    {"review_calendar", "Review calendar", GuidePage::kSections},
    {"answers_feedback", "Answers to users' feedback", GuidePage::kSections},
    {"evidence_guide", "Rating with evidence", GuidePage::kSections},
    {"moderation", "Moderation", GuidePage::kSections},
}};

class Builder {
 public:
  explicit Builder(const Framework& framework) : framework_(framework) {}

  std::vector<GuideEntry> Build() {
    for (const Strand& strand : framework_.strands) AddStrand(strand);
    AddList("first_steps", framework_.first_steps);
    AddStakeholders();
    AddList("common_agendas", framework_.common_agendas);
    AddBenchmarking();
    const ValueChain& chain = framework_.value_chain;
    AddSection("value_chain", chain.intro, !chain.dimensions.empty());
    AddItems("value_chain", chain.dimensions, {});
    AddPlanTemplate();
    AddList("exercises", framework_.exercises);
    AddList("review_calendar", framework_.review_calendar);
    AddFeedback();
    const EvidenceGuide& evidence = framework_.evidence_guide;
    if (!evidence.kinds.empty()) {
      auto& e = Add(GuideEntryKind::kSection, "evidence_guide", SectionTitle("evidence_guide"),
                    framework_.title, {"", GuidePage::kSections, "", "", "evidence_guide"});
      Field(e, evidence.intro);
      Field(e, evidence.recency);
      Field(e, evidence.checking);
      AddItems("evidence_guide", evidence.kinds, "Kinds of evidence");
    }
    if (!framework_.moderation.id.empty()) AddItem("moderation", framework_.moderation, {});
    return std::move(entries_);
  }

 private:
  GuideEntry& Add(GuideEntryKind kind, std::string id, std::string label, std::string context,
                  GuideTarget target) {
    GuideEntry entry;
    entry.kind = kind;
    entry.id = std::move(id);
    entry.label = std::move(label);
    entry.context = std::move(context);
    entry.target = std::move(target);
    entry.target.framework = framework_.id;
    return entries_.emplace_back(std::move(entry));
  }

  static void Field(GuideEntry& entry, std::string_view text) {
    if (!text.empty()) entry.fields.push_back(text);
  }

  void AddStrand(const Strand& strand) {
    const std::string where = framework_.title + std::string(kSep) + strand.title;
    auto& s = Add(GuideEntryKind::kStrand, strand.id, strand.title, framework_.title,
                  {"", GuidePage::kFramework, "", "", strand.id});
    Field(s, strand.title);
    Field(s, strand.summary);
    for (const Level& level : strand.levels) {
      const GuideTarget page{"", GuidePage::kLevel, strand.id, level.id, ""};
      const std::string at = where + std::string(kSep) + level.title;
      auto& l = Add(GuideEntryKind::kLevel, level.id, LevelHeading(framework_, level), where, page);
      Field(l, level.title);
      Field(l, level.focus);
      Field(l, level.description);
      for (const std::string& question : level.questions) Field(l, question);
      for (const Criterion& c : level.criteria) {
        if (c.retired) continue;
        auto& e =
            Add(GuideEntryKind::kCriterion, c.id, "Criterion " + c.id, at, Anchored(page, c.id));
        Field(e, c.statement);
        Field(e, c.evidence);
        Field(e, c.operational);
        Field(e, c.id);
        for (const RatingDescriptor& point : c.rating_guide) Field(e, point.text);
      }
      for (const Idea& idea : level.ideas) {
        Field(Add(GuideEntryKind::kIdea, idea.id, "Idea for action", at, Anchored(page, idea.id)),
              idea.text);
      }
      for (const Pitfall& pitfall : level.pitfalls) {
        auto& e =
            Add(GuideEntryKind::kPitfall, pitfall.id, "Pitfall", at, Anchored(page, pitfall.id));
        Field(e, pitfall.text);
        Field(e, pitfall.remedy);
      }
      for (const Example& example : level.examples) {
        auto& e = Add(GuideEntryKind::kExample, "", "Example: " + example.place, at,
                      Anchored(page, "examples"));
        Field(e, example.what);
        Field(e, example.place);
        Field(e, example.lesson);
        Field(e, example.source.citation);
      }
    }
  }

  static GuideTarget Anchored(GuideTarget target, std::string anchor) {
    target.anchor = std::move(anchor);
    return target;
  }

  std::string SectionContext(std::string_view section) const {
    return framework_.title + std::string(kSep) + SectionTitle(section);
  }

  void AddSection(std::string_view name, std::string_view intro, bool present) {
    if (!present && intro.empty()) return;
    auto& e = Add(GuideEntryKind::kSection, std::string(name), SectionTitle(name), framework_.title,
                  {"", SectionPage(name), "", "", std::string(name)});
    Field(e, intro);
  }

  // A section that is only a list of guide entries.
  void AddList(std::string_view section, const std::vector<GuideItem>& items) {
    AddSection(section, "", !items.empty());
    AddItems(section, items, {});
  }

  void AddItems(std::string_view section, const std::vector<GuideItem>& items,
                std::string_view group) {
    for (const GuideItem& item : items) AddItem(section, item, group);
  }

  // `item` must live in the framework: the entry's fields are views into it.
  void AddItem(std::string_view section, const GuideItem& item, std::string_view group) {
    const std::string context =
        SectionContext(section) + (group.empty() ? "" : std::string(kSep) + std::string(group));
    auto& e = Add(GuideEntryKind::kSectionItem, item.id, item.title, context,
                  {"", SectionPage(section), "", "", item.id});
    Field(e, item.title);
    Field(e, item.text);
    for (const std::string& prompt : item.prompts) Field(e, prompt);
  }

  void AddStakeholders() {
    const Stakeholders& s = framework_.stakeholders;
    AddSection("stakeholders", s.intro, !s.types.empty() || !s.roles.empty());
    AddItems("stakeholders", s.types, "Types of organisation");
    AddItems("stakeholders", s.roles, "Roles");
  }

  void AddBenchmarking() {
    const Benchmarking& b = framework_.benchmarking;
    AddSection("benchmarking", b.intro, !b.steps.empty());
    for (const FlowStep& step : b.steps) {
      auto& e = Add(GuideEntryKind::kFlowStep, step.id, step.title, SectionContext("benchmarking"),
                    {"", GuidePage::kSections, "", "", step.id});
      Field(e, step.title);
      Field(e, step.text);
      Field(e, step.check);
      Field(e, step.if_no);
    }
  }

  void AddPlanTemplate() {
    const PlanTemplate& p = framework_.plan_template;
    AddSection("plan_template", p.intro, !p.fields.empty() || !p.annual_review.empty());
    AddItems("plan_template", p.fields, "What to fill in");
    AddItems("plan_template", p.annual_review, "The annual review");
  }

  void AddFeedback() {
    AddSection("answers_feedback", "", !framework_.answers_feedback.empty());
    for (const FeedbackAnswer& answer : framework_.answers_feedback) {
      auto& e =
          Add(GuideEntryKind::kFeedback, answer.id, answer.complaint,
              SectionContext("answers_feedback"), {"", GuidePage::kSections, "", "", answer.id});
      Field(e, answer.complaint);
      Field(e, answer.answer);
    }
  }

  const Framework& framework_;
  std::vector<GuideEntry> entries_;
};

bool HasDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<GuideEntry> GuideEntries(const Framework& framework) {
  return Builder(framework).Build();
}

std::optional<GuideEntry> FindGuideEntry(const Framework& framework, std::string_view ref) {
  for (GuideEntry& entry : GuideEntries(framework)) {
    if (entry.kind == GuideEntryKind::kLevel || entry.kind == GuideEntryKind::kExample) continue;
    if (entry.id == ref) return std::move(entry);
  }
  return std::nullopt;
}

GuidePage SectionPage(std::string_view section) {
  for (const SectionInfo& info : kSections) {
    if (info.name == section) return info.page;
  }
  return GuidePage::kSections;
}

std::string SectionTitle(std::string_view section) {
  for (const SectionInfo& info : kSections) {
    if (info.name == section) return std::string(info.title);
  }
  return std::string(section);
}

std::string LevelHeading(const Framework& framework, const Level& level) {
  if (framework.level_kind == LevelKind::kStage) {
    return "Level " + std::to_string(level.number) + ": " + level.title;
  }
  return HasDigit(level.id) ? level.id + " " + level.title : level.title;
}

}  // namespace lct::domain
