// Issue 12: the response cache, entity tags and conditional GET, alone and through the real
// App: anonymous pages are served from memory while the data version holds; personalised
// responses (signed in, API token, a form's CSRF token, Set-Cookie) never go in or come out.
#include "web/response_cache.hpp"

#include <gtest/gtest.h>

#include <string>

#include "store/store.hpp"
#include "unit/account_test_support.hpp"
#include "web/app.hpp"

namespace lct::web {
namespace {

using testing::kPlaceA;
using testing::TestClient;

bool Has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

Response Page(std::string body) {
  Response response;
  response.body = std::move(body);
  response.sharing = Sharing::kShared;
  return response;
}

TEST(ResponseCache, FindsOnlyAtTheVersionStored) {
  ResponseCache cache;
  cache.Put(3, "/a?x=1", Page("one"));
  ASSERT_NE(cache.Find(3, "/a?x=1"), nullptr);
  EXPECT_EQ(cache.Find(3, "/a?x=1")->body, "one");
  EXPECT_EQ(cache.Find(3, "/a?x=2"), nullptr);  // the query is part of the key
  EXPECT_EQ(cache.Find(4, "/a?x=1"), nullptr);
  EXPECT_EQ(cache.Find(2, "/a?x=1"), nullptr);
}

TEST(ResponseCache, ANewerVersionDropsEveryOlderEntryAndAnOlderOneIsIgnored) {
  ResponseCache cache;
  cache.Put(1, "/a", Page("a1"));
  cache.Put(1, "/b", Page("b1"));
  cache.Put(2, "/a", Page("a2"));
  EXPECT_EQ(cache.size(), 1U);
  EXPECT_EQ(cache.Find(2, "/b"), nullptr);
  cache.Put(1, "/b", Page("b1"));  // rendered before the write the cache has seen
  EXPECT_EQ(cache.Find(1, "/b"), nullptr);
  EXPECT_EQ(cache.size(), 1U);
}

TEST(ResponseCache, StaysWithinItsBytesDroppingTheOldestFirst) {
  ResponseCache cache(10);
  cache.Put(1, "/a", Page("aaaa"));
  cache.Put(1, "/b", Page("bbbb"));
  cache.Put(1, "/c", Page("cccc"));
  EXPECT_EQ(cache.Find(1, "/a"), nullptr);
  EXPECT_NE(cache.Find(1, "/b"), nullptr);
  EXPECT_NE(cache.Find(1, "/c"), nullptr);
  EXPECT_LE(cache.bytes(), 10U);
  cache.Put(1, "/big", Page(std::string(11, 'x')));
  EXPECT_EQ(cache.Find(1, "/big"), nullptr);
}

TEST(EntityTag, DependsOnTheVersionAndTheBody) {
  EXPECT_EQ(EntityTag(1, "x"), EntityTag(1, "x"));
  EXPECT_NE(EntityTag(1, "x"), EntityTag(2, "x"));
  EXPECT_NE(EntityTag(1, "x"), EntityTag(1, "y"));
  EXPECT_TRUE(EntityTag(7, "x").starts_with("\"v7-"));
}

TEST(NoneMatchHits, ReadsListsWeakTagsAndStar) {
  const std::string tag = EntityTag(1, "body");
  Request request = *ParseTarget(Method::kGet, "/");
  EXPECT_FALSE(NoneMatchHits(request, tag));
  request.headers.emplace_back("If-None-Match", "\"other\", W/" + tag);
  EXPECT_TRUE(NoneMatchHits(request, tag));
  Request star = *ParseTarget(Method::kGet, "/");
  star.headers.emplace_back("If-None-Match", "*");
  EXPECT_TRUE(NoneMatchHits(star, tag));
  Request other = *ParseTarget(Method::kGet, "/");
  other.headers.emplace_back("If-None-Match", "\"v1-0000000000000000\"");
  EXPECT_FALSE(NoneMatchHits(other, tag));
}

class AppCacheTest : public ::testing::Test {
 protected:
  AppCacheTest() : store_(testing::AccountTestStore()), app_(*store_, Options()) {}

  AppOptions Options() {
    AppOptions options;
    options.accounts = testing::TestAccountOptions(&now_);
    return options;
  }

  void Rename(const std::string& name) {
    ASSERT_TRUE(store_
                    ->Write([&](store::StoreWriter& w) -> Status {
                      domain::Place place;
                      place.code = kPlaceA;
                      place.name = name;
                      place.nation_code = "E92000001";
                      auto id = w.UpsertPlace(place);
                      return id.ok() ? Ok() : Status(id.error());
                    })
                    .ok());
  }

  void AddAnn() {
    auto id = app_.accounts().AddUser("ann@example.org", "Ann Example", testing::kPassword,
                                      {false, domain::PlaceRole::kCoordinator, kPlaceA},
                                      {std::nullopt, "cli"});
    ASSERT_TRUE(id.ok()) << id.error().ToString();
  }

