// The `lct` command line and text that is not UTF-8 (issue 11): an argument is refused naming
// its option before any command runs (exit status 2, nothing written, no database created); a
// file is refused naming its file, line and column (exit status 1).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "integration/http_client_support.hpp"
#include "integration/temp_dir_support.hpp"

namespace lct::testing {
namespace {

class CliUtf8 : public TempDirTest {};

TEST_F(CliUtf8, AnArgumentThatIsNotUtf8IsRefusedNamingItsOption) {
  const std::string db = Path("lct.db");
  const auto run =
      RunLct({"round", "invite", "1", "--name", "t\xFF", "--sector", "Education", "--db", db});
  EXPECT_EQ(run.status, 2) << run.output;
  EXPECT_NE(run.output.find("--name: the value is not valid UTF-8 (byte 0xFF at position 2)"),
            std::string::npos)
      << run.output;
  EXPECT_FALSE(std::filesystem::exists(db)) << "no command ran, so no database was created";
  const auto email = RunLct({"user", "invite", "caf\xE9@example.org", "--place", "E08000012",
                             "--role", "viewer", "--db", db});
  EXPECT_EQ(email.status, 2) << email.output;
  EXPECT_NE(email.output.find("not valid UTF-8"), std::string::npos) << email.output;
  EXPECT_FALSE(std::filesystem::exists(db));
}

TEST_F(CliUtf8, AFileThatIsNotUtf8IsRefusedNamingFileLineAndColumn) {
  const std::string file = Path("latin1.yaml");
  std::ofstream(file, std::ios::binary) << "id: mini\nversion: 1\ntitle: Caf\xE9 learning\n";
  const auto run = RunLct({"framework", "check", file});
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find(file + ":3:11: text is not valid UTF-8 (byte 0xE9)"), std::string::npos)
      << run.output;
}

}  // namespace
}  // namespace lct::testing
