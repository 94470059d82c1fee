// The learning-conditions index over real HTTP: the page, a what-if, the CSV and JSON twins.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "server_support.hpp"

namespace lct::testing {
namespace {

class IndexPageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = std::make_unique<ServerProcess>(); }
  static void TearDownTestSuite() { server_.reset(); }
  static HttpReply Fetch(const std::string& target) { return Get(server_->port(), target); }
  static std::unique_ptr<ServerProcess> server_;
};
std::unique_ptr<ServerProcess> IndexPageTest::server_;

TEST_F(IndexPageTest, PageShowsMethodResultsChartAndForm) {
  const auto r = Fetch("/index");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("Index of learning conditions (illustrative)"), std::string::npos);
  EXPECT_NE(r.body.find("<svg class=\"rank-chart\""), std::string::npos);
  EXPECT_NE(r.body.find("Liverpool"), std::string::npos);
  EXPECT_NE(r.body.find("name=\"w_culture\""), std::string::npos);
  EXPECT_NE(r.body.find("aria-current=\"page\">Index<"), std::string::npos);
  EXPECT_EQ(r.body.find("Places that moved most"), std::string::npos);
}

TEST_F(IndexPageTest, WhatIfShowsWhoMoved) {
  const auto r = Fetch(
      "/index?w_adult_learning=1&w_skills=3&w_access=1&w_culture=0"
      "&normalisation=zscore&aggregation=arithmetic");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("Places that moved most"), std::string::npos);
  EXPECT_NE(r.body.find("z-scores"), std::string::npos);
  const auto bad = Fetch("/index?normalisation=magic");
  EXPECT_EQ(bad.status, 400);
  const auto bad_weight = Fetch("/index?w_skills=lots");
  EXPECT_EQ(bad_weight.status, 400);
}

TEST_F(IndexPageTest, CsvAndJsonTwins) {
  const auto csv = Fetch("/index.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("code,name,member,score,rank,published_rank,rank_q05,rank_q95", 0), 0U);
  const auto json = Fetch("/api/v1/index?w_skills=2");
  ASSERT_EQ(json.status, 200);
  const auto parsed = nlohmann::json::parse(json.body);
  EXPECT_TRUE(parsed["illustrative"].get<bool>());
  EXPECT_TRUE(parsed["what_if"].get<bool>());
  ASSERT_GT(parsed["places"].size(), 250U);
  EXPECT_EQ(parsed["places"][0]["rank"].get<int>(), 1);
  EXPECT_TRUE(parsed["places"][0]["rank_interval"].contains("q95"));
}

}  // namespace
}  // namespace lct::testing
