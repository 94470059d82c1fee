// services/indicator_catalogue: the catalogue CSV out and back in. Text the export neutralised
// (a leading ' before = + - @ TAB CR) reads back exactly as stored; source addresses must be
// http or https (issue 11, item 3).
#include "services/indicator_catalogue.hpp"

#include <gtest/gtest.h>

#include "services/bundled_frameworks.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "unit/csv_test_support.hpp"

namespace lct::services {
namespace {

constexpr const char* kHeader =
    "code,name,description,topic,measure,unit,decimals,direction,source_org,source_url,"
    "source_date,licence,caveats,dataset,geography,proxy,links\n";

class CatalogueTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::OpenSqliteStore({":memory:", 1, 2000});
    ASSERT_TRUE(opened.ok());
    store_ = std::move(*opened);
    ASSERT_TRUE(ImportBundledFrameworks(*store_).ok());
  }

  void Save(const domain::Indicator& indicator) {
    auto errors = SaveIndicator(*store_, indicator);
    ASSERT_TRUE(errors.ok()) << errors.error().ToString();
    ASSERT_TRUE(errors->empty()) << (*errors)[0].ToString();
  }

  std::string Export() {
    auto csv = ExportCatalogueCsv(*store_);
    EXPECT_TRUE(csv.ok()) << csv.error().ToString();
    return csv.ok() ? *csv : std::string();
  }

  std::unique_ptr<store::Store> store_;
};

domain::Indicator Hostile() {
  domain::Indicator i;
  i.code = "hostile";
  i.name = "=1+1 learners";
  i.description = "'=already quoted";
  i.topic = "@home";
  i.measure = "\tTabbed";
  i.unit = "+";
  i.direction = domain::Direction::kHigherIsBetter;
  i.source_org = "-5 points";
  i.source_url = "https://www.ons.gov.uk/x";
  i.licence = "\r=licence";
  i.caveats = "=HYPERLINK(\"http://x\",\"click\")";
  i.links = {"toolkit/performance"};
  return i;
}

TEST_F(CatalogueTest, TheExportNeutralisesFormulaText) {
  Save(Hostile());
  const std::string csv = Export();
  testing::ExpectNeutralised(csv, {"=1+1 learners", "@home", "\tTabbed", "+", "-5 points",
                                   "\r=licence", "=HYPERLINK(\"http://x\",\"click\")"});
  // Text that already began with a quote before a formula gets one more, so it reads back.
  EXPECT_NE(csv.find("\"''=already quoted\""), std::string::npos) << csv;
}

TEST_F(CatalogueTest, ExportThenImportRoundTripsTextThatStartsWithEquals) {
  Save(Hostile());
  const std::string csv = Export();
  auto imported = ImportCatalogue(*store_, csv, "catalogue.csv", true);
  ASSERT_TRUE(imported.ok()) << imported.error().ToString();
  ASSERT_TRUE(imported->errors.empty()) << imported->errors[0].ToString();
  EXPECT_EQ(imported->unchanged, 1);
  EXPECT_EQ(imported->updated, 0);
  EXPECT_EQ(imported->added, 0);
  auto stored = store_->GetIndicator("hostile");
  ASSERT_TRUE(stored.ok());
  domain::Indicator expected = Hostile();
  expected.id = stored->id;
  EXPECT_EQ(*stored, expected);
  EXPECT_EQ(stored->name, "=1+1 learners");
  EXPECT_EQ(stored->description, "'=already quoted");
  EXPECT_EQ(Export(), csv);
}

TEST_F(CatalogueTest, TheImportRestoresOnlyTheQuoteTheWriterAdds) {
  // A hand-written file: a bare formula cell stays as written (it is text in the catalogue), a
  // quote before ordinary text is kept, and a quote before a formula character is removed.
  const std::string file =
      std::string(kHeader) + "a,=1+1,'hello,'-5 points,,,1,higher,,,,,,,,no,\n";
  auto imported = ImportCatalogue(*store_, file, "hand.csv", true);
  ASSERT_TRUE(imported.ok());
  ASSERT_TRUE(imported->errors.empty()) << imported->errors[0].ToString();
  auto stored = store_->GetIndicator("a");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->name, "=1+1");
  EXPECT_EQ(stored->description, "'hello");
  EXPECT_EQ(stored->topic, "-5 points");
}

TEST_F(CatalogueTest, ASourceAddressMustBeHttpOrHttps) {
  for (const char* bad :
       {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
        "ftp://example.org", "file:///etc/passwd", "https://", "http:///path",
        "https://exa mple.org", "//example.org", "www.example.org", "'=https://example.org"}) {
    SCOPED_TRACE(bad);
    const std::string file =
        std::string(kHeader) + "b,Bad source,,,,,1,higher,ONS,\"" + bad + "\",,,,,,no,\n";
    auto imported = ImportCatalogue(*store_, file, "bad.csv", true);
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->errors.size(), 1U);
    const Error& e = imported->errors[0];
    EXPECT_EQ(e.location(), (ErrorLocation{"bad.csv", 2, "source_url"}));
    EXPECT_NE(e.message().find("http://"), std::string::npos) << e.message();
    EXPECT_FALSE(imported->committed);
    EXPECT_EQ(store_->GetIndicator("b").error().code(), ErrorCode::kNotFound);  // nothing written

    domain::Indicator i = Hostile();
    i.source_url = bad;
    auto errors = SaveIndicator(*store_, i);
    ASSERT_TRUE(errors.ok());
    ASSERT_EQ(errors->size(), 1U);
    EXPECT_EQ((*errors)[0].location().field, "source_url");
  }
  for (const char* good : {"https://www.ons.gov.uk/explore-local-statistics", "http://example.org",
                           "HTTPS://EXAMPLE.ORG/A?b=c#d", ""}) {
    domain::Indicator i = Hostile();
    i.source_url = good;
    auto errors = SaveIndicator(*store_, i);
    ASSERT_TRUE(errors.ok());
    EXPECT_TRUE(errors->empty()) << good;
  }
}

}  // namespace
}  // namespace lct::services
