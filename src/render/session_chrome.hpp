// What the site layout shows about the person looking at a page: "Sign in", or their name and
// a sign-out form carrying the CSRF token. How a page gets it, without any handler changing
// its signature:
//
//  * New pages pass it explicitly: RenderPage's last argument is a Chrome, which converts
//    implicitly from the old navigation key, so `RenderPage("x", data, title, "network")`
//    still compiles, and a page that knows its viewer writes
//    `RenderPage("x", data, title, Chrome("network", viewer))`. In the web tier,
//    web::ViewerOf(ctx.principal) (web/auth_context.hpp) builds the Viewer.
//  * Pages that do not pass a viewer get the one App::Handle installs for the request with a
//    ScopedViewer (a thread-local, set on the thread that runs the handler and cleared when
//    the request ends), so every existing page shows the right header unchanged.
//
// Forms in a page's own template need the token too: put ctx.principal.csrf_token into the
// template data as "csrf" and write <input type="hidden" name="csrf" value="{{csrf}}">.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lct::render {

struct Viewer {
  bool signed_in = false;
  std::string display_name;
  bool network_admin = false;
  std::string csrf_token;  // sent back by the layout's sign-out form
};

// The layout's per-page values: which navigation item is current, and who is looking.
struct Chrome {
  // Implicit on purpose: every existing RenderPage call passes a navigation key.
  Chrome(const char* nav_key) : nav(nav_key) {}             // NOLINT(google-explicit-constructor)
  Chrome(std::string_view nav_key) : nav(nav_key) {}        // NOLINT(google-explicit-constructor)
  Chrome(std::string nav_key) : nav(std::move(nav_key)) {}  // NOLINT(google-explicit-constructor)
  Chrome(std::string_view nav_key, Viewer who) : nav(nav_key), viewer(std::move(who)) {}

  std::string nav;               // "network", "guide", "indicators", "index", "about", "none"...
  std::optional<Viewer> viewer;  // unset: the request's ScopedViewer, or nobody signed in
};

// Installs `viewer` as the current request's viewer on this thread until destroyed.
// Not copyable; nests (the previous viewer comes back on destruction).
class ScopedViewer {
 public:
  explicit ScopedViewer(Viewer viewer);
  ScopedViewer(const ScopedViewer&) = delete;
  ScopedViewer& operator=(const ScopedViewer&) = delete;
  ~ScopedViewer();

 private:
  Viewer viewer_;
  const Viewer* previous_;
};

// The viewer for `chrome`: its own, else the ScopedViewer's, else an anonymous one.
[[nodiscard]] Viewer ResolveViewer(const Chrome& chrome);

}  // namespace lct::render
