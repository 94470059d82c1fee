// services/assessment_service, respondent_service, assessment_export and demo_round: opening,
// inviting, answering (drafts, resent forms, links), closing, and the confidentiality rules of
// results and exports (issue 4).
#include "services/assessment_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "domain/assessment_view.hpp"
#include "render/assessment_pages.hpp"
#include "services/assessment_export.hpp"
#include "services/bundled_frameworks.hpp"
#include "services/demo_round.hpp"
#include "services/respondent_service.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "unit/test_support.hpp"
#include "web/assessment_json.hpp"

namespace lct::services {
namespace {

constexpr const char* kToday = "2026-03-01";
constexpr const char* kPlace = "E08000012";

class AssessmentServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::OpenSqliteStore({":memory:", 1, 2000});
    ASSERT_TRUE(opened.ok());
    store_ = std::move(*opened);
    ASSERT_TRUE(ImportBundledFrameworks(*store_).ok());
    domain::Place place;
    place.code = kPlace;
    place.name = "Liverpool";
    place.kind = domain::AreaKind::kMetropolitanDistrict;
    ASSERT_TRUE(store_
                    ->Write([&](store::StoreWriter& w) -> Status {
                      auto id = w.UpsertPlace(place);
                      if (!id) return id.error();
                      return Ok();
                    })
                    .ok());
  }

  domain::AssessmentRound Open(domain::AnswerVisibility visibility,
                               std::vector<std::string> strands = {"partnership"},
                               std::string closes_on = "2026-03-31") {
    OpenRoundRequest request;
    request.place_code = kPlace;
    request.framework = "toolkit";
    request.strands = std::move(strands);
    request.closes_on = std::move(closes_on);
    request.visibility = visibility;
    auto round = OpenRound(*store_, cache_, request, kToday);
    EXPECT_TRUE(round.ok()) << round.error().ToString();
    return *round;
  }

  Invitation Invite(const domain::AssessmentRound& round, const std::string& name,
                    const std::string& sector) {
    InviteRequest request;
    request.round = round.id;
    request.place_code = kPlace;
    request.name = name;
    request.organisation = name + "'s organisation";
    request.sector = sector;
    request.role = "Lead";
    auto invitation = InviteRespondent(*store_, request, kToday);
    EXPECT_TRUE(invitation.ok()) << invitation.error().ToString();
    return *invitation;
  }

  // Answers every partnership level-1 criterion with `rating`, then submits.
  void AnswerLevelOne(const std::string& token, const std::string& rating) {
    auto q = LoadQuestionnaire(*store_, cache_, token, kToday);
    ASSERT_TRUE(q.ok());
    std::vector<AnswerInput> inputs;
    for (const auto& c : q->pages.front().level->criteria) {
      if (c.retired) continue;  // not asked
      inputs.push_back({c.id, rating, "Evidence from " + token.substr(0, 4), "", ""});
    }
    ASSERT_TRUE(
        SaveAnswers(*store_, cache_, token, "partnership", "getting-organised", inputs, kToday)
            .ok());
    ASSERT_TRUE(SubmitAnswers(*store_, token, kToday).ok());
  }

  std::unique_ptr<store::Store> store_;
  FrameworkCache cache_;
};

TEST_F(AssessmentServiceTest, OpeningChecksPlaceFrameworkStrandsAndDate) {
  OpenRoundRequest request;
  request.place_code = kPlace;
  request.framework = "toolkit";
  request.strands = {"nonsense"};
  auto bad_strand = OpenRound(*store_, cache_, request, kToday);
  ASSERT_FALSE(bad_strand.ok());
  EXPECT_EQ(bad_strand.error().location().field, "strands");
  request.strands = {};
  request.closes_on = "2026-02-28";
  auto past = OpenRound(*store_, cache_, request, kToday);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.error().location().field, "closes");
  request.closes_on = "31/03/2026";
  EXPECT_FALSE(OpenRound(*store_, cache_, request, kToday).ok());
  request.closes_on = "";
  auto all = OpenRound(*store_, cache_, request, kToday);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->strands,
            (std::vector<std::string>{"partnership", "participation", "performance"}));
  request.place_code = "E99999999";
  EXPECT_EQ(OpenRound(*store_, cache_, request, kToday).error().code(), ErrorCode::kNotFound);
}

