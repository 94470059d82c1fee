#include "render/guide_text.hpp"

#include <algorithm>
#include <string_view>

#include "domain/guide_index.hpp"
#include "domain/rating_guidance.hpp"
#include "render/text_writer.hpp"

namespace lct::render {
namespace {

using detail::TextWriter;

enum class ListStyle { kBullets, kNumbered };

std::string Marker(ListStyle style, std::size_t index) {
  return style == ListStyle::kNumbered ? std::to_string(index + 1) + "." : "-";
}

bool UsesExamples(const domain::Framework& f) {
  return std::any_of(f.strands.begin(), f.strands.end(), [](const domain::Strand& s) {
    return std::any_of(s.levels.begin(), s.levels.end(),
                       [](const domain::Level& l) { return !l.examples.empty(); });
  });
}

std::string Labels(const std::vector<GuideLink>& links) {
  std::string out;
  for (const GuideLink& link : links) out += (out.empty() ? "" : ", ") + link.label;
  return out;
}

void WriteItems(TextWriter& w, const domain::Framework& f,
                const std::vector<domain::GuideItem>& items, ListStyle style) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    const domain::GuideItem& item = items[i];
    std::vector<std::string> details;
    for (const std::string& prompt : item.prompts) details.push_back(w.Escape(prompt));
    if (!item.criteria.empty()) {
      details.push_back(w.Escape("Related criteria: " + Labels(CriterionLinks(f, item.criteria))));
    }
    const std::string text = item.text.empty() ? "" : ": " + w.Escape(item.text);
    w.Item(Marker(style, i), w.Strong(w.Escape(item.title)) + text, details);
  }
  if (!items.empty()) w.EndList();
}

void WriteCriteria(TextWriter& w, const domain::Framework& f, const domain::Level& level,
                   FrameworkSet frameworks) {
  std::size_t n = 0;
  for (const domain::Criterion& c : level.criteria) {
    if (c.retired) continue;
    std::vector<std::string> details{w.Escape("Evidence: " + c.evidence)};
    if (!c.operational.empty())
      details.push_back(w.Escape("Operational variant: " + c.operational));
    for (const CrosswalkView& view : ResolveCrosswalk(c, frameworks)) {
      details.push_back(
          w.Escape("Crosswalk to " + view.framework_title + ": " + Labels(view.items)));
    }
    for (const domain::RatingGuideRow& row : domain::RatingGuideFor(f, c)) {
      if (row.guide.empty()) continue;
      details.push_back(
          w.Escape("Rated " + std::to_string(row.value) + " (" + row.label + "): " + row.guide));
    }
    w.Item(Marker(ListStyle::kNumbered, n++),
           w.Strong(w.Escape(c.id)) + " " + w.Escape(c.statement), details);
  }
  w.EndList();
}

void WriteLevel(TextWriter& w, const domain::Framework& f, const domain::Strand& strand,
                const domain::Level& level, FrameworkSet frameworks, int depth) {
  w.Heading(depth, strand.title + " – " + domain::LevelHeading(f, level));
  if (!level.focus.empty()) w.Labelled("Focus", level.focus);
  if (!level.source.empty()) w.Labelled("Source of the name", level.source);
  w.Paragraph(level.description);
  if (!level.questions.empty()) {
    w.Heading(depth + 1, "Questions for discussion");
    for (const std::string& q : level.questions) w.Item("-", w.Escape(q));
    w.EndList();
  }
  w.Heading(depth + 1, "Criteria");
  WriteCriteria(w, f, level, frameworks);
  if (!level.ideas.empty()) {
    w.Heading(depth + 1, "Ideas for action");
    for (const domain::Idea& idea : level.ideas) {
      w.Item("-", w.Escape(idea.text),
             {w.Escape("Helps meet: " + Labels(CriterionLinks(f, idea.criteria)))});
    }
    w.EndList();
  }
  if (!level.pitfalls.empty()) {
    w.Heading(depth + 1, "Pitfalls to avoid");
    for (const domain::Pitfall& p : level.pitfalls) {
      std::vector<std::string> details;
      if (!p.remedy.empty()) details.push_back(w.Escape("How to avoid it: " + p.remedy));
      w.Item("-", w.Escape(p.text), details);
    }
    w.EndList();
  }
  const bool recorded = std::any_of(
      level.examples.begin(), level.examples.end(),
      [](const domain::Example& e) { return e.source.kind == domain::ExampleKind::kRecorded; });
  if (!level.examples.empty() || (UsesExamples(f) && !recorded)) {
    w.Heading(depth + 1, "Examples");
    if (!recorded) {
      w.Paragraph(
          "No recorded example: the sources this guide draws on record no example of "
          "practice for this level.");
    }
    for (const domain::Example& e : level.examples) {
      const bool illustrative = e.source.kind == domain::ExampleKind::kIllustrative;
      std::vector<std::string> details;
      if (!e.lesson.empty()) details.push_back(w.Escape("Lesson: " + e.lesson));
      details.push_back(w.Escape((illustrative ? "Written by: " : "Source: ") + e.source.citation));
      const std::string title = (illustrative ? "Illustrative scenario: " : "") + e.place;
      w.Item("-", w.Strong(w.Escape(title)) + ": " + w.Escape(e.what), details);
    }
    if (!level.examples.empty()) w.EndList();
  }
}

