// Caps on concurrent connections (issue 11), overall and per client address, so that no one
// client, and no crowd, can make the server hold more connections than it can afford. The
// trusted reverse proxy's address has no per-address cap (every client arrives through it);
// the overall cap still applies. Thread-safe.
#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace lct::web {

struct ConnectionCaps {
  std::size_t max_total = 512;
  std::size_t max_per_address = 64;
  std::string exempt_address;  // the trusted proxy, if any: no per-address cap
};

class ConnectionLimiter {
 public:
  explicit ConnectionLimiter(ConnectionCaps caps);

  // One admitted connection; gives its place back when destroyed. The limiter must outlive it.
  class Slot {
   public:
    Slot(ConnectionLimiter* limiter, std::string address)
        : limiter_(limiter), address_(std::move(address)) {}
    Slot(Slot&& other) noexcept
        : limiter_(std::exchange(other.limiter_, nullptr)), address_(std::move(other.address_)) {}
    Slot& operator=(Slot&&) = delete;
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    ~Slot();

   private:
    ConnectionLimiter* limiter_;
    std::string address_;
  };

  // A slot for a connection from `address`, or nullopt when a cap is reached.
  [[nodiscard]] std::optional<Slot> TryAcquire(const std::string& address);
  [[nodiscard]] std::size_t open() const;

 private:
  void Release(const std::string& address);

  ConnectionCaps caps_;
  mutable std::mutex mutex_;
  std::size_t total_ = 0;
  std::map<std::string, std::size_t, std::less<>> per_address_;
};

}  // namespace lct::web
