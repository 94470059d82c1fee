#include "web/assessment_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include "render/json_text.hpp"
#include "services/assessment_export.hpp"

namespace lct::web {
namespace {

using Json = nlohmann::json;

Json RoundJson(const domain::RoundReport& report) {
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
         {"depth", domain::RoundDepthKey(r.depth)},
         {"illustrative", r.illustrative}};
  if (r.illustrative) j["note"] = services::kIllustrativeLabel;
  return j;
}

Json AlphaJson(const analysis::AlphaResult& alpha, const std::string& reading) {
  const bool ok = alpha.outcome == analysis::AgreementOutcome::kOk;
  // n is a count (a sum of fractions in floating point): printed as the whole number it is.
  return {{"alpha", ok ? Json(alpha.alpha) : Json(nullptr)},
          {"metric", "ordinal"},
          {"pairable_values", std::llround(alpha.pairable_values)},
          {"reading", reading}};
}

// The page's consensus column in words: one rating cannot agree or disagree with itself.
std::string ConsensusReading(const analysis::Dispersion& d) {
  if (d.count == 0) return "no ratings";
  if (d.count == 1) return "one rating";
  return d.consensus ? "consensus" : "no consensus";
}

// With `withheld` (too few respondents), the distribution's fields are null.
Json CriterionJson(const domain::CriterionResult& c, const std::vector<domain::ScalePoint>& scale,
                   bool withheld) {
  Json j{{"id", c.id},
         {"strand", c.strand},
         {"level", c.level},
         {"statement", c.statement},
         {"established", c.established}};
  const auto& d = c.dispersion;
  const bool ok = !withheld && d.outcome == analysis::AgreementOutcome::kOk;
  const auto figure = [&](double value) { return ok ? Json(value) : Json(nullptr); };
  Json counts = Json::object();
  for (std::size_t i = 0; i < scale.size() && i < c.counts.size(); ++i) {
    counts[std::to_string(scale[i].value)] = c.counts[i];
  }
  j["counts"] = withheld ? Json(nullptr) : counts;
  j["dont_know"] = withheld ? Json(nullptr) : Json(c.dont_know);
  j["ratings"] = withheld ? Json(nullptr) : Json(d.count);
  j["median"] = figure(d.median);
  j["q1"] = figure(d.q1);
  j["q3"] = figure(d.q3);
  j["iqr"] = figure(d.iqr);
  j["within1"] = figure(d.within1);
  j["consensus"] = withheld || d.count < 2 ? Json(nullptr) : Json(d.consensus);
  j["consensus_reading"] = withheld ? Json(nullptr) : Json(ConsensusReading(d));
  return j;
}

Json ComparisonJson(const domain::Comparison& comparison) {
  const auto change = [](const std::vector<domain::Change>& list) {
    Json out = Json::array();
    for (const auto& c : list) {
      out.push_back({{"criterion", c.criterion}, {"before", c.before}, {"after", c.after}});
    }
    return out;
  };
  Json levels = Json::array();
  for (const auto& s : comparison.strands) {
    levels.push_back({{"strand", s.strand}, {"before", s.before}, {"after", s.after}});
  }
  Json j{{"previous_round", comparison.previous.value},
         {"previous_opened_at", comparison.previous_opened_at},
         {"previous_closed_on", comparison.previous_closed_on},
         {"previous_illustrative", comparison.previous_illustrative},
         {"fixed", comparison.fixed},
         {"criteria_withheld", comparison.criteria_withheld},
         {"gains", change(comparison.gains)},
         {"losses", change(comparison.losses)},
         {"levels", levels}};
  if (comparison.previous_illustrative) j["note"] = services::kIllustrativeLabel;
  return j;
}

Json StrandJson(const domain::StrandResult& s, bool stages) {
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

std::string RoundResultsJson(const domain::RoundReport& report) {
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
  j["distribution_withheld"] =
      res.distribution_withheld ? Json(domain::WithheldReason(res.min_group_size)) : Json(nullptr);
  Json criteria = Json::array();
  for (const auto& c : res.criteria) {
    criteria.push_back(CriterionJson(c, res.scale, res.distribution_withheld));
  }
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
  j["perception_gaps_more_tied"] = res.gaps_more_tied;
  j["comparison"] = res.comparison ? ComparisonJson(*res.comparison) : Json(nullptr);
  Json unmet = Json::array();
  for (const auto& u : res.unmet) {
    Json ideas = Json::array();
    for (const auto* idea : u.ideas) ideas.push_back({{"id", idea->id}, {"text", idea->text}});
    unmet.push_back({{"criterion", u.id}, {"ideas", ideas}});
  }
  j["unmet"] = unmet;
  return render::JsonText(j, 2);
}

std::string RoundExportJson(const domain::RoundReport& report) {
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
  j["answers_withheld"] = services::AnswersWithheld(report)
                              ? Json(domain::WithheldReason(report.results.min_group_size))
                              : Json(nullptr);
  return render::JsonText(j, 2);
}

}  // namespace lct::web