void WriteOverview(TextWriter& w, const domain::Framework& f) {
  w.Heading(1, f.title);
  if (!f.summary.empty()) w.Paragraph(f.summary);
  w.Labelled("Version", std::to_string(f.version));
  if (!f.authored_by.empty()) w.Labelled("Criteria written by", f.authored_by);
  w.Labelled("Attribution", f.attribution);
  w.Heading(2, "The rating scale");
  for (const auto& point : f.scale.empty() ? domain::DefaultScale() : f.scale) {
    w.Item("-", w.Strong(w.Escape(std::to_string(point.value) + " " + point.label)) +
                    (point.meaning.empty() ? "" : ": " + w.Escape(point.meaning)));
  }
  w.EndList();
}

void WriteStartSections(TextWriter& w, const domain::Framework& f) {
  if (!f.first_steps.empty()) {
    w.Heading(2, "Where do I start? First steps");
    WriteItems(w, f, f.first_steps, ListStyle::kNumbered);
  }
  const domain::Stakeholders& who = f.stakeholders;
  if (!who.types.empty() || !who.roles.empty()) {
    w.Heading(2, "Who to involve");
    if (!who.intro.empty()) w.Paragraph(who.intro);
    if (!who.types.empty()) w.Heading(3, "Types of organisation");
    WriteItems(w, f, who.types, ListStyle::kBullets);
    if (!who.roles.empty()) w.Heading(3, "Roles people play");
    WriteItems(w, f, who.roles, ListStyle::kBullets);
  }
  if (!f.common_agendas.empty()) {
    w.Heading(2, "Common agendas");
    WriteItems(w, f, f.common_agendas, ListStyle::kBullets);
  }
}

void WriteBenchmarking(TextWriter& w, const domain::Benchmarking& b) {
  if (b.steps.empty()) return;
  w.Heading(2, domain::SectionTitle("benchmarking"));
  if (!b.intro.empty()) w.Paragraph(b.intro);
  for (std::size_t i = 0; i < b.steps.size(); ++i) {
    const domain::FlowStep& step = b.steps[i];
    std::vector<std::string> details;
    if (!step.check.empty()) details.push_back(w.Escape("Check: " + step.check));
    std::string if_no = step.if_no;
    for (std::size_t j = 0; j < b.steps.size(); ++j) {
      if (!step.go_to.empty() && b.steps[j].id == step.go_to) {
        if_no += " Then go back to step " + std::to_string(j + 1) + ".";
      }
    }
    if (!if_no.empty()) details.push_back(w.Escape("If not: " + if_no));
    w.Item(Marker(ListStyle::kNumbered, i),
           w.Strong(w.Escape(step.title)) + ": " + w.Escape(step.text), details);
  }
  w.EndList();
}

