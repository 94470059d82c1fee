// web/indicator_routes: the indicator page and its CSV, a place's target dashboard, the target
// form and catalogue editing, through the App over a private copy of the demo network (these
// tests write targets and indicators, so they do not share testing::DemoStore()).
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "services/bundled_frameworks.hpp"
#include "services/database.hpp"
#include "services/demo_network.hpp"
#include "services/indicator_catalogue.hpp"
#include "services/target_service.hpp"
#include "store/store.hpp"
#include "unit/csv_test_support.hpp"
#include "web/app.hpp"
#include "web/auth_context.hpp"

namespace lct::web {
namespace {

constexpr const char* kPassword = "correct horse battery";

store::Store& Store() {
  static const std::unique_ptr<store::Store> kStore = [] {
    const auto path = (std::filesystem::temp_directory_path() /
                       ("lct-indicator-routes-" + std::to_string(::getpid()) + ".db"))
                          .string();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    auto opened = services::OpenDatabase({path, 4});
    EXPECT_TRUE(opened.ok());
    auto frameworks = services::ImportBundledFrameworks(**opened);
    EXPECT_TRUE(frameworks.ok()) << frameworks.error().ToString();
    auto loaded = services::LoadDemoNetwork(**opened, std::string(LCT_SOURCE_DIR) + "/data/demo");
    EXPECT_TRUE(loaded.ok()) << loaded.error().ToString();
    return std::move(*opened);
  }();
  return *kStore;
}

const App& TheApp() {
  static const App kApp(Store(), AppOptions{services::AccountOptions::ForTests(), false, "", ""});
  return kApp;
}

// A signed-in person: the session cookie and the CSRF token forms must send.
struct Session {
  std::string cookie;
  std::string csrf;
};

Session SignIn(const std::string& email, const domain::TokenScope& grant) {
  auto& accounts = TheApp().accounts();
  if (!Store().GetUserByEmail(email)) {
    auto added = accounts.AddUser(email, "Test person", kPassword, grant, {std::nullopt, "test"});
    EXPECT_TRUE(added.ok()) << added.error().ToString();
  }
  auto session = accounts.SignIn(email, kPassword, "127.0.0.1");
  EXPECT_TRUE(session.ok()) << session.error().ToString();
  auto identity = accounts.ResumeSession(session->token);
  EXPECT_TRUE(identity.ok());
  return {std::string(kSessionCookie) + "=" + session->token, identity->csrf_token};
}

const Session& Coordinator() {  // of Liverpool
  static const Session kSession =
      SignIn("coordinator@example.org", {false, domain::PlaceRole::kCoordinator, "E08000012"});
  return kSession;
}
const Session& Viewer() {  // of Liverpool
  static const Session kSession =
      SignIn("viewer@example.org", {false, domain::PlaceRole::kViewer, "E08000012"});
  return kSession;
}
const Session& Admin() {
  static const Session kSession = SignIn("admin@example.org", {true, std::nullopt, ""});
  return kSession;
}

Response Get(const std::string& target, const Session* who = nullptr) {
  auto request = ParseTarget(Method::kGet, target);
  EXPECT_TRUE(request.has_value());
  if (who != nullptr) request->headers.emplace_back("Cookie", who->cookie);
  return TheApp().Handle(*request);
}

std::string Encode(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.' || c == '_') {
      out += c;
    } else {
      constexpr const char* kHex = "0123456789ABCDEF";
      out += '%';
      out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      out += kHex[static_cast<unsigned char>(c) & 0xF];
    }
  }
  return out;
}

Response Post(const std::string& target, const Session& who,
              const std::vector<std::pair<std::string, std::string>>& fields) {
  auto request = ParseTarget(Method::kPost, target);
  EXPECT_TRUE(request.has_value());
  request->headers.emplace_back("Cookie", who.cookie);
  request->headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  request->body = "csrf=" + Encode(who.csrf);
  for (const auto& [k, v] : fields) request->body += "&" + k + "=" + Encode(v);
  return TheApp().Handle(*request);
}

std::string HeaderOf(const Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return {};
}

bool Has(const Response& r, const std::string& text) {
  return r.body.find(text) != std::string::npos;
}

std::size_t Count(const Response& r, const std::string& text) {
  std::size_t n = 0;
  for (auto at = r.body.find(text); at != std::string::npos; at = r.body.find(text, at + 1)) ++n;
  return n;
}

// Sets a target through the service, as the task's tests do.
void SetTarget(const std::string& place, const std::string& indicator, const std::string& baseline,
               const std::string& period, const std::string& target, const std::string& date) {
  services::TargetInput input;
  input.place_code = place;
  input.indicator_code = indicator;
  input.baseline_value = baseline;
  input.baseline_period = period;
  input.target_value = target;
  input.target_date = date;
  auto errors = services::SetTarget(Store(), input);
  ASSERT_TRUE(errors.ok()) << errors.error().ToString();
  ASSERT_TRUE(errors->empty()) << (*errors)[0].ToString();
}

