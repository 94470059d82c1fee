#include "domain/assessment_scoring.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "domain/framework_lookup.hpp"

namespace lct::domain {
namespace {

constexpr double kEpsilon = 1e-9;

// The criteria scored in a round: non-retired, in the round's strands, in framework order.
struct ScoredCriterion {
  const Strand* strand;
  const Level* level;
  const Criterion* criterion;
};

std::vector<ScoredCriterion> RoundCriteria(const Framework& framework,
                                           const AssessmentRound& round) {
  std::vector<ScoredCriterion> out;
  for (const auto& strand : framework.strands) {
    if (std::find(round.strands.begin(), round.strands.end(), strand.id) == round.strands.end())
      continue;
    for (const auto& level : strand.levels) {
      for (const auto& c : level.criteria) {
        if (!c.retired) out.push_back({&strand, &level, &c});
      }
    }
  }
  return out;
}

bool IsSubmitted(const Respondent& r) { return !r.submitted_at.empty(); }

// Ratings per (respondent index among the submitted, criterion id).
using RatingTable = std::map<std::string, std::map<std::size_t, std::optional<int>>>;

RatingTable Ratings(const std::vector<const Respondent*>& submitted,
                    const std::vector<Answer>& answers) {
  std::map<std::int64_t, std::size_t> index;
  for (std::size_t i = 0; i < submitted.size(); ++i) index[submitted[i]->id.value] = i;
  RatingTable table;
  for (const auto& a : answers) {
    const auto it = index.find(a.respondent.value);
    if (it != index.end()) table[a.criterion][it->second] = a.rating;
  }
  return table;
}

std::vector<double> RatingsOf(const RatingTable& table, const std::string& criterion,
                              const std::vector<std::size_t>* only = nullptr) {
  std::vector<double> out;
  const auto it = table.find(criterion);
  if (it == table.end()) return out;
  for (const auto& [who, rating] : it->second) {
    if (!rating) continue;
    if (only != nullptr && std::find(only->begin(), only->end(), who) == only->end()) continue;
    out.push_back(*rating);
  }
  return out;
}

CriterionResult ScoreCriterion(const ScoredCriterion& sc, const RatingTable& table,
                               const std::vector<ScalePoint>& scale, std::size_t submitted,
                               const ScoringOptions& options) {
  CriterionResult r;
  r.id = sc.criterion->id;
  r.statement = sc.criterion->statement;
  r.strand = sc.strand->id;
  r.level = sc.level->id;
  r.counts.assign(scale.size(), 0);
  const auto ratings = RatingsOf(table, r.id);
  for (const double v : ratings) {
    for (std::size_t p = 0; p < scale.size(); ++p) {
      if (std::fabs(scale[p].value - v) < kEpsilon) ++r.counts[p];
    }
  }
  r.dont_know = static_cast<int>(submitted - ratings.size());
  r.dispersion = analysis::DescribeResponses(ratings, options.dispersion);
  const double top = scale.empty() ? 0.0 : scale.back().value;
  r.established = r.dispersion.outcome == analysis::AgreementOutcome::kOk &&
                  r.dispersion.median >= top - kEpsilon;
  return r;
}

// Krippendorff's alpha (ordinal) over the given criteria: observers are the submitted
// respondents, units the criteria, "don't know" is a missing value.
analysis::AlphaResult Alpha(const RatingTable& table, const std::vector<std::string>& criteria,
                            std::size_t observers) {
  analysis::ReliabilityData data(observers, std::vector<std::optional<double>>(criteria.size()));
  for (std::size_t u = 0; u < criteria.size(); ++u) {
    const auto it = table.find(criteria[u]);
    if (it == table.end()) continue;
    for (const auto& [who, rating] : it->second) {
      if (rating) data[who][u] = static_cast<double>(*rating);
    }
  }
  return analysis::KrippendorffAlpha(data, analysis::AlphaMetric::kOrdinal);
}

StrandResult ScoreStrand(const Strand& strand, const std::vector<CriterionResult>& all,
                         const RatingTable& table, std::size_t observers, bool stages,
                         const ScoringOptions& options) {
  StrandResult s;
  s.id = strand.id;
  s.title = strand.title;
  std::vector<std::string> ids;
  bool lower_met = true;
  for (const auto& level : strand.levels) {
    LevelResult l;
    l.id = level.id;
    l.number = level.number;
    l.title = level.title;
    for (const auto& c : all) {
      if (c.strand != strand.id || c.level != level.id) continue;
      ++l.criteria;
      if (c.established) ++l.established;
      ids.push_back(c.id);
    }
    l.share = l.criteria == 0 ? 0.0 : static_cast<double>(l.established) / l.criteria;
    const bool enough = l.criteria > 0 && l.share >= options.level_threshold - kEpsilon;
    l.met = enough && (!stages || lower_met);
    if (stages) {
      lower_met = l.met;
      if (l.met) s.level_attained = l.number;
    }
    s.levels.push_back(l);
  }
  s.alpha = Alpha(table, ids, observers);
  s.agreement = analysis::DescribeAlpha(s.alpha);
  return s;
}

// Perception gaps: a sector counts when at least min_group_size submitted respondents belong to
// it, and its median on a criterion only when at least min_group_size of them rated it.
std::vector<PerceptionGap> Gaps(const std::vector<const Respondent*>& submitted,
                                const std::vector<CriterionResult>& criteria,
                                const RatingTable& table, const ScoringOptions& options) {
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < submitted.size(); ++i) groups[submitted[i]->sector].push_back(i);
  std::vector<PerceptionGap> gaps;
  for (const auto& c : criteria) {
    PerceptionGap gap;
    gap.criterion = c.id;
    gap.statement = c.statement;
    for (const auto& [sector, members] : groups) {
      if (static_cast<int>(members.size()) < options.min_group_size) continue;
      const auto ratings = RatingsOf(table, c.id, &members);
      if (static_cast<int>(ratings.size()) < options.min_group_size) continue;
      const auto d = analysis::DescribeResponses(ratings, options.dispersion);
      gap.sectors.push_back({sector, d.median, static_cast<int>(ratings.size())});
    }
    if (gap.sectors.size() < 2) continue;
    const auto [low, high] = std::minmax_element(
        gap.sectors.begin(), gap.sectors.end(),
        [](const SectorMedian& a, const SectorMedian& b) { return a.median < b.median; });
    gap.gap = high->median - low->median;
    if (gap.gap > kEpsilon) gaps.push_back(std::move(gap));
  }
  // methods.md: ties break by unit id. Gaps are differences of medians of whole ratings, so
  // multiples of 0.5 and exact in floating point: equal gaps compare equal.
  std::sort(gaps.begin(), gaps.end(), [](const PerceptionGap& a, const PerceptionGap& b) {
    if (a.gap != b.gap) return a.gap > b.gap;
    return a.criterion < b.criterion;
  });
  return gaps;
}

std::vector<SectorGroup> Sectors(const std::vector<Respondent>& respondents, int min_group) {
  const auto labels = SectorLabels(respondents, min_group);
  std::map<std::string, int> counts;
  for (const auto& r : respondents) {
    if (!IsSubmitted(r)) continue;
    const auto label = labels.find(r.sector);
    if (label != labels.end() && !label->second.empty()) ++counts[label->second];
  }
  std::vector<SectorGroup> out;
  for (const auto& [label, n] : counts) {
    if (label != kSmallSectorsLabel) out.push_back({label, n});
  }
  if (const auto small = counts.find(kSmallSectorsLabel); small != counts.end()) {
    out.push_back({small->first, small->second});
  }
  return out;
}

}  // namespace

