// Issue 12: the data version, on every Store implementation. Every committed transaction that
// changes shown data adds exactly one; a rolled-back one, a preview and a write of credentials
// only (sessions, tokens, audit) leave it as it was.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace lct::store {
namespace {

std::string TempPath(const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("lct-dversion-" + name + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  return path.string();
}

struct FileFactory {
  static std::unique_ptr<Store> Make(const std::string& name) {
    auto store = OpenSqliteStore({TempPath(name), 4, 2000});
    EXPECT_TRUE(store.ok()) << store.error().ToString();
    return std::move(*store);
  }
};

struct MemoryFactory {
  static std::unique_ptr<Store> Make(const std::string&) {
    auto store = OpenSqliteStore({":memory:", 4, 2000});
    EXPECT_TRUE(store.ok());
    return std::move(*store);
  }
};

template <typename Factory>
class DataVersionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    store_ = Factory::Make(std::string(info->name()));
    ASSERT_TRUE(store_
                    ->Write([&](StoreWriter& w) -> Status {
                      domain::Place p;
                      p.code = "E08000012";
                      p.name = "Liverpool";
                      auto place = w.UpsertPlace(p);
                      if (!place) return place.error();
                      place_ = *place;
                      domain::Indicator i;
                      i.code = "fe-participation";
                      i.name = "Further education and skills participation";
                      auto indicator = w.UpsertIndicator(i);
                      if (!indicator) return indicator.error();
                      indicator_ = *indicator;
                      domain::User u;
                      u.email = "ann@example.org";
                      u.display_name = "Ann";
                      auto user = w.InsertUser(u);
                      if (!user) return user.error();
                      user_ = *user;
                      return Ok();
                    })
                    .ok());
  }

  std::int64_t Version() {
    auto version = store_->DataVersion();
    EXPECT_TRUE(version.ok()) << version.error().ToString();
    return version.ok() ? *version : -1;
  }

  // The version's growth over one Write of `body`, which must succeed.
  std::int64_t GrowthOf(const std::function<Status(StoreWriter&)>& body) {
    const std::int64_t before = Version();
    const auto status = store_->Write(body);
    EXPECT_TRUE(status.ok()) << status.error().ToString();
    return Version() - before;
  }

  domain::Observation Obs(std::string period, double value) const {
    domain::Observation o;
    o.indicator = indicator_;
    o.place = place_;
    o.period = std::move(period);
    o.value = value;
    return o;
  }

  ImportSteps Import(std::vector<domain::Observation> rows, bool write, bool commit) {
    ImportSteps steps;
    steps.fill = [rows = std::move(rows)](ObservationStaging& staging) -> Status {
      std::int64_t line = 1;
      for (const auto& row : rows) {
        if (auto status = staging.Stage(row, {++line, 0}); !status) return status;
      }
      return Ok();
    };
    steps.write = [write] { return write; };
    steps.on_duplicate = [](const DuplicateRow&) {};
    steps.commit = [commit](const ImportCounts&) { return commit; };
    return steps;
  }

  std::unique_ptr<Store> store_;
  PlaceId place_;
  IndicatorId indicator_;
  UserId user_;
};

using Factories = ::testing::Types<FileFactory, MemoryFactory>;
TYPED_TEST_SUITE(DataVersionTest, Factories);

TYPED_TEST(DataVersionTest, EveryWriteOfShownDataBumpsOncePerTransaction) {
  const PlaceId place = this->place_;
  const IndicatorId indicator = this->indicator_;
  const UserId user = this->user_;
  const auto obs = this->Obs("2021-08-01/P1Y", 3);
  domain::Target target;
  target.place = place;
  target.indicator = indicator;
  target.baseline_period = "2020-08-01/P1Y";
  target.target_value = 5;
  target.target_date = "2030-07-31";
  const std::vector<std::pair<std::string, std::function<Status(StoreWriter&)>>> writes = {
      {"UpsertNetwork",
       [](StoreWriter& w) {
         auto id = w.UpsertNetwork({NetworkId{}, "uk", "UK network", ""});
         return id.ok() ? Ok() : Status(id.error());
       }},
      {"UpsertPlace",
       [](StoreWriter& w) {
         domain::Place p;
         p.code = "E08000019";
         p.name = "Sheffield";
         auto id = w.UpsertPlace(p);
         return id.ok() ? Ok() : Status(id.error());
       }},
      {"UpsertIndicator",
       [](StoreWriter& w) {
         domain::Indicator i;
         i.code = "apprenticeships";
         i.name = "Apprenticeship starts";
         auto id = w.UpsertIndicator(i);
         return id.ok() ? Ok() : Status(id.error());
       }},
      {"SetMembership",
       [place](StoreWriter& w) -> Status {
         auto network = w.UpsertNetwork({NetworkId{}, "uk", "UK network", ""});
         if (!network) return network.error();
         return w.SetMembership(*network, {place, domain::MembershipRole::kMember, "named", ""});
       }},
      {"DeleteMembership",
       [place](StoreWriter& w) -> Status {
         auto network = w.UpsertNetwork({NetworkId{}, "uk", "UK network", ""});
         if (!network) return network.error();
         return w.DeleteMembership(*network, place);
       }},
      {"UpsertObservation", [obs](StoreWriter& w) { return w.UpsertObservation(obs); }},
      {"UpsertTarget",
       [target](StoreWriter& w) {
         auto id = w.UpsertTarget(target);
         return id.ok() ? Ok() : Status(id.error());
       }},
      {"DeleteTarget",
       [place, indicator](StoreWriter& w) { return w.DeleteTarget(place, indicator); }},
      {"UpdateUser",
       [user](StoreWriter& w) {
         domain::User u;
         u.id = user;
         u.email = "ann@example.org";
         u.display_name = "Ann B";
         return w.UpdateUser(u);
       }},
      {"SetPlaceRole",
       [user](StoreWriter& w) {
         return w.SetPlaceRole(user, "E08000012", domain::PlaceRole::kCoordinator);
       }},
      {"InsertUser",
       [](StoreWriter& w) {
         domain::User u;
         u.email = "bob@example.org";
         auto id = w.InsertUser(u);
         return id.ok() ? Ok() : Status(id.error());
       }},
      {"several in one transaction",
       [obs](StoreWriter& w) -> Status {
         if (auto s = w.UpsertObservation(obs); !s) return s;
         auto o = obs;
         o.period = "2022-08-01/P1Y";
         return w.UpsertObservation(o);
       }},
  };
  for (const auto& [name, body] : writes) {
    EXPECT_EQ(this->GrowthOf(body), 1) << name;
  }
}