  std::int64_t now_ = 1'800'000'000;
  std::unique_ptr<store::Store> store_;
  App app_;
};

TEST_F(AppCacheTest, AnAnonymousPageIsKeptAndServedUntilTheDataChanges) {
  TestClient ann(app_);
  const auto first = ann.Get("/");
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(app_.responses().size(), 1U);
  TestClient bob(app_);
  const auto second = bob.Get("/");
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(testing::Header(second, "ETag"), testing::Header(first, "ETag"));
  EXPECT_FALSE(testing::Header(first, "ETag").empty());
  EXPECT_EQ(bob.Send(Method::kHead, "/", "").status, 200);  // the same entry serves HEAD
  EXPECT_EQ(app_.responses().size(), 1U);

  Rename("Liverpool City Region");
  const auto after = bob.Get("/");
  EXPECT_TRUE(Has(after.body, "Liverpool City Region"));
  EXPECT_NE(testing::Header(after, "ETag"), testing::Header(first, "ETag"));
}

TEST_F(AppCacheTest, EachAnonymousClientGetsItsOwnCsrfCookieNeverAnothers) {
  TestClient ann(app_);
  const auto first = ann.Get("/");
  TestClient bob(app_);
  const auto second = bob.Get("/");  // from the cache
  const std::string ann_cookie = testing::SetCookie(first, "lct_csrf");
  const std::string bob_cookie = testing::SetCookie(second, "lct_csrf");
  ASSERT_FALSE(ann_cookie.empty());
  ASSERT_FALSE(bob_cookie.empty());
  EXPECT_NE(ann_cookie, bob_cookie);
  const auto kept = app_.responses().Find(*store_->DataVersion(), "/");
  ASSERT_NE(kept, nullptr);
  EXPECT_FALSE(kept->Header("Set-Cookie").has_value());
  EXPECT_FALSE(Has(kept->body, ann_cookie));
  // A client with its cookie gets none set again.
  EXPECT_EQ(testing::SetCookie(ann.Get("/"), "lct_csrf"), "");
}

TEST_F(AppCacheTest, APageWithAFormIsNeverKept) {
  TestClient ann(app_);
  const auto ann_form = ann.Get("/sign-in");
  TestClient bob(app_);
  const auto bob_form = bob.Get("/sign-in");
  ASSERT_EQ(ann_form.status, 200);
  EXPECT_EQ(app_.responses().size(), 0U);
  EXPECT_TRUE(Has(ann_form.body, ann.csrf_cookie_));
  EXPECT_FALSE(Has(bob_form.body, ann.csrf_cookie_));
  EXPECT_TRUE(Has(bob_form.body, bob.csrf_cookie_));
}

TEST_F(AppCacheTest, ASignedInPersonNeitherFillsNorReadsTheCache) {
  AddAnn();
  TestClient anonymous(app_);
  const auto shared = anonymous.Get("/");
  ASSERT_EQ(app_.responses().size(), 1U);
  TestClient ann(app_);
  ASSERT_TRUE(ann.SignIn("ann@example.org"));
  const auto own = ann.Get("/");
  EXPECT_NE(own.body, shared.body);
  EXPECT_TRUE(Has(own.body, "Ann Example"));
  EXPECT_EQ(testing::Header(own, "Cache-Control"), "no-store");
  EXPECT_EQ(testing::Header(own, "ETag"), "");
  const auto indicators = ann.Get("/indicators");
  EXPECT_TRUE(Has(indicators.body, "Ann Example"));
  EXPECT_EQ(app_.responses().size(), 1U);  // still only the anonymous "/"
  EXPECT_FALSE(Has(anonymous.Get("/indicators").body, "Ann Example"));
}

TEST_F(AppCacheTest, AnApiTokenOrAnyAuthorizationHeaderBypassesTheCache) {
  TestClient anonymous(app_);
  ASSERT_EQ(anonymous.Get("/api/v1/places").status, 200);
  ASSERT_EQ(app_.responses().size(), 1U);
  TestClient api(app_);
  api.bearer_ = "lct_not-a-real-token";
  EXPECT_EQ(api.Get("/api/v1/places").status, 401);  // not the cached 200
  Request basic = *ParseTarget(Method::kGet, "/");
  basic.headers.emplace_back("Authorization", "Basic YTpi");
  EXPECT_EQ(app_.Handle(basic).status, 200);
  EXPECT_EQ(app_.responses().size(), 1U);
}

TEST_F(AppCacheTest, IfNoneMatchWithTheTagAnswers304WithNoBody) {
  TestClient client(app_);
  const auto page = client.Get("/api/v1/places");
  const std::string etag = testing::Header(page, "ETag");
  ASSERT_FALSE(etag.empty());
  Request conditional = *ParseTarget(Method::kGet, "/api/v1/places");
  conditional.headers.emplace_back("If-None-Match", etag);
  const auto not_modified = app_.Handle(conditional);
  EXPECT_EQ(not_modified.status, 304);
  EXPECT_TRUE(not_modified.body.empty());
  EXPECT_EQ(testing::Header(not_modified, "ETag"), etag);
  Rename("Liverpool City Region");
  EXPECT_EQ(app_.Handle(conditional).status, 200);
}

TEST_F(AppCacheTest, ErrorsAreNotKept) {
  TestClient client(app_);
  EXPECT_EQ(client.Get("/places/E99999999").status, 404);
  EXPECT_EQ(client.Get("/?sort=nonsense").status, 400);
  EXPECT_EQ(app_.responses().size(), 0U);
}

}  // namespace
}  // namespace lct::web
