// Issue 11: text stored before input was checked may hold invalid UTF-8. Every page and export
// must still answer (JSON with U+FFFD in place of the bad bytes, CSV and HTML as they are), never
// 500. The bad bytes are written straight into the database with the sqlite3 C API.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "integration/http_client_support.hpp"
#include "integration/server_support.hpp"
#include "store/store.hpp"

namespace lct::testing {
namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// CAST(X'..' AS TEXT) stores the bytes as they are: SQLite does not check text encoding.
constexpr const char* kPlant = R"sql(
UPDATE places SET name = 'Liverpool ' || CAST(X'FF' AS TEXT) WHERE code = 'E08000012';
UPDATE indicators SET name = name || CAST(X'C328' AS TEXT), description = CAST(X'E9' AS TEXT)
  WHERE code = 'fe-participation';
UPDATE observations SET note = 'old ' || CAST(X'FE' AS TEXT)
  WHERE place_id = (SELECT id FROM places WHERE code = 'E08000012');
INSERT INTO targets (place_id, indicator_id, baseline_value, baseline_period, target_value,
                     target_date, note)
  SELECT p.id, i.id, 50, '2021', 60, '2030-12-31', 'note ' || CAST(X'FF' AS TEXT)
  FROM places p, indicators i WHERE p.code = 'E08000012' AND i.code = 'level-3-qualifications';
UPDATE assessment_respondents SET sector = sector || CAST(X'FF' AS TEXT),
                                  name = 'Resp ' || CAST(X'FF' AS TEXT);
UPDATE assessment_answers SET evidence = 'ev ' || CAST(X'FF' AS TEXT),
                              comment = 'c ' || CAST(X'80' AS TEXT);
INSERT INTO audit_log (at, actor, action, entity, entity_id, place_code, after_json)
  VALUES ('2025-01-01T00:00:00Z', 'old ' || CAST(X'FF' AS TEXT), 'place.update', 'place',
          'E08000012', 'E08000012', '{"name":"' || CAST(X'FF' AS TEXT) || '"}');
)sql";

class StoredText : public SignedInAdminTest {
 protected:
  static void SetUpTestSuite() {
    SignedInAdminTest::SetUpTestSuite();
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(Db().c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, kPlant, nullptr, nullptr, &message);
    const std::string error = message == nullptr ? "" : message;
    sqlite3_free(message);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << error;
  }
};

TEST_F(StoredText, PublicJsonAndCsvExportsStillAnswer) {
  for (const char* target :
       {"/api/v1/places", "/api/v1/places/E08000012", "/api/v1/indicators", "/api/v1/index"}) {
    const auto r = Get(Port(), target);
    EXPECT_EQ(r.status, 200) << target << "\n" << r.body.substr(0, 300);
  }
  EXPECT_NE(Get(Port(), "/api/v1/places").body.find(std::string("Liverpool ") + kReplacement),
            std::string::npos);
  for (const char* target : {"/places.csv", "/places/E08000012/indicators.csv", "/indicators.csv",
                             "/indicators/fe-participation.csv?place=E08000012", "/",
                             "/places/E08000012", "/indicators/fe-participation?place=E08000012"}) {
    EXPECT_EQ(Get(Port(), target).status, 200) << target;
  }
}

TEST_F(StoredText, PrivateJsonAndCsvExportsStillAnswer) {
  HttpClient admin = Admin();
  const auto rounds = admin.Get("/places/E08000012/rounds");
  ASSERT_EQ(rounds.status, 200);
  const auto link = rounds.body.find("/places/E08000012/rounds/");
  ASSERT_NE(link, std::string::npos);
  const std::string round =
      rounds.body.substr(link, rounds.body.find_first_not_of("0123456789", link + 25) - link);
  for (const std::string& target :
       {std::string("/api/v1/places/E08000012/targets"), std::string("/api/v1/me"),
        round + "/export.json", round + "/export.csv", round, "/api/v1" + round + "/results",
        std::string("/admin/audit"), std::string("/admin/audit.csv"),
        std::string("/places/E08000012/targets"), std::string("/account")}) {
    const auto r = admin.Get(target);
    EXPECT_EQ(r.status, 200) << target << "\n" << r.body.substr(0, 300);
  }
  EXPECT_NE(
      admin.Get("/api/v1/places/E08000012/targets").body.find(std::string("note ") + kReplacement),
      std::string::npos);
}

}  // namespace
}  // namespace lct::testing
