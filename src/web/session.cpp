#include "web/session.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

#include <algorithm>
#include <cctype>
#include <utility>

namespace lct::web::detail {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

namespace {

// A POST of multipart/form-data gets the upload body limit.
bool IsUpload(const http::request<http::string_body>& message) {
  if (message.method() != http::verb::post) return false;
  const auto type = message[http::field::content_type];
  constexpr std::string_view kMultipart = "multipart/form-data";
  if (type.size() < kMultipart.size()) return false;
  for (std::size_t i = 0; i < kMultipart.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(type[i])) != kMultipart[i]) return false;
  }
  return true;
}

}  // namespace

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

Session::Session(net::ip::tcp::socket&& socket, ServerState& state)
    : stream_(std::move(socket)), state_(state) {
  ++state_.active;
  beast::error_code ec;
  const auto endpoint = stream_.socket().remote_endpoint(ec);
  remote_ = ec ? "-" : endpoint.address().to_string();
}

Session::~Session() { state_.Finished(); }

void Session::Start() {
  // Run on the connection's strand so that no two handlers of this session overlap.
  net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadHeader(); });
}

void Session::Stop() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    if (self->idle_) self->Close();
  });
}

void Session::ReadHeader() {
  if (state_.stopping) return Close();
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(state_.options.header_limit));
  // The larger upload limit until the headers say what the body is (OnHeader).
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
  if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
      ec == net::error::operation_aborted || ec == net::error::connection_reset ||
      ec == net::error::eof) {
    return Close();
  }
  if (ec) return RejectAndClose(400, "The request could not be read.");
  if (!IsUpload(parser_->get())) {
    const auto length = parser_->content_length();
    if (length && *length > state_.options.body_limit) {
      return RejectAndClose(413, "The request's body is too large.");
    }
    parser_->body_limit(state_.options.body_limit);
  }
  stream_.expires_after(state_.options.read_timeout);
  http::async_read(
      stream_, buffer_, *parser_,
      [self = shared_from_this()](beast::error_code e, std::size_t) { self->OnBody(e); });
}

void Session::OnBody(beast::error_code ec) {
  if (ec == http::error::body_limit) return RejectAndClose(413, "The request's body is too large.");
  if (ec == beast::error::timeout || ec == net::error::operation_aborted) return Close();
  if (ec) return RejectAndClose(400, "The request could not be read.");

  auto& msg = parser_->get();
  const Method method =
      MethodFromString(std::string_view(msg.method_string().data(), msg.method_string().size()));
  auto request = ParseTarget(method, std::string_view(msg.target().data(), msg.target().size()));
  if (!request) return RejectAndClose(400, "The request's address is malformed.");
  for (const auto& field : msg) {
    request->headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  request->body = std::move(msg.body());
  request->remote_address = remote_;
  const bool keep_alive = msg.keep_alive();
  Response response = state_.app.Handle(*request);
  Respond(std::move(response), keep_alive && !state_.stopping);
}

namespace {

template <typename Body>
void FillHeaders(http::response<Body>& res, const Response& response, bool keep_alive) {
  res.set(http::field::server, "lct");
  res.set(http::field::content_type, response.content_type);
  for (const auto& [name, value] : response.headers) res.insert(name, value);
  res.keep_alive(keep_alive);
}

}  // namespace

void Session::Respond(Response response, bool keep_alive) {
  const auto& req = parser_->get();
  const std::size_t bytes = response.body.size();
  const auto elapsed =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_);
  spdlog::info("{} \"{} {}\" {} {} {:.1f}ms", remote_,
               std::string_view(req.method_string().data(), req.method_string().size()),
               std::string_view(req.target().data(), req.target().size()), response.status, bytes,
               elapsed.count());
  stream_.expires_after(state_.options.write_timeout);
  const auto status = static_cast<http::status>(response.status);
  if (req.method() == http::verb::head || response.status == 304) {
    auto res = std::make_shared<http::response<http::empty_body>>(status, req.version());
    FillHeaders(*res, response, keep_alive);
    if (response.status != 304) res->content_length(bytes);
    response_ = res;
    http::async_write(stream_, *res,
                      [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                        self->OnWrite(keep_alive, ec);
                      });
    return;
  }
  auto res = std::make_shared<http::response<http::string_body>>(status, req.version());
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

void Session::RejectAndClose(int status, std::string_view message) {
  Request request;
  request.path = parser_ && parser_->is_header_done() ? std::string(parser_->get().target()) : "/";
  Response response = ErrorResponse(request, status, message);
  spdlog::info("{} \"- -\" {} {} rejected", remote_, status, response.body.size());
  auto res =
      std::make_shared<http::response<http::string_body>>(static_cast<http::status>(status), 11);
  FillHeaders(*res, response, false);
  res->body() = std::move(response.body);
  res->prepare_payload();
  response_ = res;
  stream_.expires_after(state_.options.write_timeout);
  http::async_write(stream_, *res, [self = shared_from_this()](beast::error_code, std::size_t) {
    self->response_.reset();
    self->Close();
  });
}

void Session::Close() {
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
  stream_.socket().close(ec);
}

}  // namespace lct::web::detail
