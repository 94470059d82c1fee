// The store contract. Written as a typed suite so that every Store implementation runs
// the same tests: add an implementation's factory to StoreFactories.
#include "store/store.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>

#include "store/sqlite/sqlite_store.hpp"

namespace lct::store {
namespace {

struct SqliteFileFactory {
  static std::unique_ptr<Store> Make(const std::string& name) {
    const auto path = std::filesystem::temp_directory_path() / ("lct-store-" + name + ".db");
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
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    store_ = Factory::Make(std::string(info->test_suite_name()).substr(10) + info->name());
  }
  std::unique_ptr<Store> store_;
};

using StoreFactories = ::testing::Types<SqliteFileFactory, SqliteMemoryFactory>;
TYPED_TEST_SUITE(StoreTest, StoreFactories);

domain::Place Liverpool() {
  domain::Place p;
  p.code = "E08000012";
  p.name = "Liverpool";
  p.kind = domain::AreaKind::kMetropolitanDistrict;
  p.region_code = "E12000002";
  p.nation_code = "E92000001";
  p.population_2021 = domain::ContextValue{486100, "ONS, Census 2021", ""};
  return p;
}

TYPED_TEST(StoreTest, MigrationsAreApplied) {
  auto version = this->store_->SchemaVersion();
  ASSERT_TRUE(version.ok());
  EXPECT_GE(*version, 1);
  EXPECT_TRUE(this->store_->Ping().ok());
}

TYPED_TEST(StoreTest, WritesAndReadsPlacesWithContext) {
  const auto status = this->store_->Write([](StoreWriter& w) -> Status {
    auto id = w.UpsertPlace(Liverpool());
    return id.ok() ? Ok() : Status(id.error());
  });
  ASSERT_TRUE(status.ok()) << status.error().ToString();
  auto place = this->store_->GetPlace("E08000012");
  ASSERT_TRUE(place.ok());
  EXPECT_EQ(place->name, "Liverpool");
  ASSERT_TRUE(place->population_2021.has_value());
  EXPECT_EQ(place->population_2021->value, 486100);
  EXPECT_FALSE(place->density_2021.has_value());
  auto missing = this->store_->GetPlace("E99999999");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

TYPED_TEST(StoreTest, UpsertIsIdempotent) {
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(this->store_
                    ->Write([](StoreWriter& w) -> Status {
                      auto id = w.UpsertPlace(Liverpool());
                      return id.ok() ? Ok() : Status(id.error());
                    })
                    .ok());
  }
  auto places = this->store_->ListPlaces();
  ASSERT_TRUE(places.ok());
  EXPECT_EQ(places->size(), 1U);
}

TYPED_TEST(StoreTest, FailedWriteChangesNothing) {
  const auto status = this->store_->Write([](StoreWriter& w) -> Status {
    auto id = w.UpsertPlace(Liverpool());
    if (!id) return id.error();
    return InvalidArgument("bad row later in the file", {"import.csv", 7, "value"});
  });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().location().line, 7);
  auto places = this->store_->ListPlaces();
  ASSERT_TRUE(places.ok());
  EXPECT_TRUE(places->empty());
}

// Issue 11: a body that throws (a bug, or a library throwing on bad input) must not leave its
// transaction open on a pooled connection, which would stop every later write.
TYPED_TEST(StoreTest, ABodyThatThrowsRollsBackAndLaterWritesSucceed) {
  EXPECT_THROW((void)this->store_->Write([](StoreWriter& w) -> Status {
    if (auto id = w.UpsertPlace(Liverpool()); !id) return id.error();
    throw std::runtime_error("thrown inside the transaction");
  }),
               std::runtime_error);
  EXPECT_EQ(this->store_->GetPlace("E08000012").error().code(), ErrorCode::kNotFound);
  // Every pooled connection must still be able to write, one after another.
  for (int i = 0; i < 6; ++i) {
    const auto status = this->store_->Write([](StoreWriter& w) -> Status {
      auto id = w.UpsertPlace(Liverpool());
      return id.ok() ? Ok() : Status(id.error());
    });
    ASSERT_TRUE(status.ok()) << status.error().ToString();
  }
  EXPECT_TRUE(this->store_->GetPlace("E08000012").ok());
}

// Issue 11: /healthz asks the store whether a write could start; it must, and must write nothing.
TYPED_TEST(StoreTest, CheckWritableWritesNothingAndLeavesWritesWorking) {
  ASSERT_TRUE(this->store_->CheckWritable(std::chrono::milliseconds(100)).ok());
  EXPECT_TRUE(this->store_->ListPlaces()->empty());
  const auto status = this->store_->Write([](StoreWriter& w) -> Status {
    auto id = w.UpsertPlace(Liverpool());
    return id.ok() ? Ok() : Status(id.error());
  });
  EXPECT_TRUE(status.ok());
}

TYPED_TEST(StoreTest, ObservationsRoundTripIncludingNullsAndMetacharacters) {
  IndicatorId indicator;
  PlaceId place;
  ASSERT_TRUE(this->store_
                  ->Write([&](StoreWriter& w) -> Status {
                    auto p = w.UpsertPlace(Liverpool());
                    if (!p) return p.error();
                    place = *p;
                    domain::Indicator i;
                    i.code = "x'; DROP TABLE observations; --";
                    i.name = "Robert'); DROP TABLE indicators;--";
                    i.direction = domain::Direction::kLowerIsBetter;
                    auto id = w.UpsertIndicator(i);
                    if (!id) return id.error();
                    indicator = *id;
                    domain::Observation o{indicator,
                                          place,
                                          "2023-01-01/P1Y",
                                          67.5,
                                          62.5,
                                          72.5,
                                          domain::ObservationStatus::kLowReliability,
                                          "note"};
                    if (auto s = w.UpsertObservation(o); !s) return s;
                    domain::Observation suppressed{indicator,
                                                   place,
                                                   "2022-01-01/P1Y",
                                                   std::nullopt,
                                                   std::nullopt,
                                                   std::nullopt,
                                                   domain::ObservationStatus::kSuppressed,
                                                   ""};
                    return w.UpsertObservation(suppressed);
                  })
                  .ok());
  auto indicators = this->store_->ListIndicators();
  ASSERT_TRUE(indicators.ok());
  ASSERT_EQ(indicators->size(), 1U);
  EXPECT_EQ(indicators->front().name, "Robert'); DROP TABLE indicators;--");
  EXPECT_EQ(indicators->front().direction, domain::Direction::kLowerIsBetter);
  auto rows = this->store_->ListObservationsForPlace(place);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2U);
  EXPECT_EQ((*rows)[0].period, "2022-01-01/P1Y");
  EXPECT_FALSE((*rows)[0].value.has_value());
  EXPECT_EQ((*rows)[0].status, domain::ObservationStatus::kSuppressed);
  EXPECT_EQ((*rows)[1].value, 67.5);
  EXPECT_EQ((*rows)[1].upper, 72.5);
  EXPECT_EQ((*rows)[1].status, domain::ObservationStatus::kLowReliability);
  auto period = this->store_->ListObservationsForPeriod(indicator, "2023-01-01/P1Y");
  ASSERT_TRUE(period.ok());
  EXPECT_EQ(period->size(), 1U);
}

