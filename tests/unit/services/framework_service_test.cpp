// services/framework_service and bundled_frameworks: checking, importing (all or nothing,
// idempotent, versioned) and exporting frameworks, and importing the bundled ones.
#include "services/framework_service.hpp"

#include <gtest/gtest.h>

#include "io/framework_yaml.hpp"
#include "services/bundled_frameworks.hpp"
#include "store/store.hpp"
#include "unit/guide_test_support.hpp"

namespace lct::services {
namespace {

using testing::BundledText;
using testing::EmptyStore;
using testing::FrameworkStore;
using testing::MiniFramework;

std::string Describe(const std::vector<Error>& errors) {
  std::string out;
  for (const Error& error : errors) out += "\n  " + error.ToString();
  return out;
}

std::size_t StoredCount(store::Store& store) {
  auto all = store.ListFrameworks();
  EXPECT_TRUE(all.ok());
  return all.ok() ? all->size() : 0;
}

TEST(BundledFrameworks, TheUnescoStructureComesBeforeTheToolkitThatCrosswalksToIt) {
  const auto bundled = BundledFrameworks();
  ASSERT_EQ(bundled.size(), 2U);
  EXPECT_EQ(bundled[0].file_name, "unesco-key-features.yaml");
  EXPECT_EQ(bundled[1].file_name, "toolkit.yaml");
}

TEST(BundledFrameworks, ImportIsIdempotent) {
  auto store = EmptyStore();
  auto first = ImportBundledFrameworks(*store);
  ASSERT_TRUE(first.ok()) << first.error().ToString();
  ASSERT_EQ(first->size(), 2U);
  EXPECT_EQ((*first)[0].id, "unesco-key-features");
  EXPECT_EQ((*first)[1].id, "toolkit");
  for (const auto& f : *first) EXPECT_EQ(f.outcome, ImportOutcome::kImported) << f.id;
  const auto before = store->ListFrameworks();
  ASSERT_TRUE(before.ok());

  auto again = ImportBundledFrameworks(*store);
  ASSERT_TRUE(again.ok()) << again.error().ToString();
  for (const auto& f : *again) EXPECT_EQ(f.outcome, ImportOutcome::kUnchanged) << f.id;
  EXPECT_EQ(store->ListFrameworks().value(), *before);  // same rows, same imported_at
}

TEST(ImportFramework, ABrokenFileWritesNothingAndReportsEveryError) {
  auto store = EmptyStore();
  // Two problems: a criterion without evidence, and an idea linked to an unknown criterion.
  const std::string broken = MiniFramework(1) +
                             "          - id: c-3\n            statement: No evidence.\n"
                             "        ideas:\n          - id: i-1\n            text: Do it.\n"
                             "            criteria: [c-9]\n";
  const auto result = ImportFramework(*store, broken, "broken.yaml");
  ASSERT_FALSE(result.imported.has_value());
  ASSERT_EQ(result.errors.size(), 2U) << Describe(result.errors);
  EXPECT_EQ(result.errors[0].location().file, "broken.yaml");
  EXPECT_EQ(result.errors[0].location().line, 20);
  EXPECT_EQ(result.errors[0].message(), "missing required field 'evidence'");
  EXPECT_EQ(result.errors[1].message(), "idea 'i-1' links to unknown criterion 'c-9'");
  EXPECT_EQ(StoredCount(*store), 0U);
}

TEST(ImportFramework, ReimportingTheSameFileChangesNothing) {
  auto store = EmptyStore();
  const auto first = ImportFramework(*store, MiniFramework(1), "mini.yaml");
  ASSERT_TRUE(first.errors.empty()) << Describe(first.errors);
  EXPECT_EQ(first.imported->outcome, ImportOutcome::kImported);
  const auto before = store->ListFrameworks().value();

  const auto again = ImportFramework(*store, MiniFramework(1), "mini.yaml");
  ASSERT_TRUE(again.errors.empty()) << Describe(again.errors);
  EXPECT_EQ(again.imported->outcome, ImportOutcome::kUnchanged);
  // The same framework laid out differently (as an export writes it) is the same content.
  auto exported = ExportFramework(*store, "mini", std::nullopt);
  ASSERT_TRUE(exported.ok());
  EXPECT_NE(*exported, MiniFramework(1));
  const auto relaid = ImportFramework(*store, *exported, "mini-export.yaml");
  ASSERT_TRUE(relaid.errors.empty()) << Describe(relaid.errors);
  EXPECT_EQ(relaid.imported->outcome, ImportOutcome::kUnchanged);
  EXPECT_EQ(store->ListFrameworks().value(), before);
}

TEST(ImportFramework, OtherContentUnderAnImportedVersionIsAConflict) {
  auto store = EmptyStore();
  ASSERT_TRUE(ImportFramework(*store, MiniFramework(1), "mini.yaml").errors.empty());
  std::string changed = MiniFramework(1);
  changed.replace(changed.find("Something else"), 14, "Something new");
  const auto result = ImportFramework(*store, changed, "changed.yaml");
  ASSERT_EQ(result.errors.size(), 1U) << Describe(result.errors);
  EXPECT_EQ(result.errors[0].code(), ErrorCode::kConflict);
  EXPECT_EQ(result.errors[0].location().line, 2);
  EXPECT_EQ(result.errors[0].location().field, "version");
  EXPECT_NE(result.errors[0].message().find("already imported with different content"),
            std::string::npos);
  auto stored = store->GetFramework("mini", 1);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->yaml, MiniFramework(1));
}

TEST(ImportFramework, ANewVersionMustKeepEveryCriterion) {
  auto store = EmptyStore();
  ASSERT_TRUE(ImportFramework(*store, MiniFramework(1), "mini.yaml").errors.empty());
  // Version 2 drops c-2 (replacing it with c-3) instead of retiring it.
  const auto removed = ImportFramework(*store, MiniFramework(2, "c-3"), "mini-2.yaml");
  ASSERT_EQ(removed.errors.size(), 1U) << Describe(removed.errors);
  EXPECT_EQ(removed.errors[0].message(),
            "criterion 'c-2' of version 1 is missing: retire it (retired: true) instead of "
            "removing it");
  EXPECT_EQ(removed.errors[0].location().file, "mini-2.yaml");
  EXPECT_EQ(StoredCount(*store), 1U);
  // Keeping c-2 and adding nothing else is a valid version 2.
  const auto kept = ImportFramework(*store, MiniFramework(2), "mini-2.yaml");
  ASSERT_TRUE(kept.errors.empty()) << Describe(kept.errors);
  EXPECT_EQ(StoredCount(*store), 2U);
}

TEST(ImportFramework, AVersionBelowTheStoredHighestIsRefused) {
  auto store = EmptyStore();
  ASSERT_TRUE(ImportFramework(*store, MiniFramework(2), "mini-2.yaml").errors.empty());
  const auto older = ImportFramework(*store, MiniFramework(1), "mini.yaml");
  ASSERT_EQ(older.errors.size(), 1U) << Describe(older.errors);
  EXPECT_EQ(older.errors[0].message(), "version must be greater than 2, found 1");
  EXPECT_EQ(StoredCount(*store), 1U);
}

TEST(ImportFramework, CrosswalkTargetsAreCheckedAgainstStoredFrameworks) {
  auto store = EmptyStore();
  const std::string toolkit = BundledText("toolkit.yaml");
  const auto alone = ImportFramework(*store, toolkit, "toolkit.yaml");
  ASSERT_FALSE(alone.errors.empty());
  EXPECT_EQ(alone.errors[0].message(), "crosswalk to unknown framework 'unesco-key-features'");
  EXPECT_EQ(StoredCount(*store), 0U);
  ASSERT_TRUE(ImportFramework(*store, BundledText("unesco-key-features.yaml"), "unesco.yaml")
                  .errors.empty());
  const auto after = ImportFramework(*store, toolkit, "toolkit.yaml");
  EXPECT_TRUE(after.errors.empty()) << Describe(after.errors);
}

TEST(CheckFramework, ReportsWhatImportWouldWithoutWriting) {
  auto store = FrameworkStore();
  const std::size_t before = StoredCount(*store);
  auto fine = CheckFramework(*store, MiniFramework(1), "mini.yaml");
  ASSERT_TRUE(fine.ok());
  EXPECT_TRUE(fine->errors.empty()) << Describe(fine->errors);
  ASSERT_TRUE(fine->framework.has_value());
  EXPECT_EQ(fine->framework->criteria, 2);
  EXPECT_EQ(StoredCount(*store), before);
  std::string changed = BundledText("toolkit.yaml");
  changed.replace(changed.find("title: Learning City Toolkit"), 28, "title: Another toolkit");
  auto conflict = CheckFramework(*store, changed, "toolkit.yaml");
  ASSERT_TRUE(conflict.ok());
  ASSERT_EQ(conflict->errors.size(), 1U) << Describe(conflict->errors);
  EXPECT_EQ(conflict->errors[0].code(), ErrorCode::kConflict);
}

TEST(CheckFramework, WithoutADatabaseCrosswalksAreCheckedAgainstTheBundledFrameworks) {
  EXPECT_TRUE(CheckFramework(BundledText("toolkit.yaml"), "toolkit.yaml").errors.empty());
  std::string wrong = BundledText("toolkit.yaml");
  wrong.replace(wrong.find("items: ['3.2', G2]"), 18, "items: ['9.9', G2]");
  const auto check = CheckFramework(wrong, "toolkit.yaml");
  ASSERT_FALSE(check.errors.empty());
  EXPECT_EQ(check.errors[0].message(),
            "crosswalk target '9.9' does not exist in framework 'unesco-key-features'");
  EXPECT_FALSE(check.framework.has_value());
}

TEST(ExportFramework, WritesAFileThatReadsBackAsTheSameFramework) {
  auto store = FrameworkStore();
  auto yaml = ExportFramework(*store, "toolkit", std::nullopt);
  ASSERT_TRUE(yaml.ok()) << yaml.error().ToString();
  auto exported = io::ParseFrameworkYaml(*yaml, "export.yaml");
  auto original = io::ParseFrameworkYaml(BundledText("toolkit.yaml"), "toolkit.yaml");
  ASSERT_TRUE(exported.ok() && original.ok());
  EXPECT_EQ(*exported, *original);
  EXPECT_EQ(ExportFramework(*store, "toolkit", 7).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(ExportFramework(*store, "nope", std::nullopt).error().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace lct::services
