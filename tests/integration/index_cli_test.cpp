// `lct index build|uncertainty|sensitivity` run as a user would: the real binary (LCT_BINARY) on
// the ASEM example, checked against COINr's reference output (tests/conformance/data/coinr-asem).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "integration/temp_dir_support.hpp"

namespace lct::testing {
namespace {

struct CliRun {
  int status = -1;
  std::string output;
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

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The value in `column` of the row whose first field is `unit`, from a simple CSV.
std::string Field(const std::string& csv, const std::string& unit, const std::string& column) {
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);
  std::vector<std::string> header;
  std::string cell;
  std::istringstream h(line);
  while (std::getline(h, cell, ',')) header.push_back(cell.substr(0, cell.find('\r')));
  const auto col = std::find(header.begin(), header.end(), column) - header.begin();
  while (std::getline(in, line)) {
    std::istringstream row(line);
    std::vector<std::string> cells;
    while (std::getline(row, cell, ',')) cells.push_back(cell.substr(0, cell.find('\r')));
    if (!cells.empty() && cells[0] == unit && col < static_cast<long>(cells.size())) {
      return cells[col];
    }
  }
  return "";
}

class IndexCli : public TempDirTest {
 protected:
  static std::string Example(const std::string& name) {
    return "'" + std::string(LCT_SOURCE_DIR) + "/examples/" + name + "'";
  }
  std::string Inputs(const std::string& model) const {
    return "--data " + Example("ASEM_iData.csv") + " --meta " + Example("ASEM_iMeta.csv") +
           " --model " + model + " --out '" + (dir_ / "out").string() + "'";
  }
};

TEST_F(IndexCli, BuildWritesEveryTableAndMatchesCoinr) {
  const CliRun run = Lct("index build " + Inputs(Example("asem-model.yaml")));
  ASSERT_EQ(run.status, 0) << run.output;
  for (const char* name : {"scores.csv", "ranks.csv", "denominated.csv", "imputed.csv",
                           "screened.csv", "treated.csv", "normalised.csv", "aggregated.csv"}) {
    EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / name)) << name;
  }
  const std::string reference =
      Slurp(std::string(LCT_TEST_DATA_DIR) + "/conformance/data/coinr-asem/UA_Nominal.csv");
  const std::string scores = Slurp(dir_ / "out" / "scores.csv");
  const std::string ranks = Slurp(dir_ / "out" / "ranks.csv");
  for (const char* unit : {"AUS", "AUT", "CHN", "IND", "SGP"}) {
    EXPECT_NEAR(std::stod(Field(scores, unit, "Index")), std::stod(Field(reference, unit, "Score")),
                1e-9)
        << unit;
    EXPECT_EQ(Field(ranks, unit, "Index"), Field(reference, unit, "Rank")) << unit;
  }
  EXPECT_NEAR(std::stod(Field(scores, "IND", "Index")), 39.79, 0.005);
  EXPECT_EQ(Field(ranks, "IND", "Index"), "45");
  EXPECT_EQ(Field(ranks, "IND", "Social"), "51");
}

TEST_F(IndexCli, UncertaintyAndSensitivityWriteStatistics) {
  const CliRun ua = Lct("index uncertainty " + Inputs(Example("asem-model.yaml")) +
                        " -N 20 --seed 1 --threads 2");
  ASSERT_EQ(ua.status, 0) << ua.output;
  const std::string stats = Slurp(dir_ / "out" / "rank_statistics.csv");
  EXPECT_NE(stats.find("nominal,mean,median,q05,q95"), std::string::npos);
  EXPECT_EQ(Field(stats, "IND", "nominal"), "45");
  const CliRun sa = Lct("index sensitivity " + Inputs(Example("asem-model.yaml")) +
                        " -N 10 --seed 1 --bootstrap 10");
  ASSERT_EQ(sa.status, 0) << sa.output;
  const std::string sensitivity = Slurp(dir_ / "out" / "sensitivity.csv");
  EXPECT_NE(sensitivity.find("winsorisation"), std::string::npos);
  EXPECT_NE(sensitivity.find("aggregation"), std::string::npos);
}

TEST_F(IndexCli, BadModelFailsNamingFileLineAndFieldAndWritesNothing) {
  const std::string model = (dir_ / "bad.yaml").string();
  std::ofstream(model) << "name: bad\nsteps:\n  normalise:\n    method: minmix\n";
  const CliRun run = Lct("index build " + Inputs("'" + model + "'"));
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find("bad.yaml:4: steps.normalise.method"), std::string::npos) << run.output;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out"));
}

TEST_F(IndexCli, BadDataFailsNamingFileLineAndColumn) {
  const std::string data = (dir_ / "data.csv").string();
  std::ofstream(data) << "uCode,LPI\nAUT,4.1\nBEL,high\n";
  const CliRun run =
      Lct("index build --data '" + data + "' --meta " + Example("ASEM_iMeta.csv") + " --model " +
          Example("asem-model.yaml") + " --out '" + (dir_ / "out").string() + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find("data.csv:3: LPI"), std::string::npos) << run.output;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out"));
}

}  // namespace
}  // namespace lct::testing
