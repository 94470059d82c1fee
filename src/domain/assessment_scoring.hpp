// Scoring a self-assessment round (issue 4): per criterion the distribution, median and
// dispersion; per level the share of criteria established; per strand the level attained by
// the staged rule; agreement (Krippendorff's alpha, ordinal); perception gaps between sectors;
// gains and losses against a previous round; the unmet criteria with their ideas for action.
// A pure function of plain values; docs/self-assessment.md states every rule.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/agreement.hpp"
#include "domain/assessment_round.hpp"
#include "domain/framework.hpp"

namespace lct::domain {

// The settings of the rules (docs/self-assessment.md).
struct ScoringOptions {
  // A level is met when at least this share of its criteria is established (and, for a
  // framework of stages, every lower level of the strand is met).
  double level_threshold = 0.75;
  // The smallest sector group shown on its own anywhere (results, exports, JSON).
  int min_group_size = 3;
  // How many perception gaps to list.
  int max_gaps = 5;
  analysis::DispersionOptions dispersion;
};

// What every page and export shows for a sector whose group is smaller than min_group_size.
inline constexpr const char* kSmallSectorsLabel = "Other sectors (groups too small to show alone)";

struct CriterionResult {
  std::string id;
  std::string statement;
  std::string strand;  // ids
  std::string level;
  std::vector<int> counts;  // per scale point, in scale order
  int dont_know = 0;        // answered "don't know" (or left the rating empty) after submitting
  analysis::Dispersion dispersion;  // of the ratings given
  bool established = false;         // the median is the top point of the scale
};

struct LevelResult {
  std::string id;
  int number = 0;
  std::string title;
  int criteria = 0;
  int established = 0;
  double share = 0.0;  // established / criteria
  bool met = false;
};

struct StrandResult {
  std::string id;
  std::string title;
  std::vector<LevelResult> levels;
  int level_attained = 0;  // the highest level met (0: none yet); stages only
  analysis::AlphaResult alpha;
  std::string agreement;  // analysis::DescribeAlpha
};

// One sector's median on a criterion, for perception gaps.
struct SectorMedian {
  std::string sector;
  double median = 0.0;
  int ratings = 0;
};

struct PerceptionGap {
  std::string criterion;
  std::string statement;
  double gap = 0.0;  // highest sector median minus lowest
  std::vector<SectorMedian> sectors;
};

struct Change {
  std::string criterion;
  std::string statement;
  double before = 0.0;  // medians
  double after = 0.0;
};

struct StrandChange {
  std::string strand;
  std::string title;
  int before = 0;
  int after = 0;
};

// Gains and losses against the comparison round (docs/self-assessment.md). The service fills
// in what CompareRounds cannot know: the previous round's dates and label, and whether the
// choice is fixed.
struct Comparison {
  RoundId previous;
  std::string previous_opened_at;
  std::string previous_closed_on;  // "YYYY-MM-DD": the day of its ClosingMoment
  bool previous_illustrative = false;
  bool fixed = false;  // stored when this round closed; false while it is open
  // Criterion gains and losses are not listed: a round has fewer than min_group_size submitted
  // respondents (the per-criterion distribution is withheld). Levels are still compared.
  bool criteria_withheld = false;
  std::vector<Change> gains;
  std::vector<Change> losses;
  std::vector<StrandChange> strands;
};

struct UnmetCriterion {
  std::string id;
  std::string statement;
  std::string strand_title;
  std::string level_title;
  std::vector<const Idea*> ideas;  // point into the framework passed to ScoreRound
};

// A sector as it may be shown: its own name only when its group is large enough.
struct SectorGroup {
  std::string label;
  int respondents = 0;
};

struct RoundResults {
  int invited = 0;
  int submitted = 0;  // the respondents whose answers count
  // Fewer than min_group_size respondents submitted: no output shows the per-criterion
  // distribution (counts, median, quartiles, consensus), since so few answers could show how
  // each person answered. The figures are still computed: levels are built on them.
  bool distribution_withheld = false;
  int min_group_size = 3;  // the ScoringOptions value these results were scored with
  bool stages = true;      // the framework's levels are stages (a level attained makes sense)
  std::vector<ScalePoint> scale;
  std::vector<StrandResult> strands;
  analysis::AlphaResult overall_alpha;
  std::string overall_agreement;
  std::vector<CriterionResult> criteria;  // in framework order
  std::vector<SectorGroup> sectors;       // groups under min_group_size merged into one
  std::vector<PerceptionGap> gaps;        // the largest first; equal gaps by criterion id
  int gaps_more_tied = 0;                 // gaps not listed that equal the last one listed
  std::vector<UnmetCriterion> unmet;
  std::optional<Comparison> comparison;
};

// Scores `round` from `answers` of `respondents`: only submitted respondents count, only
// non-retired criteria of the round's strands are scored. `framework` must be the round's
// framework version; strands it lacks are skipped.
[[nodiscard]] RoundResults ScoreRound(const Framework& framework, const AssessmentRound& round,
                                      const std::vector<Respondent>& respondents,
                                      const std::vector<Answer>& answers,
                                      const ScoringOptions& options = {});

// Gains and losses of `current` against `previous` (criteria matched by id; strand levels).
// Criterion gains and losses are left empty (criteria_withheld) when either round withholds
// its distribution.
[[nodiscard]] Comparison CompareRounds(const RoundResults& previous, RoundId previous_id,
                                       const RoundResults& current);

// The label each submitted respondent's sector may be shown under (docs/self-assessment.md):
// the sector itself when at least min_group_size submitted respondents share it, else
// kSmallSectorsLabel. The pooled group must itself reach min_group_size: when it would be
// smaller, the smallest sectors shown alone (equal sizes in name order) join it until it does.
// With fewer than min_group_size submitted respondents in all, every label is "" (not shown).
// Keyed by sector; sectors of respondents who have not submitted are absent.
[[nodiscard]] std::map<std::string, std::string> SectorLabels(
    const std::vector<Respondent>& respondents, int min_group_size);

// SectorLabels for one sector ("" for a sector no submitted respondent has).
[[nodiscard]] std::string ShownSector(const std::vector<Respondent>& respondents,
                                      const std::string& sector, int min_group_size);

// Why a round withholds its per-criterion distribution (RoundResults::distribution_withheld),
// in words for pages, JSON and the command line.
[[nodiscard]] std::string WithheldReason(int min_group_size);

}  // namespace lct::domain
