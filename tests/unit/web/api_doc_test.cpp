// The OpenAPI document is generated from the route table: every route under /api/ carries a
// description, every schema it names exists, and it says who may call each route.
#include "web/api_doc.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "store/store.hpp"
#include "unit/account_test_support.hpp"
#include "web/app.hpp"
#include "web/router.hpp"

namespace lct::web {
namespace {

using Json = nlohmann::json;

class ApiDocTest : public ::testing::Test {
 protected:
  ApiDocTest() : store_(testing::AccountTestStore()), app_(*store_, Options()) {}
  static AppOptions Options() {
    AppOptions options;
    options.accounts = services::AccountOptions::ForTests();
    return options;
  }
  Json Document() const { return Json::parse(OpenApiJson(app_.router())); }

  std::unique_ptr<store::Store> store_;
  App app_;
};

// Every "$ref" in `node`, with the path it was found at.
void CollectRefs(const Json& node, std::vector<std::string>& refs) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (key == "$ref" && value.is_string()) refs.push_back(value.get<std::string>());
      CollectRefs(value, refs);
    }
  } else if (node.is_array()) {
    for (const auto& value : node) CollectRefs(value, refs);
  }
}

TEST_F(ApiDocTest, EveryApiRouteIsDocumented) {
  EXPECT_EQ(UndocumentedApiRoutes(app_.router()), std::vector<std::string>{});
  const Json doc = Document();
  std::size_t api_routes = 0;
  for (const auto& route : app_.router().routes()) {
    if (!route.pattern.starts_with("/api/")) continue;
    ++api_routes;
    EXPECT_TRUE(doc["paths"].contains(route.pattern)) << route.pattern;
  }
  EXPECT_EQ(doc["paths"].size(), api_routes);
  EXPECT_GE(api_routes, 10U);
}

TEST_F(ApiDocTest, ARouteWithoutADescriptionIsReported) {
  Router router;
  router.Add(Method::kGet, "/api/v1/new", Permission::kPublic,
             [](const RouteContext&) -> Result<Response> { return Response{}; });
  router.Add(Method::kGet, "/not-api", Permission::kPublic,
             [](const RouteContext&) -> Result<Response> { return Response{}; });
  EXPECT_EQ(UndocumentedApiRoutes(router), std::vector<std::string>{"get /api/v1/new"});
  EXPECT_FALSE(router.Document(Method::kGet, "/api/v1/absent", ApiDoc{}));
}

TEST_F(ApiDocTest, EveryReferenceResolves) {
  const Json doc = Document();
  std::vector<std::string> refs;
  CollectRefs(doc, refs);
  ASSERT_FALSE(refs.empty());
  for (const auto& ref : refs) {
    ASSERT_TRUE(ref.starts_with("#/components/schemas/")) << ref;
    EXPECT_TRUE(doc["components"]["schemas"].contains(ref.substr(21))) << ref;
  }
}

TEST_F(ApiDocTest, AccessComesFromTheRoutesPermission) {
  const Json doc = Document();
  const Json& places = doc["paths"]["/api/v1/places"]["get"];
  EXPECT_EQ(places["security"], Json::array());
  EXPECT_EQ(places["x-lct-permission"], "public");
  EXPECT_FALSE(places["responses"].contains("401"));
  const Json& results = doc["paths"]["/api/v1/places/{code}/rounds/{round}/results"]["get"];
  EXPECT_EQ(results["x-lct-permission"], "place-viewer");
  EXPECT_TRUE(results["responses"].contains("401"));
  EXPECT_TRUE(results["responses"].contains("403"));
  EXPECT_EQ(results["security"].size(), 2U);
  EXPECT_EQ(results["operationId"], "get_api_v1_places_code_rounds_round_results");
  EXPECT_EQ(doc["openapi"], "3.1.0");
}

TEST_F(ApiDocTest, TheDocumentAndThePageAreServed) {
  testing::TestClient client(app_);
  const Response json = client.Get("/api/v1/openapi.json");
  EXPECT_EQ(json.status, 200);
  EXPECT_EQ(Json::parse(json.body)["openapi"], "3.1.0");
  const Response page = client.Get("/api");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<code>GET /api/v1/places/{code}</code>"), std::string::npos);
  // Who may call each operation, in words, from the route's permission.
  EXPECT_NE(page.body.find("The place&apos;s viewers, partners and co-ordinator; administrators"),
            std::string::npos);
  EXPECT_NE(page.body.find("Signed in, or an API token"), std::string::npos);
}

}  // namespace
}  // namespace lct::web
