// The store contract for self-assessment rounds (issue 4), as a typed suite like store_test.cpp:
// every Store implementation runs these.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <regex>
#include <set>

#include "store/migrations.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace lct::store {
namespace {

struct SqliteFileFactory {
  static std::unique_ptr<Store> Make(const std::string& name) {
    const auto path =
        std::filesystem::temp_directory_path() / ("lct-assessment-store-" + name + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    auto store = OpenSqliteStore({path.string(), 4, 2000});
    EXPECT_TRUE(store.ok()) << store.error().ToString();
    return std::move(*store);
  }
};

struct SqliteMemoryFactory {
  static std::unique_ptr<Store> Make(const std::string&) {
    auto store = OpenSqliteStore({":memory:", 4, 2000});
    EXPECT_TRUE(store.ok());
    return std::move(*store);
  }
};

template <typename Factory>
class AssessmentStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    store_ = Factory::Make(std::string(info->name()) + std::to_string(sizeof(Factory)));
    domain::Place place;
    place.code = "E08000012";
    place.name = "Liverpool";
    place.kind = domain::AreaKind::kMetropolitanDistrict;
    domain::FrameworkRecord framework{"toolkit", 1, "Toolkit", "id: toolkit\n", ""};
    ASSERT_TRUE(store_
                    ->Write([&](StoreWriter& w) -> Status {
                      if (auto id = w.UpsertPlace(place); !id) return id.error();
                      return w.PutFramework(framework);
                    })
                    .ok());
  }

  domain::RoundId Open(domain::AnswerVisibility visibility = domain::AnswerVisibility::kAnonymous,
                       domain::RoundDepth depth = domain::RoundDepth::kStrategic) {
    domain::AssessmentRound round;
    round.place_code = "E08000012";
    round.framework = "toolkit";
    round.framework_version = 1;
    round.strands = {"partnership", "performance"};
    round.closes_on = "2030-12-31";
    round.visibility = visibility;
    round.depth = depth;
    domain::RoundId id;
    EXPECT_TRUE(store_
                    ->Write([&](StoreWriter& w) -> Status {
                      auto created = w.CreateRound(round);
                      if (!created) return created.error();
                      id = *created;
                      return Ok();
                    })
                    .ok());
    return id;
  }

  Result<domain::Respondent> Invite(domain::RoundId round, const std::string& hash) {
    domain::Respondent r;
    r.round = round;
    r.name = "Ann";
    r.organisation = "College";
    r.sector = "Education";
    r.role = "Lead";
    std::optional<domain::Respondent> out;
    auto status = store_->Write([&](StoreWriter& w) -> Status {
      auto added = w.AddRespondent(r, hash);
      if (!added) return added.error();
      out = *added;
      return Ok();
    });
    if (!status) return status.error();
    return *out;
  }

  Status Put(const domain::Answer& answer) {
    return store_->Write([&](StoreWriter& w) { return w.UpsertAnswer(answer); });
  }

  std::unique_ptr<Store> store_;
};

using Factories = ::testing::Types<SqliteFileFactory, SqliteMemoryFactory>;
TYPED_TEST_SUITE(AssessmentStoreTest, Factories);

TYPED_TEST(AssessmentStoreTest, RoundsAreStoredWithTheirStrandsNewestFirst) {
  const auto first = this->Open();
  const auto second = this->Open(domain::AnswerVisibility::kNamed);
  auto rounds = this->store_->ListRounds("E08000012");
  ASSERT_TRUE(rounds.ok()) << rounds.error().ToString();
  ASSERT_EQ(rounds->size(), 2U);
  EXPECT_EQ((*rounds)[0].id, second);
  EXPECT_EQ((*rounds)[1].id, first);
  const auto& r = (*rounds)[0];
  EXPECT_EQ(r.place_name, "Liverpool");
  EXPECT_EQ(r.strands, (std::vector<std::string>{"partnership", "performance"}));
  EXPECT_EQ(r.visibility, domain::AnswerVisibility::kNamed);
  EXPECT_EQ(r.closes_on, "2030-12-31");
  EXPECT_FALSE(r.opened_at.empty());
  EXPECT_TRUE(r.closed_at.empty());
  auto got = this->store_->GetRound(first);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->visibility, domain::AnswerVisibility::kAnonymous);
  EXPECT_TRUE(this->store_->ListRounds("E09000001")->empty());
}

