#include "web/server.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <thread>
#include <vector>

#include "web/session.hpp"

namespace lct::web {
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// Accepts connections until closed; each gets its own strand.
class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& ioc, tcp::acceptor acceptor, detail::ServerState& state)
      : ioc_(ioc), acceptor_(std::move(acceptor)), state_(state) {}

  void Accept() {
    acceptor_.async_accept(
        net::make_strand(ioc_),
        [self = shared_from_this()](boost::system::error_code ec, tcp::socket socket) {
          if (ec == net::error::operation_aborted || !self->acceptor_.is_open()) return;
          if (!ec) {
            auto session = std::make_shared<detail::Session>(std::move(socket), self->state_);
            self->state_.Register(session);
            session->Start();
          } else {
            spdlog::warn("accept failed: {}", ec.message());
          }
          self->Accept();
        });
  }

  void Close() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
      boost::system::error_code ec;
      self->acceptor_.close(ec);
    });
  }

 private:
  net::io_context& ioc_;
  tcp::acceptor acceptor_;
  detail::ServerState& state_;
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
  net::io_context ioc(threads);
  auto acceptor = OpenAcceptor(ioc, options);
  if (!acceptor) return acceptor.error();
  const auto port = acceptor->local_endpoint().port();
  detail::ServerState state(options, app);
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
