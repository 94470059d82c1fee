// Accounts through the real App (issue 7): sign-in and sign-out, cookies and their flags,
// CSRF, session fixation, API tokens, escaping of what people type, and the audit pages.
#include <gtest/gtest.h>

#include "store/store.hpp"
#include "unit/account_test_support.hpp"
#include "web/app.hpp"

namespace lct::web {
namespace {

using testing::kPassword;
using testing::kPlaceA;
using testing::kPlaceB;
using testing::TestClient;

bool Has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

class AuthAppTest : public ::testing::Test {
 protected:
  AuthAppTest() : store_(testing::AccountTestStore()), app_(*store_, Options()) {}

  AppOptions Options() {
    AppOptions options;
    options.accounts = testing::TestAccountOptions(&now_);
    options.base_url = "https://lct.example.org";
    return options;
  }

  // A state-changing request as `client` would send it, with extra headers.
  Response PostWith(testing::TestClient& client, const std::string& target, const std::string& body,
                    const std::vector<std::pair<std::string, std::string>>& headers) {
    Request request = *ParseTarget(Method::kPost, target);
    std::string cookies = "lct_csrf=" + client.csrf_cookie_;
    if (!client.session_.empty()) cookies += "; lct_session=" + client.session_;
    request.headers.emplace_back("Cookie", cookies);
    request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    request.headers.emplace_back("Host", "lct.example.org");
    for (const auto& header : headers) request.headers.push_back(header);
    request.body = body + "&csrf=" + client.csrf_;
    request.remote_address = client.address_;
    return app_.Handle(request);
  }

  UserId Add(const std::string& email, const domain::TokenScope& grant = {},
             const std::string& name = "") {
    auto id = app_.accounts().AddUser(email, name, kPassword, grant, {std::nullopt, "cli"});
    EXPECT_TRUE(id.ok()) << id.error().ToString();
    return id.ok() ? *id : UserId{};
  }

