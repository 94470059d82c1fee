// `lct framework check|import|export` and `lct guide`, run as a user would: the real binary
// (LCT_BINARY) in a temporary folder.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "integration/temp_dir_support.hpp"

namespace lct::testing {
namespace {

struct CommandRun {
  int status = -1;
  std::string output;  // stdout and stderr together
};

std::string Quote(const std::string& arg) {
  std::string out = "'";
  for (const char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

CommandRun Lct(const std::string& args) {
  CommandRun run;
  FILE* pipe = popen((Quote(LCT_BINARY) + " " + args + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

class FrameworkCli : public TempDirTest {
 protected:
  std::string Db() const { return Quote(Path("lct.db")); }
};

const std::string kBroken =
    "id: mini\nversion: 1\ntitle: Mini\nattribution: Synthetic test data.\nstrands:\n"
    "  - id: s\n    title: Strand\n    levels:\n      - number: 1\n        id: l1\n"
    "        title: Level one\n        description: The first level.\n        criteria:\n"
    "          - id: c-1\n            statement: Something is in place.\n"
    "        ideas:\n          - id: i-1\n            text: Do it.\n            criteria: []\n";

TEST_F(FrameworkCli, CheckReportsEveryErrorWithItsLineAndFails) {
  const std::string file = Write("broken.yaml", kBroken);
  const CommandRun run = Lct("framework check " + Quote(file));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find(file + ":14: strands[0].levels[0].criteria[0].evidence: missing "
                                   "required field 'evidence'"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find(file + ":17: "), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("2 problems found"), std::string::npos) << run.output;
}

TEST_F(FrameworkCli, CheckSaysOkForTheShippedToolkit) {
  const CommandRun run = Lct("framework check " + Quote(LCT_SOURCE_DIR "/frameworks/toolkit.yaml"));
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("OK: framework 'toolkit' version 2"), std::string::npos) << run.output;
}

TEST_F(FrameworkCli, ImportWritesNothingOnErrorAndExportRoundTrips) {
  ASSERT_EQ(Lct("init --db " + Db()).status, 0);
  const CommandRun broken =
      Lct("framework import " + Quote(Write("broken.yaml", kBroken)) + " --db " + Db());
  EXPECT_EQ(broken.status, 1);
  EXPECT_NE(broken.output.find("Nothing was imported."), std::string::npos) << broken.output;
  EXPECT_NE(Lct("framework export mini --db " + Db()).status, 0);

  const CommandRun exported = Lct("framework export toolkit --db " + Db());
  ASSERT_EQ(exported.status, 0) << exported.output;
  EXPECT_TRUE(exported.output.starts_with("# Framework file")) << exported.output.substr(0, 200);
  const std::string file = Write("toolkit-export.yaml", exported.output);
  const CommandRun again = Lct("framework import " + Quote(file) + " --db " + Db());
  EXPECT_EQ(again.status, 0) << again.output;
  EXPECT_NE(again.output.find("already loaded; nothing changed"), std::string::npos)
      << again.output;
}

TEST_F(FrameworkCli, GuidePrintsMarkdown) {
  ASSERT_EQ(Lct("init --db " + Db()).status, 0);
  const CommandRun run =
      Lct("guide --db " + Db() + " --strand performance --level 2 --format markdown");
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_TRUE(run.output.starts_with("# Performance – Level 2: Towards a shared understanding\n"))
      << run.output.substr(0, 200);
  EXPECT_NE(run.output.find("## Criteria\n\n1. **performance-2.1**"), std::string::npos);
  const CommandRun unknown = Lct("guide --db " + Db() + " --strand nope");
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.output.find("has no strand 'nope'"), std::string::npos) << unknown.output;
  EXPECT_EQ(Lct("guide --db " + Db() + " --format html").status, 2);
}

}  // namespace
}  // namespace lct::testing
