// Logs hold no secrets (issue 11, item 5): the server's own log, read back after real requests
// that carry respondent, reset and invitation tokens in their paths, tokens in query
// parameters and an API token in the Authorization header.
#include <gtest/gtest.h>
#include <csignal>

#include <string>
#include <vector>

#include "integration/http_client_support.hpp"
#include "integration/server_support.hpp"

namespace lct::testing {
namespace {

std::string GetWith(const std::string& target, const std::string& headers) {
  return "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headers + "\r\n";
}

TEST(LogPrivacy, TokensNeverReachTheLog) {
  ServerProcess server;
  const auto port = server.port();
  // A real reset link, used as a person would.
  ASSERT_EQ(RunLct({"user", "add", "ann@example.org", "--place", "E08000012", "--role", "viewer",
                    "--db", server.db_path()},
                   "a good long password\n")
                .status,
            0);
  const auto issued = RunLct({"user", "reset", "ann@example.org", "--db", server.db_path()});
  ASSERT_EQ(issued.status, 0);
  const std::string& printed = issued.output;
  const auto at = printed.find("/reset/");
  ASSERT_NE(at, std::string::npos) << printed;
  const std::string reset_token = printed.substr(at + 7, 43);
  const auto reset_page = Get(port, "/reset/" + reset_token);
  ASSERT_EQ(reset_page.status, 200);
  const std::string csrf = SetCookieFrom(reset_page, "lct_csrf");
  const std::string body = "password=another+long+password&csrf=" + csrf;
  const auto reset = SendRaw(port, "POST /reset/" + reset_token +
                                       " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: "
                                       "lct_csrf=" +
                                       csrf +
                                       "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                       "Content-Length: " +
                                       std::to_string(body.size()) + "\r\n\r\n" + body);
  ASSERT_EQ(reset.status, 303);

  const std::vector<std::string> secrets = {
      "SecretRespondentToken0001", "SecretRespondentToken0002", "SecretInviteToken00003",
      "SecretBearerToken000004",   "SecretQueryToken0000005",   "SecretCsrfToken00000006",
      "SecretNextToken000000007",  "SecretResetToken00000008"};
  Get(port, "/respond/" + secrets[0]);
  Get(port, "/respond/" + secrets[1] + "/partnership/getting-organised?saved=1");
  Get(port, "/invite/" + secrets[2]);
  SendRaw(port, GetWith("/api/v1/me", "Authorization: Bearer lct_" + secrets[3] + "\r\n"));
  Get(port, "/?token=" + secrets[4] + "&csrf=" + secrets[5] + "&sort=name");
  Get(port, "/sign-in?next=%2Frespond%2F" + secrets[6]);
  SendRaw(port, "POST /reset/" + secrets[7] +
                    " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  ASSERT_EQ(server.Stop(SIGTERM), 0);

  const std::string log = server.Log();
  EXPECT_EQ(log.find(reset_token), std::string::npos);
  for (const auto& secret : secrets) {
    EXPECT_EQ(log.find(secret), std::string::npos) << secret << " is in the log:\n" << log;
  }
  // The requests are still there, with what is safe to keep.
  EXPECT_NE(log.find("\"GET /respond/[redacted]\""), std::string::npos) << log;
  EXPECT_NE(log.find("/respond/[redacted]/partnership/getting-organised?saved=1"),
            std::string::npos);
  EXPECT_NE(log.find("\"POST /reset/[redacted]\""), std::string::npos);
  EXPECT_NE(log.find("token=[redacted]&csrf=[redacted]&sort=name"), std::string::npos);
}

}  // namespace
}  // namespace lct::testing