TEST_F(AssessmentServiceTest, AnInvitationGivesAPersonalLinkThatIsStoredOnlyHashed) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  const auto invitation = Invite(round, "Ann", "Education");
  EXPECT_EQ(invitation.path, "/respond/" + invitation.token);
  EXPECT_GE(invitation.token.size(), 43U);  // 256 bits
  EXPECT_FALSE(store_->FindRespondent(invitation.token).ok());
  auto q = LoadQuestionnaire(*store_, cache_, invitation.token, kToday);
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->respondent.name, "Ann");
  EXPECT_TRUE(q->open);
  EXPECT_EQ(q->pages.size(), 3U);  // partnership's three levels
  EXPECT_EQ(q->answered, 0);
  EXPECT_EQ(LoadQuestionnaire(*store_, cache_, "guess", kToday).error().code(),
            ErrorCode::kNotFound);
  InviteRequest unnamed;
  unnamed.round = round.id;
  unnamed.sector = "Education";
  EXPECT_EQ(InviteRespondent(*store_, unnamed, kToday).error().location().field, "name");
  unnamed.name = "Bob";
  unnamed.place_code = "E09000001";  // another place's address
  EXPECT_EQ(InviteRespondent(*store_, unnamed, kToday).error().code(), ErrorCode::kNotFound);
}

// Issue 12: the co-ordinator's page reads respondents through the service, which checks the
// round belongs to the place in the address.
TEST_F(AssessmentServiceTest, RespondentsAreListedOnlyForTheRoundsOwnPlace) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  Invite(round, "Ann", "Education");
  Invite(round, "Bob", "Libraries");
  auto listed = ListRoundRespondents(*store_, kPlace, round.id);
  ASSERT_TRUE(listed.ok()) << listed.error().ToString();
  ASSERT_EQ(listed->size(), 2U);
  EXPECT_EQ(listed->front().name, "Ann");
  EXPECT_EQ(ListRoundRespondents(*store_, "E08000003", round.id).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(
      ListRoundRespondents(*store_, kPlace, domain::RoundId{round.id.value + 99}).error().code(),
      ErrorCode::kNotFound);
}

// Issue 12: the rounds page offers the highest stored version of each framework only.
TEST_F(AssessmentServiceTest, LatestFrameworksGivesTheHighestVersionOfEach) {
  auto records = store_->ListFrameworks();
  ASSERT_TRUE(records.ok());
  std::set<std::string> slugs;
  for (const auto& r : *records) slugs.insert(r.slug);
  domain::FrameworkRecord newer = records->front();  // a second, higher version of one
  const int older = newer.version;
  newer.version = older + 1;
  newer.imported_at.clear();
  ASSERT_TRUE(
      store_->Write([&](store::StoreWriter& w) -> Status { return w.PutFramework(newer); }).ok());
  auto latest = LatestFrameworks(*store_, cache_);
  ASSERT_TRUE(latest.ok()) << latest.error().ToString();
  ASSERT_EQ(latest->size(), slugs.size());
  for (const auto& framework : *latest) {
    auto highest = LoadFramework(*store_, cache_, framework->id, std::nullopt);
    ASSERT_TRUE(highest.ok());
    EXPECT_EQ(framework.get(), highest->get()) << framework->id;  // the same cached version
  }
  auto old = LoadFramework(*store_, cache_, newer.slug, older);
  ASSERT_TRUE(old.ok());
  for (const auto& framework : *latest) EXPECT_NE(framework.get(), old->get());
}

TEST_F(AssessmentServiceTest, ResendingAPageRecordsOneAnswerPerCriterion) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  const auto token = Invite(round, "Ann", "Education").token;
  const std::vector<AnswerInput> inputs = {
      {"partnership-1.1", "3", "Minutes", "https://example.org/a\n\nhttp://example.org/b", "ok"},
      {"partnership-1.4", kDontKnow, "", "", ""},
      {"partnership-1.3", "", "", "", ""},  // nothing chosen: skipped
  };
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(
        SaveAnswers(*store_, cache_, token, "partnership", "getting-organised", inputs, kToday)
            .ok());
    ASSERT_TRUE(SubmitAnswers(*store_, token, kToday).ok());
  }
  auto answers = store_->ListAnswers(round.id);
  ASSERT_TRUE(answers.ok());
  ASSERT_EQ(answers->size(), 2U);
  EXPECT_EQ((*answers)[0].rating, 3);
  EXPECT_EQ((*answers)[0].links,
            (std::vector<std::string>{"https://example.org/a", "http://example.org/b"}));
  EXPECT_EQ((*answers)[1].rating, std::nullopt);
  auto q = LoadQuestionnaire(*store_, cache_, token, kToday);
  EXPECT_EQ(q->answered, 2);
  EXPECT_EQ(q->pages.front().answered, 2);
}

