// Sign-in and sessions over real HTTP (issue 11, item 6): links the server shows are built from
// `lct serve --base-url`, never from the request's Host header; static files set no cookie.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "integration/http_client_support.hpp"
#include "integration/server_support.hpp"

namespace lct::testing {
namespace {

constexpr const char* kBaseUrl = "https://lct.example.org";

class SiteLinks : public SignedInAdminTest {
 protected:
  static void SetUpTestSuite() { StartSuite(ServerConfig{{"--base-url", kBaseUrl}, 0, ""}); }

  // A form POST as the administrator, with a hostile Host header.
  static HttpReply PostAsAdmin(const std::string& path, const std::string& fields) {
    const std::string body = fields + "&csrf=" + SuiteAdmin().csrf();
    return SendRaw(Port(),
                   "POST " + path +
                       " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Proto: http\r\n"
                       "Connection: close\r\nCookie: " +
                       SuiteAdmin().CookieHeader() +
                       "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\n\r\n" + body);
  }
};

TEST_F(SiteLinks, InvitationLinksUseTheConfiguredBaseUrl) {
  const auto r =
      PostAsAdmin("/admin/people/invite", "email=new%40example.org&role=viewer&place=E08000012");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 1000);
  EXPECT_NE(r.body.find(std::string(kBaseUrl) + "/invite/"), std::string::npos);
  EXPECT_EQ(r.body.find("evil.example"), std::string::npos);
}

TEST_F(SiteLinks, RespondentLinksUseTheConfiguredBaseUrl) {
  const auto run = RunLct({"round", "open", "--place", "E08000012", "--framework", "toolkit",
                           "--strands", "partnership", "--db", Db()});
  ASSERT_EQ(run.status, 0);
  const std::string& opened = run.output;
  const auto at = opened.find("round ");
  ASSERT_NE(at, std::string::npos) << opened;
  const std::string round = opened.substr(at + 6, opened.find(' ', at + 6) - at - 6);
  const auto r = PostAsAdmin("/places/E08000012/rounds/" + round + "/respondents",
                             "name=Ann&organisation=College&sector=Education&role=Principal");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 1000);
  EXPECT_NE(r.body.find(std::string(kBaseUrl) + "/respond/"), std::string::npos);
  EXPECT_EQ(r.body.find("evil.example"), std::string::npos);
  EXPECT_NE(r.head.find("Cache-Control: no-store"), std::string::npos);
}

TEST_F(SiteLinks, StaticFilesSetNoCookie) {
  for (const char* path : {"/static/app.css", "/favicon.ico", "/robots.txt"}) {
    const auto r = Get(Port(), path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.head.find("Set-Cookie"), std::string::npos) << path << "\n" << r.head;
  }
}

}  // namespace
}  // namespace lct::testing
