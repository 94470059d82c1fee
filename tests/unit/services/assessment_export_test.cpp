// services/assessment_export: a round's answers as CSV, with what respondents and co-ordinators
// wrote (evidence, comments, names, sectors) neutralised when a spreadsheet would run it as a
// formula (issue 11, item 3).
#include "services/assessment_export.hpp"

#include <gtest/gtest.h>

#include "services/bundled_frameworks.hpp"
#include "services/respondent_service.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "unit/csv_test_support.hpp"

namespace lct::services {
namespace {

using testing::ExpectNeutralised;
using testing::HostileCells;

constexpr const char* kToday = "2026-03-01";
constexpr const char* kPlace = "E08000012";

class RoundCsvTest : public ::testing::Test {
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

  domain::AssessmentRound Open(domain::AnswerVisibility visibility) {
    OpenRoundRequest request;
    request.place_code = kPlace;
    request.framework = "toolkit";
    request.strands = {"partnership"};
    request.closes_on = "2026-03-31";
    request.visibility = visibility;
    auto round = OpenRound(*store_, cache_, request, kToday);
    EXPECT_TRUE(round.ok()) << round.error().ToString();
    return *round;
  }

  // Invites someone who answers every partnership level-1 criterion with `evidence` and
  // `comment`, then submits.
  void Respond(const domain::AssessmentRound& round, const InviteRequest& who,
               const std::string& evidence, const std::string& comment) {
    InviteRequest request = who;
    request.round = round.id;
    request.place_code = kPlace;
    auto invitation = InviteRespondent(*store_, request, kToday);
    ASSERT_TRUE(invitation.ok()) << invitation.error().ToString();
    auto q = LoadQuestionnaire(*store_, cache_, invitation->token, kToday);
    ASSERT_TRUE(q.ok());
    std::vector<AnswerInput> inputs;
    for (const auto& c : q->pages.front().level->criteria) {
      if (c.retired) continue;  // not asked
      inputs.push_back({c.id, "2", evidence, "https://example.org/minutes", comment});
    }
    ASSERT_TRUE(SaveAnswers(*store_, cache_, invitation->token, "partnership", "getting-organised",
                            inputs, kToday)
                    .ok());
    ASSERT_TRUE(SubmitAnswers(*store_, invitation->token, kToday).ok());
  }

  std::string Csv(const domain::AssessmentRound& round) {
    auto report = GetRoundReport(*store_, cache_, kPlace, round.id, kToday);
    EXPECT_TRUE(report.ok()) << report.error().ToString();
    return report.ok() ? RoundCsv(*report) : std::string();
  }

  std::unique_ptr<store::Store> store_;
  FrameworkCache cache_;
};

TEST_F(RoundCsvTest, ARespondentsHostileEvidenceAndCommentComeOutNeutralised) {
  const auto round = Open(domain::AnswerVisibility::kAnonymous);
  const auto& hostile = HostileCells();
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    // A sector of at least 3, so that it is shown.
    Respond(round, {{}, "", "Respondent " + std::to_string(i), "", "=SUM(A1:A9)", ""}, hostile[i],
            hostile[(i + 1) % hostile.size()] + " comment");
  }
  const std::string csv = Csv(round);
  std::vector<std::string> planted = hostile;
  for (const auto& h : hostile) planted.push_back(h + " comment");
  planted.emplace_back("=SUM(A1:A9)");
  ExpectNeutralised(csv, planted);
}

TEST_F(RoundCsvTest, HostileNamesOrganisationsAndRolesOfANamedRoundComeOutNeutralised) {
  const auto round = Open(domain::AnswerVisibility::kNamed);
  const auto& hostile = HostileCells();
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    Respond(round, {{}, "", hostile[i], "@org " + hostile[i], "Education", "-role"}, "Minutes", "");
  }
  const std::string csv = Csv(round);
  std::vector<std::string> planted = hostile;
  planted.emplace_back("-role");
  ExpectNeutralised(csv, planted);
  // Ratings stay numbers.
  EXPECT_NE(csv.find(",2,"), std::string::npos) << csv;
}

}  // namespace
}  // namespace lct::services