TYPED_TEST(AssessmentStoreTest, ARoundKeepsItsDepth) {
  const auto strategic = this->Open();
  const auto operational =
      this->Open(domain::AnswerVisibility::kAnonymous, domain::RoundDepth::kOperational);
  EXPECT_EQ(this->store_->GetRound(strategic)->depth, domain::RoundDepth::kStrategic);
  EXPECT_EQ(this->store_->GetRound(operational)->depth, domain::RoundDepth::kOperational);
  EXPECT_EQ(this->store_->ListRounds("E08000012")->front().depth, domain::RoundDepth::kOperational);
}

TYPED_TEST(AssessmentStoreTest, ARoundNeedsAKnownPlaceAndAStoredFrameworkVersion) {
  domain::AssessmentRound round;
  round.place_code = "E99999999";
  round.framework = "toolkit";
  round.framework_version = 1;
  round.strands = {"partnership"};
  auto unknown_place =
      this->store_->Write([&](StoreWriter& w) { return Status(w.CreateRound(round).error()); });
  ASSERT_FALSE(unknown_place.ok());
  EXPECT_EQ(unknown_place.error().code(), ErrorCode::kNotFound);
  round.place_code = "E08000012";
  round.framework_version = 9;
  auto unknown_version = this->store_->Write([&](StoreWriter& w) -> Status {
    auto created = w.CreateRound(round);
    if (!created) return created.error();
    return Ok();
  });
  EXPECT_FALSE(unknown_version.ok());
  EXPECT_TRUE(this->store_->ListRounds("E08000012")->empty());
  EXPECT_EQ(this->store_->GetRound(domain::RoundId{42}).error().code(), ErrorCode::kNotFound);
}

TYPED_TEST(AssessmentStoreTest, RespondentsAreNumberedAndFoundOnlyByTheirTokenHash) {
  const auto round = this->Open();
  auto first = this->Invite(round, "hash-1");
  auto second = this->Invite(round, "hash-2");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->number, 1);
  EXPECT_EQ(second->number, 2);
  EXPECT_FALSE(first->invited_at.empty());
  auto found = this->store_->FindRespondent("hash-2");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, second->id);
  EXPECT_EQ(found->sector, "Education");
  EXPECT_TRUE(found->submitted_at.empty());
  EXPECT_EQ(this->store_->FindRespondent("nope").error().code(), ErrorCode::kNotFound);
  auto again = this->Invite(round, "hash-1");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(this->store_->ListRespondents(round)->size(), 2U);
}

TYPED_TEST(AssessmentStoreTest, WritingTheSameAnswerTwiceLeavesOne) {
  const auto round = this->Open();
  auto who = this->Invite(round, "h");
  ASSERT_TRUE(who.ok());
  domain::Answer a;
  a.respondent = who->id;
  a.criterion = "partnership-1.1";
  a.rating = 2;
  a.evidence = "Minutes of 3 May";
  a.links = {"https://example.org/minutes", "http://example.org/list"};
  a.comment = "First";
  ASSERT_TRUE(this->Put(a).ok());
  ASSERT_TRUE(this->Put(a).ok());
  a.rating = std::nullopt;  // changed to "don't know"
  a.comment = "Second";
  ASSERT_TRUE(this->Put(a).ok());
  auto answers = this->store_->ListAnswers(round);
  ASSERT_TRUE(answers.ok());
  ASSERT_EQ(answers->size(), 1U);
  EXPECT_EQ((*answers)[0], a);
}

TYPED_TEST(AssessmentStoreTest, SubmittingTwiceKeepsTheFirstTime) {
  const auto round = this->Open();
  auto who = this->Invite(round, "h");
  ASSERT_TRUE(who.ok());
  const auto submit = [&] {
    return this->store_->Write([&](StoreWriter& w) { return w.MarkSubmitted(who->id); });
  };
  ASSERT_TRUE(submit().ok());
  const auto first = this->store_->FindRespondent("h")->submitted_at;
  EXPECT_FALSE(first.empty());
  ASSERT_TRUE(submit().ok());
  EXPECT_EQ(this->store_->FindRespondent("h")->submitted_at, first);
}