  std::int64_t now_ = 1'800'000'000;
  std::unique_ptr<store::Store> store_;
  App app_;
};

TEST_F(AuthAppTest, SignInSignOutAndTheLayout) {
  Add("ann@example.org", {false, domain::PlaceRole::kCoordinator, kPlaceA}, "Ann Example");
  TestClient client(app_);
  const auto before = client.Get("/sign-in");
  EXPECT_EQ(before.status, 200);
  EXPECT_TRUE(Has(before.body, "href=\"/sign-in\">Sign in</a>"));
  EXPECT_TRUE(Has(before.body, "<label for=\"email\">Email address</label>"));
  ASSERT_TRUE(client.SignIn("ann@example.org"));
  const auto account = client.Get("/account");
  EXPECT_EQ(account.status, 200);
  EXPECT_TRUE(Has(account.body, "Ann Example"));
  EXPECT_TRUE(Has(account.body, "action=\"/sign-out\""));
  EXPECT_FALSE(Has(account.body, ">Sign in</a>"));
  // Existing pages show the person too, without changing their handlers.
  const auto error_page = client.Get("/no/such/page");
  EXPECT_TRUE(Has(error_page.body, "Ann Example"));
  const std::string old_session = client.session_;
  const auto out = client.Post("/sign-out", "");
  EXPECT_EQ(out.status, 303);
  EXPECT_TRUE(Has(testing::Header(out, "Set-Cookie"), "Max-Age=0"));
  // The old cookie no longer works, even if someone kept it.
  client.session_ = old_session;
  EXPECT_EQ(client.Get("/account").status, 401);
}

TEST_F(AuthAppTest, SessionCookieFlags) {
  Add("ann@example.org");
  TestClient client(app_);
  client.Get("/sign-in");
  const auto r =
      client.Post("/sign-in", "email=ann%40example.org&password=" + TestClient::Encode(kPassword) +
                                  "&next=%2Faccount");
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(testing::Header(r, "Location"), "/account");
  std::string cookie;
  for (const auto& [k, v] : r.headers) {
    if (k == "Set-Cookie" && v.starts_with("lct_session=")) cookie = v;
  }
  EXPECT_TRUE(Has(cookie, "HttpOnly"));
  EXPECT_TRUE(Has(cookie, "SameSite=Lax"));
  EXPECT_TRUE(Has(cookie, "Path=/"));
  EXPECT_FALSE(Has(cookie, "Secure"));
  EXPECT_EQ(client.session_.size(), 43U);  // 256 random bits
}

TEST_F(AuthAppTest, SignInRedirectsOnlyToLocalPaths) {
  Add("ann@example.org");
  for (const auto& [next, location] : std::vector<std::pair<std::string, std::string>>{
           {"%2F%2Fevil.example", "/"},
           {"https%3A%2F%2Fevil.example", "/"},
           {"%2F%5Cevil.example", "/"},
           {"%2Fa%0D%0ASet-Cookie%3A+x", "/"},
           {"%2Fplaces%2FE08000012", "/places/E08000012"}}) {
    TestClient client(app_);
    client.Get("/sign-in");
    const auto r = client.Post("/sign-in", "email=ann%40example.org&password=" +
                                               TestClient::Encode(kPassword) + "&next=" + next);
    ASSERT_EQ(r.status, 303);
    EXPECT_EQ(testing::Header(r, "Location"), location) << next;
  }
}

TEST_F(AuthAppTest, SecureCookiesOverTlsOrFromTheTrustedProxyOnly) {
  AppOptions options = Options();
  options.trusted_proxy = "127.0.0.1";
  const App app(*store_, options);
  Request request = *ParseTarget(Method::kGet, "/sign-in");
  request.headers.emplace_back("X-Forwarded-Proto", "https");
  request.remote_address = "127.0.0.1";
  EXPECT_TRUE(app.IsSecure(request));
  EXPECT_TRUE(Has(testing::Header(app.Handle(request), "Set-Cookie"), "; Secure"));
  request.remote_address = "203.0.113.9";  // anyone else saying so is not believed
  EXPECT_FALSE(app.IsSecure(request));
  EXPECT_FALSE(Has(testing::Header(app.Handle(request), "Set-Cookie"), "Secure"));
  options.tls = true;
  options.trusted_proxy.clear();
  const App tls(*store_, options);
  EXPECT_TRUE(tls.IsSecure(*ParseTarget(Method::kGet, "/")));
}

TEST_F(AuthAppTest, SessionFixationIsImpossible) {
  Add("ann@example.org");
  TestClient client(app_);
  client.session_ = "attacker-chosen-session-value-0123456789abcdef";
  ASSERT_TRUE(client.SignIn("ann@example.org"));
  EXPECT_NE(client.session_, "attacker-chosen-session-value-0123456789abcdef");
  TestClient attacker(app_);
  attacker.session_ = "attacker-chosen-session-value-0123456789abcdef";
  EXPECT_EQ(attacker.Get("/account").status, 401);
}

TEST_F(AuthAppTest, CsrfIsCheckedBeforeAnythingRuns) {
  Add("ann@example.org", {false, domain::PlaceRole::kViewer, kPlaceA});
  TestClient client(app_);
  // Without any token cookie, a state-changing request is refused and gets one.
  const auto first = client.Send(Method::kPost, "/sign-in", "email=a%40b.c&password=x");
  EXPECT_EQ(first.status, 403);
  EXPECT_FALSE(client.csrf_cookie_.empty());
  EXPECT_TRUE(Has(testing::Header(first, "Set-Cookie"), "SameSite=Strict"));
  EXPECT_TRUE(Has(testing::Header(first, "Set-Cookie"), "HttpOnly"));
  // With the cookie but a wrong field: refused.
  EXPECT_EQ(client.Post("/sign-in", "email=a%40b.c&password=x", "wrong").status, 403);
  // Double submit: the field equals the cookie.
  EXPECT_EQ(client.Post("/sign-in", "email=a%40b.c&password=wrong-password").status, 401);

  ASSERT_TRUE(client.SignIn("ann@example.org"));
  const std::string scope = std::string("viewer%40") + kPlaceA;
  // Signed in: the double-submit cookie is not enough, the session's token is needed.
  EXPECT_EQ(client.Post("/account/tokens", "name=t1&scope=" + scope, client.csrf_cookie_).status,
            403);
  EXPECT_EQ(client.Post("/account/tokens", "name=t1&scope=" + scope, "").status, 403);
  auto tokens = store_->ListApiTokens(std::nullopt);
  ASSERT_TRUE(tokens.ok());
  EXPECT_TRUE(tokens->empty());  // nothing ran
  // The header works as well as the field.
  Request request = *ParseTarget(Method::kPost, "/account/tokens");
  request.headers.emplace_back("Cookie", "lct_session=" + client.session_);
  request.headers.emplace_back("X-CSRF-Token", client.csrf_);
  request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  request.body = "name=t2&scope=" + scope;
  EXPECT_EQ(app_.Handle(request).status, 200);
  tokens = store_->ListApiTokens(std::nullopt);
  ASSERT_TRUE(tokens.ok());
  EXPECT_EQ(tokens->size(), 1U);
}

TEST_F(AuthAppTest, UnauthenticatedGets401WithSignInLinkOrJson) {
  TestClient client(app_);
  const auto page = client.Get("/account?tab=1");
  EXPECT_EQ(page.status, 401);
  EXPECT_TRUE(Has(page.body, "href=\"/sign-in?next=/account%3Ftab%3D1\""));
  const auto api = client.Get("/api/v1/me");
  EXPECT_EQ(api.status, 401);
  EXPECT_EQ(api.content_type, "application/json");
  Add("viv@example.org", {false, domain::PlaceRole::kViewer, kPlaceA});
  ASSERT_TRUE(client.SignIn("viv@example.org"));
  EXPECT_EQ(client.Get("/admin/people").status, 403);
  EXPECT_EQ(client.Get(std::string("/places/") + kPlaceA + "/audit").status, 403);
}

TEST_F(AuthAppTest, ApiTokensShownOnceUsableAndRevocable) {
  Add("cat@example.org", {false, domain::PlaceRole::kCoordinator, kPlaceA});
  TestClient client(app_);
  ASSERT_TRUE(client.SignIn("cat@example.org"));
  const auto created =
      client.Post("/account/tokens", std::string("name=etl&scope=partner%40") + kPlaceA);
  ASSERT_EQ(created.status, 200);
  const auto start = created.body.find("lct_");
  ASSERT_NE(start, std::string::npos);
  const std::string token = created.body.substr(start, created.body.find('<', start) - start);
  EXPECT_FALSE(Has(client.Get("/account").body, token));  // only once

  TestClient api(app_);
  api.bearer_ = token;
  const auto me = api.Get("/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_TRUE(Has(me.body, std::string("\"") + kPlaceA + "\":\"partner\""));  // the scope, not more
  EXPECT_TRUE(Has(me.body, "\"api_token\":true"));
  EXPECT_EQ(api.Get(std::string("/places/") + kPlaceA + "/audit").status, 401);  // not a cookie