TEST(IndicatorPage, ShowsTheDefinitionAndAPlacePicker) {
  const auto r = Get("/indicators/fe-participation");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "<h1>Further education and skills participation</h1>"));
  EXPECT_TRUE(Has(r, "Department for Education"));
  EXPECT_TRUE(Has(r, "Higher is better"));
  EXPECT_TRUE(Has(r, R"(<option value="E08000012">Liverpool</option>)"));
  // Members come before comparators.
  EXPECT_LT(r.body.find(">Liverpool</option>"), r.body.find("Comparators"));
  EXPECT_FALSE(Has(r, "<svg"));     // no place chosen yet
  EXPECT_FALSE(Has(r, "/edit\""));  // not an administrator
}

TEST(IndicatorPage, ShowsTheChartAndTableForAPlace) {
  const auto r = Get("/indicators/fe-participation?place=E08000012");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, R"(<option value="E08000012" selected>Liverpool</option>)"));
  EXPECT_TRUE(Has(r, R"(<svg class="time-chart")"));
  EXPECT_TRUE(Has(r, "<desc id=\"tc-ind-fe-participation-d\">"));
  // The place, its region and England, in the legend and the table.
  for (const char* name : {">Liverpool</text>", ">North West</text>", ">England</text>"}) {
    EXPECT_TRUE(Has(r, name)) << name;
  }
  EXPECT_TRUE(Has(r, "<th scope=\"row\">2024/25</th><td class=\"num\">7,069"));
  EXPECT_TRUE(Has(r, "<td class=\"num\">5,801</td><td class=\"num\">5,174</td>"));
  EXPECT_TRUE(Has(r, "href=\"/indicators/fe-participation.csv?place=E08000012\""));
}

TEST(IndicatorPage, UnknownIndicatorOrPlaceIs404AndABadPlaceIs400) {
  EXPECT_EQ(Get("/indicators/no-such-indicator").status, 404);
  EXPECT_EQ(Get("/indicators/fe-participation?place=E99999999").status, 404);
  // Issue 13: any code scheme is a place code (ISO 3166-2, NUTS, a network's own id).
  for (const char* code : {"FR-75C", "UKD72", "city.42", "BE_BRU"}) {
    EXPECT_EQ(Get(std::string("/indicators/fe-participation?place=") + code).status, 404) << code;
  }
  const auto bad = Get("/indicators/fe-participation?place=%3Cscript%3E");
  EXPECT_EQ(bad.status, 400);
  EXPECT_FALSE(Has(bad, "<script>"));
  EXPECT_EQ(Get("/indicators/fe-participation.csv").status, 400);  // the CSV needs a place
}

TEST(IndicatorPage, CsvTwinHasThePlaceRegionAndNation) {
  const auto r = Get("/indicators/fe-participation.csv?place=E08000012");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
  EXPECT_NE(HeaderOf(r, "Content-Disposition").find("fe-participation-E08000012.csv"),
            std::string::npos);
  EXPECT_TRUE(r.body.starts_with("indicator_code,place_code,place_name,period,"));
  EXPECT_TRUE(Has(r,
                  "fe-participation,E08000012,Liverpool,2024-08-01/P1Y,2024/25,7069,,,,"
                  "E12000002,5801,E92000001,5174,"));
}

TEST(IndicatorPage, DrawsThePlacesTargetPathForItsOwnPeopleOnly) {
  SetTarget("E08000012", "fe-achievements", "2000", "2019-08-01/P1Y", "3000", "2030-07-31");
  const auto r = Get("/indicators/fe-achievements?place=E08000012", &Viewer());
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "class=\"ts-target-path\""));
  EXPECT_TRUE(Has(r, "by 31 Jul 2030"));
  EXPECT_TRUE(Has(r, "href=\"/places/E08000012/targets\""));
  // The public page shows the data, not the partnership's target.
  const auto anonymous = Get("/indicators/fe-achievements?place=E08000012");
  EXPECT_EQ(anonymous.status, 200);
  EXPECT_FALSE(Has(anonymous, "class=\"ts-target-path\""));
  EXPECT_FALSE(Has(anonymous, "by 31 Jul 2030"));
}

TEST(IndicatorPage, IndicatorsListLinksEachIndicator) {
  const auto r = Get("/indicators");
  EXPECT_TRUE(Has(r, "<a href=\"/indicators/fe-participation\">"));
  EXPECT_TRUE(Has(r, "<th scope=\"col\">Geography</th><th scope=\"col\">Proxy</th>"));
}

