// Internal to web/: one HTTP connection (Beast), and the state shared by all connections
// for a graceful shutdown.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>

#include "web/app.hpp"
#include "web/server.hpp"

namespace lct::web::detail {

class Session;

// What every connection shares: options, the app, and the list used to close idle
// connections when the server stops. Thread-safe.
struct ServerState {
  ServerState(const ServerOptions& o, const App& a) : options(o), app(a) {}
  const ServerOptions& options;
  const App& app;
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  std::list<std::weak_ptr<Session>> sessions;
  std::atomic<int> active{0};
  std::function<void()> on_drained;  // called once stopping and no connection is left

  // Called by each Session's destructor.
  void Finished();

  void Register(const std::shared_ptr<Session>& session);
  // Sets `stopping` and asks every live connection to close once its current request is done.
  void StopAll();
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(boost::asio::ip::tcp::socket&& socket, ServerState& state);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session();
  void Start();
  // Posted to the connection's strand at shutdown: an idle connection closes now, a busy
  // one after its response.
  void Stop();

 private:
  void ReadHeader();
  void OnHeader(boost::beast::error_code ec);
  void OnBody(boost::beast::error_code ec);
  void Respond(Response response, bool keep_alive);
  void OnWrite(bool keep_alive, boost::beast::error_code ec);
  void RejectAndClose(int status, std::string_view message);
  void Close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  ServerState& state_;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  std::shared_ptr<void> response_;  // keeps the response alive while it is written
  std::string remote_;
  std::chrono::steady_clock::time_point started_;
  bool idle_ = false;  // waiting for a new request with nothing received yet
};

}  // namespace lct::web::detail
