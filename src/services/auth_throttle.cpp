#include "services/auth_throttle.hpp"

namespace lct::services {

bool SignInThrottle::Allowed(std::string_view key, std::int64_t now) const {
  const std::lock_guard lock(mutex_);
  const auto it = counts_.find(key);
  if (it == counts_.end()) return true;
  return now - it->second.first >= window_ || it->second.failures < max_failures_;
}

void SignInThrottle::RecordFailure(std::string_view key, std::int64_t now) {
  const std::lock_guard lock(mutex_);
  // Forget expired counts so the map stays small.
  for (auto it = counts_.begin(); it != counts_.end();) {
    it = now - it->second.first >= window_ ? counts_.erase(it) : std::next(it);
  }
  auto [it, inserted] = counts_.try_emplace(std::string(key), Count{now, 0});
  ++it->second.failures;
}

void SignInThrottle::Clear(std::string_view key) {
  const std::lock_guard lock(mutex_);
  if (const auto it = counts_.find(key); it != counts_.end()) counts_.erase(it);
}

}  // namespace lct::services
