// The HTTP server: Boost.Beast over Asio, asynchronous, on a fixed pool of threads.
// Runs until SIGINT or SIGTERM, then stops accepting, lets requests in flight finish,
// closes idle connections and returns. Bounded (issue 11): connections are capped overall and
// per client address (503 beyond), bodies by size (the upload limit only where App::DecideBody
// allows it, after the session and CSRF checks), and running out of file descriptors pauses
// accepting instead of spinning.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "base/result.hpp"
#include "web/app.hpp"

namespace lct::web {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port (reported through on_listening)
  int threads = 2;
  std::chrono::seconds idle_timeout{30};    // waiting for the next request's headers
  std::chrono::seconds read_timeout{30};    // reading a request's body
  std::chrono::seconds write_timeout{30};   // writing a response
  std::chrono::seconds shutdown_grace{20};  // longest wait for requests in flight at shutdown
  std::size_t header_limit = std::size_t{16} * 1024;      // larger headers are answered with 431
  std::size_t body_limit = std::size_t{2} * 1024 * 1024;  // larger bodies are answered with 413
  // The limit of an upload the App allows (App::DecideBody), instead of body_limit. Such a
  // body is streamed to an unlinked temporary file in `upload_dir`, not held in memory.
  std::size_t upload_body_limit = std::size_t{64} * 1024 * 1024;
  std::string upload_dir;  // empty: the system's temporary folder (TMPDIR)
  // Connections open at once, overall and from one address, beyond which a new connection is
  // answered 503 and closed. The trusted proxy's address has no per-address cap.
  std::size_t max_connections = 512;
  std::size_t max_connections_per_address = 64;
  std::string trusted_proxy;
  // After accept fails for want of file descriptors (or memory), wait this long to try again.
  std::chrono::milliseconds accept_retry{100};
};

// Blocks until a signal stops the server. `on_listening` is called once with the address
// (e.g. "http://127.0.0.1:8080/") when the socket is listening. Errors: cannot bind or listen.
[[nodiscard]] Status RunServer(const ServerOptions& options, const App& app,
                               const std::function<void(const std::string&)>& on_listening);

}  // namespace lct::web
