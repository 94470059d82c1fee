// Durability (issue 11, item 8): several clients write through the real routes of `lct serve`
// (each write creates an API token on /account/tokens, signed in, with the CSRF token); the
// server is killed with SIGKILL while writes are in flight; after a restart on the same file,
// every write that got its success response is there and SQLite's integrity check says ok.
// Bounded: the clients stop at the kill, or after kMaxAttemptsPerClient requests each.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "integration/http_client_support.hpp"
#include "integration/server_support.hpp"
#include "store/store.hpp"

namespace lct::testing {
namespace {

constexpr const char* kEmail = "crash@example.org";
constexpr const char* kPassword = "crash test password";
constexpr int kClients = 4;
constexpr int kAcknowledgedBeforeKill = 100;
constexpr int kMaxAttemptsPerClient = 500;

// The value of cookie `name` set in a response's head, or "".
std::string SetCookieValue(const std::string& head, const std::string& name) {
  const std::string key = "Set-Cookie: " + name + "=";
  const auto at = head.find(key);
  if (at == std::string::npos) return {};
  const auto start = at + key.size();
  return head.substr(start, head.find_first_of(";\r", start) - start);
}

// The value of the first hidden `csrf` field of a page, or "".
std::string CsrfField(const std::string& body) {
  const std::string key = R"(name="csrf" value=")";
  const auto at = body.find(key);
  if (at == std::string::npos) return {};
  const auto start = at + key.size();
  return body.substr(start, body.find('"', start) - start);
}

HttpReply Post(unsigned short port, const std::string& target, const std::string& cookie,
               const std::string& body) {
  return SendRaw(port,
                 "POST " + target +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: " + cookie +
                     "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     "Content-Length: " +
                     std::to_string(body.size()) + "\r\n\r\n" + body);
}

struct SignedIn {
  std::string cookie;  // "lct_session=..."
  std::string csrf;
};

// Signs in as a browser does: the sign-in form's CSRF cookie and field, then the session's
// CSRF token from the account page.
SignedIn SignIn(unsigned short port) {
  const auto form = Get(port, "/sign-in");
  const std::string anonymous = SetCookieValue(form.head, "lct_csrf");
  const auto signed_in =
      Post(port, "/sign-in", "lct_csrf=" + anonymous,
           "email=crash%40example.org&password=crash+test+password&csrf=" + anonymous);
  const std::string session = SetCookieValue(signed_in.head, "lct_session");
  const auto account =
      SendRaw(port,
              "GET /account HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: "
              "lct_session=" +
                  session + "\r\n\r\n");
  return {"lct_session=" + session, CsrfField(account.body)};
}

// Every API token name in the database file, read with SQLite itself; `integrity` receives
// the result of PRAGMA integrity_check.
std::set<std::string> StoredTokenNames(const std::string& db, std::string& integrity) {
  std::set<std::string> names;
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    integrity = "cannot open: " + std::string(raw != nullptr ? sqlite3_errmsg(raw) : "no memory");
    sqlite3_close(raw);
    return names;
  }
  const auto each_row = [raw](const char* sql, auto on_row) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(raw, sql, -1, &stmt, nullptr) != SQLITE_OK) return false;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      const auto* text = sqlite3_column_text(stmt, 0);
      on_row(text != nullptr ? std::string(reinterpret_cast<const char*>(text)) : std::string());
    }
    sqlite3_finalize(stmt);
    return true;
  };
  each_row("SELECT name FROM api_tokens", [&](std::string name) { names.insert(std::move(name)); });
  integrity.clear();
  if (!each_row("PRAGMA integrity_check", [&](const std::string& row) { integrity += row; })) {
    integrity = "PRAGMA integrity_check failed: " + std::string(sqlite3_errmsg(raw));
  }
  sqlite3_close(raw);
  return names;
}

TEST(CrashRecovery, EveryAcknowledgedWriteSurvivesSigkillMidLoad) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("lct-crash-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string db = (dir / "crash.db").string();
  ASSERT_EQ(RunLct({"init", "--db", db}).status, 0);
  ASSERT_EQ(
      RunLct({"user", "add", kEmail, "--admin", "--db", db}, std::string(kPassword) + "\n").status,
      0);

  std::set<std::string> acknowledged;
  std::set<std::string> attempted;
  {
    ServerProcess server(db);
    const SignedIn who = SignIn(server.port());
    ASSERT_FALSE(who.csrf.empty()) << "could not sign in";

    std::mutex mutex;
    std::atomic<bool> killed{false};
    std::atomic<int> acknowledged_count{0};
    std::atomic<int> clients_running{kClients};
    std::vector<std::thread> clients;
    clients.reserve(kClients);
    for (int c = 0; c < kClients; ++c) {
      clients.emplace_back([&, c] {
        for (int i = 0; i < kMaxAttemptsPerClient && !killed; ++i) {
          const std::string name = "crash-" + std::to_string(c) + "-" + std::to_string(i);
          {
            const std::lock_guard lock(mutex);
            attempted.insert(name);
          }
          HttpReply reply;
          try {
            reply = Post(server.port(), "/account/tokens", who.cookie,
                         "name=" + name + "&scope=admin&csrf=" + who.csrf);
          } catch (const std::exception&) {
            break;  // the server is gone
          }
          // 200 with the new token's page: the write was committed before the answer.
          if (reply.status == 200 && reply.body.find(name) != std::string::npos) {
            const std::lock_guard lock(mutex);
            acknowledged.insert(name);
            ++acknowledged_count;
          }
        }
        --clients_running;
      });
    }
    // Kill once enough writes are acknowledged, while the clients are still writing.
    while (acknowledged_count < kAcknowledgedBeforeKill && clients_running > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    server.Stop(SIGKILL);
    killed = true;
    for (auto& client : clients) client.join();
  }
  std::printf("%zu writes sent, %zu acknowledged before the SIGKILL\n", attempted.size(),
              acknowledged.size());
  ASSERT_GE(acknowledged.size(), static_cast<std::size_t>(kAcknowledgedBeforeKill))
      << "the server acknowledged too few writes before the kill";

  {
    ServerProcess restarted(db);  // recovers the write-ahead log
    EXPECT_EQ(Get(restarted.port(), "/healthz").status, 200);
    const SignedIn who = SignIn(restarted.port());
    EXPECT_FALSE(who.csrf.empty()) << "cannot sign in after the restart";
    restarted.Stop(SIGTERM);
  }
  std::string integrity;
  const std::set<std::string> stored = StoredTokenNames(db, integrity);
  std::printf("%zu writes found after the restart\n", stored.size());
  EXPECT_EQ(integrity, "ok");
  for (const auto& name : acknowledged) {
    EXPECT_TRUE(stored.count(name) == 1) << "acknowledged write lost: " << name;
  }
  for (const auto& name : stored) {
    EXPECT_TRUE(attempted.count(name) == 1) << "a token nobody wrote: " << name;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lct::testing
