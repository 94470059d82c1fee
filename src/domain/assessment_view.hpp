// Read models of self-assessment rounds for pages (issue 4): what the results page, the list of
// a place's rounds and the respondent's questionnaire show, already reduced by the
// confidentiality rules; render only lays them out. The results page's model is built here from
// a scored round (BuildResultsView); services fill in the list and the questionnaire from the
// store.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/assessment_round.hpp"
#include "domain/assessment_scoring.hpp"
#include "domain/framework.hpp"
#include "domain/round_report.hpp"

namespace lct::domain {

struct RoundListItem {
  AssessmentRound round;
  std::string framework_title;
  bool open = false;
  int invited = 0;
  int submitted = 0;
};

struct CriterionView {
  std::string id;
  std::string statement;
  std::vector<int> counts;  // per scale point, in scale order
  int dont_know = 0;
  int ratings = 0;
  std::optional<double> median;
  std::optional<double> iqr;
  bool consensus = false;
  bool established = false;
};

struct LevelView {
  std::string id;
  int number = 0;
  std::string title;
  int criteria = 0;
  int established = 0;
  double share = 0.0;
  bool met = false;
  std::vector<CriterionView> items;
};

struct StrandView {
  std::string id;
  std::string title;
  int level_attained = 0;
  std::string level_attained_title;  // "" when no level is met
  double share_established = 0.0;    // of all the strand's criteria
  std::optional<double> alpha;       // when defined
  std::string agreement;             // plain words
  std::vector<LevelView> levels;
};

struct SectorMedianView {
  std::string sector;
  double median = 0.0;
};

struct GapView {
  std::string criterion;
  std::string statement;
  double gap = 0.0;
  std::vector<SectorMedianView> sectors;
};

struct ChangeView {
  std::string criterion;
  std::string statement;
  double before = 0.0;
  double after = 0.0;
};

struct LevelChangeView {
  std::string strand;
  int before = 0;
  int after = 0;
};

struct UnmetView {
  std::string id;
  std::string statement;
  std::string where;  // "Partnership, Getting organised"
  std::vector<Idea> ideas;
};

// Who gave which rating; present only for a round opened with named answers.
struct NamedAnswersView {
  std::vector<std::string> respondents;  // "Name (Organisation)"
  struct Row {
    std::string criterion;
    std::vector<std::string> ratings;  // per respondent: a scale label, "Don't know" or ""
  };
  std::vector<Row> rows;
};

// The round a round is compared with, as the results page names it.
struct ComparisonView {
  RoundId previous;
  std::string previous_opened_on;  // "YYYY-MM-DD"
  std::string previous_closed_on;
  bool previous_illustrative = false;
  bool fixed = false;              // stored when this round closed
  bool criteria_withheld = false;  // criterion gains and losses not listed (too few answers)
};

struct RoundResultsView {
  AssessmentRound round;
  std::string framework_title;
  bool open = false;
  bool stages = true;
  double level_threshold = 0.75;
  int min_group_size = 3;
  int invited = 0;
  int submitted = 0;
  // Too few respondents have submitted: no per-criterion distribution, and why.
  bool distribution_withheld = false;
  std::string withheld_reason;
  std::vector<ScalePoint> scale;
  std::vector<StrandView> strands;
  std::optional<double> overall_alpha;
  std::string overall_agreement;
  std::vector<std::pair<std::string, int>> sectors;  // label, respondents (small groups merged)
  std::vector<GapView> gaps;
  int gaps_more_tied = 0;  // gaps not listed that equal the last one listed
  bool has_comparison = false;
  ComparisonView comparison;
  std::vector<ChangeView> gains;
  std::vector<ChangeView> losses;
  std::vector<LevelChangeView> level_changes;
  std::vector<UnmetView> unmet;
  std::optional<NamedAnswersView> named;
};

// One page of the questionnaire: a strand at one level.
struct QuestionnairePage {
  const Strand* strand = nullptr;  // point into Questionnaire::framework
  const Level* level = nullptr;
  int answered = 0;
  int total = 0;  // the level's criteria that are not retired
};

// A respondent's questionnaire: the round, their answers so far and the pages.
struct Questionnaire {
  AssessmentRound round;
  Respondent respondent;
  bool open = false;  // answers may still be saved
  std::shared_ptr<const Framework> framework;
  std::map<std::string, Answer> answers;  // by criterion id
  std::vector<QuestionnairePage> pages;   // in order
  int answered = 0;
  int total = 0;
};

// What a form sends for one criterion. `rating` is a scale value ("0".."3"), "dont-know", or
// "" when no choice was made; `links` holds one address per line.
struct AnswerInput {
  std::string criterion;
  std::string rating;
  std::string evidence;
  std::string links;
  std::string comment;
};

// The results page's model of a scored round. With a withheld distribution a criterion shows
// only its id, statement and whether it is established; names appear only for a round opened
// with named answers (submitted respondents only).
[[nodiscard]] RoundResultsView BuildResultsView(const RoundReport& report,
                                                const ScoringOptions& options = {});

}  // namespace lct::domain
