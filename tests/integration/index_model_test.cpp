// The index's model as a file kept with the network (issue 12): anyone reads it at
// /index/model; a network administrator replaces it (checked whole first) or restores the
// bundled one, and /index follows at once.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "integration/http_client_support.hpp"
#include "integration/server_support.hpp"
#include "store/store.hpp"

namespace lct::testing {
namespace {

class IndexModel : public SignedInAdminTest {
 protected:
  static nlohmann::json IndexJson() {
    const auto reply = Get(Port(), "/api/v1/index");
    EXPECT_EQ(reply.status, 200) << reply.body;
    return nlohmann::json::parse(reply.body);
  }
};

std::size_t IndicatorCount(const nlohmann::json& index) {
  std::size_t count = 0;
  for (const auto& strand : index["strands"]) count += strand["indicators"].size();
  return count;
}

TEST_F(IndexModel, AnyoneReadsTheBundledModelButOnlyAnAdministratorMayChangeIt) {
  const auto page = Get(Port(), "/index/model");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<pre class=\"model-file\""), std::string::npos);
  EXPECT_NE(page.body.find("code: museum-visits"), std::string::npos);
  EXPECT_NE(page.body.find("bundled with the toolkit"), std::string::npos);
  EXPECT_EQ(page.body.find("<textarea"), std::string::npos);
  const auto shown = RunLct({"index", "model", "show", "--db", Db()});
  EXPECT_EQ(shown.status, 0);
  EXPECT_NE(shown.output.find("target: learning_conditions"), std::string::npos);
  // Without a session the change is refused before anything runs.
  const auto anonymous = SendRaw(Port(),
                                 "POST /index/model HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                 "application/x-www-form-urlencoded\r\nContent-Length: 7\r\n"
                                 "Connection: close\r\n\r\nmodel=x");
  EXPECT_TRUE(anonymous.status == 401 || anonymous.status == 403) << anonymous.status;
}

TEST_F(IndexModel, ABadModelIsRefusedWithItsLineAndChangesNothing) {
  const std::size_t before = IndicatorCount(IndexJson());
  HttpClient admin = Admin();
  const auto form = admin.Get("/index/model");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("<textarea"), std::string::npos);
  const auto refused = admin.Post(
      "/index/model", "model=" + UrlEncode("name: x\nsteps:\n  normalise: {method: magic}\n"));
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("model:3: steps.normalise.method: unknown value"), std::string::npos)
      << refused.body;
  const auto unknown = admin.Post(
      "/index/model", "model=" + UrlEncode("name: x\ntree:\n  - {code: top, level: 2}\n"
                                           "  - {code: nosuch, level: 1, parent: top}\nsteps:\n"
                                           "  aggregate: {method: arithmetic}\n"));
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("&apos;nosuch&apos; is not an indicator of the network"),
            std::string::npos)
      << unknown.body;
  EXPECT_EQ(IndicatorCount(IndexJson()), before);
}

TEST_F(IndexModel, AStoredModelChangesTheIndexAtOnceAndTheBundledOneCanBeRestored) {
  const auto bundled = RunLct({"index", "model", "show", "--db", Db()});
  ASSERT_EQ(bundled.status, 0);
  const std::size_t before = IndicatorCount(IndexJson());
  std::string smaller = bundled.output;
  const std::string line = "  - {code: museum-visits, level: 1, parent: culture}\n";
  const auto at = smaller.find(line);
  ASSERT_NE(at, std::string::npos);
  smaller.erase(at, line.size());
  HttpClient admin = Admin();
  admin.Get("/index/model");
  const auto saved = admin.Post("/index/model", "model=" + UrlEncode(smaller));
  EXPECT_EQ(saved.status, 303) << saved.body;
  const auto changed = IndexJson();
  EXPECT_EQ(IndicatorCount(changed), before - 1);
  const auto page = Get(Port(), "/index");
  EXPECT_NE(page.body.find("the network's own model"), std::string::npos);
  admin.Get("/index/model");
  const auto reset = admin.Post("/index/model", "action=reset");
  EXPECT_EQ(reset.status, 303);
  EXPECT_EQ(IndicatorCount(IndexJson()), before);
}

}  // namespace
}  // namespace lct::testing
