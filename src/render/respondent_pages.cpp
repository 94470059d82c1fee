// The respondent's questionnaire (issues 4 and 19). Plain HTML forms: radio buttons in a
// fieldset per criterion, each choice with its meaning beside it, and the notes behind one
// native <details> disclosure, so everything works without JavaScript and with a keyboard.
#include "render/respondent_pages.hpp"

#include <array>
#include <string>

#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

constexpr const char* kDontKnowValue = "dont-know";
constexpr const char* kLayout = "respond_layout";
// A review list longer than this starts folded, so the submit button stays near the top.
constexpr std::size_t kReviewListOpen = 12;

std::string PageUrl(const std::string& token, const domain::QuestionnairePage& page) {
  return "/respond/" + token + "/" + page.strand->id + "/" + page.level->id;
}

std::string PageTitle(const domain::QuestionnairePage& page) {
  return page.strand->title + ", level " + std::to_string(page.level->number) + ": " +
         page.level->title;
}

// "2026-03-31" -> "31 March 2026"; anything else unchanged.
std::string LongDate(const std::string& iso) {
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return std::to_string(day) + " " + kMonths[month - 1] + " " + iso.substr(0, 4);
}

std::vector<domain::ScalePoint> ScaleOf(const domain::Questionnaire& q) {
  return q.framework->scale.empty() ? domain::DefaultScale() : q.framework->scale;
}

void SetCommon(Data& d, const QuestionnaireInput& in) {
  const auto& q = *in.questionnaire;
  const bool submitted = !q.respondent.submitted_at.empty();
  d.set("illustrative", Data{q.round.illustrative});
  d.set("illustrative_label", Str("Illustrative responses, not real"));
  d.set("place_name", Str(q.round.place_name));
  d.set("framework_title", Str(q.framework->title));
  d.set("round_number", Str(std::to_string(q.round.id.value)));
  d.set("respondent_name", Str(q.respondent.name));
  d.set("open", Data{q.open});
  d.set("submitted", Data{submitted});
  d.set("submitted_open", Data{submitted && q.open});
  d.set("submitted_on", Str(LongDate(q.respondent.submitted_at)));
  d.set("has_closes_on", Data{!q.round.closes_on.empty()});
  d.set("closes_on", Str(LongDate(q.round.closes_on)));
  d.set("answered", Str(std::to_string(q.answered)));
  d.set("total", Str(std::to_string(q.total)));
  d.set("review_url", Str("/respond/" + in.token + "/review"));
  d.set("csrf", Str(in.csrf));
  d.set("notice", Str(in.notice));
  d.set("has_notice", Data{!in.notice.empty()});
  d.set("error", Str(in.error));
  d.set("has_error", Data{!in.error.empty()});
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

// The criterion's own rating guide for `value`, else the scale's general meaning.
std::string Meaning(const domain::Criterion& c, const domain::ScalePoint& point) {
  for (const auto& guide : c.rating_guide) {
    if (guide.value == point.value && !guide.text.empty()) return guide.text;
  }
  return point.meaning;
}

Data CriterionForm(const QuestionnaireInput& in, const domain::Criterion& c,
                   const std::vector<domain::ScalePoint>& scale) {
  const auto shown = Shown(in, c.id);
  Data d;
  d.set("id", Str(c.id));
  d.set("statement", Str(c.statement));
  d.set("evidence_prompt", Str(c.evidence));
  Data options{Data::type::list};
  for (const auto& p : scale) {
    Data o;
    o.set("value", Str(std::to_string(p.value)));
    o.set("label", Str(p.label));
    o.set("meaning", Str(Meaning(c, p)));
    o.set("field_id", Str(c.id + "-r" + std::to_string(p.value)));
    o.set("checked", Data{shown.rating == std::to_string(p.value)});
    options.push_back(o);
  }
  d.set("options", options);
  d.set("dont_know_checked", Data{shown.rating == kDontKnowValue});
  d.set("evidence", Str(shown.evidence));
  d.set("links", Str(shown.links));
  d.set("comment", Str(shown.comment));
  const bool notes_invalid =
      in.error_field.starts_with(c.id + "-") && in.error_field != c.id + "-rating";
  d.set("evidence_invalid", Data{in.error_field == c.id + "-evidence"});
  d.set("links_invalid", Data{in.error_field == c.id + "-links"});
  d.set("comment_invalid", Data{in.error_field == c.id + "-comment"});
  // Open where something is written, or where the error to correct is.
  const bool written = !shown.evidence.empty() || !shown.links.empty() || !shown.comment.empty();
  d.set("notes_open", Data{written || notes_invalid});
  d.set("written", Data{written});
  return d;
}

// Where the error summary's link goes: the field named by the error, or the criterion's
// fieldset for a rating; empty when the error is not about one field (a closed round).
std::string ErrorTarget(const QuestionnaireInput& in, const domain::QuestionnairePage& page) {
  for (const auto& c : page.level->criteria) {
    if (in.error_field == c.id + "-rating") return "c-" + c.id;
    for (const char* suffix : {"-evidence", "-links", "-comment"}) {
      if (in.error_field == c.id + suffix) return in.error_field;
    }
  }
  return "";
}

Data ReviewList(const QuestionnaireInput& in, const std::vector<domain::ReviewItem>& items) {
  Data list{Data::type::list};
  for (const auto& item : items) {
    Data d;
    const auto& page = in.questionnaire->pages.at(item.page);
    d.set("url", Str(PageUrl(in.token, page) + "#c-" + item.criterion));
    d.set("id", Str(item.criterion));
    d.set("statement", Str(item.statement));
    d.set("page_title", Str(PageTitle(page)));
    list.push_back(d);
  }
  return list;
}

}  // namespace

