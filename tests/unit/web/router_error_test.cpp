// Issue 12 item 4, "errors mapped once": a handler returns Result<Response>, and the router turns
// an Error into its status in one place, as an HTML page or, under /api/, a JSON body.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "web/app.hpp"
#include "web/router.hpp"

namespace lct::web {
namespace {

// A router whose /fail/{kind} and /api/v1/fail/{kind} routes return the error named by {kind}.
Router FailingRouter() {
  const auto fail = [](const RouteContext& ctx) -> Result<Response> {
    const std::string& kind = ctx.Param("kind");
    if (kind == "not-found") return NotFound("there is no place E99999999");
    if (kind == "invalid") return InvalidArgument("sort must be a column", {"", 0, "sort"});
    if (kind == "conflict") return Error(ErrorCode::kConflict, "that code is taken");
    if (kind == "denied") return Error(ErrorCode::kPermissionDenied, "only co-ordinators may");
    if (kind == "unavailable") return Error(ErrorCode::kUnavailable, "database is locked");
    if (kind == "internal") return Internal("row 7 has no id (secret detail)");
    Response ok;
    ok.body = "fine";
    return ok;
  };
  Router router;
  router.Add(Method::kGet, "/fail/{kind}", Permission::kPublic, fail);
  router.Add(Method::kGet, "/api/v1/fail/{kind}", Permission::kPublic, fail);
  return router;
}

Response Get(const Router& router, const std::string& target) {
  const Request request = *ParseTarget(Method::kGet, target);
  return router.Dispatch(request, Principal{}, [&](int status, std::string_view message) {
    return ErrorResponse(request, status, message);
  });
}

bool Has(const Response& response, std::string_view text) {
  return response.body.find(text) != std::string::npos;
}

TEST(RouterErrors, EachErrorCodeHasItsStatus) {
  const Router router = FailingRouter();
  EXPECT_EQ(Get(router, "/fail/ok").status, 200);
  EXPECT_EQ(Get(router, "/fail/ok").body, "fine");
  EXPECT_EQ(Get(router, "/fail/not-found").status, 404);
  EXPECT_EQ(Get(router, "/fail/invalid").status, 400);
  EXPECT_EQ(Get(router, "/fail/conflict").status, 409);
  EXPECT_EQ(Get(router, "/fail/denied").status, 403);
  EXPECT_EQ(Get(router, "/fail/unavailable").status, 503);
  EXPECT_EQ(Get(router, "/fail/internal").status, 500);
}

TEST(RouterErrors, PagesAreHtmlWithTheErrorsWords) {
  const Router router = FailingRouter();
  const Response missing = Get(router, "/fail/not-found");
  EXPECT_NE(missing.content_type.find("text/html"), std::string::npos);
  EXPECT_TRUE(Has(missing, "Page not found"));
  EXPECT_TRUE(Has(missing, "there is no place E99999999"));
  // Bad input names its field.
  EXPECT_TRUE(Has(Get(router, "/fail/invalid"), "sort: sort must be a column"));
  const Response conflict = Get(router, "/fail/conflict");
  EXPECT_TRUE(Has(conflict, "This clashes with what is there"));
  EXPECT_TRUE(Has(conflict, "that code is taken"));
  EXPECT_TRUE(Has(Get(router, "/fail/denied"), "only co-ordinators may"));
  // What is unavailable or broken below is not the visitor's business.
  const Response unavailable = Get(router, "/fail/unavailable");
  EXPECT_TRUE(Has(unavailable, "The database is not available"));
  EXPECT_FALSE(Has(unavailable, "locked"));
  const Response internal = Get(router, "/fail/internal");
  EXPECT_TRUE(Has(internal, "It has been logged"));
  EXPECT_FALSE(Has(internal, "secret detail"));
}

TEST(RouterErrors, ApiErrorsAreJsonWithTheSameStatus) {
  const Router router = FailingRouter();
  const Response conflict = Get(router, "/api/v1/fail/conflict");
  EXPECT_EQ(conflict.status, 409);
  EXPECT_EQ(conflict.content_type, "application/json");
  EXPECT_EQ(conflict.body, R"({"error":{"message":"that code is taken","status":409}})");
  const Response invalid = Get(router, "/api/v1/fail/invalid");
  EXPECT_EQ(invalid.status, 400);
  EXPECT_EQ(invalid.content_type, "application/json");
  EXPECT_TRUE(Has(invalid, "sort: sort must be a column"));
  const Response internal = Get(router, "/api/v1/fail/internal");
  EXPECT_EQ(internal.status, 500);
  EXPECT_EQ(internal.content_type, "application/json");
  EXPECT_FALSE(Has(internal, "secret detail"));
}

// An internal error is a bug: the router logs it (with the detail) and the visitor gets a 500.
TEST(RouterErrors, AnInternalErrorIsLogged) {
  const Router router = FailingRouter();
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  const Response internal = Get(router, "/fail/internal");
  const std::string logged =
      ::testing::internal::GetCapturedStdout() + ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(internal.status, 500);
  EXPECT_NE(logged.find("row 7 has no id (secret detail)"), std::string::npos) << logged;
  EXPECT_NE(logged.find("/fail/internal"), std::string::npos) << logged;
}

}  // namespace
}  // namespace lct::web
