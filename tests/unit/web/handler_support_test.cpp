// How a service error becomes an HTTP answer (issue 12 item 4): a conflict or a refusal from a
// service is the client's 409 or 403, never a 500.
#include "web/handler_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <utility>

namespace lct::web {
namespace {

Error Conflict(std::string message) { return {ErrorCode::kConflict, std::move(message)}; }
Error PermissionDenied(std::string message) {
  return {ErrorCode::kPermissionDenied, std::move(message)};
}
Error Unavailable(std::string message) { return {ErrorCode::kUnavailable, std::move(message)}; }

Request At(const std::string& path) {
  Request request;
  request.method = Method::kPost;
  request.path = path;
  request.target = path;
  return request;
}

TEST(FromError, EachServiceErrorHasItsStatus) {
  const Request page = At("/indicators/new");
  EXPECT_EQ(FromError(page, NotFound("no such place")).status, 404);
  EXPECT_EQ(FromError(page, InvalidArgument("bad value")).status, 400);
  EXPECT_EQ(FromError(page, Unavailable("database locked")).status, 503);
  const Response conflict = FromError(page, Conflict("an indicator with that code exists"));
  EXPECT_EQ(conflict.status, 409);
  EXPECT_NE(conflict.body.find("an indicator with that code exists"), std::string::npos);
  EXPECT_NE(conflict.body.find("This clashes with what is there"), std::string::npos);
  EXPECT_EQ(FromError(page, PermissionDenied("only the place's co-ordinator may")).status, 403);
}

TEST(FromError, ApiErrorsAreJsonWithTheSameStatus) {
  const Response conflict = FromError(At("/api/v1/places"), Conflict("taken"));
  EXPECT_EQ(conflict.status, 409);
  EXPECT_EQ(conflict.content_type, "application/json");
  EXPECT_NE(conflict.body.find("\"status\":409"), std::string::npos);
}

TEST(FromError, AnInternalErrorIsStillLeftToTheServersCatchAll) {
  EXPECT_THROW((void)FromError(At("/"), Internal("a bug")), std::runtime_error);
}

}  // namespace
}  // namespace lct::web
