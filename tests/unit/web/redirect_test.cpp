#include "web/redirect.hpp"

#include <gtest/gtest.h>

namespace lct::web {
namespace {

TEST(RedirectTest, IsA303SeeOtherToTheLocationThatIsNeverCached) {
  const Response response = Redirect("/places/E08000012/targets?saved=1");
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.Header("Location"), "/places/E08000012/targets?saved=1");
  EXPECT_EQ(response.Header("Cache-Control"), "no-store");
  EXPECT_TRUE(response.body.empty());
}

}  // namespace
}  // namespace lct::web
