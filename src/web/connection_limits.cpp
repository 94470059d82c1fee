#include "web/connection_limits.hpp"

#include "web/client_address.hpp"

namespace lct::web {

ConnectionLimiter::ConnectionLimiter(ConnectionCaps caps) : caps_(std::move(caps)) {
  if (!caps_.exempt_address.empty()) caps_.exempt_address = CanonicalAddress(caps_.exempt_address);
}

ConnectionLimiter::Slot::~Slot() {
  if (limiter_ != nullptr) limiter_->Release(address_);
}

std::optional<ConnectionLimiter::Slot> ConnectionLimiter::TryAcquire(const std::string& address) {
  const std::string key = CanonicalAddress(address);
  const bool exempt = !caps_.exempt_address.empty() && key == caps_.exempt_address;
  const std::lock_guard lock(mutex_);
  if (total_ >= caps_.max_total) return std::nullopt;
  if (!exempt) {
    std::size_t& count = per_address_[key];
    if (count >= caps_.max_per_address) {
      if (count == 0) per_address_.erase(key);
      return std::nullopt;
    }
    ++count;
  }
  ++total_;
  return Slot(this, exempt ? std::string() : key);
}

std::size_t ConnectionLimiter::open() const {
  const std::lock_guard lock(mutex_);
  return total_;
}

void ConnectionLimiter::Release(const std::string& address) {
  const std::lock_guard lock(mutex_);
  --total_;
  if (address.empty()) return;
  const auto it = per_address_.find(address);
  if (it != per_address_.end() && --it->second == 0) per_address_.erase(it);
}

}  // namespace lct::web
