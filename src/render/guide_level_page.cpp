// /guide/{framework}/{strand}/{level}: one strand at one level, everything a reader needs there.
#include <algorithm>

#include "domain/crosswalk_coverage.hpp"
#include "domain/rating_guidance.hpp"
#include "render/guide_pages.hpp"
#include "render/guide_view.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::SetList;
using detail::SetText;
using detail::Str;

// What each point of the scale looks like for the criterion; points without a guide are left out.
Data RatingGuide(const domain::Framework& framework, const domain::Criterion& c) {
  Data list{Data::type::list};
  for (const domain::RatingGuideRow& row : domain::RatingGuideFor(framework, c)) {
    if (row.guide.empty()) continue;
    Data d;
    d.set("value", Str(std::to_string(row.value)));
    d.set("label", Str(row.label));
    d.set("guide", Str(row.guide));
    list.push_back(d);
  }
  return list;
}

Data CriterionData(const domain::Framework& framework, const domain::Criterion& c,
                   FrameworkSet frameworks) {
  Data d;
  d.set("id", Str(c.id));
  d.set("statement", Str(c.statement));
  d.set("evidence", Str(c.evidence));
  SetText(d, "operational", c.operational);
  d.set("has_rating_guide", Data{!c.rating_guide.empty()});
  d.set("rating_guide", RatingGuide(framework, c));
  SetList(d, "crosswalk", ResolveCrosswalk(c, frameworks), [](const CrosswalkView& view) {
    Data link;
    link.set("framework_title", Str(view.framework_title));
    link.set("links", detail::LinkList(view.items));
    return link;
  });
  return d;
}

Data ExampleData(const domain::Example& e) {
  Data d;
  d.set("place", Str(e.place));
  d.set("what", Str(e.what));
  SetText(d, "lesson", e.lesson);
  d.set("source", Str(e.source.citation));
  d.set("illustrative", Data{e.source.kind == domain::ExampleKind::kIllustrative});
  return d;
}

bool HasRecorded(const domain::Level& level) {
  return std::any_of(level.examples.begin(), level.examples.end(), [](const domain::Example& e) {
    return e.source.kind == domain::ExampleKind::kRecorded;
  });
}

// A framework that gives examples anywhere says so where a level has none recorded.
bool UsesExamples(const domain::Framework& framework) {
  for (const auto& strand : framework.strands) {
    for (const auto& level : strand.levels) {
      if (!level.examples.empty()) return true;
    }
  }
  return false;
}

Data Scale(const domain::Framework& framework) {
  const auto scale = framework.scale.empty() ? domain::DefaultScale() : framework.scale;
  Data list{Data::type::list};
  for (const auto& point : scale) {
    Data d;
    d.set("value", Str(std::to_string(point.value)));
    d.set("label", Str(point.label));
    SetText(d, "meaning", point.meaning);
    list.push_back(d);
  }
  return list;
}

// The strand's levels, and the same level in the other strands, for moving around the grid.
void SetNavigation(Data& data, const domain::Framework& framework, const domain::Strand& strand,
                   const domain::Level& level) {
  SetList(data, "siblings", strand.levels, [&](const domain::Level& other) {
    Data d;
    d.set("url", Str(LevelUrl(framework.id, strand.id, other.id)));
    d.set("heading", Str(domain::LevelHeading(framework, other)));
    d.set("current", Data{&other == &level});
    return d;
  });
  std::vector<std::pair<const domain::Strand*, const domain::Level*>> across;
  if (framework.level_kind == domain::LevelKind::kStage) {
    for (const auto& other : framework.strands) {
      if (&other == &strand) continue;
      const auto it =
          std::find_if(other.levels.begin(), other.levels.end(),
                       [&](const domain::Level& l) { return l.number == level.number; });
      if (it != other.levels.end()) across.emplace_back(&other, &*it);
    }
  }
  SetList(data, "across", across, [&](const auto& pair) {
    Data d;
    d.set("url", Str(LevelUrl(framework.id, pair.first->id, pair.second->id)));
    d.set("heading", Str(pair.first->title + ", " + domain::LevelHeading(framework, *pair.second)));
    return d;
  });
}

}  // namespace

Result<std::string> GuideLevelPage(const domain::Framework& framework, const domain::Strand& strand,
                                   const domain::Level& level, FrameworkSet frameworks) {
  Data data;
  detail::AddPartials(data);
  detail::SetFrameworkLinks(data, framework);
  data.set("strand_id", Str(strand.id));
  data.set("strand_title", Str(strand.title));
  data.set("strand_url", Str(FrameworkUrl(framework.id) + "#" + strand.id));
  data.set("heading", Str(domain::LevelHeading(framework, level)));
  const bool stage = framework.level_kind == domain::LevelKind::kStage;
  // Stages read as "Partnership: Getting organised, level 1 of 3"; areas as "3.2 Governance...",
  // in the strand (layer) they belong to.
  data.set("page_heading",
           Str(stage ? strand.title + ": " + level.title : domain::LevelHeading(framework, level)));
  data.set("position", Str(stage ? "Level " + std::to_string(level.number) + " of " +
                                       std::to_string(strand.levels.size())
                                 : strand.title));
  SetText(data, "focus", level.focus);
  SetText(data, "source", level.source);
  data.set("description", Str(level.description));
  SetList(data, "questions", level.questions, [](const std::string& q) {
    Data d;
    d.set("text", Str(q));
    return d;
  });
  std::vector<const domain::Criterion*> criteria;
  for (const auto& c : level.criteria) {
    if (!c.retired) criteria.push_back(&c);
  }
  SetList(data, "criteria", criteria,
          [&](const domain::Criterion* c) { return CriterionData(framework, *c, frameworks); });
  detail::SetRatingHelp(data, framework);
  data.set("scale", Scale(framework));
  SetList(data, "ideas", level.ideas, [&](const domain::Idea& idea) {
    Data d;
    d.set("id", Str(idea.id));
    d.set("text", Str(idea.text));
    d.set("links", detail::LinkList(CriterionLinks(framework, idea.criteria)));
    return d;
  });
  SetList(data, "pitfalls", level.pitfalls, [](const domain::Pitfall& p) {
    Data d;
    d.set("id", Str(p.id));
    d.set("text", Str(p.text));
    SetText(d, "remedy", p.remedy);
    return d;
  });
  SetList(data, "examples", level.examples, ExampleData);
  data.set("show_examples", Data{UsesExamples(framework)});
  data.set("no_recorded_example", Data{UsesExamples(framework) && !HasRecorded(level)});
  SetList(data, "served_by", CriteriaServing(framework, strand, level, frameworks),
          [](const ServedBy& by) {
            Data d;
            d.set("framework_title", Str(by.framework_title));
            d.set("count", Str(std::to_string(by.criteria.size())));
            d.set("thin", Data{by.criteria.size() < domain::kThinCoverage});
            d.set("thin_below", Str(std::to_string(domain::kThinCoverage)));
            d.set("has_criteria", Data{!by.criteria.empty()});
            Data list{Data::type::list};
            for (std::size_t i = 0; i < by.criteria.size(); ++i) {
              Data c;
              c.set("label", Str(by.criteria[i].label));
              c.set("url", Str(by.criteria[i].url));
              c.set("statement", Str(by.statements[i]));
              list.push_back(c);
            }
            d.set("criteria", list);
            return d;
          });
  SetNavigation(data, framework, strand, level);
  return detail::RenderPage(
      "guide_level", data,
      stage ? strand.title + ": " + level.title : domain::LevelHeading(framework, level),
      "guide_section");
}

}  // namespace lct::render