TYPED_TEST(StoreTest, MembershipNeedsAnExistingPlace) {
  const auto status = this->store_->Write([](StoreWriter& w) -> Status {
    auto network = w.UpsertNetwork({NetworkId{}, "uk", "UK", ""});
    if (!network) return network.error();
    return w.SetMembership(*network, {PlaceId{4242}, domain::MembershipRole::kMember, "", ""});
  });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kConflict);
  auto networks = this->store_->ListNetworks();
  ASSERT_TRUE(networks.ok());
  EXPECT_TRUE(networks->empty());
}

// Issue 13: a place's level, parent, coordinates and retirement, and a former membership with
// its date and reason, come back as written; empty dates and absent coordinates stay empty.
TYPED_TEST(StoreTest, PlaceRegisterFieldsRoundTrip) {
  domain::Place city;
  city.code = "city-1";
  city.name = "A city";
  city.level = "city";
  city.parent_code = "country-1";
  city.latitude = 51.62;
  city.longitude = -3.94;
  city.retired = "2023-03-31";
  domain::Place country;
  country.code = "country-1";
  country.name = "A country";
  country.level = "country";
  const auto status = this->store_->Write([&](StoreWriter& w) -> Status {
    auto network = w.UpsertNetwork({NetworkId{}, "own", "Own network", ""});
    if (!network) return network.error();
    if (auto id = w.UpsertPlace(country); !id) return id.error();
    auto id = w.UpsertPlace(city);
    if (!id) return id.error();
    return w.SetMembership(*network, {*id, domain::MembershipRole::kFormerMember,
                                      "Left when it merged.", "2023-03-31"});
  });
  ASSERT_TRUE(status.ok()) << status.error().ToString();

  auto stored = this->store_->GetPlace("city-1");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->level, "city");
  EXPECT_EQ(stored->parent_code, "country-1");
  EXPECT_EQ(stored->latitude, 51.62);
  EXPECT_EQ(stored->longitude, -3.94);
  EXPECT_EQ(stored->retired, "2023-03-31");
  auto top = this->store_->GetPlace("country-1");
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(top->parent_code, "");
  EXPECT_FALSE(top->latitude.has_value());
  EXPECT_EQ(top->retired, "");

  auto networks = this->store_->ListNetworks();
  ASSERT_TRUE(networks.ok());
  ASSERT_EQ(networks->size(), 1U);
  auto memberships = this->store_->ListMemberships(networks->front().id);
  ASSERT_TRUE(memberships.ok());
  ASSERT_EQ(memberships->size(), 1U);
  EXPECT_EQ(memberships->front().role, domain::MembershipRole::kFormerMember);
  EXPECT_EQ(memberships->front().since, "2023-03-31");
  EXPECT_EQ(memberships->front().reason, "Left when it merged.");
}

