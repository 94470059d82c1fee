#include "web/form_page.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lct::web {
namespace {

TEST(FormPageTest, IsAnHtmlPageWithItsStatusThatIsNeverCached) {
  const auto page = FormPage(422, std::string("<form>…</form>"));
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->status, 422);
  EXPECT_EQ(page->body, "<form>…</form>");
  EXPECT_EQ(page->content_type, "text/html; charset=utf-8");
  ASSERT_EQ(page->headers.size(), 1U);
  EXPECT_EQ(page->Header("Cache-Control"), "no-store");
  EXPECT_EQ(page->sharing, Sharing::kPrivate);
}

TEST(FormPageTest, ARenderErrorIsPassedOnForTheRouter) {
  const auto page = FormPage(200, Internal("template missing"));
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.error().code(), ErrorCode::kInternal);
}

}  // namespace
}  // namespace lct::web