Result<std::string> QuestionnaireReviewPage(const QuestionnaireInput& in,
                                            const domain::Review& review, bool confirm) {
  Data data;
  SetCommon(data, in);
  data.set("pages", PagesList(in, nullptr));
  data.set("submit_url", Str("/respond/" + in.token + "/submit"));
  data.set("rated", Str(std::to_string(review.rated)));
  data.set("dont_know_count", Str(std::to_string(review.dont_know.size())));
  data.set("unanswered_count", Str(std::to_string(review.unanswered.size())));
  data.set("unanswered", ReviewList(in, review.unanswered));
  data.set("dont_know", ReviewList(in, review.dont_know));
  data.set("has_unanswered", Data{!review.unanswered.empty()});
  data.set("has_dont_know", Data{!review.dont_know.empty()});
  data.set("unanswered_open", Data{review.unanswered.size() <= kReviewListOpen});
  data.set("dont_know_open", Data{review.dont_know.size() <= kReviewListOpen});
  data.set("needed", Str(std::to_string(review.needed)));
  data.set("needed_percent", Str(std::to_string(review.needed_percent)));
  data.set("nearly_empty", Data{review.nearly_empty});
  data.set("confirm", Data{confirm});
  data.set("nothing_rated", Data{review.rated == 0});
  const auto& q = *in.questionnaire;
  for (const auto& page : q.pages) {
    if (page.answered < page.total) {
      data.set("resume_url", Str(PageUrl(in.token, page)));
      break;
    }
  }
  return detail::RenderInLayout("respond", data, kLayout,
                                "Your self-assessment for " + q.round.place_name);
}

Result<std::string> QuestionnaireLevelPage(const QuestionnaireInput& in,
                                           const domain::QuestionnairePage& page) {
  const auto& q = *in.questionnaire;
  Data data;
  SetCommon(data, in);
  data.set("pages", PagesList(in, &page));
  data.set("first_visit", Data{q.answered == 0 && q.open && in.error.empty()});
  data.set("strand_title", Str(page.strand->title));
  data.set("level_title", Str(page.level->title));
  data.set("level_number", Str(std::to_string(page.level->number)));
  data.set("level_description", Str(page.level->description));
  data.set("page_answered", Str(std::to_string(page.answered)));
  data.set("page_total", Str(std::to_string(page.total)));
  data.set("action", Str(PageUrl(in.token, page)));
  data.set("error_target", Str(ErrorTarget(in, page)));
  std::size_t number = 0;
  while (number < q.pages.size() && q.pages[number].level != page.level) ++number;
  data.set("page_number", Str(std::to_string(number + 1)));
  data.set("page_count", Str(std::to_string(q.pages.size())));
  data.set("last_page", Data{number + 1 >= q.pages.size()});
  const auto scale = ScaleOf(q);
  Data scale_list{Data::type::list};
  for (const auto& p : scale) {
    Data s;
    s.set("label", Str(p.label));
    s.set("meaning", Str(p.meaning));
    scale_list.push_back(s);
  }
  data.set("scale", scale_list);
  if (!scale.empty()) {
    data.set("low_value", Str(std::to_string(scale.front().value)));
    data.set("low_label", Str(scale.front().label));
  }
  Data criteria{Data::type::list};
  for (const auto& c : page.level->criteria) {
    if (!c.retired) criteria.push_back(CriterionForm(in, c, scale));
  }
  data.set("criteria", criteria);
  return detail::RenderInLayout("respond_level", data, kLayout, PageTitle(page));
}

}  // namespace lct::render