TYPED_TEST(AssessmentStoreTest, ClosingRecordsTheTimeOnce) {
  const auto round = this->Open();
  ASSERT_TRUE(
      this->store_
          ->Write([&](StoreWriter& w) { return w.CloseRound(round, "2026-02-01T10:00:00Z"); })
          .ok());
  ASSERT_TRUE(
      this->store_
          ->Write([&](StoreWriter& w) { return w.CloseRound(round, "2026-03-01T10:00:00Z"); })
          .ok());
  EXPECT_EQ(this->store_->GetRound(round)->closed_at, "2026-02-01T10:00:00Z");
  auto missing =
      this->store_->Write([&](StoreWriter& w) { return w.CloseRound(domain::RoundId{999}, ""); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

TYPED_TEST(AssessmentStoreTest, AnswersAreListedPerRoundByRespondentNumber) {
  const auto one = this->Open();
  const auto two = this->Open();
  auto a = this->Invite(one, "a");
  auto b = this->Invite(one, "b");
  auto c = this->Invite(two, "c");
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  for (const auto& who : {*b, *a, *c}) {
    domain::Answer answer;
    answer.respondent = who.id;
    answer.criterion = "performance-1.1";
    answer.rating = 1;
    ASSERT_TRUE(this->Put(answer).ok());
  }
  auto answers = this->store_->ListAnswers(one);
  ASSERT_TRUE(answers.ok());
  ASSERT_EQ(answers->size(), 2U);
  EXPECT_EQ((*answers)[0].respondent, a->id);
  EXPECT_EQ((*answers)[1].respondent, b->id);
}

// Issue 11: each respondent gets a random pseudonym, unique in the round, unrelated to their
// number; one given by the caller is kept, and refused when the round has it already.
TYPED_TEST(AssessmentStoreTest, Issue11RespondentsGetARandomPseudonymUniqueInTheRound) {
  const auto one = this->Open();
  const auto two = this->Open();
  std::set<std::string> seen;
  for (int i = 0; i < 12; ++i) {
    auto r = this->Invite(i % 2 == 0 ? one : two, "hash-" + std::to_string(i));
    ASSERT_TRUE(r.ok()) << r.error().ToString();
    EXPECT_TRUE(std::regex_match(r->pseudonym, std::regex("P[0-9A-F]{8}"))) << r->pseudonym;
    seen.insert(r->pseudonym);
    EXPECT_EQ(this->store_->FindRespondent("hash-" + std::to_string(i))->pseudonym, r->pseudonym);
  }
  EXPECT_EQ(seen.size(), 12U);
  auto listed = this->store_->ListRespondents(one);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 6U);
  for (const auto& r : *listed) EXPECT_EQ(seen.count(r.pseudonym), 1U);

  const std::string taken = (*listed)[0].pseudonym;
  domain::Respondent chosen;
  chosen.round = one;
  chosen.name = "Bo";
  chosen.sector = "Education";
  chosen.pseudonym = taken;
  auto refused = this->store_->Write([&](StoreWriter& w) -> Status {
    auto added = w.AddRespondent(chosen, "hash-chosen");
    if (!added) return added.error();
    return Ok();
  });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kConflict);
  chosen.round = two;  // another round may have the same one
  std::string kept;
  ASSERT_TRUE(this->store_
                  ->Write([&](StoreWriter& w) -> Status {
                    auto added = w.AddRespondent(chosen, "hash-chosen");
                    if (!added) return added.error();
                    kept = added->pseudonym;
                    return Ok();
                  })
                  .ok());
  EXPECT_EQ(kept, taken);
}

// Issue 11: the round a closed round is compared with is stored once; a second call changes
// nothing, and "none" is a stored answer too.
TYPED_TEST(AssessmentStoreTest, Issue11TheComparisonRoundIsFixedOnce) {
  const auto first = this->Open();
  const auto second = this->Open();
  const auto third = this->Open();
  EXPECT_FALSE(this->store_->GetRound(second)->comparison_fixed);
  const auto fix = [&](domain::RoundId round, std::optional<domain::RoundId> previous) {
    return this->store_->Write(
        [&](StoreWriter& w) { return w.FixComparisonRound(round, previous); });
  };
  ASSERT_TRUE(fix(second, first).ok());
  ASSERT_TRUE(fix(second, std::nullopt).ok());
  ASSERT_TRUE(fix(third, std::nullopt).ok());
  ASSERT_TRUE(fix(third, second).ok());
  auto got = this->store_->GetRound(second);
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(got->comparison_fixed);
  EXPECT_EQ(got->comparison_round, first);
  auto listed = this->store_->ListRounds("E08000012");
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE((*listed)[0].comparison_fixed);
  EXPECT_EQ((*listed)[0].comparison_round, std::nullopt);
  EXPECT_FALSE((*listed)[2].comparison_fixed);
  auto missing = fix(domain::RoundId{999}, std::nullopt);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

// Issue 11: migration 6 gives respondents invited before it a pseudonym each, and leaves their
// closed rounds' comparison to be fixed (with the rule a round closing now would use).
TEST(AssessmentStoreMigration, Issue11MigrationSixGivesEarlierRespondentsPseudonyms) {
  const auto path =
      (std::filesystem::temp_directory_path() / "lct-assessment-migration-6.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
    const auto exec = [&](const std::string& sql) {
      char* message = nullptr;
      const int rc = sqlite3_exec(db.get(), sql.c_str(), nullptr, nullptr, &message);
      EXPECT_EQ(rc, SQLITE_OK) << (message != nullptr ? message : "") << "\n" << sql;
      sqlite3_free(message);
    };
    exec(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT "
        "NULL, applied_at TEXT NOT NULL)");
    for (const auto& m : Migrations()) {
      if (m.version > 5) break;
      exec(std::string(m.sql));
      exec("INSERT INTO schema_migrations VALUES (" + std::to_string(m.version) + ", 'm', 'now')");
    }
    exec(
        "INSERT INTO places (id, code, name, kind) VALUES (1, 'E08000012', 'Liverpool', 'x');"
        "INSERT INTO frameworks (slug, version, title, source, imported_at) "
        "VALUES ('toolkit', 1, 'Toolkit', 'id: toolkit', 'now');"
        "INSERT INTO assessment_rounds (id, place_id, framework_slug, framework_version, "
        "opened_at, closed_at) VALUES (1, 1, 'toolkit', 1, '2025-01-01T00:00:00Z', "
        "'2025-02-01T00:00:00Z');"
        "INSERT INTO assessment_round_strands VALUES (1, 0, 'partnership');");
    for (int i = 1; i <= 5; ++i) {
      exec(
          "INSERT INTO assessment_respondents (round_id, number, name, sector, token_hash, "
          "invited_at) VALUES (1, " +
          std::to_string(i) + ", 'P" + std::to_string(i) + "', 'Education', 'h" +
          std::to_string(i) + "', 'now')");
    }
  }
  auto store = OpenSqliteStore({path, 1, 2000});
  ASSERT_TRUE(store.ok()) << store.error().ToString();
  EXPECT_EQ(*(*store)->SchemaVersion(), Migrations().back().version);  // every later one ran too
  auto respondents = (*store)->ListRespondents(domain::RoundId{1});
  ASSERT_TRUE(respondents.ok());
  ASSERT_EQ(respondents->size(), 5U);
  std::set<std::string> seen;
  for (const auto& r : *respondents) {
    EXPECT_TRUE(std::regex_match(r.pseudonym, std::regex("P[0-9A-F]{8}"))) << r.pseudonym;
    seen.insert(r.pseudonym);
  }
  EXPECT_EQ(seen.size(), 5U);
  auto round = (*store)->GetRound(domain::RoundId{1});
  ASSERT_TRUE(round.ok());
  EXPECT_FALSE(round->comparison_fixed);
  EXPECT_EQ(round->comparison_round, std::nullopt);
}

}  // namespace
}  // namespace lct::store
