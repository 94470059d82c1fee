// libFuzzer target for the HTTP front of the product: raw bytes are read as HTTP/1.1 requests
// by Beast's parser (as lct serve reads them), turned into web::Request by ParseTarget, and
// answered by App::Handle with every route of the product over the demo network in a private
// in-memory database. Up to four pipelined requests per input, so that sequences (create, then
// use) are reached; the database lives as long as the process, like a server's.
//
// Signed-in routes: the input may name the harness's sessions, which it keeps valid and
// substitutes before parsing: @admin@ and @admin-csrf@ (a network administrator's session
// cookie and CSRF token), @coord@ and @coord-csrf@ (a co-ordinator of Liverpool, E08000012),
// @token@ (an administrator's API token), and @round@ and @respondent@ (an open self-assessment
// round of Liverpool and one respondent's link token).
//
// Invariants, after every request: Handle returns (it promises never to throw) with a status
// from 100 to 599 that is not 500 (500 means an unexpected failure: a bug); no response
// header can split the response (no CR, LF or NUL); and the service still works: a write
// transaction starts and commits and the health check answers (issue 11: one request once
// left a transaction open and stopped every later write).
#include <boost/asio/buffer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <spdlog/spdlog.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "domain/assessment_round.hpp"
#include "fuzz_check.hpp"
#include "services/account_service.hpp"
#include "services/assessment_service.hpp"
#include "services/bundled_frameworks.hpp"
#include "services/database.hpp"
#include "services/demo_network.hpp"
#include "services/framework_cache.hpp"
#include "store/store.hpp"
#include "web/app.hpp"
#include "web/http_types.hpp"

namespace {

namespace http = boost::beast::http;
using lct::fuzz::Check;

constexpr std::string_view kTarget = "http_request_fuzz";
constexpr std::string_view kPassword = "fuzzing password";
constexpr std::size_t kHeaderLimit = std::size_t{16} * 1024;  // as lct serve
constexpr std::size_t kBodyLimit = std::size_t{2} * 1024 * 1024;
constexpr int kMaxRequests = 4;

struct Person {
  std::string email;
  lct::domain::TokenScope grant;
  lct::UserId id{};
  std::string session{};  // cookie value
  std::string csrf{};
};

// The product, once per process.
struct Harness {
  std::unique_ptr<lct::store::Store> store;
  std::unique_ptr<lct::web::App> app;
  // The harness's own service, so that its sign-ins are not throttled by the App's.
  std::unique_ptr<lct::services::AccountService> accounts;
  Person admin{"admin@fuzz.test", {true, std::nullopt, ""}};
  Person coordinator{"coordinator@fuzz.test",
                     {false, lct::domain::PlaceRole::kCoordinator, "E08000012"}};
  std::string api_token;
  lct::services::FrameworkCache frameworks;
  lct::domain::RoundId round{};
  std::string respondent;  // the link token
};

const lct::services::Actor kHarness{std::nullopt, "fuzz-harness"};

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "%s: setup failed: %s\n", kTarget.data(), what);
  std::abort();
}

// Keeps `person` signed in: inputs may sign out, change the password or end sessions.
void EnsureSession(Harness& h, Person& person) {
  if (auto identity = h.accounts->ResumeSession(person.session)) {
    person.csrf = identity->csrf_token;
    return;
  }
  auto session = h.accounts->SignIn(person.email, kPassword, "fuzz-harness");
  if (!session) {
    // The password was changed by an input: set it back through a reset link.
    if (auto reset = h.accounts->CreateReset(person.email, kHarness)) {
      static_cast<void>(h.accounts->ResetPassword(*reset, kPassword));
    }
    session = h.accounts->SignIn(person.email, kPassword, "fuzz-harness");
  }
  if (!session) return;  // e.g. the account was disabled: its routes answer 401
  person.session = session->token;
  person.csrf = session->record.csrf_token;
}

void EnsureApiToken(Harness& h) {
  if (h.accounts->AuthenticateApiToken(h.api_token)) return;
  auto token = h.accounts->CreateApiToken(h.admin.id, "fuzz", h.admin.grant, kHarness);
  if (token) h.api_token = std::move(*token);
}

// Keeps an open round with one invited respondent: inputs may close the round.
void EnsureOpenRound(Harness& h) {
  const std::string today = lct::services::TodayUtc();
  const std::string place = h.coordinator.grant.place_code;
  if (h.round.value != 0) {
    auto round = lct::services::GetPlaceRound(*h.store, place, h.round);
    if (round && lct::domain::IsOpen(*round, today)) return;
  }
  lct::services::OpenRoundRequest open;
  open.place_code = place;
  open.framework = "toolkit";
  auto round = lct::services::OpenRound(*h.store, h.frameworks, open, today, kHarness);
  if (!round) return;
  h.round = round->id;
  auto invitation = lct::services::InviteRespondent(
      *h.store, {h.round, place, "Fuzz", "Fuzz College", "Education", "Principal"}, today,
      kHarness);
  if (invitation) h.respondent = invitation->token;
}

