// `lct network check`: a network's set-up files checked together before anything is stored, with
// every problem named by file, line and column, and the shipped Welsh example passing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "integration/server_support.hpp"
#include "integration/temp_dir_support.hpp"

namespace lct::testing {
namespace {

std::string Example(const std::string& name) {
  return std::string(LCT_SOURCE_DIR) + "/examples/wales/" + name;
}

class NetworkCheck : public TempDirTest {};

TEST_F(NetworkCheck, TheWelshExampleWithItsBoundariesPasses) {
  const LctRun run = RunLct(
      {"network", "check", Example("network.yaml"), "--places", Example("places.csv"),
       "--boundaries", std::string(LCT_SOURCE_DIR) + "/data/demo/uk-boundaries/uk-areas.topo.json",
       "--object", "ltla", "--code-property", "areacd", "--repair", "--skip-unmatched"});
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("OK: network 'Learning places of Wales' (en-GB, numbers as 1,234.5); "
                            "levels nation > principal-area; compared within nation"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("OK: 23 places (nation 1, principal-area 22); 22 members"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("OK: 22 boundaries (1 repaired, 387 left out as no place's)"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("1 places without a boundary"), std::string::npos) << run.output;
}

TEST_F(NetworkCheck, EveryProblemOfThePlacesFileIsListedWithLineAndColumn) {
  const std::string places = Write("places.csv",
                                   "code,name,level,parent\n"
                                   "W92000004,Wales,nation,\n"
                                   "W06000011,Swansea,principal-area,W92000005\n"
                                   "W06000011,Swansea again,principal-area,W92000004\n"
                                   "W06000015,Cardiff,county,W92000004\n");
  const LctRun run = RunLct({"network", "check", Example("network.yaml"), "--places", places});
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find(places + ":3:4: parent: unknown parent 'W92000005'"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find(places + ":4:1: code: the code 'W06000011' is given twice"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find(places + ":5:3: level: unknown level 'county'"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("3 problems found"), std::string::npos) << run.output;
}

TEST_F(NetworkCheck, ABrokenNetworkFileIsReportedBeforeThePlaces) {
  const std::string network =
      Write("network.yaml", "name: X\nlevels:\n  - key: City\n    name: City\n");
  const LctRun run = RunLct({"network", "check", network, "--places", Example("places.csv")});
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find(network + ":3: levels[0].key: 'City' is not a level key"),
            std::string::npos)
      << run.output;
  EXPECT_EQ(run.output.find("places.csv"), std::string::npos) << run.output;
}

TEST_F(NetworkCheck, BoundariesNeedPlacesAndAMissingFileIsNamed) {
  const LctRun alone = RunLct(
      {"network", "check", Example("network.yaml"), "--boundaries", Example("network.yaml")});
  EXPECT_EQ(alone.status, 1);
  EXPECT_NE(alone.output.find("--boundaries needs --places"), std::string::npos) << alone.output;
  const LctRun missing = RunLct({"network", "check", (dir_ / "none.yaml").string()});
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.output.find("cannot read"), std::string::npos) << missing.output;
}

}  // namespace
}  // namespace lct::testing
