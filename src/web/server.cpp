#include "web/server.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <chrono>
#include <thread>
#include <utility>
#include <vector>

#include "web/session.hpp"

namespace lct::web {
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// At most one log line a second for a condition that can repeat very fast (running out of
// file descriptors, connections over the caps); the lines say how many were not logged.
class LogLimiter {
 public:
  // True when a line may be written now; `suppressed` is then the count since the last one.
  bool Allow(std::size_t& suppressed) {
    const auto now = std::chrono::steady_clock::now();
    if (logged_once_ && now - last_ < std::chrono::seconds(1)) {
      ++suppressed_;
      return false;
    }
    logged_once_ = true;
    last_ = now;
    suppressed = std::exchange(suppressed_, 0);
    return true;
  }

 private:
  bool logged_once_ = false;
  std::chrono::steady_clock::time_point last_;
  std::size_t suppressed_ = 0;
};

// Connections over the caps answered 503 at once (each lingers up to 2 s); beyond this many,
// further ones are closed without an answer.
constexpr int kMaxRefusing = 64;

bool OutOfResources(const boost::system::error_code& ec) {
  return ec == net::error::no_descriptors ||
         ec == boost::system::errc::too_many_files_open_in_system ||
         ec == net::error::no_buffer_space || ec == net::error::no_memory;
}

// Accepts connections until closed; each gets its own strand. Its own handlers run on one
// strand, so the acceptor, the retry timer and the log limiters need no lock.
class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& ioc, tcp::acceptor acceptor, detail::ServerState& state)
      : ioc_(ioc),
        strand_(net::make_strand(ioc)),
        acceptor_(std::move(acceptor)),
        retry_(strand_),
        state_(state) {}

  void Accept() {
    acceptor_.async_accept(
        net::make_strand(ioc_),
        net::bind_executor(
            strand_, [self = shared_from_this()](boost::system::error_code ec, tcp::socket socket) {
              if (ec == net::error::operation_aborted || !self->acceptor_.is_open()) return;
              if (ec) return self->Retry(ec);
              self->Admit(std::move(socket));
              self->Accept();
            }));
  }

  void Close() {
    net::post(strand_, [self = shared_from_this()] {
      boost::system::error_code ec;
      self->acceptor_.close(ec);
      self->retry_.cancel();
    });
  }

 private:
  // Accept failed: wait before trying again, never spin. Out of descriptors, the connections
  // waiting in the backlog are accepted once others close.
  void Retry(const boost::system::error_code& ec) {
    const bool resources = OutOfResources(ec);
    std::size_t suppressed = 0;
    if (accept_log_.Allow(suppressed)) {
      spdlog::warn("{}: {}; accepting again in {} ms ({} more since the last message)",
                   resources ? "out of file descriptors or memory" : "accept failed", ec.message(),
                   state_.options.accept_retry.count(), suppressed);
    }
    retry_.expires_after(resources ? state_.options.accept_retry : std::chrono::milliseconds(10));
    retry_.async_wait([self = shared_from_this()](const boost::system::error_code& timer_ec) {
      if (timer_ec || !self->acceptor_.is_open()) return;
      self->Accept();
    });
  }

  void Admit(tcp::socket socket) {
    boost::system::error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    std::string remote = ec ? "-" : endpoint.address().to_string();
    auto slot = state_.limiter.TryAcquire(remote);
    if (!slot && state_.refusing >= kMaxRefusing) {
      // A flood: even the 503s are capped. Closed at once, unanswered.
      socket.close(ec);
      return;
    }
    if (!slot) {
      std::size_t suppressed = 0;
      if (busy_log_.Allow(suppressed)) {
        spdlog::warn(
            "connection refused from {}: {} connections open (caps: {} overall, {} per "
            "address); {} more refused since the last message",
            remote, state_.limiter.open(), state_.options.max_connections,
            state_.options.max_connections_per_address, suppressed);
      }
      std::make_shared<detail::Session>(std::move(socket), state_, std::move(remote), std::nullopt)
          ->RefuseBusy();
      return;
    }
    auto session = std::make_shared<detail::Session>(std::move(socket), state_, std::move(remote),
                                                     std::move(slot));
    state_.Register(session);
    session->Start();
  }

  net::io_context& ioc_;
  net::strand<net::io_context::executor_type> strand_;
  tcp::acceptor acceptor_;
  net::steady_timer retry_;
  detail::ServerState& state_;
  LogLimiter accept_log_;
  LogLimiter busy_log_;
};

Result<tcp::acceptor> OpenAcceptor(net::io_context& ioc, const ServerOptions& options) {
  boost::system::error_code ec;
  const auto address = net::ip::make_address(options.bind, ec);
  if (ec) return InvalidArgument("'" + options.bind + "' is not an IP address", {"", 0, "--bind"});
  tcp::acceptor acceptor(ioc);
  const tcp::endpoint endpoint(address, options.port);
  if (acceptor.open(endpoint.protocol(), ec); ec)
    return Error(ErrorCode::kUnavailable, "cannot open socket: " + ec.message());
  acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (acceptor.bind(endpoint, ec); ec) {
    return Error(ErrorCode::kUnavailable, "cannot listen on " + options.bind + ":" +
                                              std::to_string(options.port) + ": " + ec.message());
  }
  if (acceptor.listen(net::socket_base::max_listen_connections, ec); ec) {
    return Error(ErrorCode::kUnavailable, "cannot listen: " + ec.message());
  }
  return acceptor;
}

}  // namespace

Status RunServer(const ServerOptions& options, const App& app,
                 const std::function<void(const std::string&)>& on_listening) {
  const int threads = std::max(1, options.threads);
  // Declared before the io_context, so that connections it still holds when it is destroyed
  // (after an abandoned shutdown) can report to it.
  detail::ServerState state(options, app);
  net::io_context ioc(threads);
  auto acceptor = OpenAcceptor(ioc, options);
  if (!acceptor) return acceptor.error();
  const auto port = acceptor->local_endpoint().port();
  // The signal handler, the grace timer and the drain callback share one strand.
  auto control = net::make_strand(ioc);
  net::steady_timer grace(control);
  // When the last connection closes after a signal, only the grace timer is left: cancel it
  // so that run() returns at once.
  state.on_drained = [&grace] { net::post(grace.get_executor(), [&grace] { grace.cancel(); }); };
  auto listener = std::make_shared<Listener>(ioc, std::move(*acceptor), state);
  listener->Accept();

  net::signal_set signals(control, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code& ec, int signal) {
    if (ec) return;
    spdlog::info("signal {} received: finishing requests in flight, then stopping", signal);
    listener->Close();
    state.StopAll();
    // Requests still running after the grace period are abandoned.
    grace.expires_after(options.shutdown_grace);
    if (state.active == 0) grace.cancel();
    grace.async_wait([&ioc](const boost::system::error_code& timer_ec) {
      if (!timer_ec) ioc.stop();
    });
  });

  const std::string host =
      options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
  on_listening("http://" + host + ":" + std::to_string(port) + "/");

  std::vector<std::thread> pool;
  pool.reserve(static_cast<std::size_t>(threads - 1));
  for (int i = 1; i < threads; ++i) {
    pool.emplace_back([&ioc] { ioc.run(); });
  }
  ioc.run();
  for (auto& t : pool) t.join();
  spdlog::info("server stopped");
  return Ok();
}

}  // namespace lct::web