TEST_F(AssessmentServiceTest, BadInputIsRefusedAndChangesNothing) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  const auto token = Invite(round, "Ann", "Education").token;
  const auto save = [&](const AnswerInput& bad, const std::string& level = "getting-organised") {
    std::vector<AnswerInput> inputs = {{"partnership-1.1", "2", "", "", ""}, bad};
    return SaveAnswers(*store_, cache_, token, "partnership", level, inputs, kToday);
  };
  EXPECT_EQ(save({"partnership-1.4", "", "", "javascript:alert(1)", ""}).error().location().field,
            "partnership-1.4-links");
  EXPECT_EQ(save({"partnership-1.4", "", "", "ftp://example.org", ""}).error().location().field,
            "partnership-1.4-links");
  EXPECT_EQ(save({"partnership-1.4", "7", "", "", ""}).error().location().field,
            "partnership-1.4-rating");
  EXPECT_EQ(save({"partnership-2.1", "1", "", "", ""}).error().location().field, "criterion");
  EXPECT_EQ(save({"partnership-1.4", "1", "", "", ""}, "nowhere").error().code(),
            ErrorCode::kNotFound);
  EXPECT_TRUE(store_->ListAnswers(round.id)->empty());
  EXPECT_FALSE(ParseLinks("https:// example.org", "f").ok());
  EXPECT_FALSE(ParseLinks("https:///path", "f").ok());
}

TEST_F(AssessmentServiceTest, AClosedRoundIsReadOnly) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  const auto token = Invite(round, "Ann", "Education").token;
  ASSERT_TRUE(CloseRound(*store_, kPlace, round.id).ok());
  ASSERT_TRUE(CloseRound(*store_, kPlace, round.id).ok());  // closing twice changes nothing
  const std::vector<AnswerInput> inputs = {{"partnership-1.1", "2", "", "", ""}};
  auto save =
      SaveAnswers(*store_, cache_, token, "partnership", "getting-organised", inputs, kToday);
  ASSERT_FALSE(save.ok());
  EXPECT_EQ(save.error().location().field, "round");
  EXPECT_FALSE(SubmitAnswers(*store_, token, kToday).ok());
  auto q = LoadQuestionnaire(*store_, cache_, token, kToday);
  ASSERT_TRUE(q.ok());
  EXPECT_FALSE(q->open);
  InviteRequest late{round.id, kPlace, "Late", "", "Education", ""};
  EXPECT_FALSE(InviteRespondent(*store_, late, kToday).ok());
}

TEST_F(AssessmentServiceTest, ARoundClosesAfterItsClosingDate) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  const auto token = Invite(round, "Ann", "Education").token;
  const std::vector<AnswerInput> inputs = {{"partnership-1.1", "2", "", "", ""}};
  EXPECT_TRUE(
      SaveAnswers(*store_, cache_, token, "partnership", "getting-organised", inputs, "2026-03-31")
          .ok());
  EXPECT_FALSE(
      SaveAnswers(*store_, cache_, token, "partnership", "getting-organised", inputs, "2026-04-01")
          .ok());
}

