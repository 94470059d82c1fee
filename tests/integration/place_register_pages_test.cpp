// /admin/places (issue 13): a network administrator lists, adds, edits and retires places
// through the place register, with a places file's checks and CSRF-protected forms; a refused
// form says why and stores nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "integration/http_client_support.hpp"
#include "integration/server_support.hpp"

namespace lct::testing {
namespace {

// A network file that fits the demo's places (their levels from migration 10).
constexpr const char* kDemoNetwork = R"(name: Demo network
levels:
  - {key: nation, name: Nation}
  - {key: region, name: Region}
  - {key: local-authority, name: Local authority}
compare_within: [nation]
)";

class PlaceRegisterPages : public SignedInAdminTest {
 protected:
  static void SetNetwork() {
    const auto path = std::filesystem::path(Db()).parent_path() / "register-network.yaml";
    std::ofstream(path) << kDemoNetwork;
    const LctRun set = RunLct({"network", "set", path.string(), "--db", Db()});
    ASSERT_EQ(set.status, 0) << set.output;
  }

  static std::string PlaceForm(const std::string& code, const std::string& name,
                               const std::string& parent, const std::string& membership) {
    return "code=" + UrlEncode(code) + "&name=" + UrlEncode(name) +
           "&level=local-authority&parent=" + UrlEncode(parent) + "&membership=" + membership +
           "&membership_date=&membership_reason=&latitude=&longitude=&predecessors=&retired=&note=";
  }
};

TEST_F(PlaceRegisterPages, OnlyAnAdministratorSeesThePagesAndFormsNeedTheToken) {
  const auto anonymous = Get(Port(), "/admin/places");
  EXPECT_TRUE(anonymous.status == 401 || anonymous.status == 403) << anonymous.status;
  HttpClient admin = Admin();
  const auto page = admin.Get("/admin/places");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.head.find("no-store"), std::string::npos);
  const auto forged = admin.PostRaw("/admin/places/new", "application/x-www-form-urlencoded",
                                    PlaceForm("T-0", "Forged", "E12000002", "member"));
  EXPECT_EQ(forged.status, 403) << forged.body;
  EXPECT_EQ(RunLct({"places", "list", "--db", Db()}).output.find("T-0"), std::string::npos);
}

TEST_F(PlaceRegisterPages, AddEditAndRetireAPlace) {
  HttpClient admin = Admin();
  SetNetwork();
  const auto list = admin.Get("/admin/places");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("<a href=\"/admin/places/E08000012\">E08000012</a>"), std::string::npos);
  EXPECT_NE(list.body.find("Add a place"), std::string::npos);

  ASSERT_EQ(admin.Get("/admin/places/new").status, 200);
  const auto added =
      admin.Post("/admin/places/new", PlaceForm("T-1", "Test town", "E12000002", "member"));
  ASSERT_EQ(added.status, 303) << added.body;
  const auto edit = admin.Get("/admin/places/T-1");
  ASSERT_EQ(edit.status, 200);
  EXPECT_NE(edit.body.find("value=\"Test town\""), std::string::npos) << edit.body;
  EXPECT_NE(edit.body.find("readonly"), std::string::npos);

  const auto again =
      admin.Post("/admin/places/new", PlaceForm("T-1", "Test town", "E12000002", "member"));
  EXPECT_EQ(again.status, 400);
  EXPECT_NE(again.body.find("already stored"), std::string::npos) << again.body;

  const auto renamed =
      admin.Post("/admin/places/T-1", PlaceForm("ignored", "Test town renamed", "E12000002", ""));
  ASSERT_EQ(renamed.status, 303) << renamed.body;
  const LctRun listed = RunLct({"places", "list", "--level", "local-authority", "--db", Db()});
  EXPECT_NE(listed.output.find("Test town renamed"), std::string::npos) << listed.output;

  admin.Get("/admin/places/T-1");
  const auto bad_date = admin.Post("/admin/places/T-1/retire", "date=" + UrlEncode("31/03/2024"));
  EXPECT_EQ(bad_date.status, 400);
  EXPECT_NE(bad_date.body.find("is not a date"), std::string::npos) << bad_date.body;
  const auto retired = admin.Post("/admin/places/T-1/retire", "date=2024-03-31");
  ASSERT_EQ(retired.status, 303) << retired.body;
  const auto after = admin.Get("/admin/places");
  EXPECT_NE(after.body.find("<td>2024-03-31</td>"), std::string::npos) << after.body;
}

TEST_F(PlaceRegisterPages, ARefusedFormNamesTheFieldAndStoresNothing) {
  HttpClient admin = Admin();
  SetNetwork();
  admin.Get("/admin/places/new");
  const auto refused =
      admin.Post("/admin/places/new", PlaceForm("T-2", "Nowhere", "NO-SUCH-PARENT", "member"));
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("<a href=\"#f-parent\">unknown parent &apos;NO-SUCH-PARENT&apos;"),
            std::string::npos)
      << refused.body;
  EXPECT_NE(refused.body.find("value=\"Nowhere\""), std::string::npos);
  EXPECT_EQ(admin.Get("/admin/places/T-2").status, 404);
}

}  // namespace
}  // namespace lct::testing
