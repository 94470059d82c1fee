// Accounts over real HTTP (issue 7): upload-size limits by content type, and the CSRF cookie.
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

std::string Multipart(std::size_t bytes) {
  return "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n" +
         std::string(bytes, 'x') + "\r\n--b--\r\n";
}

TEST(AccountServer, MultipartUploadsMayExceedTwoMebibytes) {
  const std::string body = Multipart(std::size_t{3} * 1024 * 1024);
  const auto r = SendRaw(Port(),
                         "POST /sign-in HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                         "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " +
                             std::to_string(body.size()) + "\r\n\r\n" + body);
  // Read whole, then refused by the CSRF check (no token was sent), not by the size limit.
  EXPECT_EQ(r.status, 403);
}

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
