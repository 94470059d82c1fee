#include "web/session.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "web/body_file.hpp"
#include "web/log_redaction.hpp"

namespace lct::web::detail {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

namespace {

// How long, and how much, a refused client may go on sending before the connection closes.
constexpr std::chrono::seconds kLingerTime{2};
constexpr std::size_t kLingerBytes = std::size_t{1024} * 1024;

std::string UploadDir(const ServerOptions& options) {
  if (!options.upload_dir.empty()) return options.upload_dir;
  std::error_code ec;
  const auto dir = std::filesystem::temp_directory_path(ec);
  return ec ? "/tmp" : dir.string();
}

template <typename Body>
void FillHeaders(http::response<Body>& res, const Response& response, bool keep_alive) {
  res.set(http::field::server, "lct");
  res.set(http::field::content_type, response.content_type);
  for (const auto& [name, value] : response.headers) res.insert(name, value);
  res.keep_alive(keep_alive);
}

bool IsEndOfConnection(const beast::error_code& ec) {
  return ec == http::error::end_of_stream || ec == beast::error::timeout ||
         ec == net::error::operation_aborted || ec == net::error::connection_reset ||
         ec == net::error::eof;
}

}  // namespace

ServerState::ServerState(const ServerOptions& o, const App& a)
    : options(o),
      app(a),
      limiter({o.max_connections, o.max_connections_per_address, o.trusted_proxy}),
      upload_dir(UploadDir(o)) {}

void ServerState::Register(const std::shared_ptr<Session>& session) {
  const std::lock_guard lock(mutex);
  sessions.remove_if([](const std::weak_ptr<Session>& s) { return s.expired(); });
  sessions.push_back(session);
}

void ServerState::StopAll() {
  stopping = true;
  {
    const std::lock_guard lock(mutex);
    for (const auto& weak : sessions) {
      if (auto session = weak.lock()) session->Stop();
    }
    sessions.clear();
  }
  if (active == 0 && on_drained) on_drained();
}

void ServerState::Finished() {
  if (--active == 0 && stopping && on_drained) on_drained();
}

Session::Session(net::ip::tcp::socket&& socket, ServerState& state, std::string remote,
                 std::optional<ConnectionLimiter::Slot> slot)
    : stream_(std::move(socket)),
      state_(state),
      slot_(std::move(slot)),
      remote_(std::move(remote)) {
  ++state_.active;
}

Session::~Session() {
  if (busy_) --state_.refusing;
  state_.Finished();
}

void Session::Start() {
  // Run on the connection's strand so that no two handlers of this session overlap.
  net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadHeader(); });
}

void Session::RefuseBusy() {
  busy_ = true;
  ++state_.refusing;
  net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
    self->started_ = std::chrono::steady_clock::now();
    Request request;
    request.path = "/";
    Response response =
        ErrorResponse(request, 503, "The server is busy. Please try again in a moment.");
    response.SetHeader("Retry-After", "1");
    self->Refuse(std::move(response));
  });
}

void Session::Stop() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    if (self->idle_) self->Close();
  });
}

