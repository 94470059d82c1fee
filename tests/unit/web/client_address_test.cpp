// The client's address behind a trusted proxy (issue 11, item 6).
#include "web/client_address.hpp"

#include <gtest/gtest.h>

namespace lct::web {
namespace {

Request From(const std::string& peer, std::vector<std::string> forwarded = {}) {
  Request request;
  request.remote_address = peer;
  for (auto& value : forwarded) request.headers.emplace_back("X-Forwarded-For", std::move(value));
  return request;
}

TEST(ClientAddress, TheSocketPeerWithoutATrustedProxy) {
  EXPECT_EQ(ClientAddress(From("203.0.113.5", {"198.51.100.1"}), ""), "203.0.113.5");
  EXPECT_EQ(ClientAddress(From("::ffff:203.0.113.5"), ""), "203.0.113.5");
}

TEST(ClientAddress, ForwardedForIsBelievedOnlyFromTheProxy) {
  // Anyone else saying X-Forwarded-For is ignored: they could name any address.
  EXPECT_EQ(ClientAddress(From("203.0.113.5", {"198.51.100.1"}), "10.0.0.1"), "203.0.113.5");
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"198.51.100.1"}), "10.0.0.1"), "198.51.100.1");
  EXPECT_EQ(ClientAddress(From("::ffff:10.0.0.1", {"198.51.100.1"}), "10.0.0.1"), "198.51.100.1");
}

TEST(ClientAddress, TheRightMostAddressThatIsNotTheProxys) {
  // The client wrote "1.2.3.4"; the proxy appended what it saw.
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"1.2.3.4, 198.51.100.7"}), "10.0.0.1"), "198.51.100.7");
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"1.2.3.4", "198.51.100.7, 10.0.0.1"}), "10.0.0.1"),
            "198.51.100.7");
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"2001:db8::7"}), "10.0.0.1"), "2001:db8::7");
  // Garbage where the proxy's entry should be: nothing further left is believed.
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"1.2.3.4, not-an-address"}), "10.0.0.1"), "10.0.0.1");
  EXPECT_EQ(ClientAddress(From("10.0.0.1"), "10.0.0.1"), "10.0.0.1");
}

}  // namespace
}  // namespace lct::web
