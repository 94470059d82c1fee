// The real server over real HTTP: `lct serve` on a free port, a temporary database.
#include <gtest/gtest.h>
#include <signal.h>

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <memory>
#include <thread>

#include "integration/server_support.hpp"

namespace lct::testing {
namespace {

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = std::make_unique<ServerProcess>(); }
  static void TearDownTestSuite() { server_.reset(); }
  static unsigned short Port() { return server_->port(); }
  static std::unique_ptr<ServerProcess> server_;
};
std::unique_ptr<ServerProcess> ServerTest::server_;

TEST_F(ServerTest, HomePageListsMembersAndComparators) {
  const auto r = Get(Port(), "/");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.head.find("Content-Type: text/html; charset=utf-8"), std::string::npos);
  EXPECT_NE(r.body.find("12 members and 306 comparator places"), std::string::npos);
  for (const char* name :
       {"Liverpool", "Sheffield", "Swansea", "Bassetlaw", "Greenwich", "West Berkshire"}) {
    EXPECT_NE(r.body.find(std::string(">") + name + "</a>"), std::string::npos) << name;
  }
}

TEST_F(ServerTest, LiverpoolShowsRealValuesPeriodsAndSources) {
  const auto r = Get(Port(), "/places/E08000012");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("7,069"), std::string::npos);  // FE participation 2024/25
  EXPECT_NE(r.body.find("2024/25"), std::string::npos);
  EXPECT_NE(r.body.find("Department for Education"), std::string::npos);
  EXPECT_NE(r.body.find("Residents within a 30 minute walk of their nearest library"),
            std::string::npos);
}

TEST_F(ServerTest, ApiAndHealth) {
  const auto places = Get(Port(), "/api/v1/places?membership=member");
  ASSERT_EQ(places.status, 200);
  EXPECT_NE(places.head.find("application/json"), std::string::npos);
  EXPECT_NE(places.body.find("\"count\":12"), std::string::npos);
  const auto health = Get(Port(), "/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_NE(health.body.find("\"status\":\"ok\""), std::string::npos);
}

TEST_F(ServerTest, UnknownRouteIs404) {
  const auto r = Get(Port(), "/definitely/not/here");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("There is no page at this address."), std::string::npos);
}

TEST_F(ServerTest, PathTraversalNeverReachesTheFileSystem) {
  for (const char* target :
       {"/static/../../../../etc/passwd", "/static/..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/%2e%2e/%2e%2e/etc/passwd", "/../../etc/passwd"}) {
    const auto r = Get(Port(), target);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << target << " -> " << r.status;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << target;
  }
}

TEST_F(ServerTest, OversizeBodyIs413) {
  const std::string body(3 * 1024 * 1024, 'x');
  const auto r = SendRaw(Port(), "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                     std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_EQ(r.status, 413);
}

TEST_F(ServerTest, OversizeHeadersAre431) {
  const auto r = SendRaw(
      Port(), "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n");
  EXPECT_EQ(r.status, 431);
}

TEST_F(ServerTest, MalformedRequestIs400) {
  const auto r = SendRaw(Port(), "THIS IS NOT HTTP\r\n\r\n");
  EXPECT_EQ(r.status, 400);
}

TEST_F(ServerTest, StaticFileWithTypeCachingAndConditionalGet) {
  const auto css = Get(Port(), "/static/app.css");
  ASSERT_EQ(css.status, 200);
  EXPECT_NE(css.head.find("Content-Type: text/css"), std::string::npos);
  EXPECT_NE(css.head.find("Cache-Control: public, max-age=3600"), std::string::npos);
  const auto at = css.head.find("ETag: ");
  ASSERT_NE(at, std::string::npos);
  const std::string etag = css.head.substr(at + 6, css.head.find("\r\n", at) - at - 6);
  const auto again =
      SendRaw(Port(), "GET /static/app.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag +
                          "\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
}

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket socket(ioc);
  socket.connect({net::ip::make_address("127.0.0.1"), Port()});
  const std::string two =
      "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\nConnection: "
      "close\r\n\r\n";
  net::write(socket, net::buffer(two));
  std::string all;
  boost::system::error_code ec;
  std::vector<char> buffer(4096);
  while (!ec) {
    const auto n = socket.read_some(net::buffer(buffer), ec);
    all.append(buffer.data(), n);
  }
  std::size_t count = 0;
  for (auto at = all.find("HTTP/1.1 200"); at != std::string::npos;
       at = all.find("HTTP/1.1 200", at + 1))
    ++count;
  EXPECT_EQ(count, 2U);
}

TEST_F(ServerTest, HeadHasHeadersButNoBody) {
  const auto r = SendRaw(Port(), "HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.head.find("Content-Length: "), std::string::npos);
  EXPECT_TRUE(r.body.empty());
}

TEST(ServerShutdown, SigtermStopsCleanlyAndClosesIdleConnections) {
  ServerProcess server;
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket idle(ioc);
  idle.connect({net::ip::make_address("127.0.0.1"), server.port()});
  ASSERT_EQ(Get(server.port(), "/healthz").status, 200);
  EXPECT_EQ(server.Stop(SIGTERM), 0);
  // The idle connection was closed by the server, not left hanging.
  std::array<char, 16> buffer{};
  boost::system::error_code ec;
  idle.read_some(net::buffer(buffer), ec);
  EXPECT_TRUE(ec == net::error::eof || ec == net::error::connection_reset) << ec.message();
}

TEST(ServerShutdown, RequestInFlightFinishesBeforeExit) {
  ServerProcess server;
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket socket(ioc);
  socket.connect({net::ip::make_address("127.0.0.1"), server.port()});
  // Send the headers of a request with a body, signal the server, then send the body:
  // the request was in flight when the signal came, so it must still be answered.
  const std::string body(100, 'x');
  net::write(socket,
             net::buffer("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::thread stopper([&] { server.Stop(SIGTERM); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  net::write(socket, net::buffer(body));
  std::string all;
  boost::system::error_code ec;
  std::vector<char> buffer(4096);
  while (!ec) {
    const auto n = socket.read_some(net::buffer(buffer), ec);
    all.append(buffer.data(), n);
  }
  stopper.join();
  EXPECT_TRUE(all.starts_with("HTTP/1.1 405")) << all.substr(0, 40);  // answered, not dropped
  EXPECT_NE(all.find("Connection: close"), std::string::npos);
}

}  // namespace
}  // namespace lct::testing