std::map<std::string, std::string> SectorLabels(const std::vector<Respondent>& respondents,
                                                int min_group_size) {
  std::map<std::string, int> counts;
  for (const auto& r : respondents) {
    if (IsSubmitted(r)) ++counts[r.sector];
  }
  int pooled = 0;
  std::vector<std::pair<int, std::string>> alone;  // (size, sector): the smallest first
  for (const auto& [sector, n] : counts) {
    if (n >= min_group_size) {
      alone.emplace_back(n, sector);
    } else {
      pooled += n;
    }
  }
  std::sort(alone.begin(), alone.end());
  std::set<std::string> joined;  // sectors added to the pool so that it reaches the minimum
  for (const auto& [n, sector] : alone) {
    if (pooled == 0 || pooled >= min_group_size) break;
    pooled += n;
    joined.insert(sector);
  }
  const std::string pool = pooled >= min_group_size ? kSmallSectorsLabel : "";
  std::map<std::string, std::string> labels;
  for (const auto& [sector, n] : counts) {
    labels[sector] = n >= min_group_size && joined.count(sector) == 0 ? sector : pool;
  }
  return labels;
}

std::string ShownSector(const std::vector<Respondent>& respondents, const std::string& sector,
                        int min_group_size) {
  const auto labels = SectorLabels(respondents, min_group_size);
  const auto it = labels.find(sector);
  return it == labels.end() ? std::string() : it->second;
}

