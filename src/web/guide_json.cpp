#include "web/guide_json.hpp"

#include <nlohmann/json.hpp>

#include "render/guide_links.hpp"
#include "render/json_text.hpp"

namespace lct::web {
namespace {

using Json = nlohmann::json;

Json Versions(const services::Guide& guide, const std::string& id) {
  Json versions = Json::array();
  for (const auto& v : guide.versions) {
    if (v.id == id) versions.push_back({{"version", v.version}, {"imported_at", v.imported_at}});
  }
  return versions;
}

Json Items(const std::vector<domain::GuideItem>& items) {
  Json out = Json::array();
  for (const auto& i : items) {
    out.push_back({{"id", i.id},
                   {"title", i.title},
                   {"text", i.text},
                   {"prompts", i.prompts},
                   {"criteria", i.criteria}});
  }
  return out;
}

Json CriterionJson(const domain::Criterion& c) {
  Json crosswalk = Json::array();
  for (const auto& link : c.crosswalk) {
    crosswalk.push_back({{"framework", link.framework}, {"items", link.items}});
  }
  return {{"id", c.id},
          {"statement", c.statement},
          {"evidence", c.evidence},
          {"operational", c.operational},
          {"retired", c.retired},
          {"crosswalk", crosswalk}};
}

Json LevelJson(const domain::Framework& f, const domain::Strand& s, const domain::Level& l) {
  Json level{{"number", l.number},       {"id", l.id},
             {"title", l.title},         {"focus", l.focus},
             {"source", l.source},       {"description", l.description},
             {"questions", l.questions}, {"url", render::LevelUrl(f.id, s.id, l.id)}};
  Json criteria = Json::array();
  for (const auto& c : l.criteria) criteria.push_back(CriterionJson(c));
  Json ideas = Json::array();
  for (const auto& i : l.ideas) {
    ideas.push_back({{"id", i.id}, {"text", i.text}, {"criteria", i.criteria}});
  }
  Json pitfalls = Json::array();
  for (const auto& p : l.pitfalls) {
    pitfalls.push_back({{"id", p.id}, {"text", p.text}, {"remedy", p.remedy}});
  }
  Json examples = Json::array();
  for (const auto& e : l.examples) {
    examples.push_back(
        {{"place", e.place}, {"what", e.what}, {"lesson", e.lesson}, {"source", e.source}});
  }
  level["criteria"] = criteria;
  level["ideas"] = ideas;
  level["pitfalls"] = pitfalls;
  level["examples"] = examples;
  return level;
}

Json Sections(const domain::Framework& f) {
  Json steps = Json::array();
  for (const auto& s : f.benchmarking.steps) {
    steps.push_back({{"id", s.id},
                     {"title", s.title},
                     {"text", s.text},
                     {"check", s.check},
                     {"if_no", s.if_no},
                     {"go_to", s.go_to}});
  }
  Json answers = Json::array();
  for (const auto& a : f.answers_feedback) {
    answers.push_back(
        {{"id", a.id}, {"complaint", a.complaint}, {"answer", a.answer}, {"refs", a.refs}});
  }
  return {{"common_agendas", Items(f.common_agendas)},
          {"stakeholders",
           {{"intro", f.stakeholders.intro},
            {"types", Items(f.stakeholders.types)},
            {"roles", Items(f.stakeholders.roles)}}},
          {"first_steps", Items(f.first_steps)},
          {"benchmarking", {{"intro", f.benchmarking.intro}, {"steps", steps}}},
          {"value_chain",
           {{"intro", f.value_chain.intro}, {"dimensions", Items(f.value_chain.dimensions)}}},
          {"plan_template",
           {{"intro", f.plan_template.intro},
            {"years", f.plan_template.years},
            {"fields", Items(f.plan_template.fields)},
            {"annual_review", Items(f.plan_template.annual_review)}}},
          {"exercises", Items(f.exercises)},
          {"review_calendar", Items(f.review_calendar)},
          {"answers_feedback", answers}};
}

Json Summary(const domain::Framework& f, const services::Guide& guide) {
  return {{"id", f.id},
          {"version", f.version},
          {"title", f.title},
          {"summary", f.summary},
          {"authored_by", f.authored_by},
          {"attribution", f.attribution},
          {"level_kind", domain::LevelKindName(f.level_kind)},
          {"versions", Versions(guide, f.id)},
          {"url", "/api/v1/frameworks/" + f.id},
          {"guide_url", render::FrameworkUrl(f.id)}};
}

}  // namespace

std::string FrameworkListJson(const services::Guide& guide) {
  Json list = Json::array();
  for (const auto& f : guide.frameworks) list.push_back(Summary(*f, guide));
  return render::JsonText(Json{{"count", list.size()}, {"frameworks", list}});
}

std::string FrameworkJson(const domain::Framework& f, const services::Guide& guide) {
  Json out = Summary(f, guide);
  Json scale = Json::array();
  for (const auto& p : f.scale.empty() ? domain::DefaultScale() : f.scale) {
    scale.push_back({{"value", p.value}, {"label", p.label}, {"meaning", p.meaning}});
  }
  out["scale"] = scale;
  Json strands = Json::array();
  for (const auto& s : f.strands) {
    Json levels = Json::array();
    for (const auto& l : s.levels) levels.push_back(LevelJson(f, s, l));
    strands.push_back({{"id", s.id},
                       {"title", s.title},
                       {"summary", s.summary},
                       {"source", s.source},
                       {"levels", levels}});
  }
  out["strands"] = strands;
  out["sections"] = Sections(f);
  return render::JsonText(out);
}

}  // namespace lct::web
