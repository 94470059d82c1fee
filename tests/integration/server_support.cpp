#include "integration/server_support.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <stdexcept>
#include <utility>
#include <vector>

extern char** environ;  // NOLINT: POSIX declares it so, for posix_spawn

namespace lct::testing {
namespace {

constexpr int kStartTimeoutMs = 20000;

// `args` as posix_spawn takes them: pointers into `args`, then a null.
std::vector<char*> Argv(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  return argv;
}

int RunToCompletion(const std::vector<std::string>& args) {
  const std::vector<char*> argv = Argv(args);
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

ServerProcess::ServerProcess() {
  static int counter = 0;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("lct-it-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  db_ = (dir / "it.db").string();
  if (RunToCompletion({LCT_BINARY, "init", "--db", db_, "--demo"}) != 0) {
    throw std::runtime_error("lct init --demo failed");
  }
  Start();
}

ServerProcess::ServerProcess(std::string db) : db_(std::move(db)), owns_db_(false) { Start(); }

void ServerProcess::Start() {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  const std::vector<std::string> args = {LCT_BINARY, "serve", "--db",      db_,
                                         "--port",   "0",     "--threads", "2"};
  const std::vector<char*> argv = Argv(args);
  const int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  stdout_fd_ = pipe_fds[0];
  if (rc != 0) throw std::runtime_error("cannot start lct serve");
  // Wait for "... serving at http://127.0.0.1:PORT/".
  std::string seen;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(kStartTimeoutMs);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd pfd{stdout_fd_, POLLIN, 0};
    if (poll(&pfd, 1, 200) <= 0) continue;
    char buffer[256];
    const ssize_t n = read(stdout_fd_, buffer, sizeof buffer);
    if (n <= 0) break;
    seen.append(buffer, static_cast<std::size_t>(n));
    const auto at = seen.find("http://127.0.0.1:");
    const auto end = at == std::string::npos ? std::string::npos : seen.find('/', at + 17);
    if (end != std::string::npos) {
      port_ = static_cast<unsigned short>(std::stoi(seen.substr(at + 17, end - at - 17)));
      return;
    }
  }
  Stop(SIGKILL);
  throw std::runtime_error("lct serve did not report its address; it printed: " + seen);
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) Stop(SIGKILL);
  if (stdout_fd_ >= 0) close(stdout_fd_);
  if (!owns_db_) return;
  std::error_code ec;
  std::filesystem::remove_all(std::filesystem::path(db_).parent_path(), ec);
}

int ServerProcess::Stop(int signal) {
  if (pid_ <= 0) return -1;
  kill(pid_, signal);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

HttpReply SendRaw(unsigned short port, const std::string& raw) {
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket socket(ioc);
  socket.connect({net::ip::make_address("127.0.0.1"), port});
  boost::system::error_code ec;
  net::write(socket, net::buffer(raw), ec);  // the server may close early on oversize input
  std::string data;
  std::vector<char> buffer(65536);
  while (true) {
    const std::size_t n = socket.read_some(net::buffer(buffer), ec);
    data.append(buffer.data(), n);
    if (ec) break;
    const auto head_end = data.find("\r\n\r\n");
    if (head_end == std::string::npos) continue;
    const auto cl = data.find("Content-Length: ");
    if (cl != std::string::npos && cl < head_end) {
      const std::size_t length = std::stoul(data.substr(cl + 16, data.find("\r\n", cl) - cl - 16));
      if (data.size() >= head_end + 4 + length) break;
    }
  }
  HttpReply reply;
  const auto head_end = data.find("\r\n\r\n");
  reply.head = data.substr(0, head_end);
  reply.body = head_end == std::string::npos ? "" : data.substr(head_end + 4);
  if (data.size() > 12 && data.starts_with("HTTP/1.1 "))
    reply.status = std::stoi(data.substr(9, 3));
  return reply;
}

HttpReply Get(unsigned short port, const std::string& target) {
  return SendRaw(port,
                 "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}

}  // namespace lct::testing