std::string WithheldReason(int min_group_size) {
  const std::string n = std::to_string(min_group_size);
  return "The ratings of each criterion are not shown while fewer than " + n +
         " respondents have submitted their answers: with so few answers they could show how "
         "each person answered. They appear once " +
         n + " or more have submitted.";
}

RoundResults ScoreRound(const Framework& framework, const AssessmentRound& round,
                        const std::vector<Respondent>& respondents,
                        const std::vector<Answer>& answers, const ScoringOptions& options) {
  RoundResults results;
  results.invited = static_cast<int>(respondents.size());
  results.stages = framework.level_kind == LevelKind::kStage;
  results.scale = framework.scale.empty() ? DefaultScale() : framework.scale;
  std::vector<const Respondent*> submitted;
  for (const auto& r : respondents) {
    if (IsSubmitted(r)) submitted.push_back(&r);
  }
  results.submitted = static_cast<int>(submitted.size());
  results.min_group_size = options.min_group_size;
  results.distribution_withheld = results.submitted < options.min_group_size;
  const RatingTable table = Ratings(submitted, answers);
  const auto scored = RoundCriteria(framework, round);
  std::vector<std::string> all_ids;
  for (const auto& sc : scored) {
    results.criteria.push_back(ScoreCriterion(sc, table, results.scale, submitted.size(), options));
    all_ids.push_back(sc.criterion->id);
  }
  for (const auto& strand : framework.strands) {
    if (std::find(round.strands.begin(), round.strands.end(), strand.id) == round.strands.end())
      continue;
    results.strands.push_back(
        ScoreStrand(strand, results.criteria, table, submitted.size(), results.stages, options));
  }
  results.overall_alpha = Alpha(table, all_ids, submitted.size());
  results.overall_agreement = analysis::DescribeAlpha(results.overall_alpha);
  results.sectors = Sectors(respondents, options.min_group_size);
  results.gaps = Gaps(submitted, results.criteria, table, options);
  const auto listed = static_cast<std::size_t>(std::max(options.max_gaps, 0));
  if (results.gaps.size() > listed) {
    if (listed > 0) {
      const double last = results.gaps[listed - 1].gap;
      results.gaps_more_tied = static_cast<int>(
          std::count_if(results.gaps.begin() + static_cast<std::ptrdiff_t>(listed),
                        results.gaps.end(), [&](const PerceptionGap& g) { return g.gap == last; }));
    }
    results.gaps.resize(listed);
  }
  for (std::size_t i = 0; i < scored.size(); ++i) {
    if (results.criteria[i].established) continue;
    UnmetCriterion u;
    u.id = scored[i].criterion->id;
    u.statement = scored[i].criterion->statement;
    u.strand_title = scored[i].strand->title;
    u.level_title = scored[i].level->title;
    u.ideas = IdeasForCriterion(framework, u.id);
    results.unmet.push_back(std::move(u));
  }
  return results;
}

Comparison CompareRounds(const RoundResults& previous, RoundId previous_id,
                         const RoundResults& current) {
  Comparison c;
  c.previous = previous_id;
  for (const auto& s : current.strands) {
    for (const auto& p : previous.strands) {
      if (p.id == s.id) c.strands.push_back({s.id, s.title, p.level_attained, s.level_attained});
    }
  }
  if (previous.distribution_withheld || current.distribution_withheld) {
    c.criteria_withheld = true;
    return c;
  }
  std::map<std::string, const CriterionResult*> before;
  for (const auto& r : previous.criteria) {
    if (r.dispersion.outcome == analysis::AgreementOutcome::kOk) before[r.id] = &r;
  }
  for (const auto& r : current.criteria) {
    if (r.dispersion.outcome != analysis::AgreementOutcome::kOk) continue;
    const auto it = before.find(r.id);
    if (it == before.end()) continue;
    const double was = it->second->dispersion.median;
    const double now = r.dispersion.median;
    if (now > was + kEpsilon) c.gains.push_back({r.id, r.statement, was, now});
    if (now < was - kEpsilon) c.losses.push_back({r.id, r.statement, was, now});
  }
  return c;
}

}  // namespace lct::domain
