#include "services/auth_throttle.hpp"

#include <algorithm>

namespace lct::services {

std::int64_t SignInThrottle::DelayAfter(const ThrottlePolicy& policy, int failures) {
  if (failures < policy.free_failures) return 0;
  const std::int64_t max = policy.max_delay.count();
  std::int64_t delay = std::max<std::int64_t>(1, policy.first_delay.count());
  for (int i = policy.free_failures; i < failures && delay < max; ++i) delay *= 2;
  return std::min(delay, max);
}

std::int64_t SignInThrottle::WaitSeconds(std::string_view key, std::int64_t now) const {
  const std::lock_guard lock(mutex_);
  const auto it = counts_.find(key);
  if (it == counts_.end()) return 0;
  const Count& count = it->second;
  if (now - count.last >= policy_.forget_after.count()) return 0;
  const std::int64_t until = count.last + DelayAfter(policy_, count.failures);
  return std::max<std::int64_t>(0, until - now);
}

void SignInThrottle::RecordFailure(std::string_view key, std::int64_t now) {
  const std::lock_guard lock(mutex_);
  ForgetOld(now);
  auto [it, inserted] = counts_.try_emplace(std::string(key), Count{now, 0});
  Count& count = it->second;
  if (now - count.last >= policy_.forget_after.count()) count.failures = 0;
  count.last = now;
  ++count.failures;
}

void SignInThrottle::Clear(std::string_view key) {
  const std::lock_guard lock(mutex_);
  if (const auto it = counts_.find(key); it != counts_.end()) counts_.erase(it);
}

void SignInThrottle::ForgetOld(std::int64_t now) {
  // At most once a minute, so a stream of failures does not scan the map each time.
  if (now - last_sweep_ < 60) return;
  last_sweep_ = now;
  const std::int64_t horizon = policy_.forget_after.count();
  std::erase_if(counts_, [&](const auto& entry) { return now - entry.second.last >= horizon; });
}

}  // namespace lct::services
