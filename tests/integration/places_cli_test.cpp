// Issue 13: a network of one's own set up from files alone with the shipped Welsh example:
// `lct network set|show`, `lct places import|export|list`, with each import all or nothing,
// idempotent, and every problem named by file, line and column.
#include <gtest/gtest.h>

#include <string>

#include "integration/server_support.hpp"
#include "integration/temp_dir_support.hpp"

namespace lct::testing {
namespace {

std::string Example(const std::string& name) {
  return std::string(LCT_SOURCE_DIR) + "/examples/wales/" + name;
}

class PlacesCli : public TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    db_ = Path("lct.db");
    const LctRun init = RunLct({"init", "--db", db_});
    ASSERT_EQ(init.status, 0) << init.output;
  }

  // Sets the Welsh network file and imports its places file.
  void SetUpWales() {
    const LctRun set = RunLct({"network", "set", Example("network.yaml"), "--db", db_});
    ASSERT_EQ(set.status, 0) << set.output;
    const LctRun import = RunLct({"places", "import", Example("places.csv"), "--db", db_});
    ASSERT_EQ(import.status, 0) << import.output;
    EXPECT_NE(import.output.find("23 added, 0 changed, 0 unchanged"), std::string::npos)
        << import.output;
  }

  std::string db_;
};

TEST_F(PlacesCli, TheNetworkFileIsStoredAndShown) {
  const LctRun none = RunLct({"network", "show", "--db", db_});
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.output.find("no network definition is stored"), std::string::npos) << none.output;
  const LctRun set = RunLct({"network", "set", Example("network.yaml"), "--db", db_});
  ASSERT_EQ(set.status, 0) << set.output;
  EXPECT_NE(set.output.find("stored the network 'Learning places of Wales'; levels nation > "
                            "principal-area"),
            std::string::npos)
      << set.output;
  const LctRun show = RunLct({"network", "show", "--db", db_});
  ASSERT_EQ(show.status, 0) << show.output;
  EXPECT_NE(show.output.find("name: Learning places of Wales"), std::string::npos) << show.output;
  EXPECT_NE(show.output.find("key: principal-area"), std::string::npos) << show.output;
}

TEST_F(PlacesCli, ABadNetworkFileIsRefusedByLineAndField) {
  const std::string bad =
      Write("network.yaml", "name: X\nlevels:\n  - key: City\n    name: City\n");
  const LctRun set = RunLct({"network", "set", bad, "--db", db_});
  EXPECT_EQ(set.status, 1) << set.output;
  EXPECT_NE(set.output.find(bad + ":3: levels[0].key: 'City' is not a level key"),
            std::string::npos)
      << set.output;
  EXPECT_EQ(RunLct({"network", "show", "--db", db_}).status, 1);
}

TEST_F(PlacesCli, PlacesNeedANetworkDefinitionFirst) {
  const LctRun import = RunLct({"places", "import", Example("places.csv"), "--db", db_});
  EXPECT_EQ(import.status, 1) << import.output;
  EXPECT_NE(import.output.find("no network definition is stored yet"), std::string::npos)
      << import.output;
}

TEST_F(PlacesCli, ImportingTwiceAndAnExportChangeNothing) {
  SetUpWales();
  const LctRun again = RunLct({"places", "import", Example("places.csv"), "--db", db_});
  ASSERT_EQ(again.status, 0) << again.output;
  EXPECT_NE(again.output.find("0 added, 0 changed, 23 unchanged"), std::string::npos)
      << again.output;

  const std::string exported = Path("exported.csv");
  const LctRun out = RunLct({"places", "export", "--out", exported, "--db", db_});
  ASSERT_EQ(out.status, 0) << out.output;
  EXPECT_EQ(Read("exported.csv").rfind("code,name,level,parent,membership,", 0), 0U);
  const LctRun back = RunLct({"places", "import", exported, "--db", db_});
  ASSERT_EQ(back.status, 0) << back.output;
  EXPECT_NE(back.output.find("0 added, 0 changed, 23 unchanged"), std::string::npos) << back.output;

  const LctRun list = RunLct({"places", "list", "--level", "nation", "--db", db_});
  ASSERT_EQ(list.status, 0) << list.output;
  EXPECT_NE(list.output.find("Wales"), std::string::npos) << list.output;
  EXPECT_NE(list.output.find("1 places"), std::string::npos) << list.output;
  const LctRun areas = RunLct({"places", "list", "--level", "principal-area", "--db", db_});
  EXPECT_NE(areas.output.find("22 places"), std::string::npos) << areas.output;
  const LctRun unknown = RunLct({"places", "list", "--level", "county", "--db", db_});
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.output.find("unknown level 'county'"), std::string::npos) << unknown.output;
}

TEST_F(PlacesCli, ADryRunStoresNothing) {
  ASSERT_EQ(RunLct({"network", "set", Example("network.yaml"), "--db", db_}).status, 0);
  const LctRun dry = RunLct({"places", "import", Example("places.csv"), "--dry-run", "--db", db_});
  ASSERT_EQ(dry.status, 0) << dry.output;
  EXPECT_NE(dry.output.find("23 added, 0 changed, 0 unchanged (dry run: nothing stored)"),
            std::string::npos)
      << dry.output;
  EXPECT_NE(RunLct({"places", "list", "--db", db_}).output.find("0 places"), std::string::npos);
}

TEST_F(PlacesCli, ABadFileChangesNothingAndNamesEachProblem) {
  SetUpWales();
  const std::string exported = Path("before.csv");
  ASSERT_EQ(RunLct({"places", "export", "--out", exported, "--db", db_}).status, 0);
  const std::string bad = Write("bad.csv",
                                "code,name,level,parent,membership\n"
                                "W06000011,Swansea renamed,principal-area,W92000004,member\n"
                                "W06000099,Nowhere,principal-area,W92000009,member\n"
                                "W06000011,Swansea again,principal-area,W92000004,member\n"
                                "W06000098,No level,,W92000004,member\n"
                                "X1,Loop one,nation,X2,\n"
                                "X2,Loop two,nation,X1,\n");
  const LctRun run = RunLct({"places", "import", bad, "--db", db_});
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find(bad + ":3:4: parent: unknown parent 'W92000009'"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find(bad + ":4:1: code: the code 'W06000011' is given twice"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find(bad + ":5:3: level: the level is empty"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find(bad + ":6:4: parent: the parents go round in a cycle"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("nothing was stored"), std::string::npos) << run.output;

  const std::string after = Path("after.csv");
  ASSERT_EQ(RunLct({"places", "export", "--out", after, "--db", db_}).status, 0);
  EXPECT_EQ(Read("after.csv"), Read("before.csv"));
}

}  // namespace
}  // namespace lct::testing
