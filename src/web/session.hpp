// Internal to web/: one HTTP connection (Beast), and the state shared by all connections
// for connection caps and a graceful shutdown.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "web/app.hpp"
#include "web/connection_limits.hpp"
#include "web/server.hpp"

namespace lct::web::detail {

class Session;

// What every connection shares: options, the app, the connection caps, and the list used to
// close idle connections when the server stops. Thread-safe.
struct ServerState {
  ServerState(const ServerOptions& o, const App& a);
  const ServerOptions& options;
  const App& app;
  ConnectionLimiter limiter;
  std::string upload_dir;  // where upload bodies are streamed (unlinked at once)
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  std::list<std::weak_ptr<Session>> sessions;
  std::atomic<int> active{0};
  std::atomic<int> refusing{0};      // connections being answered 503 (Session::RefuseBusy)
  std::function<void()> on_drained;  // called once stopping and no connection is left

  // Called by each Session's destructor.
  void Finished();

  void Register(const std::shared_ptr<Session>& session);
  // Sets `stopping` and asks every live connection to close once its current request is done.
  void StopAll();
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  // `slot`: the connection's place under the caps; empty for a connection refused as over
  // them (RefuseBusy).
  Session(boost::asio::ip::tcp::socket&& socket, ServerState& state, std::string remote,
          std::optional<ConnectionLimiter::Slot> slot);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session();
  void Start();
  // Answers 503 without reading the request, and closes.
  void RefuseBusy();
  // Posted to the connection's strand at shutdown: an idle connection closes now, a busy
  // one after its response.
  void Stop();

 private:
  using StringParser = boost::beast::http::request_parser<boost::beast::http::string_body>;
  using FileParser = boost::beast::http::request_parser<boost::beast::http::file_body>;

  void ReadHeader();
  void OnHeader(boost::beast::error_code ec);
  void ReadUpload();
  void OnBody(boost::beast::error_code ec);
  void OnUpload(boost::beast::error_code ec);
  void Dispatch();
  void Respond(Response response, bool keep_alive);
  void OnWrite(bool keep_alive, boost::beast::error_code ec);
  void LogLine(int status, std::size_t bytes, std::string_view note = {});
  // Answers `response` with Connection: close, without reading any more of the request.
  void Refuse(Response response);
  void RejectAndClose(int status, std::string_view message);
  // After a refusal the client may still be sending: stop sending, read and discard for a
  // short while, then close, so the answer is not lost to a connection reset.
  void Linger();
  void Drain();
  void Close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  ServerState& state_;
  std::optional<ConnectionLimiter::Slot> slot_;
  std::optional<StringParser> parser_;
  std::optional<FileParser> upload_;
  Request request_;  // the current request: line and headers, then its body
  std::string method_text_;
  unsigned version_ = 11;
  bool keep_alive_ = false;
  bool head_only_ = false;
  std::shared_ptr<void> response_;  // keeps the response alive while it is written
  std::unique_ptr<std::array<char, 4096>> drain_;
  std::size_t drained_ = 0;
  std::string remote_;
  std::chrono::steady_clock::time_point started_;
  bool idle_ = false;  // waiting for a new request with nothing received yet
  bool busy_ = false;  // answering 503: counted in ServerState::refusing
};

}  // namespace lct::web::detail
