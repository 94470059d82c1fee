#include "web/assessment_json.hpp"

#include <nlohmann/json.hpp>

#include "render/json_text.hpp"
#include "services/assessment_export.hpp"

namespace lct::web {
namespace {

using Json = nlohmann::json;

Json RoundJson(const services::RoundReport& report) {
  const auto& r = report.round;
  Json j{{"id", r.id.value},
         {"place", r.place_code},
         {"place_name", r.place_name},
         {"framework", r.framework},
         {"framework_version", r.framework_version},
         {"strands", r.strands},
         {"closes_on", r.closes_on.empty() ? Json(nullptr) : Json(r.closes_on)},
         {"opened_at", r.opened_at},
         {"closed_at", r.closed_at.empty() ? Json(nullptr) : Json(r.closed_at)},
         {"status", report.open ? "open" : "closed"},
         {"named_answers", r.visibility == domain::AnswerVisibility::kNamed},
         {"illustrative", r.illustrative}};
  if (r.illustrative) j["note"] = services::kIllustrativeLabel;
  return j;
}

Json AlphaJson(const analysis::AlphaResult& alpha, const std::string& reading) {
  const bool ok = alpha.outcome == analysis::AgreementOutcome::kOk;
  return {{"alpha", ok ? Json(alpha.alpha) : Json(nullptr)},
          {"metric", "ordinal"},
          {"pairable_values", alpha.pairable_values},
          {"reading", reading}};
}

Json CriterionJson(const services::CriterionResult& c,
                   const std::vector<domain::ScalePoint>& scale) {
  Json counts = Json::object();
  for (std::size_t i = 0; i < scale.size() && i < c.counts.size(); ++i) {
    counts[std::to_string(scale[i].value)] = c.counts[i];
  }
  const auto& d = c.dispersion;
  const bool ok = d.outcome == analysis::AgreementOutcome::kOk;
  return {{"id", c.id},
          {"strand", c.strand},
          {"level", c.level},
          {"statement", c.statement},
          {"counts", counts},
          {"dont_know", c.dont_know},
          {"ratings", d.count},
          {"median", ok ? Json(d.median) : Json(nullptr)},
          {"q1", ok ? Json(d.q1) : Json(nullptr)},
          {"q3", ok ? Json(d.q3) : Json(nullptr)},
          {"iqr", ok ? Json(d.iqr) : Json(nullptr)},
          {"within1", ok ? Json(d.within1) : Json(nullptr)},
          {"consensus", d.consensus},
          {"established", c.established}};
}

Json StrandJson(const services::StrandResult& s, bool stages) {
  Json levels = Json::array();
  for (const auto& l : s.levels) {
    levels.push_back({{"id", l.id},
                      {"number", l.number},
                      {"title", l.title},
                      {"criteria", l.criteria},
                      {"established", l.established},
                      {"share_established", l.share},
                      {"met", l.met}});
  }
  return {{"id", s.id},
          {"title", s.title},
          {"level_attained", stages ? Json(s.level_attained) : Json(nullptr)},
          {"levels", levels},
          {"agreement", AlphaJson(s.alpha, s.agreement)}};
}

}  // namespace

std::string RoundResultsJson(const services::RoundReport& report) {
  const auto& res = report.results;
  Json j;
  j["round"] = RoundJson(report);
  j["respondents"] = {{"invited", res.invited}, {"submitted", res.submitted}};
  Json sectors = Json::array();
  for (const auto& s : res.sectors) {
    sectors.push_back({{"sector", s.label}, {"respondents", s.respondents}});
  }
  j["sectors"] = sectors;
  Json scale = Json::array();
  for (const auto& p : res.scale) scale.push_back({{"value", p.value}, {"label", p.label}});
  j["scale"] = scale;
  Json strands = Json::array();
  for (const auto& s : res.strands) strands.push_back(StrandJson(s, res.stages));
  j["strands"] = strands;
  j["agreement"] = AlphaJson(res.overall_alpha, res.overall_agreement);
  Json criteria = Json::array();
  for (const auto& c : res.criteria) criteria.push_back(CriterionJson(c, res.scale));
  j["criteria"] = criteria;
  Json gaps = Json::array();
  for (const auto& g : res.gaps) {
    Json by = Json::array();
    for (const auto& s : g.sectors) {
      by.push_back({{"sector", s.sector}, {"median", s.median}, {"ratings", s.ratings}});
    }
    gaps.push_back({{"criterion", g.criterion}, {"gap", g.gap}, {"sectors", by}});
  }
  j["perception_gaps"] = gaps;
  if (res.comparison) {
    const auto change = [](const std::vector<services::Change>& list) {
      Json out = Json::array();
      for (const auto& c : list) {
        out.push_back({{"criterion", c.criterion}, {"before", c.before}, {"after", c.after}});
      }
      return out;
    };
    Json levels = Json::array();
    for (const auto& s : res.comparison->strands) {
      levels.push_back({{"strand", s.strand}, {"before", s.before}, {"after", s.after}});
    }
    j["comparison"] = {{"previous_round", res.comparison->previous.value},
                       {"gains", change(res.comparison->gains)},
                       {"losses", change(res.comparison->losses)},
                       {"levels", levels}};
  } else {
    j["comparison"] = nullptr;
  }
  Json unmet = Json::array();
  for (const auto& u : res.unmet) {
    Json ideas = Json::array();
    for (const auto* idea : u.ideas) ideas.push_back({{"id", idea->id}, {"text", idea->text}});
    unmet.push_back({{"criterion", u.id}, {"ideas", ideas}});
  }
  j["unmet"] = unmet;
  return render::JsonText(j, 2);
}

std::string RoundExportJson(const services::RoundReport& report) {
  const bool named = report.round.visibility == domain::AnswerVisibility::kNamed;
  Json answers = Json::array();
  for (const auto& row : services::ExportRows(report)) {
    Json a{{"respondent", row.respondent},
           {"sector", row.sector},
           {"strand", row.strand},
           {"level", row.level},
           {"criterion", row.criterion},
           {"rating", row.rating ? Json(*row.rating) : Json(nullptr)},
           {"rating_label", row.rating_label},
           {"evidence", row.evidence},
           {"links", row.links},
           {"comment", row.comment}};
    if (named) {
      a["name"] = row.name;
      a["organisation"] = row.organisation;
      a["role"] = row.role;
    }
    answers.push_back(std::move(a));
  }
  Json j;
  j["round"] = RoundJson(report);
  j["answers"] = answers;
  return render::JsonText(j, 2);
}

}  // namespace lct::web