TYPED_TEST(DataVersionTest, AFailedOrThrowingWriteDoesNotBump) {
  const std::int64_t before = this->Version();
  const auto obs = this->Obs("2021-08-01/P1Y", 3);
  EXPECT_FALSE(this->store_
                   ->Write([&](StoreWriter& w) -> Status {
                     if (auto s = w.UpsertObservation(obs); !s) return s;
                     return InvalidArgument("bad row later in the file", {"a.csv", 7, "value"});
                   })
                   .ok());
  EXPECT_THROW((void)this->store_->Write([&](StoreWriter& w) -> Status {
    if (auto s = w.UpsertObservation(obs); !s) return s;
    throw std::runtime_error("thrown inside the transaction");
  }),
               std::runtime_error);
  // A write that fails in the database (an unknown place for a role) rolls back too.
  EXPECT_FALSE(this->store_
                   ->Write([&](StoreWriter& w) {
                     return w.SetPlaceRole(this->user_, "E99999999", domain::PlaceRole::kViewer);
                   })
                   .ok());
  EXPECT_EQ(this->Version(), before);
}

TYPED_TEST(DataVersionTest, SessionsTokensAndAuditAloneDoNotBump) {
  const UserId user = this->user_;
  EXPECT_EQ(this->GrowthOf([user](StoreWriter& w) -> Status {
    domain::SessionRecord session;
    session.token_hash = "hash";
    session.user = user;
    session.expires_at = 4102444800;
    session.csrf_token = "csrf";
    if (auto s = w.PutSession(session); !s) return s;
    domain::AuditEntry entry;
    entry.actor = "ann@example.org";
    entry.action = "session.sign_in";
    entry.entity = "user";
    if (auto s = w.AppendAudit(entry); !s) return s;
    return w.DeleteSession("hash");
  }),
            0);
  EXPECT_EQ(this->GrowthOf([](StoreWriter&) { return Ok(); }), 0);
}

TYPED_TEST(DataVersionTest, OnlyACommittedImportThatChangesRowsBumps) {
  const std::int64_t before = this->Version();
  const std::vector<domain::Observation> rows = {this->Obs("2021-08-01/P1Y", 3)};
  auto preview = this->store_->ImportObservations(this->Import(rows, false, true));
  ASSERT_TRUE(preview.ok());
  auto refused = this->store_->ImportObservations(this->Import(rows, true, false));
  ASSERT_TRUE(refused.ok());
  EXPECT_FALSE(refused->committed);
  EXPECT_EQ(this->Version(), before);

  auto written = this->store_->ImportObservations(this->Import(rows, true, true));
  ASSERT_TRUE(written.ok()) << written.error().ToString();
  EXPECT_TRUE(written->committed);
  EXPECT_EQ(this->Version(), before + 1);

  auto again = this->store_->ImportObservations(this->Import(rows, true, true));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->unchanged, 1);
  EXPECT_EQ(this->Version(), before + 1);  // nothing changed
}

// The server reads the version while `lct import` writes from another process: a store on
// the same file must see every other connection's commit.
TEST(DataVersion, AnotherConnectionsCommitIsSeen) {
  const std::string path = TempPath("shared");
  auto server = OpenSqliteStore({path, 2, 2000});
  auto importer = OpenSqliteStore({path, 1, 2000});
  ASSERT_TRUE(server.ok() && importer.ok());
  const auto before = (*server)->DataVersion();
  ASSERT_TRUE(before.ok());
  ASSERT_TRUE((*importer)
                  ->Write([](StoreWriter& w) -> Status {
                    auto id = w.UpsertNetwork({NetworkId{}, "uk", "UK", ""});
                    return id.ok() ? Ok() : Status(id.error());
                  })
                  .ok());
  const auto after = (*server)->DataVersion();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(*after, *before + 1);
}

}  // namespace
}  // namespace lct::store
