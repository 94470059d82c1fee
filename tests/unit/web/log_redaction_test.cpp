// What the access log may show of a request target (issue 11, item 5).
#include "web/log_redaction.hpp"

#include <gtest/gtest.h>

namespace lct::web {
namespace {

TEST(RedactTarget, CapabilityPathsLoseTheirToken) {
  EXPECT_EQ(RedactTarget("/respond/abcDEF123"), "/respond/[redacted]");
  EXPECT_EQ(RedactTarget("/respond/abc/partnership/getting-organised?saved=1"),
            "/respond/[redacted]/partnership/getting-organised?saved=1");
  EXPECT_EQ(RedactTarget("/reset/abc"), "/reset/[redacted]");
  EXPECT_EQ(RedactTarget("/invite/abc"), "/invite/[redacted]");
  // Encoded forms reach the same route, so they are caught too.
  EXPECT_EQ(RedactTarget("/%72espond/abc"), "/respond/[redacted]");
  EXPECT_EQ(RedactTarget("/respond%2Fabc"), "/respond/[redacted]");
}

TEST(RedactTarget, OtherPathsAreKept) {
  EXPECT_EQ(RedactTarget("/places/E08000012?sort=name&order=asc"),
            "/places/E08000012?sort=name&order=asc");
  EXPECT_EQ(RedactTarget("/respond"), "/respond");
  EXPECT_EQ(RedactTarget("/guide/toolkit/partnership/reset"), "/guide/toolkit/partnership/reset");
  EXPECT_EQ(RedactTarget("/sign-in?reset=1"), "/sign-in?reset=1");
}

TEST(RedactTarget, SecretQueryParametersAreRedacted) {
  EXPECT_EQ(RedactTarget("/?token=abc&csrf=def&sort=name"),
            "/?token=[redacted]&csrf=[redacted]&sort=name");
  EXPECT_EQ(RedactTarget("/x?access_token=a&API_KEY=b&password=c&reset_token=d"),
            "/x?access_token=[redacted]&API_KEY=[redacted]&password=[redacted]&reset_token=["
            "redacted]");
  // Values that are links with a token, or API tokens, whatever the parameter's name.
  EXPECT_EQ(RedactTarget("/sign-in?next=%2Frespond%2Fabc"), "/sign-in?next=[redacted]");
  EXPECT_EQ(RedactTarget("/sign-in?next=https%3A%2F%2Fh%2Freset%2Fabc"),
            "/sign-in?next=[redacted]");
  EXPECT_EQ(RedactTarget("/?q=lct_abc"), "/?q=[redacted]");
  EXPECT_EQ(RedactTarget("/sign-in?next=%2Faccount"), "/sign-in?next=%2Faccount");
}

TEST(RedactTarget, NoControlCharactersReachTheLog) {
  EXPECT_EQ(RedactTarget("/respond/abc/x%0Ay"), "/respond/[redacted]/x%0Ay");
  EXPECT_EQ(RedactTarget("/a\"b"), "/a%22b");
}

}  // namespace
}  // namespace lct::web
