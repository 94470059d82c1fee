#include "domain/assessment_view.hpp"

#include <cstdint>
#include <map>

namespace lct::domain {
namespace {

constexpr std::size_t kDateLength = 10;  // "YYYY-MM-DD"

std::optional<double> Defined(const analysis::AlphaResult& alpha) {
  if (alpha.outcome != analysis::AgreementOutcome::kOk) return std::nullopt;
  return alpha.alpha;
}

// With `withheld`, only what the page may show of a criterion: its id, statement and whether
// it is established (the unmet list shows that too).
CriterionView ToView(const CriterionResult& c, bool withheld) {
  CriterionView v;
  v.id = c.id;
  v.statement = c.statement;
  v.established = c.established;
  if (withheld) return v;
  v.counts = c.counts;
  v.dont_know = c.dont_know;
  v.ratings = c.dispersion.count;
  if (c.dispersion.outcome == analysis::AgreementOutcome::kOk) {
    v.median = c.dispersion.median;
    v.iqr = c.dispersion.iqr;
  }
  v.consensus = c.dispersion.consensus;
  return v;
}

StrandView ToView(const StrandResult& s, const std::vector<CriterionResult>& criteria,
                  bool withheld) {
  StrandView v;
  v.id = s.id;
  v.title = s.title;
  v.level_attained = s.level_attained;
  v.alpha = Defined(s.alpha);
  v.agreement = s.agreement;
  int total = 0;
  int established = 0;
  for (const auto& l : s.levels) {
    LevelView lv;
    lv.id = l.id;
    lv.number = l.number;
    lv.title = l.title;
    lv.criteria = l.criteria;
    lv.established = l.established;
    lv.share = l.share;
    lv.met = l.met;
    if (l.number == s.level_attained) v.level_attained_title = l.title;
    for (const auto& c : criteria) {
      if (c.strand == s.id && c.level == l.id) lv.items.push_back(ToView(c, withheld));
    }
    total += l.criteria;
    established += l.established;
    v.levels.push_back(std::move(lv));
  }
  v.share_established = total == 0 ? 0.0 : static_cast<double>(established) / total;
  return v;
}

NamedAnswersView NamedAnswers(const RoundReport& report) {
  NamedAnswersView named;
  std::map<std::int64_t, std::size_t> column;
  for (const auto& r : report.respondents) {
    if (r.submitted_at.empty()) continue;
    column[r.id.value] = named.respondents.size();
    named.respondents.push_back(r.organisation.empty() ? r.name
                                                       : r.name + " (" + r.organisation + ")");
  }
  std::map<std::string, std::size_t> row;
  for (const auto& c : report.results.criteria) {
    row[c.id] = named.rows.size();
    named.rows.push_back({c.id, std::vector<std::string>(named.respondents.size())});
  }
  for (const auto& a : report.answers) {
    const auto col = column.find(a.respondent.value);
    const auto r = row.find(a.criterion);
    if (col == column.end() || r == row.end()) continue;
    std::string label = "Don't know";
    for (const auto& p : report.results.scale) {
      if (a.rating && p.value == *a.rating) label = p.label;
    }
    named.rows[r->second].ratings[col->second] = label;
  }
  return named;
}

}  // namespace

RoundResultsView BuildResultsView(const RoundReport& report, const ScoringOptions& options) {
  const auto& res = report.results;
  RoundResultsView v;
  v.round = report.round;
  v.framework_title = report.framework->title;
  v.open = report.open;
  v.stages = res.stages;
  v.level_threshold = options.level_threshold;
  v.min_group_size = options.min_group_size;
  v.invited = res.invited;
  v.submitted = res.submitted;
  v.distribution_withheld = res.distribution_withheld;
  if (res.distribution_withheld) v.withheld_reason = WithheldReason(res.min_group_size);
  v.scale = res.scale;
  for (const auto& s : res.strands) {
    v.strands.push_back(ToView(s, res.criteria, res.distribution_withheld));
  }
  v.overall_alpha = Defined(res.overall_alpha);
  v.overall_agreement = res.overall_agreement;
  for (const auto& s : res.sectors) v.sectors.emplace_back(s.label, s.respondents);
  for (const auto& g : res.gaps) {
    GapView gv{g.criterion, g.statement, g.gap, {}};
    for (const auto& s : g.sectors) gv.sectors.push_back({s.sector, s.median});
    v.gaps.push_back(std::move(gv));
  }
  v.gaps_more_tied = res.gaps_more_tied;
  if (res.comparison) {
    const auto& compared = *res.comparison;
    v.has_comparison = true;
    v.comparison = {compared.previous,
                    compared.previous_opened_at.substr(0, kDateLength),
                    compared.previous_closed_on,
                    compared.previous_illustrative,
                    compared.fixed,
                    compared.criteria_withheld};
    for (const auto& c : res.comparison->gains)
      v.gains.push_back({c.criterion, c.statement, c.before, c.after});
    for (const auto& c : res.comparison->losses)
      v.losses.push_back({c.criterion, c.statement, c.before, c.after});
    for (const auto& s : res.comparison->strands)
      v.level_changes.push_back({s.title, s.before, s.after});
  }
  for (const auto& u : res.unmet) {
    UnmetView uv{u.id, u.statement, u.strand_title + ", " + u.level_title, {}};
    for (const auto* idea : u.ideas) uv.ideas.push_back(*idea);
    v.unmet.push_back(std::move(uv));
  }
  if (report.round.visibility == AnswerVisibility::kNamed) v.named = NamedAnswers(report);
  return v;
}

}  // namespace lct::domain
