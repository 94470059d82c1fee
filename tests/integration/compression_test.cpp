// Compressed answers: a client that accepts gzip (every browser does) gets pages, API answers
// and static files gzip-compressed, with their own entity tag and Vary: Accept-Encoding; the
// unpacked bytes are exactly the plain answer. A client that does not ask, or refuses gzip
// with q=0, gets the plain bytes.
#include <gtest/gtest.h>

#include <string>

#include "gunzip.hpp"
#include "integration/http_client_support.hpp"

namespace lct::testing {
namespace {

std::string HeaderOf(const HttpReply& reply, const std::string& name) {
  const std::string needle = "\r\n" + name + ": ";
  const auto at = reply.head.find(needle);
  if (at == std::string::npos) return "";
  const auto start = at + needle.size();
  return reply.head.substr(start, reply.head.find("\r\n", start) - start);
}

HttpReply GetWith(unsigned short port, const std::string& target, const std::string& headers) {
  return SendRaw(
      port, "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "Connection: close\r\n\r\n");
}

class Compression : public SignedInAdminTest {};

TEST_F(Compression, AnAcceptingClientGetsGzipThatUnpacksToThePlainAnswer) {
  for (const char* target : {"/api/v1/places", "/places/E08000012", "/static/app.css", "/guide"}) {
    const HttpReply plain = GetWith(Port(), target, "");
    const HttpReply packed = GetWith(Port(), target, "Accept-Encoding: gzip, deflate, br\r\n");
    ASSERT_EQ(plain.status, 200) << target;
    ASSERT_EQ(packed.status, 200) << target;
    EXPECT_EQ(HeaderOf(plain, "Content-Encoding"), "") << target;
    EXPECT_EQ(HeaderOf(packed, "Content-Encoding"), "gzip") << target << "\n" << packed.head;
    EXPECT_EQ(HeaderOf(packed, "Vary"), "Accept-Encoding") << target;
    EXPECT_EQ(HeaderOf(plain, "Vary"), "Accept-Encoding") << target;
    EXPECT_LT(packed.body.size(), plain.body.size()) << target;
    EXPECT_EQ(Gunzip(packed.body), plain.body) << target;
    // A representation's strong validator is its own: the packed bytes differ from the plain.
    EXPECT_NE(HeaderOf(packed, "ETag"), HeaderOf(plain, "ETag")) << target;
    EXPECT_NE(HeaderOf(packed, "ETag"), "") << target;
  }
}

TEST_F(Compression, RevalidatingTheGzipAnswerWithItsTagIsNotModified) {
  const std::string accept = "Accept-Encoding: gzip\r\n";
  for (const char* target : {"/api/v1/places", "/static/app.css"}) {
    const HttpReply packed = GetWith(Port(), target, accept);
    const std::string tag = HeaderOf(packed, "ETag");
    std::string headers = accept;
    headers += "If-None-Match: " + tag + "\r\n";
    const HttpReply again = GetWith(Port(), target, headers);
    EXPECT_EQ(again.status, 304) << target;
    EXPECT_TRUE(again.body.empty()) << target;
  }
}

TEST_F(Compression, RefusedOrUnaskedGzipGivesThePlainBytes) {
  const HttpReply plain = GetWith(Port(), "/api/v1/places", "");
  for (const char* accept : {"identity", "gzip;q=0", "gzip;q=0, *", "br", "*;q=0"}) {
    const HttpReply reply =
        GetWith(Port(), "/api/v1/places", std::string("Accept-Encoding: ") + accept + "\r\n");
    EXPECT_EQ(reply.status, 200) << accept;
    EXPECT_EQ(HeaderOf(reply, "Content-Encoding"), "") << accept;
    EXPECT_EQ(reply.body, plain.body) << accept;
  }
  const HttpReply star = GetWith(Port(), "/api/v1/places", "Accept-Encoding: *\r\n");
  EXPECT_EQ(HeaderOf(star, "Content-Encoding"), "gzip");
}

// A page that holds a secret (a signed-in page's CSRF token) is never compressed: with
// compression, a page that also reflects what an attacker sends would leak the secret through
// its length (BREACH).
TEST_F(Compression, SignedInPagesAreNotCompressed) {
  HttpClient admin = Admin();
  const HttpReply packed =
      SendRaw(Port(), "GET /account HTTP/1.1\r\nHost: x\r\nCookie: " + admin.CookieHeader() +
                          "\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n");
  ASSERT_EQ(packed.status, 200);
  EXPECT_EQ(HeaderOf(packed, "Content-Encoding"), "");
  EXPECT_NE(packed.body.find(kAdminEmail), std::string::npos);
  EXPECT_EQ(HeaderOf(packed, "Cache-Control"), "no-store");
}

}  // namespace
}  // namespace lct::testing
