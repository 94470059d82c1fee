// Sign-in throttling (issues 7 and 11), in memory, after OWASP ASVS V2.2: a key (an account
// with one client address, or an address alone) may fail `free_failures` times; after that
// each attempt must wait a delay that doubles with every further failure, up to `max_delay`,
// counted from the last failure. A key's failures are forgotten `forget_after` since its last
// one. There is no account-wide key, so nobody can lock a person out from another address.
// State is per process and lost on restart (docs/security.md). Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace lct::services {

struct ThrottlePolicy {
  int free_failures = 5;
  std::chrono::seconds first_delay{1};
  std::chrono::seconds max_delay{std::chrono::minutes(15)};
  std::chrono::seconds forget_after{std::chrono::hours(1)};
};

class SignInThrottle {
 public:
  explicit SignInThrottle(ThrottlePolicy policy) : policy_(policy) {}

  // Seconds `key` must still wait before an attempt is considered (0: it may try now).
  // `now` in Unix seconds.
  [[nodiscard]] std::int64_t WaitSeconds(std::string_view key, std::int64_t now) const;
  void RecordFailure(std::string_view key, std::int64_t now);
  void Clear(std::string_view key);

  // The wait after `failures` failures under `policy` (0 while they are free).
  [[nodiscard]] static std::int64_t DelayAfter(const ThrottlePolicy& policy, int failures);

 private:
  struct Count {
    std::int64_t last = 0;
    int failures = 0;
  };
  // Forgets counts whose last failure is older than forget_after; needs mutex_.
  void ForgetOld(std::int64_t now);

  ThrottlePolicy policy_;
  mutable std::mutex mutex_;
  std::map<std::string, Count, std::less<>> counts_;
  std::int64_t last_sweep_ = 0;
};

}  // namespace lct::services