TEST_F(AssessmentServiceTest, AnonymousResultsAndExportsNeverNameRespondentsOrSmallSectors) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  for (const auto& [name, sector] :
       std::vector<std::pair<std::string, std::string>>{{"Ann Alpha", "Education"},
                                                        {"Bob Beta", "Education"},
                                                        {"Cat Gamma", "Education"},
                                                        {"Dan Delta", "Health"},
                                                        {"Eve Epsilon", "Business"},
                                                        {"Fay Zeta", "Voluntary"}}) {
    AnswerLevelOne(Invite(round, name, sector).token, "3");
  }
  auto report = GetRoundReport(*store_, cache_, kPlace, round.id, kToday);
  ASSERT_TRUE(report.ok()) << report.error().ToString();
  const auto csv = RoundCsv(*report);
  const auto json = web::RoundExportJson(*report);
  const auto results = web::RoundResultsJson(*report);
  const auto view = domain::BuildResultsView(*report);
  EXPECT_FALSE(view.named.has_value());
  for (const std::string& text : {csv, json, results}) {
    for (const char* secret :
         {"Ann Alpha", "Dan Delta", "Alpha's organisation", "Health", "Business", "Voluntary"}) {
      EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in\n" << text.substr(0, 600);
    }
    EXPECT_NE(text.find("Education"), std::string::npos);
    EXPECT_NE(text.find(domain::kSmallSectorsLabel), std::string::npos);
  }
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "round,place,framework,version,respondent,sector,strand,level,criterion,rating,"
            "rating_label,evidence,links,comment");
  for (const auto& [label, count] : view.sectors) EXPECT_NE(label, "Health");
}

TEST_F(AssessmentServiceTest, NamedRoundsShowWhoGaveWhichAnswer) {
  const auto round = Open(domain::AnswerVisibility::kNamed);
  AnswerLevelOne(Invite(round, "Ann Alpha", "Education").token, "3");
  AnswerLevelOne(Invite(round, "Bob Beta", "Health").token, "1");
  Invite(round, "Not Yet", "Education");  // never submits
  auto report = GetRoundReport(*store_, cache_, kPlace, round.id, kToday);
  ASSERT_TRUE(report.ok());
  const auto view = domain::BuildResultsView(*report);
  ASSERT_TRUE(view.named.has_value());
  ASSERT_EQ(view.named->respondents.size(), 2U);
  EXPECT_EQ(view.named->respondents[0], "Ann Alpha (Ann Alpha's organisation)");
  EXPECT_EQ(view.named->rows[0].ratings[0], "Established");
  EXPECT_EQ(view.named->rows[0].ratings[1], "Emerging");
  const auto csv = RoundCsv(*report);
  EXPECT_NE(csv.find("Ann Alpha"), std::string::npos);
  EXPECT_EQ(csv.find("Not Yet"), std::string::npos);  // drafts are not exported
  // Even named, a sector of fewer than 3 is not shown on its own.
  EXPECT_EQ(csv.find("Health"), std::string::npos);
  EXPECT_NE(web::RoundExportJson(*report).find("Bob Beta"), std::string::npos);
}

TEST_F(AssessmentServiceTest, OpeningInvitingAndClosingAreAuditedWithoutAnswers) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  AnswerLevelOne(Invite(round, "Ann Alpha", "Education").token, "3");
  ASSERT_TRUE(CloseRound(*store_, kPlace, round.id, Actor{std::nullopt, "cli"}).ok());
  domain::AuditQuery query;
  query.place_code = kPlace;
  auto entries = store_->ListAudit(query);
  ASSERT_TRUE(entries.ok());
  std::vector<std::string> actions;
  for (const auto& e : *entries) {
    actions.push_back(e.action);
    EXPECT_EQ(e.entity, "round");
    EXPECT_EQ(e.after_json.find("Ann"), std::string::npos);
    EXPECT_EQ(e.after_json.find("Evidence"), std::string::npos);
  }
  std::sort(actions.begin(), actions.end());
  EXPECT_EQ(actions, (std::vector<std::string>{"round.close", "round.invite", "round.open"}));
}

TEST_F(AssessmentServiceTest, ResultsCompareWithThePreviousClosedRound) {
  const auto first = Open(domain::AnswerVisibility::kAnonymous);
  for (const char* name : {"A", "B", "C"})
    AnswerLevelOne(Invite(first, name, "Education").token, "2");
  ASSERT_TRUE(CloseRound(*store_, kPlace, first.id).ok());
  const auto second = Open(domain::AnswerVisibility::kAnonymous);
  for (const char* name : {"D", "E", "F"})
    AnswerLevelOne(Invite(second, name, "Education").token, "3");
  auto report = GetRoundReport(*store_, cache_, kPlace, second.id, kToday);
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->results.comparison.has_value());
  EXPECT_EQ(report->results.comparison->previous, first.id);
  EXPECT_FALSE(report->results.comparison->fixed);  // the second round is still open
  EXPECT_FALSE(report->results.comparison->gains.empty());
  EXPECT_TRUE(report->results.comparison->losses.empty());
  EXPECT_EQ(report->results.strands[0].level_attained, 1);
  auto earlier = GetRoundReport(*store_, cache_, kPlace, first.id, kToday);
  ASSERT_TRUE(earlier.ok());
  EXPECT_FALSE(earlier->results.comparison.has_value());
  EXPECT_EQ(GetRoundReport(*store_, cache_, "E09000001", second.id, kToday).error().code(),
            ErrorCode::kNotFound);
}

