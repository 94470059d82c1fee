// Content of the two shipped frameworks (frameworks/*.yaml): the default toolkit is complete to
// the counts of issue 3 in every cell, its links and crosswalks resolve, its ids are unique and
// stable across versions, and both files survive export and import unchanged. The review of
// issue 18 (sources, levels, crosswalk balance, rating guidance) is in
// framework_content_review_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>

#include "domain/framework.hpp"
#include "domain/framework_lookup.hpp"
#include "domain/framework_validation.hpp"
#include "io/framework_yaml.hpp"
#include "unit/domain/shipped_frameworks.hpp"

namespace lct::domain {
namespace {

struct Shipped {
  const Framework& unesco;
  const Framework& toolkit;
  const FrameworkCatalogue& catalogue;
};

// Loaded once: both files through the same loader a network co-ordinator would use.
Shipped Frameworks() {
  const auto& loaded = testing::Shipped();
  return {loaded.unesco, loaded.toolkit, loaded.catalogue};
}

std::size_t Words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

TEST(ToolkitContentTest, HasThreeStrandsEachAtTheSameThreeLevels) {
  const Framework& toolkit = Frameworks().toolkit;
  EXPECT_EQ(toolkit.id, "toolkit");
  EXPECT_EQ(toolkit.level_kind, LevelKind::kStage);
  EXPECT_EQ(toolkit.scale, DefaultScale());
  EXPECT_EQ(Frameworks().unesco.scale, DefaultScale());
  ASSERT_EQ(toolkit.strands.size(), 3U);
  constexpr std::array<std::string_view, 3> kStrands = {"partnership", "participation",
                                                        "performance"};
  constexpr std::array<std::string_view, 3> kLevelIds = {
      "getting-organised", "shared-understanding", "cycles-of-learning"};
  constexpr std::array<std::string_view, 3> kLevelTitles = {
      "Getting organised", "Towards a shared understanding", "Cycles of learning"};
  for (std::size_t s = 0; s < 3; ++s) {
    EXPECT_EQ(toolkit.strands[s].id, kStrands[s]);
    ASSERT_EQ(toolkit.strands[s].levels.size(), 3U);
    for (std::size_t l = 0; l < 3; ++l) {
      const Level& level = toolkit.strands[s].levels[l];
      EXPECT_EQ(level.number, static_cast<int>(l) + 1);
      EXPECT_EQ(level.id, kLevelIds[l]);
      EXPECT_EQ(level.title, kLevelTitles[l]);
    }
  }
}

TEST(ToolkitContentTest, EveryCellIsCompleteToTheCounts) {
  for (const Strand& strand : Frameworks().toolkit.strands) {
    for (const Level& level : strand.levels) {
      SCOPED_TRACE(strand.id + "/" + level.id);
      const auto live = std::count_if(level.criteria.begin(), level.criteria.end(),
                                      [](const Criterion& c) { return !c.retired; });
      const auto operational =
          std::count_if(level.criteria.begin(), level.criteria.end(),
                        [](const Criterion& c) { return !c.operational.empty(); });
      EXPECT_GE(Words(level.description), 60U);
      EXPECT_LE(Words(level.description), 150U);
      EXPECT_FALSE(level.focus.empty());
      EXPECT_GE(level.questions.size(), 3U);
      EXPECT_GE(live, 5);
      EXPECT_LE(live, 8);
      EXPECT_GE(operational, 2);  // answers_feedback promises at least two per cell
      EXPECT_GE(level.ideas.size(), 3U);
      EXPECT_LE(level.ideas.size(), 6U);
      EXPECT_GE(level.pitfalls.size(), 2U);
      EXPECT_LE(level.pitfalls.size(), 4U);
      // Up to three examples; the cells with no recorded example are checked in
      // framework_content_review_test.cpp.
      EXPECT_LE(level.examples.size(), 3U);
      for (const Criterion& criterion : level.criteria) {
        EXPECT_FALSE(criterion.statement.empty()) << criterion.id;
        EXPECT_FALSE(criterion.evidence.empty()) << criterion.id;
      }
    }
  }
}

TEST(ToolkitContentTest, RecordedExamplesComeOnlyFromPlacesTheSpecNames) {
  const std::set<std::string, std::less<>> places = {
      "Liverpool",  "Sheffield", "Hull", "Swansea",     "Norwich",   "Retford",
      "Birmingham", "Bristol",   "York", "Southampton", "Greenwich", "West Berkshire"};
  for (const Strand& strand : Frameworks().toolkit.strands) {
    for (const Level& level : strand.levels) {
      for (const Example& example : level.examples) {
        if (example.source.kind != ExampleKind::kRecorded) continue;
        SCOPED_TRACE(strand.id + "/" + level.id + ": " + example.place);
        // A place, or a list of places ("A, B and C"), each named in the spec.
        std::string names = example.place;
        std::replace(names.begin(), names.end(), ',', '|');
        for (std::size_t at = names.find(" and "); at != std::string::npos;
             at = names.find(" and ")) {
          names.replace(at, 5, "|");
        }
        std::istringstream parts(names);
        for (std::string name; std::getline(parts, name, '|');) {
          name.erase(0, name.find_first_not_of(' '));
          EXPECT_TRUE(places.count(name) == 1) << "not a place named in the spec: " << name;
        }
      }
    }
  }
}

TEST(ToolkitContentTest, EveryIdeaLinksToExistingCriteriaOfItsOwnCell) {
  const Framework& toolkit = Frameworks().toolkit;
  for (const Strand& strand : toolkit.strands) {
    for (const Level& level : strand.levels) {
      for (const Idea& idea : level.ideas) {
        EXPECT_FALSE(idea.criteria.empty()) << idea.id;
        for (const std::string& id : idea.criteria) {
          const auto found = LocateCriterion(toolkit, id);
          ASSERT_TRUE(found.has_value()) << idea.id << " -> " << id;
          EXPECT_FALSE(found->criterion->retired) << idea.id << " -> " << id;
          EXPECT_EQ(found->level, &level) << idea.id << " -> " << id;
        }
      }
      // An unmet criterion seeds the action plan with its ideas, so each needs at least one.
      for (const Criterion& criterion : level.criteria) {
        if (criterion.retired) continue;  // not asked, so never unmet
        EXPECT_FALSE(IdeasForCriterion(toolkit, criterion.id).empty()) << criterion.id;
      }
    }
  }
}

TEST(ToolkitContentTest, EveryCriterionCrosswalksToUnescoAreasThatExist) {
  const Shipped shipped = Frameworks();
  for (const CriterionRef& ref : AllCriteria(shipped.toolkit)) {
    SCOPED_TRACE(ref.criterion->id);
    const auto link =
        std::find_if(ref.criterion->crosswalk.begin(), ref.criterion->crosswalk.end(),
                     [](const CrosswalkLink& l) { return l.framework == "unesco-key-features"; });
    ASSERT_NE(link, ref.criterion->crosswalk.end());
    EXPECT_FALSE(link->items.empty());
    for (const std::string& item : link->items) {
      const auto target = FindCrosswalkTarget(shipped.unesco, item);
      ASSERT_TRUE(target.has_value()) << item;
      EXPECT_NE(target->level, nullptr) << item << " should name an area";
      EXPECT_EQ(target->criterion, nullptr) << item << " should name an area";
    }
  }
}

TEST(ToolkitContentTest, OneSelfAssessmentCanReportByUnescoArea) {
  const Shipped shipped = Frameworks();
  const auto monitoring = CriteriaCrosswalkedTo(shipped.toolkit, shipped.unesco, "G5");
  const auto by_path = CriteriaCrosswalkedTo(shipped.toolkit, shipped.unesco, "guidelines/G5");
  EXPECT_EQ(monitoring, by_path);
  EXPECT_TRUE(std::any_of(monitoring.begin(), monitoring.end(),
                          [](const Criterion* c) { return c->id == "performance-1.3"; }));
  EXPECT_TRUE(CriteriaCrosswalkedTo(shipped.toolkit, shipped.unesco, "9.9").empty());
}

TEST(ToolkitContentTest, HasEveryOptionalSection) {
  const Framework& toolkit = Frameworks().toolkit;
  EXPECT_EQ(toolkit.common_agendas.size(), 5U);
  EXPECT_GE(toolkit.stakeholders.types.size(), 14U);
  EXPECT_EQ(toolkit.stakeholders.roles.size(), 8U);
  EXPECT_GE(toolkit.first_steps.size(), 5U);
  EXPECT_EQ(toolkit.benchmarking.steps.size(), 6U);
  for (const FlowStep& step : toolkit.benchmarking.steps) EXPECT_FALSE(step.check.empty());
  EXPECT_EQ(toolkit.value_chain.dimensions.size(), 5U);
  EXPECT_EQ(toolkit.plan_template.years, 3);
  std::set<std::string, std::less<>> fields;
  for (const GuideItem& field : toolkit.plan_template.fields) fields.insert(field.id);
  for (const char* wanted :
       {"plan-strand", "plan-current-level", "plan-evidence", "plan-objectives", "plan-actions",
        "plan-owners", "plan-indicators", "plan-review-dates"}) {
    EXPECT_EQ(fields.count(wanted), 1U) << wanted;
  }
  EXPECT_FALSE(toolkit.plan_template.annual_review.empty());
  EXPECT_GE(toolkit.exercises.size(), 5U);
  EXPECT_FALSE(toolkit.review_calendar.empty());
}

// Section 4 of spec/toolkit-framework.md: every complaint from the 1999 field test is answered.
TEST(ToolkitContentTest, AnswersEveryComplaintOfTheFieldTest) {
  const Framework& toolkit = Frameworks().toolkit;
  std::set<std::string, std::less<>> answered;
  for (const FeedbackAnswer& answer : toolkit.answers_feedback) {
    EXPECT_FALSE(answer.refs.empty()) << answer.id;
    answered.insert(answer.id);
  }
  for (const char* complaint :
       {"feedback-checklists", "feedback-question-sets", "feedback-flowcharts", "feedback-prompts",
        "feedback-evaluation-exercises", "feedback-work-pack", "feedback-operational",
        "feedback-overlapping-partnerships", "feedback-evaluation-late", "feedback-momentum",
        "feedback-local-structures", "feedback-scaffolding"}) {
    EXPECT_EQ(answered.count(complaint), 1U) << complaint;
  }
}

// Every id of a framework names one thing: strands, criteria, ideas, pitfalls, section entries.
std::vector<std::string> AllIds(const Framework& framework) {
  std::vector<std::string> ids;
  const auto add_items = [&ids](const std::vector<GuideItem>& items) {
    for (const GuideItem& item : items) ids.push_back(item.id);
  };
  for (const Strand& strand : framework.strands) {
    ids.push_back(strand.id);
    for (const Level& level : strand.levels) {
      for (const Criterion& criterion : level.criteria) ids.push_back(criterion.id);
      for (const Idea& idea : level.ideas) ids.push_back(idea.id);
      for (const Pitfall& pitfall : level.pitfalls) ids.push_back(pitfall.id);
    }
  }
  add_items(framework.common_agendas);
  add_items(framework.stakeholders.types);
  add_items(framework.stakeholders.roles);
  add_items(framework.first_steps);
  for (const FlowStep& step : framework.benchmarking.steps) ids.push_back(step.id);
  add_items(framework.value_chain.dimensions);
  add_items(framework.plan_template.fields);
  add_items(framework.plan_template.annual_review);
  add_items(framework.exercises);
  add_items(framework.review_calendar);
  for (const FeedbackAnswer& answer : framework.answers_feedback) ids.push_back(answer.id);
  return ids;
}

TEST(FrameworkContentTest, IdsAreUniqueInBothFrameworks) {
  for (const Framework* framework : {&Frameworks().toolkit, &Frameworks().unesco}) {
    const std::vector<std::string> ids = AllIds(*framework);
    const std::set<std::string> unique(ids.begin(), ids.end());
    EXPECT_EQ(unique.size(), ids.size()) << framework->id;
    EXPECT_TRUE(ValidateFramework(*framework, &Frameworks().catalogue).empty()) << framework->id;
  }
}

// The criterion ids of toolkit version 1, frozen: a later version may retire any of them but must
// keep every one, so assessments made against version 1 stay readable.
constexpr std::array<std::string_view, 64> kToolkitVersion1Criteria = {
    "partnership-1.1",   "partnership-1.2",   "partnership-1.3",   "partnership-1.4",
    "partnership-1.5",   "partnership-1.6",   "partnership-1.7",   "partnership-1.8",
    "partnership-2.1",   "partnership-2.2",   "partnership-2.3",   "partnership-2.4",
    "partnership-2.5",   "partnership-2.6",   "partnership-2.7",   "partnership-3.1",
    "partnership-3.2",   "partnership-3.3",   "partnership-3.4",   "partnership-3.5",
    "partnership-3.6",   "partnership-3.7",   "participation-1.1", "participation-1.2",
    "participation-1.3", "participation-1.4", "participation-1.5", "participation-1.6",
    "participation-1.7", "participation-2.1", "participation-2.2", "participation-2.3",
    "participation-2.4", "participation-2.5", "participation-2.6", "participation-2.7",
    "participation-3.1", "participation-3.2", "participation-3.3", "participation-3.4",
    "participation-3.5", "participation-3.6", "participation-3.7", "performance-1.1",
    "performance-1.2",   "performance-1.3",   "performance-1.4",   "performance-1.5",
    "performance-1.6",   "performance-1.7",   "performance-2.1",   "performance-2.2",
    "performance-2.3",   "performance-2.4",   "performance-2.5",   "performance-2.6",
    "performance-2.7",   "performance-3.1",   "performance-3.2",   "performance-3.3",
    "performance-3.4",   "performance-3.5",   "performance-3.6",   "performance-3.7"};

TEST(ToolkitContentTest, KeepsEveryCriterionIdOfVersion1) {
  const Framework& toolkit = Frameworks().toolkit;
  for (const std::string_view id : kToolkitVersion1Criteria) {
    EXPECT_NE(FindCriterion(toolkit, id), nullptr) << id;
  }
}

TEST(ToolkitContentTest, ANextVersionMayRetireButNotDropOrReviveCriteria) {
  const Framework& v1 = Frameworks().toolkit;  // the shipped version, whatever its number
  Framework v2 = v1;
  v2.version = v1.version + 1;
  Criterion& first = v2.strands[0].levels[0].criteria[0];
  first.retired = true;
  EXPECT_TRUE(CheckNewVersion(v1, v2).empty());

  Framework v3 = v2;
  v3.version = v2.version + 1;
  v3.strands[0].levels[0].criteria[0].retired = false;
  ASSERT_EQ(CheckNewVersion(v2, v3).size(), 1U);

  Framework dropped = v2;
  auto& criteria = dropped.strands[2].levels[2].criteria;
  criteria.erase(criteria.begin());
  ASSERT_EQ(CheckNewVersion(v1, dropped).size(), 1U);
  EXPECT_EQ(CheckNewVersion(v1, dropped)[0].message(),
            "criterion 'performance-3.1' of version " + std::to_string(v1.version) +
                " is missing: retire it (retired: true) instead of removing it");
}

TEST(UnescoContentTest, FollowsTheVerifiedStructureOnly) {
  const Framework& unesco = Frameworks().unesco;
  EXPECT_EQ(unesco.level_kind, LevelKind::kArea);
  EXPECT_EQ(unesco.authored_by, "Learning City Toolkit project");
  EXPECT_TRUE(Contains(unesco.attribution, "is not UNESCO's text"));
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
      {"benefits",
       {"Individual empowerment and social cohesion",
        "Economic development and cultural prosperity", "Sustainable development"}},
      {"building-blocks",
       {"Inclusive learning in the education system",
        "Revitalised learning in families and communities",
        "Effective learning for and in the workplace",
        "Extended use of modern learning technologies", "Enhanced quality in learning",
        "A vibrant culture of learning throughout life"}},
      {"conditions",
       {"Strong political will and commitment", "Governance and participation of all stakeholders",
        "Mobilisation and utilisation of resources"}},
      {"guidelines",
       {"Planning", "Involvement", "Celebration", "Accessibility", "Monitoring and evaluation",
        "Funding"}},
  };
  ASSERT_EQ(unesco.strands.size(), expected.size());
  for (std::size_t s = 0; s < expected.size(); ++s) {
    const Strand& strand = unesco.strands[s];
    EXPECT_EQ(strand.id, expected[s].first);
    ASSERT_EQ(strand.levels.size(), expected[s].second.size()) << strand.id;
    for (std::size_t l = 0; l < strand.levels.size(); ++l) {
      const Level& area = strand.levels[l];
      EXPECT_EQ(area.title, expected[s].second[l]);
      EXPECT_TRUE(Contains(area.source, "UNESCO")) << area.id;
      EXPECT_TRUE(Contains(area.description, "Our reading")) << area.id;  // labelled as ours
      EXPECT_GE(area.criteria.size(), 3U) << area.id;
      for (const Criterion& criterion : area.criteria) {
        EXPECT_EQ(criterion.id.rfind("lct-", 0), 0U) << criterion.id;  // the project's own
      }
    }
  }
}

TEST(FrameworkContentTest, BothFilesSurviveExportAndImportUnchanged) {
  const Shipped shipped = Frameworks();
  for (const Framework* framework : {&shipped.unesco, &shipped.toolkit}) {
    const std::string text = io::WriteFrameworkYaml(*framework);
    const auto back = io::ParseFrameworkYaml(text, framework->id + ".yaml", &shipped.catalogue);
    ASSERT_TRUE(back.ok()) << back.error().ToString();
    EXPECT_EQ(*back, *framework) << framework->id;
    EXPECT_EQ(io::WriteFrameworkYaml(*back), text) << framework->id;
  }
}

}  // namespace
}  // namespace lct::domain
