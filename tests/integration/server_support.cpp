#include "integration/server_support.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

extern char** environ;

namespace lct::testing {
namespace {

constexpr int kStartTimeoutMs = 20000;

// The lct under test: LCT_BINARY, or the file named by the environment's LCT_TEST_BINARY (to
// run these tests against another build).
std::string Binary() {
  const char* other = std::getenv("LCT_TEST_BINARY");
  return other != nullptr && *other != '\0' ? other : LCT_BINARY;
}

std::vector<char*> Argv(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  return argv;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

LctRun RunLct(const std::vector<std::string>& args, const std::string& input) {
  std::vector<std::string> all = {Binary()};
  all.insert(all.end(), args.begin(), args.end());
  const auto stem = std::filesystem::temp_directory_path() /
                    ("lct-it-run-" + std::to_string(getpid()) + "-" +
                     std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id())));
  const std::string input_path = stem.string() + ".in";
  const std::string output_path = stem.string() + ".out";
  std::ofstream(input_path) << input;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  auto argv = Argv(all);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  if (rc == 0) waitpid(pid, &status, 0);
  LctRun run;
  run.output = ReadFile(output_path);
  std::filesystem::remove(input_path);
  std::filesystem::remove(output_path);
  run.status = rc == 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

ServerProcess::ServerProcess() : ServerProcess(ServerConfig{}) {}

ServerProcess::ServerProcess(std::string db) : ServerProcess(ServerConfig{{}, 0, std::move(db)}) {}

ServerProcess::ServerProcess(const ServerConfig& config) {
  static std::atomic<int> counter = 0;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("lct-it-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  log_ = (dir / "serve.log").string();
  if (config.db.empty()) {
    db_ = (dir / "it.db").string();
    if (RunLct({"init", "--db", db_, "--demo"}).status != 0) {
      throw std::runtime_error("lct init --demo failed");
    }
  } else {
    db_ = config.db;
  }
  log_dir_ = dir.string();
  std::vector<std::string> args = {Binary(), "serve", "--db", db_, "--port", "0", "--threads", "2"};
  args.insert(args.end(), config.extra_args.begin(), config.extra_args.end());
  if (config.open_files_limit > 0) {
    // The shell lowers the limit, then becomes the server.
    args.insert(args.begin(),
                {"/bin/sh", "-c",
                 "ulimit -n " + std::to_string(config.open_files_limit) + R"( && exec "$0" "$@")"});
  }
  // Output goes to a file, never to a pipe nobody reads (which would stall a chatty server).
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  auto argv = Argv(args);
  const int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start lct serve");
  // Wait for "... serving at http://127.0.0.1:PORT/".
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(kStartTimeoutMs);
  std::string seen;
  while (std::chrono::steady_clock::now() < deadline) {
    seen = ReadFile(log_);
    const auto at = seen.find("http://127.0.0.1:");
    const auto end = at == std::string::npos ? std::string::npos : seen.find('/', at + 17);
    if (end != std::string::npos) {
      port_ = static_cast<unsigned short>(std::stoi(seen.substr(at + 17, end - at - 17)));
      return;
    }
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  Stop(SIGKILL);
  throw std::runtime_error("lct serve did not report its address; it printed: " + seen);
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) Stop(SIGKILL);
  std::error_code ec;
  std::filesystem::remove_all(log_dir_, ec);
}

std::string ServerProcess::Log() const { return ReadFile(log_); }

int ServerProcess::Stop(int signal) {
  if (pid_ <= 0) return -1;
  kill(pid_, signal);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

HttpReply SendRaw(unsigned short port, const std::string& raw, const std::string& source) {
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket socket(ioc);
  if (!source.empty()) {
    socket.open(net::ip::tcp::v4());
    socket.bind({net::ip::make_address(source), 0});
  }
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