// Issue 18: a round opened at operational depth asks only the criteria with an operational
// wording, in that wording; the depth is stored, audited and keeps it apart from strategic rounds.
TEST_F(AssessmentServiceTest, AnOperationalRoundAsksTheOperationalWording) {
  OpenRoundRequest request;
  request.place_code = kPlace;
  request.framework = "toolkit";
  request.strands = {"partnership"};
  request.depth = domain::RoundDepth::kOperational;
  auto round = OpenRound(*store_, cache_, request, kToday);
  ASSERT_TRUE(round.ok()) << round.error().ToString();
  EXPECT_EQ(round->depth, domain::RoundDepth::kOperational);
  auto full = LoadFramework(*store_, cache_, "toolkit");
  ASSERT_TRUE(full.ok());
  const auto& strategic = (*full)->strands.front().levels.front().criteria;
  auto q = LoadQuestionnaire(*store_, cache_, Invite(*round, "A", "Education").token, kToday);
  ASSERT_TRUE(q.ok());
  const auto& asked = q->pages.front().level->criteria;
  ASSERT_FALSE(asked.empty());
  EXPECT_LT(asked.size(), strategic.size());
  for (const auto& c : asked) {
    const auto same = std::find_if(strategic.begin(), strategic.end(),
                                   [&](const domain::Criterion& s) { return s.id == c.id; });
    ASSERT_NE(same, strategic.end());
    EXPECT_FALSE(same->operational.empty());
    EXPECT_EQ(c.statement, same->operational);
  }
  // A strategic criterion is not part of this round: answering it is refused.
  const auto strategic_only =
      std::find_if(strategic.begin(), strategic.end(),
                   [](const domain::Criterion& c) { return c.operational.empty(); });
  ASSERT_NE(strategic_only, strategic.end());
  EXPECT_FALSE(SaveAnswers(*store_, cache_, Invite(*round, "B", "Health").token, "partnership",
                           "getting-organised", {{strategic_only->id, "2", "", "", ""}}, kToday)
                   .ok());
  domain::AuditQuery query;
  query.place_code = kPlace;
  auto log = store_->ListAudit(query);
  ASSERT_TRUE(log.ok());
  EXPECT_TRUE(std::any_of(log->begin(), log->end(), [](const domain::AuditEntry& e) {
    return e.action == "round.open" &&
           e.after_json.find(R"("depth":"operational")") != std::string::npos;
  }));
}

TEST_F(AssessmentServiceTest, AFrameworkWithoutOperationalWordingIsOpenedOnlyAtStrategicDepth) {
  OpenRoundRequest request;
  request.place_code = kPlace;
  request.framework = "unesco-key-features";
  request.depth = domain::RoundDepth::kOperational;
  auto refused = OpenRound(*store_, cache_, request, kToday);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().location().field, "depth");
  EXPECT_NE(refused.error().message().find("no operational criteria"), std::string::npos);
  auto rounds = ListPlaceRounds(*store_, kPlace);
  ASSERT_TRUE(rounds.ok());
  EXPECT_TRUE(rounds->empty());  // nothing stored
  request.depth = domain::RoundDepth::kStrategic;
  EXPECT_TRUE(OpenRound(*store_, cache_, request, kToday).ok());
}

