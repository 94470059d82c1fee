// Starts `lct serve` as a child process on a free port against a temporary database
// (loaded with the demo network), and stops it with a signal.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace lct::testing {

// How to start the server, beyond `lct serve --db DB --port 0 --threads 2`.
struct ServerConfig {
  std::vector<std::string> extra_args;  // appended to the serve command line
  int open_files_limit = 0;             // RLIMIT_NOFILE of the server process; 0: inherited
  // An existing database to serve, left in place at the end; empty: a fresh temporary one
  // loaded with `lct init --demo`, removed at the end.
  std::string db;
};

class ServerProcess {
 public:
  // Runs `lct init --demo` into a fresh database, then `lct serve --port 0`. The server's
  // output (its log) goes to a file in the temporary folder, read with Log().
  ServerProcess();
  explicit ServerProcess(const ServerConfig& config);
  // Runs `lct serve --port 0` on the existing database `db`, which it leaves in place.
  explicit ServerProcess(std::string db);
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;
  ~ServerProcess();

  [[nodiscard]] unsigned short port() const { return port_; }
  [[nodiscard]] const std::string& db_path() const { return db_; }
  // Everything the server has written to stdout and stderr so far.
  [[nodiscard]] std::string Log() const;
  // Sends `signal` and waits; returns the exit status (or -1).
  int Stop(int signal);

 private:
  pid_t pid_ = -1;
  unsigned short port_ = 0;
  std::string db_;
  std::string log_;
  std::string log_dir_;  // the temporary folder (log, and the database unless one was given)
};

struct LctRun {
  int status = -1;     // the exit status; -1 when it could not run or was killed
  std::string output;  // standard output and standard error
};
// Runs `lct ARGS...` (each passed as one argument) to completion with `input` on its standard
// input.
LctRun RunLct(const std::vector<std::string>& args, const std::string& input = "");

// Result of one raw HTTP exchange.
struct HttpReply {
  int status = 0;
  std::string head;  // status line and headers
  std::string body;
};

// Sends `raw` bytes to 127.0.0.1:port and reads until the server closes or one response
// is complete. `source`: the local address to connect from (e.g. "127.0.0.2"; empty: any).
// Throws on connection failure.
HttpReply SendRaw(unsigned short port, const std::string& raw, const std::string& source = "");
HttpReply Get(unsigned short port, const std::string& target);

}  // namespace lct::testing
