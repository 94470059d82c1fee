// Every route the router knows, for every kind of person (issue 7): the permission each route
// declares is in the table below, and the real App allows or refuses each person accordingly.
// A new route fails this test until it gets a row here, so no route is added without someone
// deciding who may use it.
#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <utility>

#include "store/store.hpp"
#include "unit/account_test_support.hpp"
#include "web/app.hpp"

namespace lct::web {
namespace {

using testing::kPlaceA;
using testing::kPlaceB;
using testing::TestClient;

using P = Permission;

// (method, pattern) -> the permission the route must declare.
const std::map<std::pair<Method, std::string>, Permission>& ExpectedPermissions() {
  static const std::map<std::pair<Method, std::string>, Permission> kTable = {
      // Public pages and data (unchanged by issue 7; "a place may publish a public profile;
      // nothing else is public" is still to be decided).
      {{Method::kGet, "/healthz"}, P::kPublic},
      {{Method::kGet, "/"}, P::kPublic},
      {{Method::kGet, "/places.csv"}, P::kPublic},
      {{Method::kGet, "/places/{code}"}, P::kPublic},
      {{Method::kGet, "/places/{code}/indicators.csv"}, P::kPublic},
      {{Method::kGet, "/indicators"}, P::kPublic},
      {{Method::kGet, "/indicators.csv"}, P::kPublic},
      {{Method::kGet, "/about/data"}, P::kPublic},
      {{Method::kGet, "/guide"}, P::kPublic},
      {{Method::kGet, "/guide/start"}, P::kPublic},
      {{Method::kGet, "/guide/search"}, P::kPublic},
      {{Method::kGet, "/guide/{framework}"}, P::kPublic},
      {{Method::kGet, "/guide/{framework}/sections"}, P::kPublic},
      {{Method::kGet, "/guide/{framework}/{strand}/{level}"}, P::kPublic},
      {{Method::kGet, "/index"}, P::kPublic},
      {{Method::kGet, "/index.csv"}, P::kPublic},
      {{Method::kGet, "/index/model"}, P::kPublic},
      {{Method::kGet, "/api/v1/places"}, P::kPublic},
      {{Method::kGet, "/api/v1/places/{code}"}, P::kPublic},
      {{Method::kGet, "/api/v1/indicators"}, P::kPublic},
      {{Method::kGet, "/api/v1/frameworks"}, P::kPublic},
      {{Method::kGet, "/api/v1/frameworks/{id}"}, P::kPublic},
      {{Method::kGet, "/api/v1/index"}, P::kPublic},
      {{Method::kGet, "/api/v1/openapi.json"}, P::kPublic},
      {{Method::kGet, "/api"}, P::kPublic},
      {{Method::kGet, "/static/{file}"}, P::kPublic},
      {{Method::kGet, "/robots.txt"}, P::kPublic},
      {{Method::kGet, "/favicon.ico"}, P::kPublic},
      // Accounts (issue 7).
      {{Method::kGet, "/sign-in"}, P::kPublic},
      {{Method::kPost, "/sign-in"}, P::kPublic},
      {{Method::kPost, "/sign-out"}, P::kPublic},
      {{Method::kGet, "/account"}, P::kSignedIn},
      {{Method::kPost, "/account/password"}, P::kSignedIn},
      {{Method::kPost, "/account/tokens"}, P::kSignedIn},
      {{Method::kPost, "/account/tokens/{id}/revoke"}, P::kSignedIn},
      {{Method::kGet, "/api/v1/me"}, P::kSignedIn},
      {{Method::kGet, "/reset/{token}"}, P::kCapability},
      {{Method::kPost, "/reset/{token}"}, P::kCapability},
      {{Method::kGet, "/invite/{token}"}, P::kCapability},
      {{Method::kPost, "/invite/{token}"}, P::kCapability},
      {{Method::kGet, "/admin/people"}, P::kNetworkAdmin},
      {{Method::kPost, "/admin/people/invite"}, P::kNetworkAdmin},
      // The place register (issue 13).
      {{Method::kGet, "/admin/places"}, P::kNetworkAdmin},
      {{Method::kGet, "/admin/places/new"}, P::kNetworkAdmin},
      {{Method::kPost, "/admin/places/new"}, P::kNetworkAdmin},
      {{Method::kGet, "/admin/places/{code}"}, P::kNetworkAdmin},
      {{Method::kPost, "/admin/places/{code}"}, P::kNetworkAdmin},
      {{Method::kPost, "/admin/places/{code}/retire"}, P::kNetworkAdmin},
      {{Method::kGet, "/admin/audit"}, P::kNetworkAdmin},
      {{Method::kGet, "/admin/audit.csv"}, P::kNetworkAdmin},
      {{Method::kGet, "/places/{code}/audit"}, P::kPlaceCoordinator},
      {{Method::kGet, "/places/{code}/audit.csv"}, P::kPlaceCoordinator},
      // Indicator pages, catalogue editing and targets (issue 5).
      {{Method::kGet, "/indicators/{code}"}, P::kPublic},  // also /indicators/{code}.csv
      {{Method::kGet, "/indicators/new"}, P::kNetworkAdmin},
      {{Method::kPost, "/indicators/new"}, P::kNetworkAdmin},
      {{Method::kPost, "/index/model"}, P::kNetworkAdmin},
      {{Method::kGet, "/indicators/{code}/edit"}, P::kNetworkAdmin},
      {{Method::kPost, "/indicators/{code}/edit"}, P::kNetworkAdmin},
      {{Method::kGet, "/places/{code}/targets"}, P::kPlaceViewer},
      {{Method::kGet, "/places/{code}/targets.csv"}, P::kPlaceViewer},  // issue 11
      {{Method::kPost, "/places/{code}/targets"}, P::kPlaceCoordinator},
      {{Method::kPost, "/places/{code}/targets/{indicator}/delete"}, P::kPlaceCoordinator},
      {{Method::kGet, "/api/v1/places/{code}/targets"}, P::kPlaceViewer},
      {{Method::kGet, "/import"}, P::kNetworkAdmin},
      {{Method::kPost, "/import"}, P::kNetworkAdmin},
      {{Method::kPost, "/import/{id}/commit"}, P::kNetworkAdmin},
      {{Method::kPost, "/import/{id}/cancel"}, P::kNetworkAdmin},
      {{Method::kGet, "/indicators.xlsx"}, P::kPublic},
      {{Method::kGet, "/places/{code}/indicators.xlsx"}, P::kPublic},
      {{Method::kGet, "/indicators/{indicator}/observations.xlsx"}, P::kPublic},
      // Self-assessment rounds (issue 4).
      {{Method::kGet, "/guide/{framework}/start"}, P::kPublic},
      {{Method::kGet, "/places/{code}/rounds"}, P::kPlaceViewer},
      {{Method::kPost, "/places/{code}/rounds"}, P::kPlaceCoordinator},
      {{Method::kGet, "/places/{code}/rounds/{round}"}, P::kPlaceViewer},
      {{Method::kGet, "/places/{code}/rounds/{round}/print"}, P::kPlaceViewer},
      {{Method::kGet, "/places/{code}/rounds/{round}/export.csv"}, P::kPlaceViewer},
      {{Method::kGet, "/places/{code}/rounds/{round}/export.json"}, P::kPlaceViewer},
      {{Method::kGet, "/api/v1/places/{code}/rounds/{round}/results"}, P::kPlaceViewer},
      {{Method::kGet, "/places/{code}/rounds/{round}/respondents"}, P::kPlaceCoordinator},
      {{Method::kPost, "/places/{code}/rounds/{round}/respondents"}, P::kPlaceCoordinator},
      {{Method::kPost, "/places/{code}/rounds/{round}/close"}, P::kPlaceCoordinator},
      {{Method::kGet, "/respond/{token}"}, P::kCapability},
      {{Method::kGet, "/respond/{token}/review"}, P::kCapability},
      {{Method::kPost, "/respond/{token}/submit"}, P::kCapability},
      {{Method::kGet, "/respond/{token}/{strand}/{level}"}, P::kCapability},
      {{Method::kPost, "/respond/{token}/{strand}/{level}"}, P::kCapability},
  };
  return kTable;
}

enum class Who {
  kAnonymous,
  kViewer,
  kPartner,
  kCoordinator,
  kOtherCoordinator,
  kAdmin,
  kApiToken
};

const char* WhoName(Who who) {
  switch (who) {
    case Who::kAnonymous:
      return "anonymous";
    case Who::kViewer:
      return "viewer of the place";
    case Who::kPartner:
      return "partner of the place";
    case Who::kCoordinator:
      return "co-ordinator of the place";
    case Who::kOtherCoordinator:
      return "co-ordinator of another place";
    case Who::kAdmin:
      return "network administrator";
    case Who::kApiToken:
      return "API token (co-ordinator scope for the place)";
  }
  return "?";
}

// What each person may do under each permission, written out independently of the router.
// An API token only counts under /api/ (elsewhere it is ignored, so the caller is anonymous).
bool ExpectAllowed(Permission permission, Who who, bool api_path) {
  if (who == Who::kApiToken && !api_path) who = Who::kAnonymous;
  switch (permission) {
    case P::kPublic:
    case P::kCapability:
      return true;
    case P::kSignedIn:
      return who != Who::kAnonymous;
    case P::kPlaceViewer:
      return who == Who::kViewer || who == Who::kPartner || who == Who::kCoordinator ||
             who == Who::kAdmin || who == Who::kApiToken;
    case P::kPlacePartner:
      return who == Who::kPartner || who == Who::kCoordinator || who == Who::kAdmin ||
             who == Who::kApiToken;
    case P::kPlaceCoordinator:
      return who == Who::kCoordinator || who == Who::kAdmin || who == Who::kApiToken;
    case P::kNetworkAdmin:
      return who == Who::kAdmin;
  }
  return false;
}

// A concrete path for a pattern: {code} is place A, other parameters a harmless value.
std::string PathFor(const std::string& pattern) {
  std::string out;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const std::size_t open = pattern.find('{', pos);
    if (open == std::string::npos) {
      out += pattern.substr(pos);
      break;
    }
    out += pattern.substr(pos, open - pos);
    const std::size_t close = pattern.find('}', open);
    const std::string name = pattern.substr(open + 1, close - open - 1);
    out += name == "code" ? kPlaceA : name == "file" ? "app.css" : "1";
    pos = close + 1;
  }
  return out;
}

// The router's own refusals, told apart from a handler's 403/404 by their words.
bool RefusedByRouter(const Response& r) {
  return (r.status == 401 && r.body.find("Please sign in") != std::string::npos) ||
         (r.status == 403 && r.body.find("You do not have permission") != std::string::npos);
}

class PermissionMatrix : public ::testing::Test {
 protected:
  PermissionMatrix() : store_(testing::AccountTestStore()), app_(*store_, Options()) {
    const auto add = [&](const char* email, const domain::TokenScope& grant) {
      auto id = app_.accounts().AddUser(email, "", testing::kPassword, grant, {std::nullopt, "t"});
      EXPECT_TRUE(id.ok());
      return id.ok() ? *id : UserId{};
    };
    add("viewer@example.org", {false, domain::PlaceRole::kViewer, kPlaceA});
    add("partner@example.org", {false, domain::PlaceRole::kPartner, kPlaceA});
    const UserId coordinator =
        add("coordinator@example.org", {false, domain::PlaceRole::kCoordinator, kPlaceA});
    add("other@example.org", {false, domain::PlaceRole::kCoordinator, kPlaceB});
    add("admin@example.org", {true, std::nullopt, ""});
    auto token = app_.accounts().CreateApiToken(coordinator, "matrix",
                                                {false, domain::PlaceRole::kCoordinator, kPlaceA},
                                                {coordinator, "coordinator@example.org"});
    EXPECT_TRUE(token.ok());
    token_ = token.ok() ? *token : "";
  }

