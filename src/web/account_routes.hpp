// The account routes (issue 7): sign-in and sign-out, the account page (password, API
// tokens), reset and invitation links, the people page and the audit log.
#pragma once

#include "web/router.hpp"

namespace lct::web {

class App;

// `app` must outlive the router (its AccountService and TLS setting are used per request).
void AddAccountRoutes(Router& router, const App& app);

}  // namespace lct::web