void SetUp(Harness* h) {
  spdlog::set_level(spdlog::level::err);
  auto store = lct::services::OpenDatabase({":memory:", 1});
  Require(store.ok(), "open an in-memory database");
  h->store = std::move(*store);
  Require(lct::services::ImportBundledFrameworks(*h->store).ok(), "import the frameworks");
  Require(
      lct::services::LoadDemoNetwork(*h->store, std::string(LCT_SOURCE_DIR) + "/data/demo").ok(),
      "load the demo network");
  lct::web::AppOptions options;
  options.accounts = lct::services::AccountOptions::ForTests();
  h->accounts = std::make_unique<lct::services::AccountService>(*h->store, options.accounts);
  h->app = std::make_unique<lct::web::App>(*h->store, options);
  for (Person* person : {&h->admin, &h->coordinator}) {
    auto id = h->accounts->AddUser(person->email, "Fuzz", kPassword, person->grant, kHarness);
    Require(id.ok(), "add a person");
    person->id = *id;
    EnsureSession(*h, *person);
    Require(!person->session.empty(), "sign in");
  }
  EnsureApiToken(*h);
  EnsureOpenRound(*h);
  Require(h->round.value != 0 && !h->respondent.empty(), "open a round");
}

Harness& TheHarness() {
  static Harness harness;  // lives until exit, as a server's state does
  static const bool kReady = (SetUp(&harness), true);
  static_cast<void>(kReady);
  return harness;
}

void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// The input with the harness's session cookies and tokens filled in.
std::string Substitute(Harness& h, std::string text) {
  if (text.find('@') == std::string::npos) return text;
  EnsureSession(h, h.admin);
  EnsureSession(h, h.coordinator);
  EnsureApiToken(h);
  EnsureOpenRound(h);
  ReplaceAll(text, "@admin-csrf@", h.admin.csrf);
  ReplaceAll(text, "@admin@", h.admin.session);
  ReplaceAll(text, "@coord-csrf@", h.coordinator.csrf);
  ReplaceAll(text, "@coord@", h.coordinator.session);
  ReplaceAll(text, "@token@", h.api_token);
  ReplaceAll(text, "@round@", std::to_string(h.round.value));
  ReplaceAll(text, "@respondent@", h.respondent);
  return text;
}

bool SplitsResponse(std::string_view text) {
  return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

void CheckResponse(Harness& h, const lct::web::Request& request,
                   const lct::web::Response& response) {
  static const bool kVerbose = std::getenv("LCT_FUZZ_VERBOSE") != nullptr;
  if (kVerbose) {
    std::fprintf(stderr, "%s %s -> %d\n", lct::web::MethodName(request.method),
                 request.target.c_str(), response.status);
  }
  if (response.status == 500) {
    std::fprintf(stderr, "%s: 500 for %s %s\n", kTarget.data(),
                 lct::web::MethodName(request.method), request.target.c_str());
  }
  Check(response.status >= 100 && response.status <= 599, kTarget, "a status from 100 to 599");
  Check(response.status != 500, kTarget, "no request causes an unexpected failure (500)");
  Check(!SplitsResponse(response.content_type), kTarget, "Content-Type is one header line");
  for (const auto& [name, value] : response.headers) {
    Check(!name.empty() && !SplitsResponse(name) && !SplitsResponse(value), kTarget,
          "every response header is one header line");
  }
  const auto write = h.store->Write([](lct::store::StoreWriter&) { return lct::Ok(); });
  Check(write.ok(), kTarget, "a write transaction starts and commits after every request");
  Check(lct::services::CheckHealth(*h.store).ok(), kTarget, "the database answers");
}

// Reads one request from the front of `rest` as lct serve's session does; false when the
// bytes are not a complete request (the server would answer 400 or wait for more).
bool ReadRequest(std::string_view& rest, lct::web::Request& out) {
  http::request_parser<http::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(kHeaderLimit));
  parser.body_limit(kBodyLimit);
  parser.eager(true);
  boost::beast::error_code ec;
  std::size_t used = 0;
  while (!parser.is_done() && used < rest.size()) {
    const std::size_t n =
        parser.put(boost::asio::buffer(rest.data() + used, rest.size() - used), ec);
    used += n;
    if (ec || n == 0) break;
  }
  if (!parser.is_done()) return false;
  rest.remove_prefix(used);
  auto& message = parser.get();
  const auto method = lct::web::MethodFromString(
      std::string_view(message.method_string().data(), message.method_string().size()));
  auto request = lct::web::ParseTarget(
      method, std::string_view(message.target().data(), message.target().size()));
  if (!request) return false;  // answered 400 by the session
  for (const auto& field : message) {
    request->headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  request->body = std::move(message.body());
  request->remote_address = "127.0.0.1";
  out = std::move(*request);
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  static_cast<void>(TheHarness());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Harness& h = TheHarness();
  const std::string text = Substitute(h, std::string(reinterpret_cast<const char*>(data), size));
  std::string_view rest = text;
  for (int i = 0; i < kMaxRequests; ++i) {
    lct::web::Request request;
    if (!ReadRequest(rest, request)) break;
    const lct::web::Response response = h.app->Handle(request);
    CheckResponse(h, request, response);
  }
  return 0;
}