  auto tokens = store_->ListApiTokens(std::nullopt);
  ASSERT_TRUE(tokens.ok());
  ASSERT_EQ(tokens->size(), 1U);
  const auto revoke =
      client.Post("/account/tokens/" + std::to_string(tokens->front().id) + "/revoke", "");
  EXPECT_EQ(revoke.status, 303);
  EXPECT_EQ(api.Get("/api/v1/me").status, 401);
  api.bearer_ = "lct_not-a-real-token";
  EXPECT_EQ(api.Get("/api/v1/me").status, 401);
}

TEST_F(AuthAppTest, ScriptPayloadsComeBackEscaped) {
  const std::string payload = "<script>alert(1)</script>\"'&";
  Add("admin@example.org", {true, std::nullopt, ""}, payload);
  TestClient admin(app_);
  ASSERT_TRUE(admin.SignIn("admin@example.org"));
  for (const char* page : {"/account", "/admin/people", "/admin/audit", "/"}) {
    const auto r = admin.Get(page);
    EXPECT_FALSE(Has(r.body, "<script>alert(1)")) << page;
  }
  EXPECT_TRUE(Has(admin.Get("/account").body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  // Typed into forms and shown again with the error.
  TestClient anonymous(app_);
  anonymous.Get("/sign-in");
  const auto sign_in = anonymous.Post(
      "/sign-in", "email=" + TestClient::Encode("\"><script>x()</script>") + "&password=x");
  EXPECT_FALSE(Has(sign_in.body, "<script>x()"));
  EXPECT_TRUE(Has(sign_in.body, "&lt;script&gt;x()"));
  const auto invite = admin.Post("/admin/people/invite",
                                 "email=" + TestClient::Encode("<img src=x onerror=alert(1)>") +
                                     "&role=viewer&place=" + kPlaceA);
  EXPECT_EQ(invite.status, 400);
  EXPECT_FALSE(Has(invite.body, "<img src=x"));
  const auto token =
      admin.Post("/account/tokens", "name=" + TestClient::Encode(payload) + "&scope=admin");
  EXPECT_EQ(token.status, 200);
  EXPECT_FALSE(Has(admin.Get("/account").body, "<script>alert(1)"));
}

TEST_F(AuthAppTest, InvitationFromThePeoplePage) {
  Add("admin@example.org", {true, std::nullopt, ""});
  TestClient admin(app_);
  ASSERT_TRUE(admin.SignIn("admin@example.org"));
  const auto r = admin.Post("/admin/people/invite",
                            std::string("email=new%40example.org&role=partner&place=") + kPlaceB);
  ASSERT_EQ(r.status, 200) << r.body;
  // Built from the configured base URL, not from the request's Host (lct.test).
  const auto start = r.body.find("https://lct.example.org/invite/");
  ASSERT_NE(start, std::string::npos);
  EXPECT_EQ(r.body.find("lct.test"), std::string::npos);
  const std::string path = r.body.substr(start + 23, r.body.find('<', start) - start - 23);
  TestClient invited(app_);
  const auto form = invited.Get(path);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form.body, "new@example.org"));
  const auto weak = invited.Post(path, "name=New&password=short");
  EXPECT_EQ(weak.status, 400);
  EXPECT_TRUE(Has(weak.body, "class=\"field-error\""));
  const auto accepted = invited.Post(path, "name=New+Person&password=new+person+pw");
  EXPECT_EQ(accepted.status, 303);
  ASSERT_TRUE(invited.SignIn("new@example.org", "new person pw"));
  EXPECT_EQ(invited.Get(path).status, 404);  // used
}

