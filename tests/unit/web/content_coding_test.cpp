// Content codings: reading Accept-Encoding as RFC 9110 §12.5.3 says, and the gzip form of an
// answer (its own entity tag, Vary, only when worth it), alone and in the response cache.
#include "web/content_coding.hpp"

#include <gtest/gtest.h>

#include <string>

#include "gunzip.hpp"
#include "web/response_cache.hpp"

namespace lct::web {
namespace {

Response Page(std::string body, std::string type = "text/html; charset=utf-8") {
  Response response;
  response.content_type = std::move(type);
  response.body = std::move(body);
  response.sharing = Sharing::kShared;
  response.SetHeader("ETag", "\"v3-abc\"");
  return response;
}

std::string Text(std::size_t bytes) {
  std::string text;
  while (text.size() < bytes) text += "Learning city partnership, participation, performance. ";
  return text;
}

TEST(AcceptsGzip, ReadsCodingsAndQualities) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("deflate, gzip;q=0.5, br"));
  EXPECT_TRUE(AcceptsGzip("GZIP"));
  EXPECT_TRUE(AcceptsGzip("x-gzip"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_TRUE(AcceptsGzip(" gzip ; q=1.000 "));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("identity"));
  EXPECT_FALSE(AcceptsGzip("br, deflate"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0.000"));
  EXPECT_FALSE(AcceptsGzip("*;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0, *"));  // named refusal beats the wildcard
  EXPECT_FALSE(AcceptsGzip("gzip;q=abc"));   // a malformed quality counts as refusal
  EXPECT_FALSE(AcceptsGzip("gzip;q=2"));
}

TEST(IsCompressible, TextLikeTypesOnly) {
  EXPECT_TRUE(IsCompressible("text/html; charset=utf-8"));
  EXPECT_TRUE(IsCompressible("application/json"));
  EXPECT_TRUE(IsCompressible("text/csv; charset=utf-8"));
  EXPECT_TRUE(IsCompressible("image/svg+xml"));
  EXPECT_FALSE(IsCompressible("image/png"));
  EXPECT_FALSE(IsCompressible("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
}

TEST(Gzip, RoundTripsThroughZlib) {
  const std::string text = Text(5000);
  const auto packed = Gzip(text);
  ASSERT_TRUE(packed.has_value());
  EXPECT_LT(packed->size(), text.size());
  EXPECT_EQ(testing::Gunzip(*packed), text);
  EXPECT_EQ(testing::Gunzip(*Gzip("")), "");
}

TEST(GzipTag, EachFormHasItsOwnValidator) {
  EXPECT_EQ(GzipTag("\"v3-abc\""), "\"v3-abc-gz\"");
  EXPECT_EQ(GzipTag("W/\"x\""), "W/\"x-gz\"");
  EXPECT_EQ(GzipTag(""), "");
}

TEST(GzipForm, OnlyWhenWorthIt) {
  const auto form = GzipForm(Page(Text(4000)));
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Header("Content-Encoding"), "gzip");
  EXPECT_EQ(form->Header("ETag"), "\"v3-abc-gz\"");
  EXPECT_EQ(form->Header("Vary"), "Accept-Encoding");
  EXPECT_EQ(testing::Gunzip(form->body), Text(4000));

  EXPECT_FALSE(GzipForm(Page("short")).has_value());
  EXPECT_FALSE(GzipForm(Page(Text(4000), "image/png")).has_value());
  Response error = Page(Text(4000));
  error.status = 404;
  EXPECT_FALSE(GzipForm(error).has_value());
}

TEST(ResponseCache, KeepsAGzipFormBesideThePlainOne) {
  ResponseCache cache;
  cache.Put(3, "/big", Page(Text(4000)));
  cache.Put(3, "/small", Page("tiny"));
  const auto plain = cache.Find(3, "/big");
  const auto packed = cache.Find(3, "/big", true);
  ASSERT_NE(plain, nullptr);
  ASSERT_NE(packed, nullptr);
  EXPECT_EQ(plain->body, Text(4000));
  EXPECT_EQ(plain->Header("Vary"), "Accept-Encoding");
  EXPECT_EQ(plain->Header("Content-Encoding"), std::nullopt);
  EXPECT_EQ(packed->Header("Content-Encoding"), "gzip");
  EXPECT_EQ(testing::Gunzip(packed->body), plain->body);
  EXPECT_EQ(cache.bytes(), plain->body.size() + packed->body.size() + 4);
  // Nothing worth compressing: the plain form for everyone, with no Vary.
  EXPECT_EQ(cache.Find(3, "/small", true)->body, "tiny");
  EXPECT_EQ(cache.Find(3, "/small", true)->Header("Vary"), std::nullopt);
}

}  // namespace
}  // namespace lct::web
