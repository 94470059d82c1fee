// /guide/{framework}/sections: the optional sections that are not on the "Where do I start?"
// page: benchmarking, the value chain, the development plan, exercises, the review calendar,
// the answers to users' feedback, and the help for rating (evidence guide and moderation).
#include "render/guide_pages.hpp"
#include "render/guide_view.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::SetList;
using detail::SetText;
using detail::Str;

Data Benchmarking(const domain::Benchmarking& flow) {
  Data d;
  SetText(d, "intro", flow.intro);
  Data steps{Data::type::list};
  for (std::size_t i = 0; i < flow.steps.size(); ++i) {
    const domain::FlowStep& step = flow.steps[i];
    Data s;
    s.set("id", Str(step.id));
    s.set("title", Str(step.title));
    s.set("text", Str(step.text));
    SetText(s, "check", step.check);
    SetText(s, "if_no", step.if_no);
    std::string go_to_label;
    for (std::size_t j = 0; j < flow.steps.size(); ++j) {
      if (flow.steps[j].id == step.go_to) {
        go_to_label = "step " + std::to_string(j + 1) + ": " + flow.steps[j].title;
      }
    }
    s.set("has_go_to", Data{!go_to_label.empty() && step.go_to != step.id});
    s.set("go_to_self", Data{step.go_to == step.id && !step.id.empty()});
    s.set("go_to", Str(step.go_to));
    s.set("go_to_label", Str(go_to_label));
    steps.push_back(s);
  }
  d.set("steps", steps);
  return d;
}

Data PlanTemplate(const domain::Framework& framework) {
  const domain::PlanTemplate& plan = framework.plan_template;
  Data d;
  SetText(d, "intro", plan.intro);
  d.set("years", Str(std::to_string(plan.years)));
  d.set("has_fields", Data{!plan.fields.empty()});
  d.set("fields", detail::GuideItems(framework, plan.fields));
  d.set("has_review", Data{!plan.annual_review.empty()});
  d.set("review", detail::GuideItems(framework, plan.annual_review));
  return d;
}

Data Feedback(const domain::Framework& framework) {
  Data list{Data::type::list};
  for (const domain::FeedbackAnswer& answer : framework.answers_feedback) {
    Data d;
    d.set("id", Str(answer.id));
    d.set("complaint", Str(answer.complaint));
    d.set("answer", Str(answer.answer));
    std::vector<GuideLink> links;
    links.reserve(answer.refs.size());
    for (const std::string& ref : answer.refs) links.push_back(RefLink(framework, ref));
    d.set("has_links", Data{!links.empty()});
    d.set("links", detail::LinkList(links));
    list.push_back(d);
  }
  return list;
}

}  // namespace

Result<std::string> GuideSectionsPage(const domain::Framework& framework) {
  Data data;
  detail::AddPartials(data);
  detail::SetFrameworkLinks(data, framework);
  data.set("h_item", Str("3"));
  data.set("has_benchmarking", Data{!framework.benchmarking.steps.empty()});
  data.set("benchmarking", Benchmarking(framework.benchmarking));
  const domain::ValueChain& chain = framework.value_chain;
  data.set("has_value_chain", Data{!chain.dimensions.empty()});
  SetText(data, "value_chain_intro", chain.intro);
  data.set("value_chain", detail::GuideItems(framework, chain.dimensions));
  data.set("has_plan", Data{!framework.plan_template.fields.empty()});
  data.set("plan", PlanTemplate(framework));
  data.set("has_exercises", Data{!framework.exercises.empty()});
  data.set("exercises", detail::GuideItems(framework, framework.exercises));
  data.set("has_calendar", Data{!framework.review_calendar.empty()});
  data.set("calendar", detail::GuideItems(framework, framework.review_calendar));
  data.set("has_feedback", Data{!framework.answers_feedback.empty()});
  data.set("feedback", Feedback(framework));
  detail::SetRatingHelp(data, framework);
  return detail::RenderPage("guide_sections", data, "Tools: " + framework.title, "guide_section");
}

}  // namespace lct::render
