// render/account_pages: the audit log as CSV, with hostile text neutralised (issue 11).
#include "render/account_pages.hpp"

#include <gtest/gtest.h>

#include "unit/csv_test_support.hpp"

namespace lct::render {
namespace {

TEST(AuditCsv, AHostileEntryComesOutNeutralised) {
  std::vector<domain::AuditEntry> entries;
  std::int64_t id = 0;
  for (const std::string& hostile : testing::HostileCells()) {
    domain::AuditEntry e;
    e.id = ++id;
    e.at = "2026-03-01T10:00:00Z";
    e.actor = hostile;
    e.action = "indicator.update";
    e.entity = "indicator";
    e.entity_id = hostile;
    e.place_code = hostile;
    e.before_json = hostile;
    e.after_json = R"json({"name":"=HYPERLINK(\"http://x\")"})json";
    entries.push_back(e);
  }
  const std::string csv = AuditCsv(entries);
  testing::ExpectNeutralised(csv, testing::HostileCells());
  EXPECT_TRUE(csv.starts_with("id,at,actor,action,entity,entity_id,place_code,before,after\r\n"));
  EXPECT_NE(csv.find("\r\n1,2026-03-01T10:00:00Z,"), std::string::npos) << csv;
}

}  // namespace
}  // namespace lct::render
