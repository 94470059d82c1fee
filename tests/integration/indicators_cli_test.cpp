// `lct indicators export|import` run as a user would (issue 11, item 3): text that starts like a
// formula is neutralised in the export and reads back exactly; a source address must be http or
// https, refused with file:line: source_url: message and nothing written.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "integration/temp_dir_support.hpp"

namespace lct::testing {
namespace {

struct CliRun {
  int status = -1;
  std::string output;  // stdout and stderr together
};

CliRun Lct(const std::string& args) {
  CliRun run;
  FILE* pipe = popen((std::string("'") + LCT_BINARY + "' " + args + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

constexpr const char* kHeader =
    "code,name,description,topic,measure,unit,decimals,direction,source_org,source_url,"
    "source_date,licence,caveats,dataset,geography,proxy,links\n";

class IndicatorsCli : public TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    const CliRun init = Lct("init --db " + Db());
    ASSERT_EQ(init.status, 0) << init.output;
  }
  std::string Db() const { return "'" + Path("lct.db") + "'"; }
};

TEST_F(IndicatorsCli, ExportThenImportRoundTripsTextThatStartsWithEquals) {
  const std::string file =
      Write("catalogue.csv", std::string(kHeader) +
                                 "hostile,\"=HYPERLINK(\"\"http://x\"\")\",-1+1,@SUM(1),+1,,1,"
                                 "higher,ONS,https://www.ons.gov.uk/,,,'=already quoted,,,no,\n");
  const CliRun first = Lct("indicators import '" + file + "' --db " + Db());
  ASSERT_EQ(first.status, 0) << first.output;
  EXPECT_NE(first.output.find("1 new, 0 updated, 0 unchanged"), std::string::npos) << first.output;

  const CliRun exported = Lct("indicators export --db " + Db() + " > '" + Path("out.csv") + "'");
  ASSERT_EQ(exported.status, 0) << exported.output;
  const std::string csv = Read("out.csv");
  EXPECT_NE(
      csv.find("\r\nhostile,\"'=HYPERLINK(\"\"http://x\"\")\",\"'-1+1\",\"'@SUM(1)\",\"'+1\","),
      std::string::npos)
      << csv;
  // The file's quote before '=' reads as the neutralisation of "=already quoted".
  EXPECT_NE(csv.find(",\"'=already quoted\","), std::string::npos) << csv;

  const CliRun again = Lct("indicators import '" + Path("out.csv") + "' --db " + Db());
  ASSERT_EQ(again.status, 0) << again.output;
  EXPECT_NE(again.output.find("0 new, 0 updated, 1 unchanged"), std::string::npos) << again.output;
  const CliRun second = Lct("indicators export --db " + Db() + " > '" + Path("again.csv") + "'");
  ASSERT_EQ(second.status, 0) << second.output;
  EXPECT_EQ(Read("again.csv"), csv);
}

TEST_F(IndicatorsCli, ASourceAddressThatIsNotHttpOrHttpsIsRefusedAndNothingIsWritten) {
  const std::string file =
      Write("bad.csv", std::string(kHeader) +
                           "bad,Bad source,,,,,1,higher,ONS,javascript:alert(1),,,,,,no,\n");
  const CliRun run = Lct("indicators import '" + file + "' --db " + Db());
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find(file + ":2: source_url: 'javascript:alert(1)' is not a web address"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("Nothing was imported"), std::string::npos) << run.output;
  const CliRun exported = Lct("indicators export --db " + Db());
  EXPECT_EQ(exported.output.find("Bad source"), std::string::npos) << exported.output;
}

}  // namespace
}  // namespace lct::testing
