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

// Issue 11 (found by fuzzing): name=t%FF on POST /account/tokens answered 500.
TEST(ParseForm, TextFieldsThatAreNotUtf8AreRefusedNamingTheField) {
  auto urlencoded = ParseForm(WithBody("application/x-www-form-urlencoded", "name=t%FF&scope=x"));
  ASSERT_FALSE(urlencoded.ok());
  EXPECT_EQ(urlencoded.error().message(), "the form field 'name' is not valid UTF-8");
  EXPECT_FALSE(ParseForm(WithBody("application/x-www-form-urlencoded", "%C3=1")).ok());
  auto multipart = ParseForm(WithBody(
      "multipart/form-data; boundary=b",
      "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n\xED\xA0\x80\r\n--b--"));
  ASSERT_FALSE(multipart.ok());
  EXPECT_EQ(multipart.error().message(), "the form field 'note' is not valid UTF-8");
  auto accented = ParseForm(WithBody("application/x-www-form-urlencoded", "name=caf%C3%A9"));
  ASSERT_TRUE(accented.ok());
  EXPECT_EQ(accented->Field("name"), "caf\xC3\xA9");
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

TEST(HeaderParameter, QuotedAndPlain) {
  EXPECT_EQ(HeaderParameter("multipart/form-data; boundary=abc", "boundary"), "abc");
  EXPECT_EQ(HeaderParameter("form-data; name=\"a;b\"; filename=\"c.txt\"", "filename"), "c.txt");
  EXPECT_EQ(HeaderParameter("form-data; name=\"a;b\"", "name"), "a;b");
  EXPECT_FALSE(HeaderParameter("form-data", "name").has_value());
}

}  // namespace
}  // namespace lct::web
