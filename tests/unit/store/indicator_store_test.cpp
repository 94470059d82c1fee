// The store contract for the indicator catalogue, targets, observation imports and pending
// uploads, on every Store implementation (see store_test.cpp).
#include <gtest/gtest.h>

#include <filesystem>
#include <utility>
#include <vector>

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

// The steps of one import: `rows` staged with their lines; duplicates collected.
struct ImportRun {
  std::vector<std::pair<domain::Observation, std::int64_t>> rows;
  bool write = true;
  bool commit = true;
  std::vector<DuplicateRow> duplicates;

  ImportSteps Steps() {
    ImportSteps steps;
    steps.fill = [this](ObservationStaging& staging) -> Status {
      for (const auto& [row, line] : rows) {
        if (auto status = staging.Stage(row, {line, 7}); !status) return status;
      }
      return Ok();
    };
    steps.write = [this] { return write; };
    steps.on_duplicate = [this](const DuplicateRow& d) { duplicates.push_back(d); };
    steps.commit = [this](const ImportCounts&) { return commit; };
    return steps;
  }
};

TYPED_TEST(IndicatorStoreTest, ImportCountsDuplicatesAndCommitsOnlyWhenAsked) {
  ASSERT_TRUE(this->store_
                  ->Write([&](StoreWriter& w) {
                    return w.UpsertObservation(this->Obs("2020-08-01/P1Y", 1));
                  })
                  .ok());
  ImportRun run;
  run.rows = {{this->Obs("2020-08-01/P1Y", 1), 2},   // unchanged
              {this->Obs("2021-08-01/P1Y", 2), 3},   // new
              {this->Obs("2021-08-01/P1Y", 5), 4}};  // the key of line 3 again
  run.write = false;
  auto preview = this->store_->ImportObservations(run.Steps());
  ASSERT_TRUE(preview.ok()) << preview.error().ToString();
  EXPECT_EQ(preview->added, 1);
  EXPECT_EQ(preview->changed, 0);
  EXPECT_EQ(preview->unchanged, 1);
  EXPECT_FALSE(preview->committed);
  ASSERT_EQ(run.duplicates.size(), 1U);
  EXPECT_EQ(run.duplicates[0].from.line, 4);
  EXPECT_EQ(run.duplicates[0].from.column, 7);
  EXPECT_EQ(run.duplicates[0].first_line, 3);
  EXPECT_EQ(run.duplicates[0].indicator, this->indicator_);
  EXPECT_EQ(this->store_->ListObservationsForIndicator(this->indicator_)->size(), 1U);

  // Written, then rolled back when `commit` says no.
  run.write = true;
  run.commit = false;
  auto refused = this->store_->ImportObservations(run.Steps());
  ASSERT_TRUE(refused.ok()) << refused.error().ToString();
  EXPECT_EQ(refused->added, 1);
  EXPECT_FALSE(refused->committed);
  EXPECT_EQ(this->store_->ListObservationsForIndicator(this->indicator_)->size(), 1U);

  run.commit = true;
  auto written = this->store_->ImportObservations(run.Steps());
  ASSERT_TRUE(written.ok()) << written.error().ToString();
  EXPECT_TRUE(written->committed);
  EXPECT_EQ(written->added, 1);
  EXPECT_EQ(written->unchanged, 1);
  auto stored = this->store_->ListObservationsForIndicator(this->indicator_);
  ASSERT_EQ(stored->size(), 2U);
  EXPECT_EQ(stored->at(1).value, 2);  // the first of the two rows with that key

  // A failing fill writes nothing, even when asked to commit.
  ImportRun failing;
  failing.rows = {{this->Obs("2022-08-01/P1Y", 3), 2}};
  ImportSteps steps = failing.Steps();
  steps.fill = [&](ObservationStaging& staging) -> Status {
    EXPECT_TRUE(staging.Stage(this->Obs("2022-08-01/P1Y", 3), {2, 0}).ok());
    return InvalidArgument("broken");
  };
  EXPECT_FALSE(this->store_->ImportObservations(steps).ok());
  EXPECT_EQ(this->store_->ListObservationsForIndicator(this->indicator_)->size(), 2U);
}

TYPED_TEST(IndicatorStoreTest, ImportCountsChangedRowsAndWritesOnlyThose) {
  ImportRun first;
  first.rows = {{this->Obs("2020-08-01/P1Y", 1), 2}, {this->Obs("2021-08-01/P1Y", 2), 3}};
  ASSERT_TRUE(this->store_->ImportObservations(first.Steps()).ok());
  ImportRun second;
  auto with_note = this->Obs("2021-08-01/P1Y", 2);
  with_note.note = "revised";
  second.rows = {{this->Obs("2022-08-01/P1Y", 3), 2},   // new
                 {with_note, 3},                        // changed: only the note differs
                 {this->Obs("2020-08-01/P1Y", 1), 4}};  // unchanged
  auto counts = this->store_->ImportObservations(second.Steps());
  ASSERT_TRUE(counts.ok()) << counts.error().ToString();
  EXPECT_EQ(counts->added, 1);
  EXPECT_EQ(counts->changed, 1);
  EXPECT_EQ(counts->unchanged, 1);
  EXPECT_TRUE(counts->committed);
  auto stored = this->store_->ListObservationsForIndicator(this->indicator_);
  ASSERT_EQ(stored->size(), 3U);
  EXPECT_EQ(stored->at(1).note, "revised");
  // The same rows again change nothing.
  auto again = this->store_->ImportObservations(second.Steps());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->changed, 0);
  EXPECT_EQ(again->unchanged, 3);
}

// A row naming a place that no longer exists fails the whole import (the foreign key), and
// nothing is written.
TYPED_TEST(IndicatorStoreTest, ImportOfAnUnknownPlaceIdWritesNothing) {
  ImportRun run;
  auto stray = this->Obs("2020-08-01/P1Y", 1);
  stray.place = PlaceId{this->place_.value + 1000};
  run.rows = {{this->Obs("2019-08-01/P1Y", 1), 2}, {stray, 3}};
  EXPECT_FALSE(this->store_->ImportObservations(run.Steps()).ok());
  EXPECT_TRUE(this->store_->ListObservationsForIndicator(this->indicator_)->empty());
}

// An import checks foreign keys per place and indicator, not per row; afterwards the
// connection checks every row again.
TYPED_TEST(IndicatorStoreTest, AfterAnImportEveryWriteChecksForeignKeysAgain) {
  ImportRun run;
  run.rows = {{this->Obs("2019-08-01/P1Y", 1), 2}};
  ASSERT_TRUE(this->store_->ImportObservations(run.Steps()).ok());
  auto stray = this->Obs("2020-08-01/P1Y", 1);
  stray.place = PlaceId{this->place_.value + 1000};
  EXPECT_FALSE(
      this->store_->Write([&](StoreWriter& w) { return w.UpsertObservation(stray); }).ok());
  EXPECT_EQ(this->store_->ListObservationsForIndicator(this->indicator_)->size(), 1U);
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