// The evidence guide and the moderation exercise.
void WriteRatingHelp(TextWriter& w, const domain::Framework& f) {
  const domain::EvidenceGuide& evidence = f.evidence_guide;
  if (!evidence.kinds.empty()) {
    w.Heading(2, domain::SectionTitle("evidence_guide"));
    if (!evidence.intro.empty()) w.Paragraph(evidence.intro);
    w.Heading(3, "Kinds of evidence");
    WriteItems(w, f, evidence.kinds, ListStyle::kBullets);
    w.Labelled("How recent", evidence.recency);
    w.Labelled("Who checks", evidence.checking);
  }
  const domain::GuideItem& moderation = f.moderation;
  if (moderation.id.empty()) return;
  w.Heading(2, moderation.title);
  w.Paragraph(moderation.text);
  for (std::size_t i = 0; i < moderation.prompts.size(); ++i) {
    w.Item(Marker(ListStyle::kNumbered, i), w.Escape(moderation.prompts[i]));
  }
  if (!moderation.prompts.empty()) w.EndList();
}

void WriteOtherSections(TextWriter& w, const domain::Framework& f) {
  WriteBenchmarking(w, f.benchmarking);
  if (!f.value_chain.dimensions.empty()) {
    w.Heading(2, domain::SectionTitle("value_chain"));
    if (!f.value_chain.intro.empty()) w.Paragraph(f.value_chain.intro);
    WriteItems(w, f, f.value_chain.dimensions, ListStyle::kNumbered);
  }
  const domain::PlanTemplate& plan = f.plan_template;
  if (!plan.fields.empty()) {
    w.Heading(2, domain::SectionTitle("plan_template"));
    if (!plan.intro.empty()) w.Paragraph(plan.intro);
    w.Paragraph("The plan covers " + std::to_string(plan.years) + " years.");
    w.Heading(3, "What to fill in for each strand");
    WriteItems(w, f, plan.fields, ListStyle::kBullets);
    if (!plan.annual_review.empty()) w.Heading(3, "At each annual review");
    WriteItems(w, f, plan.annual_review, ListStyle::kBullets);
  }
  for (const auto& [name, items] :
       {std::pair{"exercises", &f.exercises}, std::pair{"review_calendar", &f.review_calendar}}) {
    if (items->empty()) continue;
    w.Heading(2, domain::SectionTitle(name));
    WriteItems(w, f, *items, ListStyle::kBullets);
  }
  if (!f.answers_feedback.empty()) {
    w.Heading(2, domain::SectionTitle("answers_feedback"));
    for (const domain::FeedbackAnswer& a : f.answers_feedback) {
      std::vector<std::string> details{w.Escape(a.answer)};
      std::vector<GuideLink> refs;
      for (const std::string& ref : a.refs) refs.push_back(RefLink(f, ref));
      if (!refs.empty()) details.push_back(w.Escape("See: " + Labels(refs)));
      w.Item("-", w.Strong(w.Escape(a.complaint)), details);
    }
    w.EndList();
  }
  WriteRatingHelp(w, f);
}

bool LevelMatches(const domain::Level& level, std::string_view wanted) {
  return wanted.empty() || level.id == wanted || std::to_string(level.number) == wanted;
}

}  // namespace

std::vector<std::pair<const domain::Strand*, const domain::Level*>> SelectLevels(
    const domain::Framework& framework, const GuideTextOptions& options) {
  std::vector<std::pair<const domain::Strand*, const domain::Level*>> selected;
  for (const domain::Strand& strand : framework.strands) {
    if (!options.strand.empty() && strand.id != options.strand) continue;
    for (const domain::Level& level : strand.levels) {
      if (LevelMatches(level, options.level)) selected.emplace_back(&strand, &level);
    }
  }
  return selected;
}

std::string GuideText(const domain::Framework& framework, FrameworkSet frameworks,
                      const GuideTextOptions& options) {
  TextWriter w(options.format == GuideTextFormat::kMarkdown ? detail::TextFormat::kMarkdown
                                                            : detail::TextFormat::kText);
  if (!options.strand.empty() || !options.level.empty()) {
    for (const auto& [strand, level] : SelectLevels(framework, options)) {
      WriteLevel(w, framework, *strand, *level, frameworks, 1);
    }
    return w.Take();
  }
  WriteOverview(w, framework);
  for (const domain::Strand& strand : framework.strands) {
    w.Heading(2, strand.title);
    if (!strand.summary.empty()) w.Paragraph(strand.summary);
    for (const domain::Level& level : strand.levels) {
      WriteLevel(w, framework, strand, level, frameworks, 3);
    }
  }
  WriteStartSections(w, framework);
  WriteOtherSections(w, framework);
  return w.Take();
}

}  // namespace lct::render
