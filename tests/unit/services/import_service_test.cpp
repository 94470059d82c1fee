// Observation import: counts, rejected rows, all-or-nothing, idempotence, layouts, broken
// files and the real ONS files shipped with the demo.
#include "services/import_service.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "domain/column_mapping.hpp"
#include "io/csv_reader.hpp"
#include "services/database.hpp"
#include "services/demo_network.hpp"
#include "store/store.hpp"
#include "unit/test_support.hpp"

namespace lct::services {
namespace {

class ImportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { store_ = lct::testing::WritableDemo::Open("import-unit"); }
  static void TearDownTestSuite() { lct::testing::WritableDemo::Close(store_, "import-unit"); }

  static store::Store& Store() { return *store_; }

  static ImportReport Import(const std::string& csv, ImportOptions options = {}) {
    std::istringstream in(csv);
    auto report = ImportObservations(Store(), in, "test.csv", options);
    EXPECT_TRUE(report.ok()) << report.error().ToString();
    return report.ok() ? *report : ImportReport{};
  }

  // Every observation of Liverpool, to show that a failed import wrote nothing.
  static std::vector<domain::Observation> Liverpool() {
    auto place = Store().GetPlace("E08000012");
    EXPECT_TRUE(place.ok());
    auto observations = Store().ListObservationsForPlace(place->id);
    EXPECT_TRUE(observations.ok());
    return *observations;
  }

