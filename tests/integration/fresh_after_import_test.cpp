// Issue 12: caches cannot go stale. `lct import` writes to the running server's database from
// another process; the very next request to the index, the place page and its JSON twin shows
// the new value. Also: the ETag and 304 of a conditional GET, and a tag that changes with the
// data.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "server_support.hpp"

namespace lct::testing {
namespace {

// Liverpool's score in the published index (the JSON twin of /index).
std::optional<double> LiverpoolScore(unsigned short port) {
  const auto reply = Get(port, "/api/v1/index");
  if (reply.status != 200) return std::nullopt;
  // Parsed into a variable: a range-for over a member of a temporary would dangle.
  const auto index = nlohmann::json::parse(reply.body);
  for (const auto& place : index["places"]) {
    if (place["code"] == "E08000012") return place["score"].get<double>();
  }
  return std::nullopt;
}

// Liverpool's latest share of people with no qualifications, from its JSON profile.
std::optional<double> NoQualifications(unsigned short port) {
  const auto reply = Get(port, "/api/v1/places/E08000012");
  if (reply.status != 200) return std::nullopt;
  const auto profile = nlohmann::json::parse(reply.body);
  for (const auto& indicator : profile["indicators"]) {
    if (indicator["code"] == "no-qualifications") {
      return indicator["latest"]["value"].get<double>();
    }
  }
  return std::nullopt;
}

std::string HeaderValue(const std::string& head, const std::string& name) {
  const auto at = head.find("\r\n" + name + ": ");
  if (at == std::string::npos) return "";
  const auto start = at + name.size() + 4;
  return head.substr(start, head.find("\r\n", start) - start);
}

TEST(FreshAfterImport, Issue12AnImportShowsAtOnceOnTheIndexThePlaceAndItsApi) {
  const ServerProcess server;
  const unsigned short port = server.port();
  // Twice each, so that whatever the server caches is cached before the import.
  for (int i = 0; i < 2; ++i) {
    ASSERT_EQ(Get(port, "/index").status, 200);
    ASSERT_EQ(Get(port, "/places/E08000012").status, 200);
  }
  const auto score_before = LiverpoolScore(port);
  ASSERT_TRUE(score_before.has_value());
  ASSERT_EQ(NoQualifications(port), 8.6);
  const std::string index_before = Get(port, "/index").body;
  const std::string place_before = Get(port, "/places/E08000012").body;
  ASSERT_EQ(place_before.find(">2.7%<"), std::string::npos);

  const auto csv = std::filesystem::path(server.db_path()).parent_path() / "import.csv";
  std::ofstream(csv) << "place,indicator,period,value\n"
                        "E08000012,no-qualifications,2023-01-01/P1Y,2.7\n";
  const auto run = RunLct({"import", csv.string(), "--db", server.db_path()});
  ASSERT_EQ(run.status, 0) << run.output;

  EXPECT_EQ(NoQualifications(port), 2.7);
  const std::string place_after = Get(port, "/places/E08000012").body;
  EXPECT_NE(place_after, place_before);
  EXPECT_NE(place_after.find(">2.7%<"), std::string::npos);
  const auto score_after = LiverpoolScore(port);
  ASSERT_TRUE(score_after.has_value());
  EXPECT_GT(*score_after, *score_before);  // fewer people without qualifications is better
  EXPECT_NE(Get(port, "/index").body, index_before);
}

TEST(FreshAfterImport, Issue12PagesCarryAnETagThatAnswers304UntilTheDataChanges) {
  const ServerProcess server;
  const unsigned short port = server.port();
  const auto first = Get(port, "/places/E08000012");
  ASSERT_EQ(first.status, 200);
  const std::string etag = HeaderValue(first.head, "ETag");
  ASSERT_FALSE(etag.empty()) << first.head;
  EXPECT_EQ(HeaderValue(Get(port, "/places/E08000012").head, "ETag"), etag);

  const auto conditional = SendRaw(port,
                                   "GET /places/E08000012 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "If-None-Match: " +
                                       etag + "\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(conditional.status, 304) << conditional.head;
  EXPECT_TRUE(conditional.body.empty());

  const auto csv = std::filesystem::path(server.db_path()).parent_path() / "import.csv";
  std::ofstream(csv) << "place,indicator,period,value\n"
                        "E08000012,no-qualifications,2023-01-01/P1Y,2.7\n";
  ASSERT_EQ(RunLct({"import", csv.string(), "--db", server.db_path()}).status, 0);
  const auto stale = SendRaw(port,
                             "GET /places/E08000012 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "If-None-Match: " +
                                 etag + "\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(stale.status, 200);
  EXPECT_NE(HeaderValue(stale.head, "ETag"), etag);
}

}  // namespace
}  // namespace lct::testing
