// Starts `lct serve` as a child process on a free port against a temporary database
// (loaded with the demo network) or a given one, and stops it with a signal.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace lct::testing {

class ServerProcess {
 public:
  // Runs `lct init --demo` into a fresh database, then `lct serve --port 0`.
  ServerProcess();
  // Runs `lct serve --port 0` on the existing database `db`, which it leaves in place.
  explicit ServerProcess(std::string db);
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;
  ~ServerProcess();

  [[nodiscard]] unsigned short port() const { return port_; }
  [[nodiscard]] const std::string& db_path() const { return db_; }
  // Sends `signal` and waits; returns the exit status (or -1).
  int Stop(int signal);

 private:
  void Start();

  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  unsigned short port_ = 0;
  std::string db_;
  bool owns_db_ = true;  // the default constructor's temporary database is removed at the end
};

// Result of one raw HTTP exchange.
struct HttpReply {
  int status = 0;
  std::string head;  // status line and headers
  std::string body;
};

// Sends `raw` bytes to 127.0.0.1:port and reads until the server closes or one response
// is complete. Throws std::runtime_error on connection failure.
HttpReply SendRaw(unsigned short port, const std::string& raw);
HttpReply Get(unsigned short port, const std::string& target);

}  // namespace lct::testing