TEST_F(AuthAppTest, AuditPagesForAdminsAndCoordinators) {
  Add("admin@example.org", {true, std::nullopt, ""});
  Add("cat@example.org", {false, domain::PlaceRole::kCoordinator, kPlaceA});
  TestClient cat(app_);
  ASSERT_TRUE(cat.SignIn("cat@example.org"));
  const auto own = cat.Get(std::string("/places/") + kPlaceA + "/audit");
  EXPECT_EQ(own.status, 200);
  EXPECT_TRUE(Has(own.body, "role.grant"));
  EXPECT_FALSE(Has(own.body, "admin@example.org"));  // another place's (none) entries only
  EXPECT_EQ(cat.Get(std::string("/places/") + kPlaceB + "/audit").status, 403);
  EXPECT_EQ(cat.Get("/admin/audit").status, 403);
  const auto csv = cat.Get(std::string("/places/") + kPlaceA + "/audit.csv");
  EXPECT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.content_type.starts_with("text/csv"));
  EXPECT_TRUE(csv.body.starts_with("id,at,actor,action,entity,entity_id,place_code,before,after"));
  TestClient admin(app_);
  ASSERT_TRUE(admin.SignIn("admin@example.org"));
  const auto all = admin.Get("/admin/audit.csv");
  EXPECT_EQ(all.status, 200);
  EXPECT_TRUE(Has(all.body, "session.sign_in"));
}

// Issue 11: a state-changing request from another site is refused even with a valid token;
// with neither Origin nor Referer, the token alone decides.
TEST_F(AuthAppTest, CrossSiteRequestsAreRefusedBeforeAnythingRuns) {
  Add("ann@example.org", {false, domain::PlaceRole::kViewer, kPlaceA});
  TestClient client(app_);
  ASSERT_TRUE(client.SignIn("ann@example.org"));
  const std::string body = std::string("name=t&scope=viewer%40") + kPlaceA;
  for (const auto& header : std::vector<std::pair<std::string, std::string>>{
           {"Origin", "https://evil.example"},
           {"Origin", "null"},
           {"Origin", "http://lct.example.org"},  // another scheme is another site
           {"Referer", "https://evil.example/page"}}) {
    const auto r = PostWith(client, "/account/tokens", body, {header});
    EXPECT_EQ(r.status, 403) << header.first << ": " << header.second;
    EXPECT_TRUE(Has(r.body, "came from another site"));
  }
  auto tokens = store_->ListApiTokens(std::nullopt);
  ASSERT_TRUE(tokens.ok());
  EXPECT_TRUE(tokens->empty());  // nothing ran
  EXPECT_EQ(
      PostWith(client, "/account/tokens", body, {{"Origin", "https://lct.example.org"}}).status,
      200);
  EXPECT_EQ(
      PostWith(client, "/account/tokens", body, {{"Referer", "https://lct.example.org/account"}})
          .status,
      200);
  EXPECT_EQ(PostWith(client, "/account/tokens", body, {}).status, 200);  // neither: token only
  client.csrf_ = "wrong";
  EXPECT_EQ(PostWith(client, "/account/tokens", body, {}).status, 403);
}