TYPED_TEST(StoreTest, PlaceRegisterFieldsAreUpdatedAndCleared) {
  domain::Place city;
  city.code = "city-1";
  city.name = "A city";
  city.level = "city";
  city.latitude = 10;
  city.longitude = 20;
  city.retired = "2020-01-01";
  auto write = [&](const domain::Place& place) {
    return this->store_->Write([&](StoreWriter& w) -> Status {
      auto id = w.UpsertPlace(place);
      return id.ok() ? Ok() : Status(id.error());
    });
  };
  ASSERT_TRUE(write(city).ok());
  const auto before = this->store_->DataVersion();
  city.latitude.reset();
  city.longitude.reset();
  city.retired.clear();
  city.level = "town";
  ASSERT_TRUE(write(city).ok());
  auto stored = this->store_->GetPlace("city-1");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->level, "town");
  EXPECT_FALSE(stored->latitude.has_value());
  EXPECT_FALSE(stored->longitude.has_value());
  EXPECT_EQ(stored->retired, "");
  EXPECT_EQ(*this->store_->DataVersion(), *before + 1);
}

domain::FrameworkRecord MiniFramework(int version, std::string yaml) {
  return {"mini", version, "Mini framework", std::move(yaml), ""};
}

Status PutFramework(Store& store, const domain::FrameworkRecord& record) {
  return store.Write([&](StoreWriter& w) { return w.PutFramework(record); });
}

TYPED_TEST(StoreTest, FrameworkVersionsAreStoredListedAndFound) {
  ASSERT_TRUE(PutFramework(*this->store_, MiniFramework(2, "id: mini\nversion: 2\n")).ok());
  ASSERT_TRUE(PutFramework(*this->store_, MiniFramework(1, "id: mini # it's 'quoted'\n")).ok());
  ASSERT_TRUE(PutFramework(*this->store_, {"alpha", 1, "Alpha", "id: alpha\n", ""}).ok());
  auto all = this->store_->ListFrameworks();
  ASSERT_TRUE(all.ok()) << all.error().ToString();
  ASSERT_EQ(all->size(), 3U);
  EXPECT_EQ((*all)[0].slug, "alpha");
  EXPECT_EQ((*all)[1].version, 1);
  EXPECT_EQ((*all)[1].yaml, "id: mini # it's 'quoted'\n");
  EXPECT_EQ((*all)[2].version, 2);
  EXPECT_EQ((*all)[2].imported_at.size(), 20U) << (*all)[2].imported_at;  // 2026-01-31T12:00:00Z
  auto latest = this->store_->GetFramework("mini", std::nullopt);
  ASSERT_TRUE(latest.ok());
  EXPECT_EQ(latest->version, 2);
  EXPECT_EQ(latest->title, "Mini framework");
  auto first = this->store_->GetFramework("mini", 1);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->version, 1);
  for (const auto& missing :
       {this->store_->GetFramework("mini", 3), this->store_->GetFramework("nope", std::nullopt)}) {
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  }
}

TYPED_TEST(StoreTest, AFrameworkVersionNeverChanges) {
  ASSERT_TRUE(PutFramework(*this->store_, MiniFramework(1, "id: mini\n")).ok());
  const auto before = this->store_->GetFramework("mini", 1);
  ASSERT_TRUE(before.ok());
  // The same text again: accepted, nothing changes.
  ASSERT_TRUE(PutFramework(*this->store_, MiniFramework(1, "id: mini\n")).ok());
  // Other text for the same version: refused.
  const auto conflict = PutFramework(*this->store_, MiniFramework(1, "id: mini\ntitle: X\n"));
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code(), ErrorCode::kConflict);
  auto all = this->store_->ListFrameworks();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 1U);
  EXPECT_EQ(all->front(), *before);
}

TYPED_TEST(StoreTest, FailedWriteStoresNoFramework) {
  const auto status = this->store_->Write([](StoreWriter& w) -> Status {
    if (auto put = w.PutFramework(MiniFramework(1, "id: mini\n")); !put) return put;
    return InvalidArgument("a later step failed");
  });
  ASSERT_FALSE(status.ok());
  auto all = this->store_->ListFrameworks();
  ASSERT_TRUE(all.ok());
  EXPECT_TRUE(all->empty());
}

TEST(SqliteStore, ReopeningKeepsDataAndDoesNotRemigrate) {
  const auto path = (std::filesystem::temp_directory_path() / "lct-store-reopen.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  {
    auto store = OpenSqliteStore({path, 2, 2000});
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)
                    ->Write([](StoreWriter& w) -> Status {
                      auto id = w.UpsertPlace(Liverpool());
                      return id.ok() ? Ok() : Status(id.error());
                    })
                    .ok());
  }
  auto again = OpenSqliteStore({path, 2, 2000});
  ASSERT_TRUE(again.ok()) << again.error().ToString();
  EXPECT_EQ((*again)->ListPlaces()->size(), 1U);
}

TEST(SqliteStore, UnwritableLocationIsAClearError) {
  auto store = OpenSqliteStore({"/nonexistent-dir/x/lct.db", 1, 100});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().code(), ErrorCode::kUnavailable);
  EXPECT_NE(store.error().message().find("/nonexistent-dir/x/lct.db"), std::string::npos);
}

}  // namespace
}  // namespace lct::store