// Issue 11: anonymous exports named respondents by their invitation number, which the
// co-ordinator's list shows beside each name. Now each carries a random pseudonym, and rows are
// in pseudonym order, not invitation order.
TEST_F(AssessmentServiceTest, Issue11AnonymousExportsUseAPseudonymNotTheInvitationNumber) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  for (const char* name : {"Ann", "Bob", "Cat", "Dan"}) {
    AnswerLevelOne(Invite(round, name, "Education").token, "2");
  }
  auto report = GetRoundReport(*store_, cache_, kPlace, round.id, kToday);
  ASSERT_TRUE(report.ok());
  const auto csv = RoundCsv(*report);
  std::vector<std::string> labels;
  std::size_t at = csv.find("\r\n") + 2;
  while (at < csv.size()) {
    const std::size_t end = csv.find("\r\n", at);
    const std::string line = csv.substr(at, end - at);
    std::size_t field = 0;
    for (int i = 0; i < 4; ++i) field = line.find(',', field) + 1;  // round,place,framework,version
    labels.push_back(line.substr(field, line.find(',', field) - field));
    at = end + 2;
  }
  ASSERT_EQ(labels.size(), 4U * 8U);
  EXPECT_TRUE(std::is_sorted(labels.begin(), labels.end()));
  std::set<std::string> distinct(labels.begin(), labels.end());
  EXPECT_EQ(distinct.size(), 4U);
  for (const auto& label : distinct) {
    EXPECT_TRUE(std::regex_match(label, std::regex("P[0-9A-F]{8}"))) << label;
  }
  std::set<std::string> stored;
  auto respondents = store_->ListRespondents(round.id);
  ASSERT_TRUE(respondents.ok());
  for (const auto& r : *respondents) stored.insert(r.pseudonym);
  EXPECT_EQ(distinct, stored);
  const auto json = web::RoundExportJson(*report);
  for (const auto& label : distinct) EXPECT_NE(json.find("\"" + label + "\""), std::string::npos);
  EXPECT_EQ(json.find("\"respondent\": 1,"), std::string::npos);
}

// Issue 11: with fewer than three submitted respondents, no per-criterion distribution is shown
// anywhere (the page says why), and an anonymous round's answers are not exported.
TEST_F(AssessmentServiceTest, Issue11FewerThanThreeRespondentsShowNoDistribution) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  AnswerLevelOne(Invite(round, "Ann", "Education").token, "3");
  AnswerLevelOne(Invite(round, "Bob", "Education").token, "1");
  auto report = GetRoundReport(*store_, cache_, kPlace, round.id, kToday);
  ASSERT_TRUE(report.ok());
  const auto results = web::RoundResultsJson(*report);
  EXPECT_EQ(results.find("\"median\": 2"), std::string::npos);
  EXPECT_EQ(results.find("\"1\": 1"), std::string::npos) << results.substr(0, 2000);
  EXPECT_NE(results.find("fewer than 3 respondents"), std::string::npos);
  const auto csv = RoundCsv(*report);
  EXPECT_EQ(csv.find("partnership-1.1"), std::string::npos);
  const auto exported = web::RoundExportJson(*report);
  EXPECT_EQ(exported.find("partnership-1.1"), std::string::npos);
  EXPECT_NE(exported.find("\"answers_withheld\": \"The ratings"), std::string::npos);
  const auto view = domain::BuildResultsView(*report);
  auto page = render::RoundResultsPage({&view, false, false});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->find("ratings per criterion"), std::string::npos);
  EXPECT_NE(page->find("fewer than 3 respondents"), std::string::npos);
}

// Issue 11: a closed round's comparison is fixed when it closes; closing an older round later
// does not change it.
TEST_F(AssessmentServiceTest, Issue11ClosingAnOlderRoundLaterDoesNotChangeAClosedRound) {
  const auto older = Open(domain::AnswerVisibility::kAnonymous, {"partnership"}, "");
  for (const char* name : {"A", "B", "C"})
    AnswerLevelOne(Invite(older, name, "Education").token, "1");
  const auto newer = Open(domain::AnswerVisibility::kAnonymous, {"partnership"}, "");
  for (const char* name : {"D", "E", "F"})
    AnswerLevelOne(Invite(newer, name, "Education").token, "3");
  ASSERT_TRUE(CloseRound(*store_, kPlace, newer.id).ok());
  auto before = GetRoundReport(*store_, cache_, kPlace, newer.id, kToday);
  ASSERT_TRUE(before.ok());
  EXPECT_FALSE(before->results.comparison.has_value());
  const auto page_before = web::RoundResultsJson(*before);
  ASSERT_TRUE(CloseRound(*store_, kPlace, older.id).ok());
  auto after = GetRoundReport(*store_, cache_, kPlace, newer.id, kToday);
  ASSERT_TRUE(after.ok());
  EXPECT_FALSE(after->results.comparison.has_value());
  EXPECT_TRUE(after->round.comparison_fixed);
  EXPECT_EQ(web::RoundResultsJson(*after), page_before);
}