  static inline store::Store* store_ = nullptr;
};

TEST_F(ImportTest, NewValuesAreWrittenAndTheSameFileTwiceChangesNothing) {
  const std::string csv =
      "place,indicator,period,value,lower,upper,status,note\n"
      "E08000012,fe-participation,2031-08-01/P1Y,2500,2400,2600,p,first estimate\n"
      "E06000023,fe-participation,2031-08-01/P1Y,2100,,,,\n";
  const auto first = Import(csv);
  EXPECT_TRUE(first.committed);
  EXPECT_EQ(first.rows, 2);
  EXPECT_EQ(first.counts.added, 2);
  EXPECT_EQ(first.counts.changed, 0);
  EXPECT_EQ(first.rejected, 0);
  EXPECT_EQ(first.accepted_by_indicator.at("fe-participation"), 2);
  auto audit = Store().ListAudit(domain::AuditQuery{});
  ASSERT_TRUE(audit.ok());
  ASSERT_FALSE(audit->empty());
  EXPECT_EQ(audit->front().action, "observations.import");
  EXPECT_EQ(audit->front().actor, "cli");
  EXPECT_NE(audit->front().after_json.find("\"added\":2"), std::string::npos);
  const auto stored = Liverpool();
  const auto it = std::find_if(stored.begin(), stored.end(), [](const domain::Observation& o) {
    return o.period == "2031-08-01/P1Y";
  });
  ASSERT_NE(it, stored.end());
  EXPECT_EQ(it->value, 2500);
  EXPECT_EQ(it->lower, 2400);
  EXPECT_EQ(it->upper, 2600);
  EXPECT_EQ(it->status, domain::ObservationStatus::kProvisional);
  EXPECT_EQ(it->note, "first estimate");

  const auto second = Import(csv);
  EXPECT_FALSE(second.committed);
  EXPECT_EQ(second.counts.added, 0);
  EXPECT_EQ(second.counts.changed, 0);
  EXPECT_EQ(second.counts.unchanged, 2);
  EXPECT_EQ(second.not_written_because, "nothing is new or changed");
  EXPECT_EQ(Liverpool(), stored);
}

TEST_F(ImportTest, APreviewCountsChangesAndWritesNothing) {
  Import("place,indicator,period,value\nE08000012,fe-participation,2032-08-01/P1Y,10\n");
  const auto before = Liverpool();
  ImportOptions preview;
  preview.commit = false;
  const auto report = Import(
      "place,indicator,period,value\n"
      "E08000012,fe-participation,2032-08-01/P1Y,11\n"
      "E08000012,fe-participation,2033-08-01/P1Y,12\n",
      preview);
  EXPECT_FALSE(report.committed);
  EXPECT_EQ(report.counts.added, 1);
  EXPECT_EQ(report.counts.changed, 1);
  EXPECT_EQ(report.not_written_because, "this is a preview");
  EXPECT_EQ(Liverpool(), before);

  const auto written = Import(
      "place,indicator,period,value\n"
      "E08000012,fe-participation,2032-08-01/P1Y,11\n"
      "E08000012,fe-participation,2033-08-01/P1Y,12\n");
  EXPECT_TRUE(written.committed);
  EXPECT_EQ(Liverpool().size(), before.size() + 1);
}

TEST_F(ImportTest, AnyRejectedRowStopsTheWholeImportUnlessAskedToSkip) {
  const std::string csv =
      "place,indicator,period,value\n"
      "E08000012,fe-participation,2034-08-01/P1Y,10\n"
      "NOPE,fe-participation,2034-08-01/P1Y,10\n";
  const auto before = Liverpool();
  const auto strict = Import(csv);
  EXPECT_FALSE(strict.committed);
  EXPECT_EQ(strict.rejected, 1);
  ASSERT_EQ(strict.rejected_rows.size(), 1U);
  EXPECT_EQ(strict.rejected_rows[0].line, 3);
  EXPECT_EQ(strict.rejected_rows[0].column, "place");
  EXPECT_EQ(strict.rejected_rows[0].reason, "unknown place code 'NOPE'");
  EXPECT_EQ(strict.rejected_by_reason.at("unknown place code"), 1);
  EXPECT_EQ(Liverpool(), before);

  ImportOptions skip;
  skip.skip_rejected = true;
  const auto skipped = Import(csv, skip);
  EXPECT_TRUE(skipped.committed);
  EXPECT_EQ(skipped.counts.added, 1);
  EXPECT_EQ(Liverpool().size(), before.size() + 1);
}

TEST_F(ImportTest, ReadsAByteOrderMarkQuotedFieldsAndCrlfLineEnds) {
  const std::string csv =
      "\xEF\xBB\xBF"
      "place,indicator,period,value,note\r\n"
      "\"E08000012\",fe-participation,2035-08-01/P1Y,\"1,5\",\"a note, with \"\"quotes\"\"\"\r\n";
  const auto bad = Import(csv);  // "1,5" is not a number: decimal commas are refused
  EXPECT_EQ(bad.rejected, 1);
  const auto good = Import(
      "\xEF\xBB\xBF"
      "place,indicator,period,value,note\r\n"
      "\"E08000012\",fe-participation,2035-08-01/P1Y,\"15\",\"a note, with \"\"quotes\"\"\nover "
      "two lines\"\r\n");
  EXPECT_TRUE(good.committed);
  const auto stored = Liverpool();
  const auto it = std::find_if(stored.begin(), stored.end(), [](const domain::Observation& o) {
    return o.period == "2035-08-01/P1Y";
  });
  ASSERT_NE(it, stored.end());
  EXPECT_EQ(it->note, "a note, with \"quotes\"\nover two lines");
}

TEST_F(ImportTest, MapsColumnsOfAnyLongFile) {
  ImportOptions options;
  ASSERT_TRUE(ApplyMappingOption(options.mapping, "place=LA code").ok());
  ASSERT_TRUE(ApplyMappingOption(options.mapping, "period=Year").ok());
  ASSERT_TRUE(ApplyMappingOption(options.mapping, "value=Rate").ok());
  options.mapping.fixed_indicator = "fe-participation";
  const auto report = Import("LA code,Year,Rate\nE08000012,2036,7\n", options);
  EXPECT_TRUE(report.committed) << report.not_written_because;
  const auto stored = Liverpool();
  EXPECT_TRUE(std::any_of(stored.begin(), stored.end(), [](const domain::Observation& o) {
    return o.period == "2036-01-01/P1Y" && o.value == 7;
  }));
  EXPECT_FALSE(ApplyMappingOption(options.mapping, "colour=red").ok());
  EXPECT_FALSE(ApplyMappingOption(options.mapping, "place").ok());
}

TEST_F(ImportTest, ReadsWideFilesByPeriodAndByIndicator) {
  ImportOptions by_period;
  by_period.mapping.layout = domain::CsvLayout::kWide;
  by_period.mapping.fixed_indicator = "fe-participation";
  by_period.mapping.ignore = {"name"};
  const auto periods = Import(
      "place,name,2037-08-01/P1Y,2038-08-01/P1Y\n"
      "E08000012,Liverpool,1,2\n"
      "E06000023,Bristol,3,\n",
      by_period);
  EXPECT_TRUE(periods.committed);
  EXPECT_EQ(periods.counts.added, 3);  // an empty cell is no observation

  ImportOptions by_indicator;
  by_indicator.mapping.layout = domain::CsvLayout::kWide;
  by_indicator.mapping.fixed_period = "2039-08-01/P1Y";
  const auto indicators =
      Import("place,fe-participation,fe-achievements\nE08000012,4,5\n", by_indicator);
  EXPECT_TRUE(indicators.committed);
  EXPECT_EQ(indicators.counts.added, 2);
  EXPECT_EQ(indicators.accepted_by_indicator.size(), 2U);
}

TEST_F(ImportTest, EveryBrokenFileGivesItsErrorAndWritesNothing) {
  const std::filesystem::path dir =
      std::string(LCT_TEST_DATA_DIR) + "/unit/services/broken_imports";
  std::ifstream expected(dir / "expected.txt");
  ASSERT_TRUE(expected.good());
  std::string line;
  int checked = 0;
  const auto before = Liverpool();
  while (std::getline(expected, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> parts;
    std::stringstream fields(line);
    for (std::string part; std::getline(fields, part, '|');) parts.push_back(part);
    ASSERT_EQ(parts.size(), 4U) << line;
    const std::string& file = parts[0];
    std::ifstream in(dir / file, std::ios::binary);
    ASSERT_TRUE(in.good()) << file;
    ImportOptions options;
    auto report = ImportObservations(Store(), in, file, options);
    if (!report) {
      const Error& e = report.error();
      EXPECT_NE(e.message().find(parts[3]), std::string::npos) << file << ": " << e.ToString();
      EXPECT_EQ(e.location().file, file);
      EXPECT_EQ(e.location().line, std::stoll(parts[1])) << file << ": " << e.ToString();
      EXPECT_EQ(e.location().field, parts[2]) << file << ": " << e.ToString();
    } else {
      EXPECT_FALSE(report->committed) << file;
      ASSERT_FALSE(report->rejected_rows.empty()) << file;
      const auto& r = report->rejected_rows.back();
      EXPECT_NE(r.reason.find(parts[3]), std::string::npos) << file << ": " << r.reason;
      EXPECT_EQ(r.line, std::stoll(parts[1])) << file << ": " << r.reason;
      EXPECT_EQ(r.column, parts[2]) << file << ": " << r.reason;
    }
    ++checked;
  }
  EXPECT_EQ(checked, 12);
  EXPECT_EQ(Liverpool(), before);
}

// Duplicate keys are found once the whole file is read (issue 11: the rows are sorted, not
// looked up one by one); each is still rejected with its line and column, naming the line whose
// row is kept, and listed among the other rejections in line order.
TEST_F(ImportTest, DuplicateKeysNameTheFirstLineAndAreListedInLineOrder) {
  const std::string csv =
      "place,indicator,period,value\n"
      "E08000012,fe-participation,2040-08-01/P1Y,1\n"  // 2: kept
      "E06000023,fe-participation,2040-08-01/P1Y,2\n"  // 3
      "E08000012,fe-participation,2040-08-01/P1Y,3\n"  // 4: line 2's key
      "NOPE,fe-participation,2040-08-01/P1Y,4\n"       // 5: unknown place
      "E08000012,fe-participation,2040-08-01/P1Y,5\n"  // 6: line 2's key again
      "E06000023,fe-participation,2040,6\n";           // 7: another period, not a duplicate
  std::vector<RejectedRow> streamed;
  std::istringstream in(csv);
  auto report = ImportObservations(Store(), in, "test.csv", ImportOptions{},
                                   [&](const RejectedRow& r) { streamed.push_back(r); });
  ASSERT_TRUE(report.ok()) << report.error().ToString();
  EXPECT_FALSE(report->committed);
  EXPECT_EQ(report->rows, 6);
  EXPECT_EQ(report->rejected, 3);
  EXPECT_EQ(streamed.size(), 3U);
  ASSERT_EQ(report->rejected_rows.size(), 3U);
  EXPECT_EQ(report->rejected_rows[0].line, 4);
  EXPECT_EQ(report->rejected_rows[0].column, "value");
  EXPECT_EQ(report->rejected_rows[0].reason,
            "duplicate key: the same place, indicator and period as line 2");
  EXPECT_EQ(report->rejected_rows[1].line, 5);
  EXPECT_EQ(report->rejected_rows[2].line, 6);
  EXPECT_EQ(report->rejected_rows[2].reason,
            "duplicate key: the same place, indicator and period as line 2");
  EXPECT_EQ(report->rejected_by_reason.at("duplicate key"), 2);
  EXPECT_EQ(report->rejected_by_reason.at("unknown place code"), 1);
  EXPECT_EQ(report->counts.added, 3);
  EXPECT_EQ(report->accepted_by_indicator.at("fe-participation"), 3);

  ImportOptions skip;
  skip.skip_rejected = true;
  std::istringstream again(csv);
  auto skipped = ImportObservations(Store(), again, "test.csv", skip);
  ASSERT_TRUE(skipped.ok());
  EXPECT_TRUE(skipped->committed);
  EXPECT_EQ(skipped->counts.added, 3);
  const auto stored = Liverpool();
  const auto it = std::find_if(stored.begin(), stored.end(), [](const domain::Observation& o) {
    return o.period == "2040-08-01/P1Y";
  });
  ASSERT_NE(it, stored.end());
  EXPECT_EQ(it->value, 1);  // the first row of the key, not a later one
}

// A wide file names the column of a duplicate: two columns that are the same period.
TEST_F(ImportTest, ADuplicateInAWideFileNamesItsColumn) {
  ImportOptions options;
  options.mapping.layout = domain::CsvLayout::kWide;
  options.mapping.fixed_indicator = "fe-participation";
  const auto report = Import("place,2041,2041-01-01/P1Y\nE08000012,1,2\n", options);
  ASSERT_EQ(report.rejected_rows.size(), 1U);
  EXPECT_EQ(report.rejected_rows[0].line, 2);
  EXPECT_EQ(report.rejected_rows[0].column, "2041-01-01/P1Y");
  EXPECT_EQ(report.rejected_rows[0].reason,
            "duplicate key: the same place, indicator and period as line 2");
}

// More rejected rows than are listed: the first ones by line are kept, duplicates included.
TEST_F(ImportTest, ListsTheFirstRejectedRowsByLine) {
  std::string csv = "place,indicator,period,value\n";
  csv += "E08000012,fe-participation,2042-08-01/P1Y,1\n";  // line 2
  csv += "E08000012,fe-participation,2042-08-01/P1Y,1\n";  // line 3: a duplicate
  for (std::size_t k = 0; k < kListedRejects + 10; ++k) {
    csv += "NOPE,fe-participation,2042-08-01/P1Y,1\n";
  }
  const auto report = Import(csv);
  EXPECT_EQ(report.rejected, static_cast<std::int64_t>(kListedRejects) + 11);
  ASSERT_EQ(report.rejected_rows.size(), kListedRejects);
  EXPECT_EQ(report.rejected_rows.front().line, 3);
  EXPECT_EQ(report.rejected_rows.back().line, static_cast<std::int64_t>(kListedRejects) + 2);
}

// Each real ONS file imports as published: every row is read; rows of places the database holds
// and indicators the catalogue holds are accepted (all unchanged, since the demo loaded them);
// the rest (Scottish and Northern Irish areas, other indicators) are rejected with a reason.
TEST_F(ImportTest, TheRealOnsFilesImportWithTheExpectedRowCounts) {
  auto places = Store().ListPlaces();
  ASSERT_TRUE(places.ok());
  std::set<std::string> codes;
  for (const auto& p : *places) codes.insert(p.code);
  auto indicators = Store().ListIndicators();
  ASSERT_TRUE(indicators.ok());
  std::set<std::string> names;
  for (const auto& i : *indicators) {
    names.insert(i.name);  // the ONS files name indicators by their published name...
    names.insert(i.code);  // ...or, as for museums, by the code the catalogue uses
  }

  const std::filesystem::path dir = std::string(LCT_SOURCE_DIR) + "/data/demo/ons-local-indicators";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".csv") continue;
    std::ifstream whole(entry.path(), std::ios::binary);
    std::stringstream text;
    text << whole.rdbuf();
    auto table = io::CsvTable::Parse(text.str(), entry.path().string());
    ASSERT_TRUE(table.ok()) << table.error().ToString();
    const auto area = *table->Column("areacd");
    const auto indicator = *table->Column("indicator");
    std::int64_t known = 0;
    for (const auto& row : table->rows()) {
      if (codes.contains(row.fields[area]) && names.contains(row.fields[indicator])) ++known;
    }

    std::ifstream in(entry.path(), std::ios::binary);
    ImportOptions options;
    options.commit = false;
    auto report = ImportObservations(Store(), in, entry.path().filename().string(), options);
    ASSERT_TRUE(report.ok()) << report.error().ToString();
    const auto total = static_cast<std::int64_t>(table->rows().size());
    EXPECT_EQ(report->rows, total) << entry.path();
    EXPECT_EQ(report->rejected, total - known) << entry.path();
    EXPECT_EQ(report->counts.unchanged + report->counts.changed + report->counts.added, known)
        << entry.path();
    EXPECT_EQ(report->counts.added, 0) << entry.path();
    EXPECT_EQ(report->counts.changed, 0) << entry.path();
    ++files;
  }
  EXPECT_EQ(files, 13);
}

}  // namespace
}  // namespace lct::services