// Issue 11: no cookie rides on static files, data or API answers; pages still set the
// double-submit cookie.
TEST_F(AuthAppTest, StaticFilesSetNoCookie) {
  for (const char* path : {"/static/app.css", "/favicon.ico", "/robots.txt", "/healthz"}) {
    TestClient client(app_);
    const auto r = client.Get(path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(testing::Header(r, "Set-Cookie"), "") << path;
  }
  TestClient client(app_);
  EXPECT_TRUE(Has(testing::Header(client.Get("/sign-in"), "Set-Cookie"), "lct_csrf="));
  // Signed in, static files stay cacheable: they hold nothing personal.
  Add("ann@example.org");
  ASSERT_TRUE(client.SignIn("ann@example.org"));
  const auto css = client.Get("/static/app.css");
  EXPECT_EQ(testing::Header(css, "Cache-Control"), "public, max-age=3600");
  EXPECT_EQ(testing::Header(css, "Set-Cookie"), "");
}

// Issue 11: every page a signed-in person sees names them and carries their CSRF token, so
// none may be stored by a browser or a proxy.
TEST_F(AuthAppTest, PagesForASignedInPersonAreNotStored) {
  Add("ann@example.org", {false, domain::PlaceRole::kCoordinator, kPlaceA});
  TestClient client(app_);
  ASSERT_TRUE(client.SignIn("ann@example.org"));
  for (const std::string& path :
       std::vector<std::string>{"/", "/indicators", "/account", "/no/such/page",
                                std::string("/places/") + kPlaceA + "/audit.csv"}) {
    const auto r = client.Get(path);
    EXPECT_EQ(testing::Header(r, "Cache-Control"), "no-store") << path;
    std::size_t count = 0;
    for (const auto& header : r.headers) count += header.first == "Cache-Control" ? 1 : 0;
    EXPECT_EQ(count, 1U) << path;
  }
  TestClient anonymous(app_);
  EXPECT_EQ(testing::Header(anonymous.Get("/account"), "Cache-Control"), "no-store");  // 401
}

// Issue 11: behind the trusted proxy, throttling counts the client's address from
// X-Forwarded-For (its right-most entry that is not the proxy), and only from that proxy.
TEST_F(AuthAppTest, ThrottlingUsesTheClientAddressOnlyFromTheTrustedProxy) {
  AppOptions options = Options();
  options.trusted_proxy = "10.0.0.1";
  const App app(*store_, options);
  Add("ann@example.org");
  const auto attempt = [&](const std::string& peer, const std::string& forwarded,
                           const std::string& password) {
    TestClient client(app);
    client.address_ = peer;
    client.Get("/sign-in");
    Request request = *ParseTarget(Method::kPost, "/sign-in");
    request.headers.emplace_back("Cookie", "lct_csrf=" + client.csrf_cookie_);
    request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    if (!forwarded.empty()) request.headers.emplace_back("X-Forwarded-For", forwarded);
    request.body = "email=ann%40example.org&password=" + TestClient::Encode(password) +
                   "&csrf=" + client.csrf_cookie_;
    request.remote_address = peer;
    return app.Handle(request);
  };
  // An attacker behind the proxy, varying the part of the header they control.
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(
        attempt("10.0.0.1", "1.1.1." + std::to_string(i) + ", 198.51.100.7", "wrong pass").status,
        401);
  }
  const auto throttled = attempt("10.0.0.1", "9.9.9.9, 198.51.100.7", kPassword);
  EXPECT_EQ(throttled.status, 429);
  EXPECT_EQ(testing::Header(throttled, "Retry-After"), "1");
  // Ann, behind the same proxy from her own address, is not locked out.
  EXPECT_EQ(attempt("10.0.0.1", "198.51.100.8", kPassword).status, 303);
  // Someone not the proxy cannot borrow her address to get round the attacker's wait, nor
  // lock her out by naming it.
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(attempt("203.0.113.5", "198.51.100.8", "wrong pass").status, 401);
  }
  EXPECT_EQ(attempt("203.0.113.5", "198.51.100.8", kPassword).status, 429);
  EXPECT_EQ(attempt("10.0.0.1", "198.51.100.8", kPassword).status, 303);
}

}  // namespace
}  // namespace lct::web
