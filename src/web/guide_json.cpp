#include "web/guide_json.hpp"

#include <nlohmann/json.hpp>

#include "domain/crosswalk_coverage.hpp"
#include "domain/rating_guidance.hpp"
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

Json CriterionJson(const domain::Framework& f, const domain::Criterion& c) {
  Json crosswalk = Json::array();
  for (const auto& link : c.crosswalk) {
    crosswalk.push_back({{"framework", link.framework}, {"items", link.items}});
  }
  Json guide = Json::array();
  for (const domain::RatingGuideRow& row : domain::RatingGuideFor(f, c)) {
    if (!row.guide.empty()) {
      guide.push_back({{"value", row.value}, {"label", row.label}, {"text", row.guide}});
    }
  }
  return {{"id", c.id},
          {"statement", c.statement},
          {"evidence", c.evidence},
          {"operational", c.operational},
          {"retired", c.retired},
          {"retired_reason", c.retired_reason},
          {"replaced_by", c.replaced_by},
          {"crosswalk", crosswalk},
          {"rating_guide", guide}};
}

// For each pair of frameworks in which one crosswalks to the other and `f` is either: every
// area of the target with the source's criteria that name it (domain::CrosswalkCoverage).
Json CoverageJson(const domain::Framework& f, const services::Guide& guide) {
  Json out = Json::array();
  const auto table = [&out](const domain::Framework& source, const domain::Framework& target) {
    Json areas = Json::array();
    for (const domain::AreaCoverage& area : domain::CrosswalkCoverage(source, target)) {
      Json ids = Json::array();
      for (const domain::Criterion* c : area.criteria) ids.push_back(c->id);
      areas.push_back({{"strand", area.strand->id},
                       {"level", area.level->id},
                       {"title", area.level->title},
                       {"count", area.criteria.size()},
                       {"thin", area.Thin()},
                       {"criteria", ids}});
    }
    out.push_back({{"source", source.id},
                   {"target", target.id},
                   {"thin_below", domain::kThinCoverage},
                   {"areas", areas}});
  };
  for (const auto& other : guide.frameworks) {
    if (other == nullptr || other->id == f.id) continue;
    if (domain::CrosswalksTo(f, *other)) table(f, *other);
    if (domain::CrosswalksTo(*other, f)) table(*other, f);
  }
  return out;
}

Json LevelJson(const domain::Framework& f, const domain::Strand& s, const domain::Level& l) {
  Json level{{"number", l.number},       {"id", l.id},
             {"title", l.title},         {"focus", l.focus},
             {"source", l.source},       {"description", l.description},
             {"questions", l.questions}, {"url", render::LevelUrl(f.id, s.id, l.id)}};
  Json criteria = Json::array();
  for (const auto& c : l.criteria) criteria.push_back(CriterionJson(f, c));
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
    examples.push_back({{"place", e.place},
                        {"what", e.what},
                        {"lesson", e.lesson},
                        {"source", e.source.citation},
                        {"source_kind", domain::ExampleKindName(e.source.kind)}});
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
          {"answers_feedback", answers},
          {"evidence_guide",
           {{"intro", f.evidence_guide.intro},
            {"kinds", Items(f.evidence_guide.kinds)},
            {"recency", f.evidence_guide.recency},
            {"checking", f.evidence_guide.checking}}},
          {"moderation", f.moderation.id.empty() ? Json(nullptr) : Items({f.moderation})[0]}};
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
  out["crosswalk_coverage"] = CoverageJson(f, guide);
  return render::JsonText(out);
}

}  // namespace lct::web
