#include "web/form.hpp"

#include <gtest/gtest.h>

namespace lct::web {
namespace {

Request WithBody(std::string content_type, std::string body) {
  Request request;
  request.method = Method::kPost;
  request.headers.emplace_back("Content-Type", std::move(content_type));
  request.body = std::move(body);
  return request;
}

TEST(ParseForm, UrlEncodedFieldsInOrderWithRepeats) {
  auto form = ParseForm(
      WithBody("application/x-www-form-urlencoded", "name=A+B%26C&tag=x&tag=y&empty=&flag"));
  ASSERT_TRUE(form.ok()) << form.error().ToString();
  EXPECT_EQ(form->Field("name"), "A B&C");
  EXPECT_EQ(form->Fields("tag"), (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(form->Field("empty"), "");
  EXPECT_EQ(form->Field("flag"), "");
  EXPECT_FALSE(form->Field("missing").has_value());
}

TEST(ParseForm, UrlEncodedBadEscapeIsAnError) {
  auto form = ParseForm(WithBody("application/x-www-form-urlencoded", "a=%zz"));
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(form.error().location().field, "body");
}

TEST(ParseForm, MultipartFieldsAndFiles) {
  const std::string body =
      "preamble to ignore\r\n"
      "--XyZ\r\n"
      "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n"
      "tok\r\n"
      "--XyZ\r\n"
      "Content-Disposition: form-data; name=\"upload\"; filename=\"data \\\"1\\\".csv\"\r\n"
      "Content-Type: text/csv\r\n\r\n"
      "a,b\r\n1,2\r\n--not the boundary\r\n"
      "\r\n--XyZ\r\n"
      "content-disposition: form-data; name=\"note\"\r\n\r\n"
      "line one\r\nline two\r\n"
      "--XyZ--\r\n";
  auto form = ParseForm(WithBody("multipart/form-data; boundary=XyZ", body));
  ASSERT_TRUE(form.ok()) << form.error().ToString();
  EXPECT_EQ(form->Field("csrf"), "tok");
  EXPECT_EQ(form->Field("note"), "line one\r\nline two");
  const UploadedFile* file = form->File("upload");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->filename, "data \"1\".csv");
  EXPECT_EQ(file->content_type, "text/csv");
  EXPECT_EQ(file->content, "a,b\r\n1,2\r\n--not the boundary\r\n");
  EXPECT_EQ(form->File("other"), nullptr);
}

TEST(ParseForm, MultipartBinaryContentKeptExactly) {
  std::string content = std::string("\0\x01\xff\r\n-", 6);
  const std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n\r\n" + content +
      "\r\n--b--";
  auto form = ParseForm(WithBody("multipart/form-data; boundary=\"b\"", body));
  ASSERT_TRUE(form.ok()) << form.error().ToString();
  ASSERT_NE(form->File("f"), nullptr);
  EXPECT_EQ(form->File("f")->content, content);
  EXPECT_EQ(form->File("f")->content_type, "application/octet-stream");
}

TEST(ParseForm, MultipartErrorsAreClear) {
  const auto error = [](std::string content_type, std::string body) {
    auto form = ParseForm(WithBody(std::move(content_type), std::move(body)));
    EXPECT_FALSE(form.ok());
    return form.ok() ? std::string() : form.error().message();
  };
  EXPECT_NE(error("multipart/form-data", "--b--").find("boundary"), std::string::npos);
  EXPECT_NE(error("multipart/form-data; boundary=b", "no delimiter").find("boundary"),
            std::string::npos);
  EXPECT_NE(error("multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue")
                .find("closing boundary"),
            std::string::npos);
  EXPECT_NE(
      error("multipart/form-data; boundary=b", "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--")
          .find("Content-Disposition"),
      std::string::npos);
}

TEST(ParseForm, OtherContentTypesGiveAnEmptyForm) {
  auto json = ParseForm(WithBody("application/json", "{\"a\":1}"));
  ASSERT_TRUE(json.ok());
  EXPECT_TRUE(json->fields.empty());
  Request empty;
  auto none = ParseForm(empty);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->fields.empty());
}

// Issue 11: only valid UTF-8 gets in; the error names the field.
TEST(ParseForm, UrlEncodedFieldsThatAreNotUtf8AreRefusedNamingTheField) {
  auto form = ParseForm(WithBody("application/x-www-form-urlencoded", "a=1&name=t%FF&b=2"));
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(form.error().location().field, "name");
  EXPECT_EQ(form.error().message(),
            "the form field 'name' is not valid UTF-8 (byte 0xFF at position 2)");
  auto key = ParseForm(WithBody("application/x-www-form-urlencoded", "n%C3me=x"));
  ASSERT_FALSE(key.ok());
  EXPECT_NE(key.error().message().find("name is not valid UTF-8"), std::string::npos);
  // Encoded overlong '/' and a surrogate are refused too; proper UTF-8 passes.
  EXPECT_FALSE(ParseForm(WithBody("application/x-www-form-urlencoded", "p=%C0%AF")).ok());
  EXPECT_FALSE(ParseForm(WithBody("application/x-www-form-urlencoded", "p=%ED%A0%80")).ok());
  auto good = ParseForm(WithBody("application/x-www-form-urlencoded", "name=caf%C3%A9"));
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->Field("name"), "caf\xC3\xA9");
}

TEST(ParseForm, MultipartFieldsAndFileNamesThatAreNotUtf8AreRefused) {
  const auto part = [](const std::string& disposition, const std::string& value) {
    return "--b\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + value + "\r\n";
  };
  auto field = ParseForm(
      WithBody("multipart/form-data; boundary=b",
               part("name=\"note\"", "ok") + part("name=\"comment\"", "bad \xE9") + "--b--"));
  ASSERT_FALSE(field.ok());
  EXPECT_EQ(field.error().location().field, "comment");
  auto file_name = ParseForm(
      WithBody("multipart/form-data; boundary=b",
               part("name=\"file\"; filename=\"d\xE9j\xE0.csv\"", "a,b\r\n1,2") + "--b--"));
  ASSERT_FALSE(file_name.ok());
  EXPECT_EQ(file_name.error().location().field, "file");
  EXPECT_NE(file_name.error().message().find("name of the file"), std::string::npos);
  // A file's content is left to whatever reads it (the CSV reader names the line).
  auto content = ParseForm(WithBody("multipart/form-data; boundary=b",
                                    part("name=\"file\"; filename=\"x.csv\"", "a\xFF") + "--b--"));
  ASSERT_TRUE(content.ok()) << content.error().ToString();
  EXPECT_EQ(content->File("file")->content, "a\xFF");
}

TEST(HeaderParameter, QuotedAndPlain) {
  EXPECT_EQ(HeaderParameter("multipart/form-data; boundary=abc", "boundary"), "abc");
  EXPECT_EQ(HeaderParameter("form-data; name=\"a;b\"; filename=\"c.txt\"", "filename"), "c.txt");
  EXPECT_EQ(HeaderParameter("form-data; name=\"a;b\"", "name"), "a;b");
  EXPECT_FALSE(HeaderParameter("form-data", "name").has_value());
}

}  // namespace
}  // namespace lct::web
