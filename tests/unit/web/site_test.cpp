// The site's base URL and the origin checks (issue 11, item 6).
#include "web/site.hpp"

#include <gtest/gtest.h>

namespace lct::web {
namespace {

Request With(std::vector<std::pair<std::string, std::string>> headers) {
  Request request;
  request.headers = std::move(headers);
  return request;
}

TEST(Site, BaseUrlsAreCheckedAndNormalised) {
  EXPECT_EQ(*NormaliseBaseUrl("https://LCT.example.org/"), "https://lct.example.org");
  EXPECT_EQ(*NormaliseBaseUrl("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
  EXPECT_EQ(*NormaliseBaseUrl("https://example.org:443/lct/"), "https://example.org/lct");
  for (const char* bad :
       {"example.org", "ftp://example.org", "https://", "https://a@b.org",
        "https://example.org/?x=1", "https://example.org/#top", "javascript://x"}) {
    EXPECT_FALSE(NormaliseBaseUrl(bad).ok()) << bad;
  }
}

TEST(Site, LinksComeFromTheBaseUrlOrTheListeningAddress) {
  Site configured("https://lct.example.org");
  configured.SetListening("http://127.0.0.1:8080/");
  EXPECT_EQ(configured.Link("/invite/x"), "https://lct.example.org/invite/x");
  EXPECT_EQ(configured.origin(), "https://lct.example.org");
  Site listening;
  EXPECT_EQ(listening.Link("/invite/x"), "/invite/x");
  listening.SetListening("http://127.0.0.1:8080/");
  EXPECT_EQ(listening.Link("/invite/x"), "http://127.0.0.1:8080/invite/x");
  EXPECT_EQ(listening.origin(), "");
}

TEST(Site, OriginAgainstTheConfiguredSite) {
  const std::string site = "https://lct.example.org";
  EXPECT_EQ(CheckOrigin(With({{"Origin", "https://lct.example.org"}}), site),
            OriginCheck::kSameSite);
  EXPECT_EQ(CheckOrigin(With({{"Origin", "https://LCT.example.org:443"}}), site),
            OriginCheck::kSameSite);
  EXPECT_EQ(CheckOrigin(With({{"Origin", "http://lct.example.org"}}), site),
            OriginCheck::kCrossSite);
  EXPECT_EQ(CheckOrigin(With({{"Origin", "https://evil.example"}}), site), OriginCheck::kCrossSite);
  EXPECT_EQ(CheckOrigin(With({{"Origin", "null"}}), site), OriginCheck::kCrossSite);
  // Without Origin, the Referer's origin.
  EXPECT_EQ(CheckOrigin(With({{"Referer", "https://lct.example.org/account"}}), site),
            OriginCheck::kSameSite);
  EXPECT_EQ(CheckOrigin(With({{"Referer", "https://evil.example/lct.example.org"}}), site),
            OriginCheck::kCrossSite);
  EXPECT_EQ(CheckOrigin(With({}), site), OriginCheck::kAbsent);
}

TEST(Site, WithoutABaseUrlTheOriginMustNameTheHost) {
  EXPECT_EQ(
      CheckOrigin(With({{"Host", "127.0.0.1:8080"}, {"Origin", "http://127.0.0.1:8080"}}), ""),
      OriginCheck::kSameSite);
  EXPECT_EQ(
      CheckOrigin(With({{"Host", "lct.example.org"}, {"Origin", "https://lct.example.org"}}), ""),
      OriginCheck::kSameSite);
  EXPECT_EQ(
      CheckOrigin(With({{"Host", "127.0.0.1:8080"}, {"Origin", "http://localhost:8080"}}), ""),
      OriginCheck::kCrossSite);
  EXPECT_EQ(CheckOrigin(With({{"Origin", "http://127.0.0.1:8080"}}), ""), OriginCheck::kCrossSite);
}

}  // namespace
}  // namespace lct::web
