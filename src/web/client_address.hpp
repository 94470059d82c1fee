// Who is at the other end (issue 11): the socket peer, or, behind the configured reverse proxy,
// the address that proxy saw.
#pragma once

#include <string>
#include <string_view>

#include "web/http_types.hpp"

namespace lct::web {

// `address` in canonical text ("::ffff:10.0.0.1" becomes "10.0.0.1"); unchanged when it is
// not an IP address.
[[nodiscard]] std::string CanonicalAddress(std::string_view address);

// True when `peer` is `trusted_proxy` (an empty `trusted_proxy` trusts nobody).
[[nodiscard]] bool IsTrustedProxy(std::string_view peer, std::string_view trusted_proxy);

// The client's address. The socket peer (request.remote_address), unless the peer is
// `trusted_proxy`: then the right-most address of the X-Forwarded-For headers that is not the
// proxy's own, since a proxy appends the address it saw and everything left of that came from
// the client, who may forge it. A malformed right-most entry, or none, gives the peer.
[[nodiscard]] std::string ClientAddress(const Request& request, std::string_view trusted_proxy);

}  // namespace lct::web
