// The store contract for the indicator catalogue, targets, observation imports and pending
// uploads, on every Store implementation (see store_test.cpp).
#include <gtest/gtest.h>

#include <filesystem>

#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace lct::store {
namespace {

struct FileFactory {
  static std::unique_ptr<Store> Make(const std::string& name) {
    const auto path = std::filesystem::temp_directory_path() / ("lct-istore-" + name + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    auto store = OpenSqliteStore({path.string(), 4, 2000});
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
class IndicatorStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    store_ = Factory::Make(std::string(info->name()) +
                           std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    auto status = store_->Write([&](StoreWriter& w) -> Status {
      domain::Place p;
      p.code = "E08000012";
      p.name = "Liverpool";
      auto place = w.UpsertPlace(p);
      if (!place) return place.error();
      place_ = *place;
      domain::Indicator i;
      i.code = "fe-participation";
      i.name = "Further education and skills participation";
      i.direction = domain::Direction::kHigherIsBetter;
      i.geography = "Local authority";
      i.proxy = true;
      i.links = {"toolkit/participation", "toolkit/performance"};
      auto indicator = w.UpsertIndicator(i);
      if (!indicator) return indicator.error();
      indicator_ = *indicator;
      return Ok();
    });
    ASSERT_TRUE(status.ok()) << status.error().ToString();
  }

  domain::Observation Obs(std::string period, double value) const {
    domain::Observation o;
    o.indicator = indicator_;
    o.place = place_;
    o.period = std::move(period);
    o.value = value;
    return o;
  }

  std::unique_ptr<Store> store_;
  PlaceId place_;
  IndicatorId indicator_;
};

using Factories = ::testing::Types<FileFactory, MemoryFactory>;
TYPED_TEST_SUITE(IndicatorStoreTest, Factories);

TYPED_TEST(IndicatorStoreTest, KeepsGeographyProxyAndLinks) {
  auto found = this->store_->GetIndicator("fe-participation");
  ASSERT_TRUE(found.ok()) << found.error().ToString();
  EXPECT_EQ(found->geography, "Local authority");
  EXPECT_TRUE(found->proxy);
  EXPECT_EQ(found->links,
            (std::vector<std::string>{"toolkit/participation", "toolkit/performance"}));
  domain::Indicator edited = *found;
  edited.links = {"toolkit/performance"};
  edited.proxy = false;
  ASSERT_TRUE(this->store_
                  ->Write([&](StoreWriter& w) -> Status {
                    auto id = w.UpsertIndicator(edited);
                    if (!id) return id.error();
                    EXPECT_EQ(*id, found->id);
                    return Ok();
                  })
                  .ok());
  auto again = this->store_->GetIndicator("fe-participation");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, edited);
  EXPECT_EQ(this->store_->GetIndicator("nope").error().code(), ErrorCode::kNotFound);
}

TYPED_TEST(IndicatorStoreTest, StoresReplacesAndRemovesTargets) {
  domain::Target t;
  t.place = this->place_;
  t.indicator = this->indicator_;
  t.baseline_value = 20;
  t.baseline_period = "2017-01-01/P1Y";
  t.target_value = 35;
  t.target_date = "2030-01-01";
  t.shape = domain::PathShape::kGeometric;
  t.note = "council plan; 'quoted' -- and; DROP TABLE targets";
  ASSERT_TRUE(this->store_
                  ->Write([&](StoreWriter& w) -> Status {
                    auto id = w.UpsertTarget(t);
                    if (!id) return id.error();
                    t.id = *id;
                    return Ok();
                  })
                  .ok());
  auto listed = this->store_->ListTargets(this->place_);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1U);
  EXPECT_EQ(listed->front(), t);
  t.target_value = 40;
  ASSERT_TRUE(this->store_
                  ->Write([&](StoreWriter& w) {
                    return w.UpsertTarget(t).ok() ? Ok() : Status(Internal("x"));
                  })
                  .ok());
  EXPECT_EQ(this->store_->ListTargets(std::nullopt)->front().target_value, 40);
  ASSERT_TRUE(
      this->store_
          ->Write([&](StoreWriter& w) { return w.DeleteTarget(this->place_, this->indicator_); })
          .ok());
  EXPECT_TRUE(this->store_->ListTargets(this->place_)->empty());
  auto again = this->store_->Write(
      [&](StoreWriter& w) { return w.DeleteTarget(this->place_, this->indicator_); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kNotFound);
}

TYPED_TEST(IndicatorStoreTest, ImportCountsDuplicatesAndCommitsOnlyWhenAsked) {
  ASSERT_TRUE(this->store_
                  ->Write([&](StoreWriter& w) {
                    return w.UpsertObservation(this->Obs("2020-08-01/P1Y", 1));
                  })
                  .ok());
  const auto fill = [&](ObservationStaging& staging) -> Status {
    EXPECT_TRUE(staging.Stage(this->Obs("2020-08-01/P1Y", 1), 2).ok());  // unchanged
    EXPECT_TRUE(staging.Stage(this->Obs("2021-08-01/P1Y", 2), 3).ok());  // new
    auto duplicate = staging.Stage(this->Obs("2021-08-01/P1Y", 5), 4);
    EXPECT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code(), ErrorCode::kConflict);
    EXPECT_NE(duplicate.error().message().find("line 3"), std::string::npos);
    return Ok();
  };
  auto preview = this->store_->ImportObservations(fill, [](const ImportCounts&) { return false; });
  ASSERT_TRUE(preview.ok()) << preview.error().ToString();
  EXPECT_EQ(preview->added, 1);
  EXPECT_EQ(preview->changed, 0);
  EXPECT_EQ(preview->unchanged, 1);
  EXPECT_FALSE(preview->committed);
  EXPECT_EQ(this->store_->ListObservationsForIndicator(this->indicator_)->size(), 1U);

  auto written = this->store_->ImportObservations(fill, [](const ImportCounts&) { return true; });
  ASSERT_TRUE(written.ok());
  EXPECT_TRUE(written->committed);
  auto stored = this->store_->ListObservationsForIndicator(this->indicator_);
  ASSERT_EQ(stored->size(), 2U);
  EXPECT_EQ(stored->at(1).value, 2);

  // A failing fill writes nothing, even when asked to commit.
  auto failed = this->store_->ImportObservations(
      [&](ObservationStaging& staging) -> Status {
        EXPECT_TRUE(staging.Stage(this->Obs("2022-08-01/P1Y", 3), 2).ok());
        return InvalidArgument("broken");
      },
      [](const ImportCounts&) { return true; });
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(this->store_->ListObservationsForIndicator(this->indicator_)->size(), 2U);
}

TYPED_TEST(IndicatorStoreTest, KeepsAndForgetsPendingImports) {
  PendingImport pending{"abc", "", "file.csv", R"({"layout":"ons"})", "a,b\n1,2\n"};
  ASSERT_TRUE(
      this->store_->Write([&](StoreWriter& w) { return w.PutPendingImport(pending); }).ok());
  auto got = this->store_->GetPendingImport("abc");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->content, pending.content);
  EXPECT_EQ(got->options, pending.options);
  EXPECT_FALSE(got->created_at.empty());
  ASSERT_TRUE(
      this->store_->Write([&](StoreWriter& w) { return w.DeletePendingImport("abc"); }).ok());
  EXPECT_EQ(this->store_->GetPendingImport("abc").error().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace lct::store