  static AppOptions Options() {
    AppOptions options;
    options.accounts = services::AccountOptions::ForTests();
    options.accounts.free_failures_per_address = 1000;
    return options;
  }

  // A client signed in (or not) as `who`.
  std::unique_ptr<TestClient> ClientFor(Who who) {
    auto client = std::make_unique<TestClient>(app_);
    const std::map<Who, const char*> emails = {{Who::kViewer, "viewer@example.org"},
                                               {Who::kPartner, "partner@example.org"},
                                               {Who::kCoordinator, "coordinator@example.org"},
                                               {Who::kOtherCoordinator, "other@example.org"},
                                               {Who::kAdmin, "admin@example.org"}};
    if (const auto it = emails.find(who); it != emails.end()) {
      EXPECT_TRUE(client->SignIn(it->second)) << WhoName(who);
    } else {
      client->Get("/sign-in");  // the double-submit cookie, as a browser would have
    }
    if (who == Who::kApiToken) client->bearer_ = token_;
    return client;
  }

  std::unique_ptr<store::Store> store_;
  App app_;
  std::string token_;
};

TEST_F(PermissionMatrix, EveryRouteIsInTheTable) {
  std::string missing;
  for (const auto& route : app_.router().routes()) {
    const auto it = ExpectedPermissions().find({route.method, route.pattern});
    if (it == ExpectedPermissions().end()) {
      std::string method = MethodName(route.method);
      for (std::size_t i = 1; i < method.size(); ++i) {
        method[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(method[i])));
      }
      missing += "\n      {{Method::k" + method + ", \"" + route.pattern +
                 "\"}, P::?},  // declares " + PermissionName(route.permission);
      continue;
    }
    EXPECT_EQ(route.permission, it->second)
        << MethodName(route.method) << " " << route.pattern << " declares "
        << PermissionName(route.permission) << ", the table says " << PermissionName(it->second);
  }
  EXPECT_TRUE(missing.empty()) << "routes without a row in the permission table:" << missing;
}

