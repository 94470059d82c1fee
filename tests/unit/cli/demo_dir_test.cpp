#include "cli/demo_dir.hpp"

#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace lct::cli {
namespace {

namespace fs = std::filesystem;

// A scratch folder per test; `Make("a/b")` creates a directory inside it.
class DemoDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("lct-demo-dir-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path Make(const std::string& relative) const {
    fs::create_directories(root_ / relative);
    return root_ / relative;
  }
  fs::path root_;
};

TEST_F(DemoDirTest, TheOptionWinsOverEverythingElse) {
  Make("prefix/share/lct/demo");
  const auto dir =
      FindDemoDir({"/given/demo", (root_ / "data").string(), root_ / "prefix/bin/lct"});
  ASSERT_TRUE(dir.ok()) << dir.error().ToString();
  EXPECT_EQ(*dir, "/given/demo");
}

TEST_F(DemoDirTest, TheEnvironmentVariableNamesTheFolderHoldingDemo) {
  const fs::path demo = Make("data/demo");
  Make("prefix/share/lct/demo");
  const auto dir = FindDemoDir({"", (root_ / "data").string(), root_ / "prefix/bin/lct"});
  ASSERT_TRUE(dir.ok()) << dir.error().ToString();
  EXPECT_EQ(*dir, demo.string());
}

TEST_F(DemoDirTest, AnEnvironmentVariableWithoutDemoIsAnErrorNotAFallback) {
  Make("prefix/share/lct/demo");
  const auto dir = FindDemoDir({"", (root_ / "empty").string(), root_ / "prefix/bin/lct"});
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.error().message().find("LCT_DATA_DIR"), std::string::npos);
  EXPECT_NE(dir.error().message().find((root_ / "empty/demo").string()), std::string::npos)
      << dir.error().message();
}

TEST_F(DemoDirTest, FindsTheInstalledLayoutBesideTheExecutable) {
  const fs::path demo = Make("prefix/share/lct/demo");
  const auto dir = FindDemoDir({"", std::nullopt, root_ / "prefix/bin/lct"});
  ASSERT_TRUE(dir.ok()) << dir.error().ToString();
  EXPECT_EQ(*dir, demo.string());
}

TEST_F(DemoDirTest, FindsTheBuildTreeLayoutWhenNotInstalled) {
  // The build tree puts lct at <build>/src/cli/lct and the demo (a link) at <build>/share/lct/demo.
  const fs::path demo = Make("build/share/lct/demo");
  const auto dir = FindDemoDir({"", std::nullopt, root_ / "build/src/cli/lct"});
  ASSERT_TRUE(dir.ok()) << dir.error().ToString();
  EXPECT_EQ(*dir, demo.string());
}

TEST_F(DemoDirTest, AnEmptyEnvironmentVariableCountsAsUnset) {
  const fs::path demo = Make("prefix/share/lct/demo");
  const auto dir = FindDemoDir({"", std::string(), root_ / "prefix/bin/lct"});
  ASSERT_TRUE(dir.ok()) << dir.error().ToString();
  EXPECT_EQ(*dir, demo.string());
}

TEST_F(DemoDirTest, NothingFoundSaysEverythingThatWasSearched) {
  const auto dir = FindDemoDir({"", std::nullopt, root_ / "prefix/bin/lct"});
  ASSERT_FALSE(dir.ok());
  EXPECT_EQ(dir.error().code(), ErrorCode::kNotFound);
  const std::string& message = dir.error().message();
  EXPECT_NE(message.find("--demo-dir"), std::string::npos) << message;
  EXPECT_NE(message.find("LCT_DATA_DIR"), std::string::npos) << message;
  EXPECT_NE(message.find((root_ / "prefix/share/lct/demo").string()), std::string::npos) << message;
  EXPECT_NE(message.find((root_ / "share/lct/demo").string()), std::string::npos) << message;
}

TEST_F(DemoDirTest, TheRunningExecutableIsKnown) {
  const fs::path self = RunningExecutable();
  EXPECT_TRUE(self.is_absolute()) << self;
  EXPECT_TRUE(fs::exists(self)) << self;
}

}  // namespace
}  // namespace lct::cli
