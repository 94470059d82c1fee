// Issue 11 over real HTTP: one request with an invalid UTF-8 byte (`name=t%FF`) once stopped
// every database write until the process restarted. Each such request must now be refused with
// 400 naming the field, write nothing, and leave the next write working.
#include <gtest/gtest.h>

#include <string>

#include "integration/http_client_support.hpp"
#include "integration/server_support.hpp"

namespace lct::testing {
namespace {

constexpr const char* kPartnerPassword = "a partner's own long password";

class Utf8Input : public SignedInAdminTest {};

bool Has(const HttpReply& reply, const std::string& text) {
  return reply.body.find(text) != std::string::npos;
}

// The error names `field` in quotes, however the page escapes them.
bool Names(const HttpReply& reply, const std::string& field) {
  return Has(reply, "'" + field + "'") || Has(reply, "&#39;" + field + "&#39;") ||
         Has(reply, "&apos;" + field + "&apos;");
}

TEST_F(Utf8Input, ATokenNameThatIsNotUtf8IsRefusedAndTheNextWriteWorks) {
  HttpClient admin = Admin();
  const auto refused = admin.Post("/account/tokens", "name=t%FF&scope=admin");
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(Names(refused, "name")) << refused.body;
  EXPECT_TRUE(Has(refused, "not valid UTF-8")) << refused.body;
  // Nothing was written, and writes still work: another token, a new sign-in, the CLI.
  EXPECT_EQ(RunLct({"token", "list", "--db", Db()}).output.find("t\xFF"), std::string::npos);
  admin.Get("/account");
  const auto created = admin.Post("/account/tokens", "name=reports&scope=admin");
  EXPECT_EQ(created.status, 200) << created.body;
  EXPECT_TRUE(Has(created, "lct_")) << "the new token is shown once";
  HttpClient again(Port());
  EXPECT_TRUE(again.SignIn(kAdminEmail, kAdminPassword));
  const auto listed = RunLct({"token", "list", "--db", Db()});
  EXPECT_EQ(listed.status, 0) << listed.output;
  EXPECT_NE(listed.output.find("reports"), std::string::npos) << listed.output;
}

TEST_F(Utf8Input, ATargetNoteThatIsNotUtf8IsRefusedAndTheNextWriteWorks) {
  HttpClient admin = Admin();
  const std::string fields =
      "indicator=level-3-qualifications&baseline_value=50&baseline_period=2021&target_value=60"
      "&target_date=2030-12-31&tolerance=0.1&shape=linear";
  admin.Get("/places/E08000012/targets");
  const auto refused = admin.Post("/places/E08000012/targets", fields + "&note=t%FF");
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(Names(refused, "note")) << refused.body;
  const auto none = admin.Get("/api/v1/places/E08000012/targets");
  EXPECT_EQ(none.status, 200);
  EXPECT_FALSE(Has(none, "level-3-qualifications")) << none.body;
  admin.Get("/places/E08000012/targets");
  const auto saved = admin.Post("/places/E08000012/targets", fields + "&note=Set+in+a+test");
  EXPECT_EQ(saved.status, 303) << saved.body;
  EXPECT_TRUE(Has(admin.Get("/api/v1/places/E08000012/targets"), "Set in a test"));
}

TEST_F(Utf8Input, AnInvitationAcceptedWithANameThatIsNotUtf8IsRefusedAndStillWorks) {
  const auto invited = RunLct({"user", "invite", "new@example.org", "--place", "E08000012",
                               "--role", "partner", "--db", Db()});
  ASSERT_EQ(invited.status, 0) << invited.output;
  const auto at = invited.output.find("/invite/");
  ASSERT_NE(at, std::string::npos) << invited.output;
  const std::string path = invited.output.substr(at, invited.output.find('\n', at) - at);
  HttpClient visitor(Port());  // no account at all
  ASSERT_EQ(visitor.Get(path).status, 200);
  const auto refused = visitor.Post(path, "name=t%FF&password=" + UrlEncode(kPartnerPassword));
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(Names(refused, "name")) << refused.body;
  // The link was not used up: the same invitation, with a proper name, still works.
  ASSERT_EQ(visitor.Get(path).status, 200);
  const auto accepted =
      visitor.Post(path, "name=New+Partner&password=" + UrlEncode(kPartnerPassword));
  EXPECT_EQ(accepted.status, 303) << accepted.body;
  HttpClient partner(Port());
  EXPECT_TRUE(partner.SignIn("new@example.org", kPartnerPassword));
}

TEST_F(Utf8Input, QueryStringsPathsAndCookiesThatAreNotUtf8AreRefusedNamingThePart) {
  const auto query = Get(Port(), "/guide/search?q=caf%E9");
  EXPECT_EQ(query.status, 400);
  EXPECT_TRUE(Names(query, "q")) << query.body;
  const auto api = Get(Port(), "/api/v1/places?region=%FF");
  EXPECT_EQ(api.status, 400);
  EXPECT_TRUE(Has(api, "'region'")) << api.body;  // JSON: quotes are not escaped
  const auto path = Get(Port(), "/places/E08%FF00012");
  EXPECT_EQ(path.status, 400);
  EXPECT_TRUE(Has(path, "path")) << path.body;
  const auto cookie = SendRaw(Port(),
                              "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                              "Cookie: lct_session=ab\xFF\r\n\r\n");
  EXPECT_EQ(cookie.status, 400);
  EXPECT_TRUE(Has(cookie, "lct_session")) << cookie.body;
  EXPECT_EQ(Get(Port(), "/guide/search?q=caf%C3%A9").status, 200);
}

TEST_F(Utf8Input, MultipartFieldsThatAreNotUtf8AreRefused) {
  HttpClient admin = Admin();
  admin.Get("/import");
  const auto part = [](const std::string& name, const std::string& value) {
    return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  };
  const std::string file =
      "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"obs.csv\"\r\n"
      "Content-Type: text/csv\r\n\r\nplace,indicator,period,value\r\n";
  const auto refused =
      admin.PostRaw("/import?csrf=" + UrlEncode(admin.csrf()), "multipart/form-data; boundary=b",
                    part("csrf", admin.csrf()) + part("layout", "lo\xFFng") + file + "--b--\r\n");
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(Names(refused, "layout")) << refused.body;
  EXPECT_TRUE(Has(refused, "not valid UTF-8")) << refused.body;
}

}  // namespace
}  // namespace lct::testing