// The same for rounds closed by their closing dates: a round is compared with what was closed
// by the end of its own closing day.
TEST_F(AssessmentServiceTest, Issue11ARoundClosedByItsDateComparesWithWhatWasClosedThen) {
  const auto earlier = Open(domain::AnswerVisibility::kAnonymous, {"partnership"}, "2026-03-15");
  const auto later = Open(domain::AnswerVisibility::kAnonymous, {"partnership"}, "2026-04-30");
  const auto round = Open(domain::AnswerVisibility::kAnonymous, {"partnership"}, "2026-03-31");
  for (const auto& r : {earlier, later, round}) {
    for (const char* name : {"A", "B", "C"})
      AnswerLevelOne(Invite(r, name, "Education").token, "2");
  }
  for (const char* day : {"2026-05-01", "2099-01-01"}) {
    auto report = GetRoundReport(*store_, cache_, kPlace, round.id, day);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->results.comparison.has_value()) << day;
    EXPECT_EQ(report->results.comparison->previous, earlier.id) << day;
  }
}

// Issue 11: only rounds that share a strand are compared.
TEST_F(AssessmentServiceTest, Issue11OnlyRoundsThatShareAStrandAreCompared) {
  const auto other = Open(domain::AnswerVisibility::kAnonymous, {"participation"});
  ASSERT_TRUE(CloseRound(*store_, kPlace, other.id).ok());
  const auto round = Open(domain::AnswerVisibility::kAnonymous, {"partnership"});
  auto report = GetRoundReport(*store_, cache_, kPlace, round.id, kToday);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->results.comparison.has_value());
  const auto both = Open(domain::AnswerVisibility::kAnonymous, {"partnership", "participation"});
  auto shared = GetRoundReport(*store_, cache_, kPlace, both.id, kToday);
  ASSERT_TRUE(shared.ok());
  ASSERT_TRUE(shared->results.comparison.has_value());
  EXPECT_EQ(shared->results.comparison->previous, other.id);
}

// Issue 11: a comparison with the demo's round carries its label on the page and in JSON.
TEST_F(AssessmentServiceTest, Issue11AComparisonWithTheDemoRoundIsLabelledIllustrative) {
  ASSERT_TRUE(LoadDemoRound(*store_).ok());
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  for (const char* name : {"A", "B", "C"})
    AnswerLevelOne(Invite(round, name, "Education").token, "3");
  auto report = GetRoundReport(*store_, cache_, kPlace, round.id, kToday);
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->results.comparison.has_value());
  EXPECT_NE(web::RoundResultsJson(*report).find(kIllustrativeLabel), std::string::npos);
  const auto view = domain::BuildResultsView(*report);
  auto page = render::RoundResultsPage({&view, false, false});
  ASSERT_TRUE(page.ok());
  const auto section = page->substr(page->find("id=\"h-change\""));
  EXPECT_NE(section.find(kIllustrativeLabel), std::string::npos);
}

TEST(DemoRound, TheDemoNetworkHasOneClosedIllustrativeRoundForLiverpool) {
  auto& store = lct::testing::DemoStore();
  auto rounds = store.ListRounds(kDemoRoundPlace);
  ASSERT_TRUE(rounds.ok());
  ASSERT_EQ(rounds->size(), 1U);
  const auto& round = rounds->front();
  EXPECT_TRUE(round.illustrative);
  EXPECT_FALSE(round.closed_at.empty());
  EXPECT_EQ(store.ListRespondents(round.id)->size(), 8U);
  FrameworkCache cache;
  auto report = GetRoundReport(store, cache, kDemoRoundPlace, round.id, kToday);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->results.submitted, 8);
  EXPECT_NE(RoundCsv(*report).find(kIllustrativeLabel), std::string::npos);
  EXPECT_NE(web::RoundResultsJson(*report).find(kIllustrativeLabel), std::string::npos);
  auto again = LoadDemoRound(store);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again);  // loading twice adds nothing
}

}  // namespace
}  // namespace lct::services
