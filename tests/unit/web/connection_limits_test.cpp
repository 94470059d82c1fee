// Connection caps, overall and per address (issue 11, item 4).
#include "web/connection_limits.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace lct::web {
namespace {

TEST(ConnectionLimiter, CapsPerAddressAndOverallAndGivesPlacesBack) {
  ConnectionLimiter limiter({3, 2, ""});
  auto a1 = limiter.TryAcquire("192.0.2.1");
  auto a2 = limiter.TryAcquire("192.0.2.1");
  ASSERT_TRUE(a1 && a2);
  EXPECT_FALSE(limiter.TryAcquire("192.0.2.1"));
  EXPECT_FALSE(limiter.TryAcquire("::ffff:192.0.2.1"));  // the same address
  auto b1 = limiter.TryAcquire("192.0.2.2");
  ASSERT_TRUE(b1);
  EXPECT_FALSE(limiter.TryAcquire("192.0.2.3"));  // 3 open overall
  EXPECT_EQ(limiter.open(), 3U);
  a1.reset();
  EXPECT_EQ(limiter.open(), 2U);
  EXPECT_TRUE(limiter.TryAcquire("192.0.2.3"));  // given back at once (a temporary)
  EXPECT_TRUE(limiter.TryAcquire("192.0.2.1"));
}

TEST(ConnectionLimiter, TheTrustedProxyHasOnlyTheOverallCap) {
  ConnectionLimiter limiter({4, 1, "10.0.0.1"});
  std::vector<ConnectionLimiter::Slot> held;
  for (int i = 0; i < 4; ++i) {
    auto slot = limiter.TryAcquire("10.0.0.1");
    ASSERT_TRUE(slot) << i;
    held.push_back(std::move(*slot));
  }
  EXPECT_FALSE(limiter.TryAcquire("10.0.0.1"));
  EXPECT_FALSE(limiter.TryAcquire("192.0.2.9"));
  held.clear();
  EXPECT_EQ(limiter.open(), 0U);
}

}  // namespace
}  // namespace lct::web
