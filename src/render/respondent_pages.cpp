// The respondent's questionnaire (issue 4): an overview with progress, and one page of criteria
// per strand and level. Plain HTML forms: radio buttons in a fieldset per criterion, so they
// work without JavaScript and with a keyboard alone.
#include <cmath>
#include <string>

#include "render/assessment_pages.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

constexpr const char* kDontKnowValue = "dont-know";

std::string PageUrl(const std::string& token, const domain::QuestionnairePage& page) {
  return "/respond/" + token + "/" + page.strand->id + "/" + page.level->id;
}

std::string PageTitle(const domain::QuestionnairePage& page) {
  return page.strand->title + ", level " + std::to_string(page.level->number) + ": " +
         page.level->title;
}

void SetCommon(Data& d, const QuestionnaireInput& in) {
  const auto& q = *in.questionnaire;
  d.set("illustrative", Data{q.round.illustrative});
  d.set("illustrative_label", Str("Illustrative responses, not real"));
  d.set("place_name", Str(q.round.place_name));
  d.set("framework_title", Str(q.framework->title));
  d.set("respondent_name", Str(q.respondent.name));
  d.set("open", Data{q.open});
  d.set("submitted", Data{!q.respondent.submitted_at.empty()});
  d.set("has_closes_on", Data{!q.round.closes_on.empty()});
  d.set("closes_on", Str(q.round.closes_on));
  d.set("answered", Str(std::to_string(q.answered)));
  d.set("total", Str(std::to_string(q.total)));
  d.set("overview_url", Str("/respond/" + in.token));
  d.set("csrf", Str(in.csrf));
  d.set("notice", Str(in.notice));
  d.set("has_notice", Data{!in.notice.empty()});
  d.set("error", Str(in.error));
  d.set("has_error", Data{!in.error.empty()});
  d.set("error_field", Str(in.error_field));
}

Data PagesList(const QuestionnaireInput& in, const domain::QuestionnairePage* current) {
  Data list{Data::type::list};
  for (const auto& page : in.questionnaire->pages) {
    Data d;
    d.set("url", Str(PageUrl(in.token, page)));
    d.set("title", Str(PageTitle(page)));
    d.set("answered", Str(std::to_string(page.answered)));
    d.set("total", Str(std::to_string(page.total)));
    d.set("complete", Data{page.answered == page.total});
    d.set("current", Data{current != nullptr && current->level == page.level});
    list.push_back(d);
  }
  return list;
}

// What the form shows for a criterion: the posted values after a refused save, else the
// stored answer.
domain::AnswerInput Shown(const QuestionnaireInput& in, const std::string& criterion) {
  if (const auto posted = in.posted.find(criterion); posted != in.posted.end())
    return posted->second;
  domain::AnswerInput shown;
  shown.criterion = criterion;
  const auto& answers = in.questionnaire->answers;
  const auto it = answers.find(criterion);
  if (it == answers.end()) return shown;
  const auto& a = it->second;
  shown.rating = a.rating ? std::to_string(*a.rating) : kDontKnowValue;
  shown.evidence = a.evidence;
  for (const auto& link : a.links) shown.links += (shown.links.empty() ? "" : "\n") + link;
  shown.comment = a.comment;
  return shown;
}

Data CriterionForm(const QuestionnaireInput& in, const domain::Criterion& c,
                   const std::vector<domain::ScalePoint>& scale) {
  const auto shown = Shown(in, c.id);
  Data d;
  d.set("id", Str(c.id));
  d.set("statement", Str(c.statement));
  d.set("evidence_prompt", Str(c.evidence));
  Data options{Data::type::list};
  std::string chosen_label = "Not answered yet";
  for (const auto& p : scale) {
    Data o;
    o.set("value", Str(std::to_string(p.value)));
    o.set("label", Str(p.label));
    o.set("meaning", Str(p.meaning));
    o.set("field_id", Str(c.id + "-r" + std::to_string(p.value)));
    const bool checked = shown.rating == std::to_string(p.value);
    if (checked) chosen_label = p.label;
    o.set("checked", Data{checked});
    options.push_back(o);
  }
  if (shown.rating == kDontKnowValue) chosen_label = "Don't know";
  d.set("options", options);
  d.set("dont_know_checked", Data{shown.rating == kDontKnowValue});
  d.set("chosen", Str(chosen_label));
  d.set("evidence", Str(shown.evidence));
  d.set("links", Str(shown.links));
  d.set("comment", Str(shown.comment));
  d.set("links_invalid", Data{in.error_field == c.id + "-links"});
  return d;
}

}  // namespace

Result<std::string> QuestionnaireOverviewPage(const QuestionnaireInput& in) {
  Data data;
  SetCommon(data, in);
  data.set("pages", PagesList(in, nullptr));
  if (!in.questionnaire->pages.empty()) {
    data.set("first_url", Str(PageUrl(in.token, in.questionnaire->pages.front())));
  }
  data.set("submit_url", Str("/respond/" + in.token + "/submit"));
  return detail::RenderPage("respond", data,
                            "Self-assessment: " + in.questionnaire->round.place_name, "none");
}

Result<std::string> QuestionnaireLevelPage(const QuestionnaireInput& in,
                                           const domain::QuestionnairePage& page) {
  const auto& q = *in.questionnaire;
  Data data;
  SetCommon(data, in);
  data.set("pages", PagesList(in, &page));
  data.set("strand_title", Str(page.strand->title));
  data.set("level_title", Str(page.level->title));
  data.set("level_number", Str(std::to_string(page.level->number)));
  data.set("level_description", Str(page.level->description));
  data.set("page_answered", Str(std::to_string(page.answered)));
  data.set("page_total", Str(std::to_string(page.total)));
  data.set("action", Str(PageUrl(in.token, page)));
  const auto scale = q.framework->scale.empty() ? domain::DefaultScale() : q.framework->scale;
  Data scale_list{Data::type::list};
  for (const auto& p : scale) {
    Data s;
    s.set("value", Str(std::to_string(p.value)));
    s.set("label", Str(p.label));
    s.set("meaning", Str(p.meaning));
    scale_list.push_back(s);
  }
  data.set("scale", scale_list);
  Data criteria{Data::type::list};
  for (const auto& c : page.level->criteria) {
    if (!c.retired) criteria.push_back(CriterionForm(in, c, scale));
  }
  data.set("criteria", criteria);
  // The next page, for "Save and continue".
  std::string next = "/respond/" + in.token;
  for (std::size_t i = 0; i + 1 < q.pages.size(); ++i) {
    if (q.pages[i].level == page.level) next = PageUrl(in.token, q.pages[i + 1]);
  }
  data.set("next_url", Str(next));
  return detail::RenderPage("respond_level", data, PageTitle(page), "none");
}

}  // namespace lct::render