TEST(TargetDashboard, NeedsAPlaceRole) {
  EXPECT_EQ(Get("/places/E08000012/targets").status, 401);
  EXPECT_EQ(Get("/places/E08000003/targets", &Viewer()).status, 403);  // another place
  EXPECT_EQ(Get("/api/v1/places/E08000012/targets").status, 401);
}

TEST(TargetDashboard, ShowsEachTargetsStatusInWordsAndShape) {
  // Liverpool's FE participation: 6,837 in 2019/20 and 7,069 in 2024/25 (real values).
  SetTarget("E08000012", "fe-participation", "6837", "2019-08-01/P1Y", "7000", "2024-07-31");
  const auto r = Get("/places/E08000012/targets", &Viewer());
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "<h1>Targets: Liverpool</h1>"));
  EXPECT_TRUE(Has(r, "status-achieved"));
  EXPECT_TRUE(Has(r, "aria-hidden=\"true\">\u2714</span> Achieved</span>"));
  EXPECT_TRUE(Has(r, "Rule: target reached"));
  EXPECT_TRUE(Has(r, "href=\"/indicators/fe-participation?place=E08000012\""));
  EXPECT_TRUE(Has(r, "How the status is worked out"));
  // A viewer sees no form and no remove button.
  EXPECT_FALSE(Has(r, "Set or replace a target"));
  EXPECT_FALSE(Has(r, "/delete\""));

  const auto json = nlohmann::json::parse(Get("/api/v1/places/E08000012/targets", &Viewer()).body);
  bool found = false;
  for (const auto& t : json["targets"]) {
    if (t["indicator"]["code"] != "fe-participation") continue;
    found = true;
    EXPECT_EQ(t["assessment"]["status"], "achieved");
    EXPECT_EQ(t["latest"]["value"], 7069);
  }
  EXPECT_TRUE(found);
}

// Issue 11: a note a co-ordinator wrote comes out neutralised in the targets' CSV, which only
// the place's people may download and which is not cached.
TEST(TargetDashboard, CsvTwinNeutralisesAHostileNote) {
  for (const std::string& hostile : testing::HostileCells()) {
    services::TargetInput input;
    input.place_code = "E08000012";
    input.indicator_code = "library-walk";
    input.baseline_value = "-1.5";
    input.baseline_period = "2021";
    input.target_value = "90";
    input.target_date = "2030-12-31";
    input.note = hostile;
    auto errors = services::SetTarget(Store(), input);
    ASSERT_TRUE(errors.ok()) << errors.error().ToString();
    ASSERT_TRUE(errors->empty()) << (*errors)[0].ToString();
    EXPECT_EQ(Get("/places/E08000012/targets.csv").status, 401);
    EXPECT_EQ(Get("/places/E08000003/targets.csv", &Viewer()).status, 403);
    const auto r = Get("/places/E08000012/targets.csv", &Viewer());
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
    EXPECT_EQ(HeaderOf(r, "Cache-Control"), "no-store");
    testing::ExpectNeutralised(r.body, {hostile});
    EXPECT_NE(r.body.find(",-1.5,"), std::string::npos) << r.body;  // a number stays a number
  }
  EXPECT_TRUE(
      Has(Get("/places/E08000012/targets", &Viewer()), "href=\"/places/E08000012/targets.csv\""));
}

