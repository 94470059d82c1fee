// lct_import_rows and lct_import_tally: an import's sorted rows as SQL sees them, each key once,
// later rows of a key handed to the duplicate handler with the line of the first.
#include "store/sqlite/import_rows.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace lct::store::sqlite {
namespace {

constexpr const char* kReadRows =
    "SELECT indicator_id, place_id, period, value, status, note, line FROM lct_import_rows(?1)";
constexpr const char* kReadWithoutPass = "SELECT count(*) FROM lct_import_rows(?1)";
constexpr const char* kTally =
    "SELECT lct_import_tally(?1, 1), lct_import_tally(?1, 0), lct_import_tally(?1, 0)";

std::unique_ptr<Connection> Open() {
  auto db = Connection::Open(":memory:", 1000);
  EXPECT_TRUE(db.ok());
  EXPECT_TRUE(RegisterImportRows(**db).ok());
  return std::move(*db);
}

domain::Observation Obs(std::int64_t indicator, std::string period, double value) {
  domain::Observation o;
  o.indicator = IndicatorId{indicator};
  o.place = PlaceId{1};
  o.period = std::move(period);
  o.value = value;
  o.status = domain::ObservationStatus::kSuppressed;
  o.note = "n";
  return o;
}

TEST(ImportRows, GivesEachKeyOnceAndNamesTheFirstLineOfEachDuplicate) {
  auto db = Open();
  ImportSorter sorter(4096);
  ASSERT_TRUE(sorter.Add(Obs(2, "2020", 1), {2, 0}).ok());
  ASSERT_TRUE(sorter.Add(Obs(1, "2020", 2), {3, 0}).ok());
  ASSERT_TRUE(sorter.Add(Obs(2, "2020", 3), {4, 5}).ok());  // line 2's key
  ASSERT_TRUE(sorter.Add(Obs(2, "2020", 4), {6, 5}).ok());  // and again
  ASSERT_TRUE(sorter.Finish().ok());
  std::vector<DuplicateRow> duplicates;
  const std::function<void(const DuplicateRow&)> on_duplicate = [&](const DuplicateRow& d) {
    duplicates.push_back(d);
  };
  ImportPass pass(sorter, on_duplicate);
  auto stmt = db->Prepare(kReadRows);
  ASSERT_TRUE(stmt.ok());
  pass.Bind(**stmt, 1);
  std::vector<std::int64_t> lines;
  while (true) {
    auto row = (*stmt)->Step();
    ASSERT_TRUE(row.ok()) << row.error().ToString();
    if (!*row) break;
    lines.push_back((*stmt)->Int(6));
    EXPECT_EQ((*stmt)->Text(4), "x");
    EXPECT_EQ((*stmt)->Text(5), "n");
  }
  EXPECT_EQ(lines, (std::vector<std::int64_t>{3, 2}));  // indicator 1 first
  EXPECT_EQ(pass.rows(), 2);
  ASSERT_EQ(duplicates.size(), 2U);
  EXPECT_EQ(duplicates[0].from.line, 4);
  EXPECT_EQ(duplicates[0].from.column, 5);
  EXPECT_EQ(duplicates[0].first_line, 2);
  EXPECT_EQ(duplicates[1].from.line, 6);
  EXPECT_EQ(duplicates[1].first_line, 2);
  EXPECT_EQ(duplicates[1].indicator, IndicatorId{2});
}

TEST(ImportRows, AHandlerThatThrowsStopsTheStatementWithAnError) {
  auto db = Open();
  ImportSorter sorter(4096);
  ASSERT_TRUE(sorter.Add(Obs(1, "2020", 1), {2, 0}).ok());
  ASSERT_TRUE(sorter.Add(Obs(1, "2020", 1), {3, 0}).ok());
  ASSERT_TRUE(sorter.Finish().ok());
  const std::function<void(const DuplicateRow&)> on_duplicate = [](const DuplicateRow&) {
    throw std::runtime_error("no room");
  };
  ImportPass pass(sorter, on_duplicate);
  auto stmt = db->Prepare(kReadWithoutPass);
  ASSERT_TRUE(stmt.ok());
  pass.Bind(**stmt, 1);
  EXPECT_FALSE((*stmt)->Step().ok());
  ASSERT_TRUE(pass.failure().has_value());
  EXPECT_NE(pass.failure()->message().find("no room"), std::string::npos);
}

TEST(ImportRows, NeedsAPassAndCountsTallies) {
  auto db = Open();
  auto stmt = db->Prepare(kReadWithoutPass);
  ASSERT_TRUE(stmt.ok());
  EXPECT_FALSE((*stmt)->Step().ok());  // nothing bound: no rows to read

  ImportSorter sorter(4096);
  ASSERT_TRUE(sorter.Finish().ok());
  ImportPass pass(sorter, {});
  auto tally = db->Prepare(kTally);
  ASSERT_TRUE(tally.ok());
  pass.Bind(**tally, 1);
  auto row = (*tally)->Step();
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ((*tally)->Int(0), 1);
  EXPECT_EQ((*tally)->Int(1), 0);
  EXPECT_EQ(pass.changed(), 1);
  EXPECT_EQ(pass.unchanged(), 2);
}

}  // namespace
}  // namespace lct::store::sqlite
