// The import sorter: key order, the order of rows with one key, every field kept, and the same
// result when rows spill to the temporary file in many runs.
#include "store/sqlite/import_sorter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace lct::store::sqlite {
namespace {

struct Row {
  domain::Observation observation;
  StagedFrom from;
};

domain::Observation Obs(std::int64_t indicator, std::int64_t place, std::string period,
                        std::optional<double> value, std::string note = {}) {
  domain::Observation o;
  o.indicator = IndicatorId{indicator};
  o.place = PlaceId{place};
  o.period = std::move(period);
  o.value = value;
  o.note = std::move(note);
  return o;
}

// Adds every row, then reads them all back.
std::vector<Row> SortAll(ImportSorter& sorter, const std::vector<Row>& rows) {
  for (const Row& r : rows) EXPECT_TRUE(sorter.Add(r.observation, r.from).ok());
  EXPECT_TRUE(sorter.Finish().ok());
  std::vector<Row> out;
  while (true) {
    auto next = sorter.Next();
    EXPECT_TRUE(next.ok()) << next.error().ToString();
    if (!next.ok() || !next->has_value()) break;
    const SortedRow& s = **next;
    domain::Observation o;
    o.indicator = s.indicator;
    o.place = s.place;
    o.period = std::string(s.period);
    o.value = s.value;
    o.lower = s.lower;
    o.upper = s.upper;
    o.status = s.status;
    o.note = std::string(s.note);
    out.push_back({o, s.from});
  }
  return out;
}

// What the sorter should give: by key, then in the order added.
std::vector<Row> Expected(std::vector<Row> rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.observation.indicator, a.observation.place, a.observation.period) <
           std::tie(b.observation.indicator, b.observation.place, b.observation.period);
  });
  return rows;
}

void ExpectSame(const std::vector<Row>& got, const std::vector<Row>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].observation, want[i].observation) << "row " << i;
    EXPECT_EQ(got[i].from.line, want[i].from.line) << "row " << i;
    EXPECT_EQ(got[i].from.column, want[i].from.column) << "row " << i;
  }
}

TEST(ImportSorter, GivesRowsInKeyOrderAndRowsOfOneKeyInTheOrderAdded) {
  auto full = Obs(1, 5, "2020-08-01/P1Y", 2.5, "a note, with \"quotes\"\nand a line break");
  full.lower = -1;
  full.upper = 0;  // zero and absent are told apart
  full.status = domain::ObservationStatus::kProvisional;
  const std::vector<Row> rows = {
      {Obs(2, 1, "2020", 1), {2, 0}},
      {Obs(1, 5, "2021-08-01/P1Y", std::nullopt), {3, 0}},
      {full, {4, 3}},
      {Obs(1, 5, "2020-08-01/P1Y", 9), {5, 1}},  // the key of line 4 again
      {Obs(1, 2, "2030", 1), {6, 0}},
      {Obs(1, 5, "2020-08-01/P1Y", 8), {5, 2}},  // and again, on line 5
  };
  ImportSorter sorter(std::size_t{1} << 20);
  const auto got = SortAll(sorter, rows);
  EXPECT_EQ(sorter.spilled_runs(), 0U);
  EXPECT_EQ(sorter.rows(), 6);
  ExpectSame(got, Expected(rows));
  EXPECT_EQ(got[1].observation, full);
  EXPECT_FALSE(got[4].observation.value.has_value());
}

TEST(ImportSorter, SpillsToManyRunsAndMergesThemInTheSameOrder) {
  std::mt19937 random(20240401);
  std::vector<Row> rows;
  for (std::int64_t line = 2; line < 3000; ++line) {
    const auto indicator = static_cast<std::int64_t>(random() % 5);
    const auto place = static_cast<std::int64_t>(random() % 40);
    const std::string period = std::to_string(2000 + random() % 20);
    const std::string note = line % 97 == 0 ? std::string(5000, 'x') : "n" + std::to_string(line);
    rows.push_back({Obs(indicator, place, period, static_cast<double>(line), note),
                    {line, static_cast<std::int32_t>(line % 3)}});
  }
  ImportSorter sorter(4096);  // a few dozen rows a run; some rows are larger than that alone
  const auto got = SortAll(sorter, rows);
  EXPECT_GT(sorter.spilled_runs(), 10U);
  ExpectSame(got, Expected(rows));
}

TEST(ImportSorter, NoRowsGiveNoRows) {
  ImportSorter sorter(4096);
  EXPECT_TRUE(SortAll(sorter, {}).empty());
}

TEST(ImportSorter, RefusesToReadBeforeTheLastRowOrToAddAfterIt) {
  ImportSorter sorter(4096);
  EXPECT_FALSE(sorter.Next().ok());
  ASSERT_TRUE(sorter.Finish().ok());
  EXPECT_FALSE(sorter.Add(Obs(1, 1, "2020", 1), {2, 0}).ok());
}

}  // namespace
}  // namespace lct::store::sqlite