void Session::ReadHeader() {
  if (state_.stopping) return Close();
  parser_.emplace();
  upload_.reset();
  request_ = Request{};
  method_text_.clear();
  parser_->header_limit(static_cast<std::uint32_t>(state_.options.header_limit));
  // Which limit applies is decided from the headers (OnHeader); until then the larger one,
  // so that a Content-Length within it reaches that decision.
  parser_->body_limit(std::max(state_.options.body_limit, state_.options.upload_body_limit));
  idle_ = buffer_.size() == 0;
  stream_.expires_after(state_.options.idle_timeout);
  http::async_read_header(
      stream_, buffer_, *parser_,
      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
}

void Session::OnHeader(beast::error_code ec) {
  idle_ = false;
  started_ = std::chrono::steady_clock::now();
  if (ec == http::error::header_limit)
    return RejectAndClose(431, "The request's headers are too large.");
  if (ec == http::error::body_limit) return RejectAndClose(413, "The request's body is too large.");
  if (IsEndOfConnection(ec)) return Close();
  if (ec) return RejectAndClose(400, "The request could not be read.");

  const auto& msg = parser_->get();
  method_text_ = std::string(msg.method_string());
  version_ = msg.version();
  keep_alive_ = msg.keep_alive();
  head_only_ = msg.method() == http::verb::head;
  auto request = ParseTarget(MethodFromString(method_text_),
                             std::string_view(msg.target().data(), msg.target().size()));
  if (!request) return RejectAndClose(400, "The request's address is malformed.");
  for (const auto& field : msg) {
    request->headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  request->remote_address = remote_;
  request_ = std::move(*request);

  // Decided before a byte of the body is read: who may send a large one is known from the
  // headers (session, role, CSRF token), and everyone else gets the small limit.
  BodyDecision decision = state_.app.DecideBody(request_);
  if (decision.refusal) return Refuse(std::move(*decision.refusal));
  const bool upload = decision.limit == BodyLimit::kUpload;
  const std::size_t limit = upload ? state_.options.upload_body_limit : state_.options.body_limit;
  if (const auto length = parser_->content_length(); length && *length > limit) {
    return RejectAndClose(413, "The request's body is too large.");
  }
  stream_.expires_after(state_.options.read_timeout);
  if (upload) return ReadUpload();
  parser_->body_limit(limit);
  http::async_read(
      stream_, buffer_, *parser_,
      [self = shared_from_this()](beast::error_code e, std::size_t) { self->OnBody(e); });
}

void Session::ReadUpload() {
  auto fd = CreateUnlinkedFile(state_.upload_dir);
  if (!fd) {
    spdlog::error("cannot store an upload: {}", fd.error().message());
    return RejectAndClose(503, "The upload could not be stored. Please try again later.");
  }
  upload_.emplace(std::move(*parser_));
  parser_.reset();
  upload_->body_limit(state_.options.upload_body_limit);
  beast::file file;
  file.native_handle(*fd);  // owned by the body from here
  beast::error_code ec;
  upload_->get().body().reset(std::move(file), ec);
  if (ec) return RejectAndClose(503, "The upload could not be stored. Please try again later.");
  http::async_read(
      stream_, buffer_, *upload_,
      [self = shared_from_this()](beast::error_code e, std::size_t) { self->OnUpload(e); });
}

void Session::OnBody(beast::error_code ec) {
  if (ec == http::error::body_limit) return RejectAndClose(413, "The request's body is too large.");
  if (ec == beast::error::timeout || ec == net::error::operation_aborted) return Close();
  if (ec) return RejectAndClose(400, "The request could not be read.");
  request_.body = std::move(parser_->get().body());
  keep_alive_ = parser_->get().keep_alive();
  Dispatch();
}

void Session::OnUpload(beast::error_code ec) {
  if (ec == http::error::body_limit) return RejectAndClose(413, "The request's body is too large.");
  if (ec == beast::error::timeout || ec == net::error::operation_aborted) return Close();
  if (ec) return RejectAndClose(400, "The request could not be read.");
  auto mapped = BodyFile::Map(upload_->get().body().file().native_handle());
  keep_alive_ = upload_->get().keep_alive();
  upload_.reset();  // closes the file; the mapping keeps its pages
  if (!mapped) {
    spdlog::error("cannot read an upload back: {}", mapped.error().message());
    return RejectAndClose(503, "The upload could not be stored. Please try again later.");
  }
  request_.body_file = std::move(*mapped);
  Dispatch();
}

void Session::Dispatch() {
  Response response = state_.app.Handle(request_);
  request_.body.clear();
  request_.body_file.reset();  // the upload's pages go as soon as it is handled
  Respond(std::move(response), keep_alive_ && !state_.stopping);
}

void Session::LogLine(int status, std::size_t bytes, std::string_view note) {
  const auto elapsed =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_);
  const std::string client = request_.target.empty() ? remote_ : state_.app.ClientAddress(request_);
  const std::string who = client == remote_ ? remote_ : client + " via " + remote_;
  const std::string line = request_.target.empty()
                               ? std::string("- -")
                               : method_text_ + " " + RedactTarget(request_.target);
  spdlog::info("{} \"{}\" {} {} {:.1f}ms{}{}", who, line, status, bytes, elapsed.count(),
               note.empty() ? "" : " ", note);
}

void Session::Respond(Response response, bool keep_alive) {
  const std::size_t bytes = response.body.size();
  LogLine(response.status, bytes);
  stream_.expires_after(state_.options.write_timeout);
  const auto status = static_cast<http::status>(response.status);
  if (head_only_ || response.status == 304) {
    auto res = std::make_shared<http::response<http::empty_body>>(status, version_);
    FillHeaders(*res, response, keep_alive);
    if (response.status != 304) res->content_length(bytes);
    response_ = res;
    http::async_write(stream_, *res,
                      [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                        self->OnWrite(keep_alive, ec);
                      });
    return;
  }
  auto res = std::make_shared<http::response<http::string_body>>(status, version_);
  FillHeaders(*res, response, keep_alive);
  res->body() = std::move(response.body);
  res->prepare_payload();
  response_ = res;
  http::async_write(stream_, *res,
                    [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                      self->OnWrite(keep_alive, ec);
                    });
}

void Session::OnWrite(bool keep_alive, beast::error_code ec) {
  response_.reset();
  if (ec || !keep_alive) return Close();
  ReadHeader();
}

void Session::Refuse(Response response) {
  LogLine(response.status, response.body.size(), "refused");
  auto res = std::make_shared<http::response<http::string_body>>(
      static_cast<http::status>(response.status), 11);
  FillHeaders(*res, response, false);
  res->body() = std::move(response.body);
  res->prepare_payload();
  response_ = res;
  stream_.expires_after(state_.options.write_timeout);
  http::async_write(stream_, *res, [self = shared_from_this()](beast::error_code ec, std::size_t) {
    self->response_.reset();
    if (ec) return self->Close();
    self->Linger();
  });
}

void Session::RejectAndClose(int status, std::string_view message) {
  Request request;
  request.path = request_.path.empty() ? "/" : request_.path;
  Refuse(ErrorResponse(request, status, message));
}

void Session::Linger() {
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
  if (ec) return Close();
  drain_ = std::make_unique<std::array<char, 4096>>();
  stream_.expires_after(kLingerTime);
  Drain();
}

void Session::Drain() {
  stream_.async_read_some(net::buffer(*drain_),
                          [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                            self->drained_ += n;
                            if (ec || self->drained_ > kLingerBytes) return self->Close();
                            self->Drain();
                          });
}

void Session::Close() {
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
  stream_.socket().close(ec);
}

}  // namespace lct::web::detail