TEST(TargetForm, ABadValueShowsTheFieldErrorAndWritesNothing) {
  const auto before = services::PlaceTargets(Store(), "E08000012");
  ASSERT_TRUE(before.ok());
  const auto r = Post("/places/E08000012/targets", Coordinator(),
                      {{"indicator", "gcse-english-maths"},
                       {"baseline_value", "lots"},
                       {"baseline_period", "2019"},
                       {"target_value", "80"},
                       {"target_date", "2030-07-31"},
                       {"tolerance", "0.1"},
                       {"shape", "linear"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Has(r, "id=\"t-baseline_value-error\">&#39;lots&#39; is not a number</p>") ||
              Has(r, "id=\"t-baseline_value-error\">&apos;lots&apos; is not a number</p>"))
      << r.body.substr(r.body.find("t-baseline_value") == std::string::npos
                           ? 0
                           : r.body.find("t-baseline_value"),
                       400);
  EXPECT_TRUE(Has(r, "name=\"target_value\" value=\"80\""));  // the input is kept
  EXPECT_EQ(Count(r, "aria-invalid=\"true\""), 1U);           // only the field in error
  const auto after = services::PlaceTargets(Store(), "E08000012");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->size(), before->size());
}

TEST(TargetForm, AGoodOneRedirectsAndStores) {
  const auto r = Post("/places/E08000012/targets", Coordinator(),
                      {{"indicator", "level-3-qualifications"},
                       {"baseline_value", "50"},
                       {"baseline_period", "2021"},
                       {"target_value", "60"},
                       {"target_date", "2030-12-31"},
                       {"tolerance", "0.1"},
                       {"shape", "linear"},
                       {"note", "Set in a test"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(
      HeaderOf(r, "Location").rfind("/places/E08000012/targets?saved=level-3-qualifications", 0),
      0U);
  const auto targets = services::PlaceTargets(Store(), "E08000012");
  ASSERT_TRUE(targets.ok());
  bool stored = false;
  for (const auto& t : *targets) {
    if (t.indicator.code == "level-3-qualifications") {
      stored = true;
      EXPECT_EQ(t.target.target_value, 60);
      EXPECT_EQ(t.target.note, "Set in a test");
    }
  }
  EXPECT_TRUE(stored);
  const auto page = Get("/places/E08000012/targets?saved=level-3-qualifications", &Coordinator());
  EXPECT_TRUE(Has(page, "The target was saved."));
  EXPECT_TRUE(Has(page, "Remove the target for"));
  EXPECT_FALSE(Has(page, "aria-invalid"));  // a fresh form marks no field
  EXPECT_FALSE(Has(page, "Not worked out: ."));

  // A viewer cannot post, and removing works for the co-ordinator.
  EXPECT_EQ(
      Post("/places/E08000012/targets", Viewer(), {{"indicator", "level-3-qualifications"}}).status,
      403);
  const auto removed =
      Post("/places/E08000012/targets/level-3-qualifications/delete", Coordinator(), {});
  EXPECT_EQ(removed.status, 303);
  EXPECT_EQ(
      Post("/places/E08000012/targets/level-3-qualifications/delete", Coordinator(), {}).status,
      404);
}

TEST(CatalogueEditing, AdministratorsEditWithFieldErrors) {
  EXPECT_EQ(Get("/indicators/fe-participation/edit", &Coordinator()).status, 403);
  const auto form = Get("/indicators/fe-participation/edit", &Admin());
  EXPECT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form, "name=\"csrf\" value=\"" + Admin().csrf + "\""));
  EXPECT_FALSE(Has(form, "aria-invalid"));

  const auto bad = Post("/indicators/fe-participation/edit", Admin(),
                        {{"name", "FE participation"},
                         {"decimals", "many"},
                         {"direction", "higher"},
                         {"links", "toolkit/no-such-item"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad, "decimals must be a whole number from 0 to 6"));
  EXPECT_TRUE(Has(bad, "has no strand or criterion"));
  EXPECT_EQ(Count(bad, "aria-invalid=\"true\""), 2U);  // decimals and links
  auto unchanged = Store().GetIndicator("fe-participation");
  ASSERT_TRUE(unchanged.ok());
  EXPECT_EQ(unchanged->name, "Further education and skills participation");

  const auto good = Post("/indicators/new", Admin(),
                         {{"code", "test-indicator"},
                          {"name", "A test indicator"},
                          {"decimals", "1"},
                          {"direction", "lower"},
                          {"geography", "Local authority district"},
                          {"proxy", "yes"},
                          {"links", "toolkit/performance\ntoolkit/partnership-1.1"}});
  EXPECT_EQ(good.status, 303);
  EXPECT_EQ(HeaderOf(good, "Location"), "/indicators/test-indicator");
  const auto page = Get("/indicators/test-indicator", &Admin());
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "href=\"/guide/toolkit#performance\""));
  EXPECT_TRUE(Has(page, "href=\"/guide/toolkit/partnership/getting-organised#partnership-1.1\""));
  EXPECT_TRUE(Has(page, "Yes: it measures something close to the aim"));
  EXPECT_TRUE(Has(page, "href=\"/indicators/test-indicator/edit\""));
  // The same code again is refused next to the code field.
  const auto again =
      Post("/indicators/new", Admin(),
           {{"code", "test-indicator"}, {"name", "X"}, {"decimals", "1"}, {"direction", "lower"}});
  EXPECT_EQ(again.status, 400);
  EXPECT_TRUE(Has(again, "id=\"f-code-error\""));
}

// Issue 11: a source address must be http or https; anything else is refused beside the field
// and nothing is written.
TEST(CatalogueEditing, ASourceAddressMustBeHttpOrHttps) {
  const auto before = Store().GetIndicator("museums");
  ASSERT_TRUE(before.ok());
  const auto bad = Post("/indicators/museums/edit", Admin(),
                        {{"name", before->name},
                         {"decimals", "1"},
                         {"direction", "higher"},
                         {"source_url", "javascript:alert(document.cookie)"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad, "id=\"f-source_url-error\""));
  EXPECT_TRUE(Has(bad, "is not a web address: write an address starting http:// or https://"));
  EXPECT_EQ(Count(bad, "aria-invalid=\"true\""), 1U);
  const auto after = Store().GetIndicator("museums");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(*after, *before);
}

}  // namespace
}  // namespace lct::web
