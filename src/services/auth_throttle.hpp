// Sign-in throttling (issue 7), in memory: after `max_failures` failed sign-ins for one key
// (an account's email, or a client address) within `window`, further attempts for that key
// are refused until the window since the first counted failure has passed. A success clears
// the account's count. State is per process and is lost on restart, which is acceptable for
// a single-server deployment (docs/security.md). Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace lct::services {

class SignInThrottle {
 public:
  SignInThrottle(int max_failures, std::chrono::seconds window)
      : max_failures_(max_failures), window_(window.count()) {}

  // True when `key` may try now (`now` in Unix seconds).
  [[nodiscard]] bool Allowed(std::string_view key, std::int64_t now) const;
  void RecordFailure(std::string_view key, std::int64_t now);
  void Clear(std::string_view key);

 private:
  struct Count {
    std::int64_t first = 0;
    int failures = 0;
  };
  int max_failures_;
  std::int64_t window_;
  mutable std::mutex mutex_;
  std::map<std::string, Count, std::less<>> counts_;
};

}  // namespace lct::services
