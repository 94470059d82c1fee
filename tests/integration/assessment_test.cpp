// Self-assessment over real HTTP (issue 4): a round opened and a respondent invited with the
// command line, then the respondent's form posted twice to the running server (a double click,
// a retry): one answer is recorded. Also: an unknown link is a 404 and a closed round refuses.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include "integration/server_support.hpp"
#include "services/database.hpp"

namespace lct::testing {
namespace {

// Runs `lct ARGS` and returns its standard output; fails the test on a non-zero exit.
std::string Lct(const std::string& args) {
  const std::string command = std::string(LCT_BINARY) + " " + args + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  EXPECT_NE(pipe, nullptr);
  std::string out;
  std::array<char, 512> buffer{};
  while (fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get()) != nullptr) {
    out += buffer.data();
  }
  return out;
}

HttpReply PostForm(unsigned short port, const std::string& path, const std::string& body) {
  // Double-submit CSRF: the cookie and the field carry the same value (32 characters or more).
  return SendRaw(
      port,
      "POST " + path +
          " HTTP/1.1\r\nHost: x\r\nCookie: lct_csrf=integration-csrf-0123456789abcdefghijklmnop\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: " +
          std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class AssessmentHttpTest : public ::testing::Test {
 protected:
  // One server for the suite, started on first use and stopped when the process exits.
  static ServerProcess& Server() {
    static ServerProcess server;
    return server;
  }
  static unsigned short Port() { return Server().port(); }
  static std::string Db() { return " --db " + Server().db_path(); }

  // Opens a round on the toolkit's partnership strand and invites one respondent; returns the
  // link path and the round number.
  static std::pair<std::string, std::string> OpenAndInvite(bool named = false) {
    const auto opened =
        Lct("round open --place E08000012 --framework toolkit --strands "
            "partnership" +
            std::string(named ? " --named" : "") + Db());
    const auto at = opened.find("round ");
    EXPECT_NE(at, std::string::npos) << opened;
    const std::string round = opened.substr(at + 6, opened.find(' ', at + 6) - at - 6);
    const auto invited = Lct("round invite " + round +
                             " --name Ann --organisation College --sector Education" + Db());
    const auto slash = invited.find("/respond/");
    EXPECT_NE(slash, std::string::npos) << invited;
    std::string path = invited.substr(slash);
    while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) path.pop_back();
    return {path, round};
  }
};

// The round is named: an anonymous round with one respondent exports no answers (issue 11).
TEST_F(AssessmentHttpTest, PostingTheSameFormTwiceRecordsOneAnswer) {
  const auto [link, round] = OpenAndInvite(/*named=*/true);
  const auto page = Get(Port(), link + "/partnership/getting-organised");
  ASSERT_EQ(page.status, 200) << page.body.substr(0, 400);
  EXPECT_NE(page.body.find("name=\"rating-partnership-1.1\""), std::string::npos);
  EXPECT_NE(page.head.find("no-store"), std::string::npos);

  const std::string form =
      "csrf=integration-csrf-0123456789abcdefghijklmnop&action=draft&criterion=partnership-1.1&"
      "rating-partnership-1.1=2"
      "&evidence-partnership-1.1=Minutes+of+May&links-partnership-1.1=https%3A%2F%2Fexample.org"
      "&comment-partnership-1.1=";
  for (int i = 0; i < 2; ++i) {
    const auto saved = PostForm(Port(), link + "/partnership/getting-organised", form);
    EXPECT_EQ(saved.status, 303) << saved.head << saved.body.substr(0, 400);
  }
  // One rating of 8 is "nearly empty" (issue 19): the first submit asks for confirmation.
  const auto asked =
      PostForm(Port(), link + "/submit", "csrf=integration-csrf-0123456789abcdefghijklmnop");
  EXPECT_EQ(asked.status, 200);
  EXPECT_NE(asked.body.find("Submit with so few ratings?"), std::string::npos);
  for (int i = 0; i < 2; ++i) {
    const auto submitted = PostForm(Port(), link + "/submit",
                                    "csrf=integration-csrf-0123456789abcdefghijklmnop&confirm=yes");
    EXPECT_EQ(submitted.status, 303) << submitted.body.substr(0, 400);
  }
  const auto csv = Lct("round export " + round + " --format csv" + Db());
  EXPECT_EQ(Count(csv, "partnership-1.1"), 1U) << csv;
  EXPECT_NE(csv.find("Minutes of May"), std::string::npos);

  const auto overview = Get(Port(), link);
  ASSERT_EQ(overview.status, 200);
  EXPECT_NE(overview.body.find("<strong>1 of "), std::string::npos);
  EXPECT_NE(overview.body.find("Your answers are submitted."), std::string::npos);
}

// Issue 11: with fewer than 3 submitted respondents an anonymous round shows no per-criterion
// distribution and exports no answers; the command line says why.
TEST_F(AssessmentHttpTest, Issue11AnAnonymousRoundOfOneShowsAndExportsNoAnswers) {
  const auto [link, round] = OpenAndInvite();
  const std::string csrf = "csrf=integration-csrf-0123456789abcdefghijklmnop";
  const auto saved = PostForm(Port(), link + "/partnership/getting-organised",
                              csrf +
                                  "&action=draft&criterion=partnership-1.1&"
                                  "rating-partnership-1.1=2&evidence-partnership-1.1=Minutes");
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 400);
  // One rating of 8 is nearly empty (issue 19): submitted as confirmed.
  ASSERT_EQ(PostForm(Port(), link + "/submit", csrf + "&confirm=yes").status, 303);
  const auto csv = Lct("round export " + round + " --format csv" + Db());
  EXPECT_EQ(Count(csv, "partnership-1.1"), 0U) << csv;
  EXPECT_EQ(csv.find("Minutes"), std::string::npos);
  const auto results = Lct("round results " + round + " --format json" + Db());
  EXPECT_NE(results.find("\"distribution_withheld\": \"The ratings"), std::string::npos);
  EXPECT_EQ(results.find("\"median\": 2"), std::string::npos);
  const auto text = Lct("round results " + round + Db());
  EXPECT_NE(text.find("fewer than 3 respondents"), std::string::npos) << text;
}

TEST_F(AssessmentHttpTest, AFormWithoutTheCsrfTokenChangesNothing) {
  const auto [link, round] = OpenAndInvite();
  const auto refused = PostForm(Port(), link + "/partnership/getting-organised",
                                "csrf=wrong&criterion=partnership-1.1&rating-partnership-1.1=3");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(Count(Lct("round export " + round + " --format csv" + Db()), "partnership-1.1"), 0U);
}

TEST_F(AssessmentHttpTest, AClosedRoundIsReadOnlyAndAnUnknownLinkIsNotFound) {
  const auto [link, round] = OpenAndInvite();
  Lct("round close " + round + Db());
  const auto page = Get(Port(), link + "/partnership/getting-organised");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("This round is closed"), std::string::npos);
  EXPECT_EQ(page.body.find("Save and continue"), std::string::npos);
  const auto refused =
      PostForm(Port(), link + "/partnership/getting-organised",
               "csrf=integration-csrf-0123456789abcdefghijklmnop&criterion=partnership-1.1"
               "&rating-partnership-1.1=3");
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(Get(Port(), "/respond/not-a-real-token").status, 404);
}

TEST_F(AssessmentHttpTest, ResultsPagesNeedAPlaceRole) {
  const auto r = Get(Port(), "/places/E08000012/rounds");
  EXPECT_EQ(r.status, 401);
}

}  // namespace
}  // namespace lct::testing
