// Accounts over real HTTP (issue 7): body-size limits, and the CSRF cookie.
#include <gtest/gtest.h>

#include <string>

#include "integration/server_support.hpp"

namespace lct::testing {
namespace {

// One server for the file's tests, started on first use and stopped at exit.
ServerProcess& Server() {
  static ServerProcess server;
  return server;
}

unsigned short Port() { return Server().port(); }

// Multipart bodies over 2 MiB are refused everywhere but the import upload, and there only
// after the session and CSRF checks: see limits_test.cpp (issue 11).

TEST(AccountServer, UploadsOverSixtyFourMebibytesAre413) {
  const auto r = SendRaw(Port(),
                         "POST /sign-in HTTP/1.1\r\nHost: x\r\n"
                         "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " +
                             std::to_string(std::size_t{65} * 1024 * 1024) + "\r\n\r\n");
  EXPECT_EQ(r.status, 413);
}

TEST(AccountServer, OtherBodiesOverTwoMebibytesAre413) {
  const std::string body(std::size_t{3} * 1024 * 1024, 'x');
  const auto r = SendRaw(Port(),
                         "POST /sign-in HTTP/1.1\r\nHost: x\r\n"
                         "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                             std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_EQ(r.status, 413);
}

TEST(AccountServer, SignInPageSetsTheCsrfCookie) {
  const auto r = Get(Port(), "/sign-in");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.head.find("lct_csrf="), std::string::npos);
  EXPECT_NE(r.head.find("HttpOnly; SameSite=Strict"), std::string::npos);
  EXPECT_NE(r.head.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_NE(r.body.find("name=\"csrf\""), std::string::npos);
}

}  // namespace
}  // namespace lct::testing
