#include "web/client_address.hpp"

#include <boost/asio/ip/address.hpp>

#include <cctype>
#include <vector>

#include "base/text.hpp"

namespace lct::web {
namespace {

// Every X-Forwarded-For entry, left to right, across repeated headers.
std::vector<std::string_view> ForwardedFor(const Request& request) {
  std::vector<std::string_view> entries;
  for (const auto& [name, value] : request.headers) {
    if (!text::EqualsIgnoreAsciiCase(name, "X-Forwarded-For")) continue;
    std::string_view rest = value;
    while (true) {
      const std::size_t comma = rest.find(',');
      entries.push_back(text::Trim(rest.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      rest = rest.substr(comma + 1);
    }
  }
  return entries;
}

}  // namespace

std::string CanonicalAddress(std::string_view address) {
  boost::system::error_code ec;
  auto parsed = boost::asio::ip::make_address(std::string(address), ec);
  if (ec) return std::string(address);
  if (parsed.is_v6() && parsed.to_v6().is_v4_mapped()) {
    parsed = boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, parsed.to_v6());
  }
  return parsed.to_string();
}

bool IsTrustedProxy(std::string_view peer, std::string_view trusted_proxy) {
  return !trusted_proxy.empty() && CanonicalAddress(peer) == CanonicalAddress(trusted_proxy);
}

std::string ClientAddress(const Request& request, std::string_view trusted_proxy) {
  if (!IsTrustedProxy(request.remote_address, trusted_proxy)) {
    return CanonicalAddress(request.remote_address);
  }
  const auto entries = ForwardedFor(request);
  const std::string proxy = CanonicalAddress(trusted_proxy);
  for (std::size_t i = entries.size(); i > 0; --i) {
    boost::system::error_code ec;
    const auto parsed = boost::asio::ip::make_address(std::string(entries[i - 1]), ec);
    if (ec) break;  // not an address: believe nothing further left
    std::string address = CanonicalAddress(parsed.to_string());
    if (address != proxy) return address;
  }
  return CanonicalAddress(request.remote_address);
}

}  // namespace lct::web