TEST_F(PermissionMatrix, EveryRouteAllowsAndRefusesTheRightPeople) {
  for (const Who who : {Who::kAnonymous, Who::kViewer, Who::kPartner, Who::kCoordinator,
                        Who::kOtherCoordinator, Who::kAdmin, Who::kApiToken}) {
    for (const auto& route : app_.router().routes()) {
      const auto it = ExpectedPermissions().find({route.method, route.pattern});
      if (it == ExpectedPermissions().end()) continue;  // reported by the test above
      // A fresh client each time: a sign-out or password change must not affect the next.
      auto client = ClientFor(who);
      const std::string path = PathFor(route.pattern);
      const Response r = route.method == Method::kGet ? client->Get(path) : client->Post(path, "");
      const bool allowed = !RefusedByRouter(r);
      EXPECT_EQ(allowed, ExpectAllowed(it->second, who, path.starts_with("/api/")))
          << MethodName(route.method) << " " << path << " as " << WhoName(who) << ": status "
          << r.status;
      EXPECT_NE(r.status, 500) << MethodName(route.method) << " " << path << " as " << WhoName(who);
    }
  }
}

// Issue 11: whatever needs a session, a token or a secret link is never stored by a browser
// or a proxy: every such route answers `Cache-Control: no-store`, for every person.
TEST_F(PermissionMatrix, EveryPrivateRouteSaysNoStore) {
  for (const Who who : {Who::kAnonymous, Who::kCoordinator, Who::kAdmin, Who::kApiToken}) {
    for (const auto& route : app_.router().routes()) {
      if (route.permission == Permission::kPublic) continue;
      auto client = ClientFor(who);
      const std::string path = PathFor(route.pattern);
      const Response r = route.method == Method::kGet ? client->Get(path) : client->Post(path, "");
      std::vector<std::string> values;
      for (const auto& [name, value] : r.headers) {
        if (name == "Cache-Control") values.push_back(value);
      }
      EXPECT_EQ(values, std::vector<std::string>{"no-store"})
          << MethodName(route.method) << " " << path << " as " << WhoName(who) << ": status "
          << r.status;
    }
  }
}

// The places in URLs: a co-ordinator of A, changing A to B in the URL, is refused.
TEST_F(PermissionMatrix, ChangingThePlaceInTheUrlIsRefused) {
  auto client = ClientFor(Who::kCoordinator);
  for (const auto& route : app_.router().routes()) {
    if (!IsPlacePermission(route.permission) || route.method != Method::kGet) continue;
    std::string path = PathFor(route.pattern);
    path.replace(path.find(kPlaceA), std::string(kPlaceA).size(), kPlaceB);
    EXPECT_EQ(client->Get(path).status, 403) << path;
  }
}

}  // namespace
}  // namespace lct::web
