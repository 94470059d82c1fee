// Every answer carries one Cache-Control header: a page built as shareable (no-cache) and then
// marked private must say only no-store, not both (a cache or browser may obey either).
#include <gtest/gtest.h>

#include <string>

#include "integration/http_client_support.hpp"

namespace lct::testing {
namespace {

int CountHeader(const std::string& head, const std::string& name) {
  int count = 0;
  std::size_t at = 0;
  const std::string needle = "\r\n" + name + ":";
  while ((at = head.find(needle, at)) != std::string::npos) {
    ++count;
    at += needle.size();
  }
  return count;
}

class CacheHeaders : public SignedInAdminTest {};

TEST_F(CacheHeaders, PrivatePagesSayNoStoreOnce) {
  HttpClient admin = Admin();
  for (const char* target : {"/import", "/respond/no-such-token", "/index/model", "/"}) {
    const HttpReply reply = admin.Get(target);
    EXPECT_EQ(CountHeader(reply.head, "Cache-Control"), 1) << target << "\n" << reply.head;
  }
  const HttpReply import = admin.Get("/import");
  EXPECT_NE(import.head.find("Cache-Control: no-store"), std::string::npos) << import.head;
}

}  // namespace
}  // namespace lct::testing
