#include "render/session_chrome.hpp"

#include <utility>

namespace lct::render {
namespace {

// The request's viewer on this thread; see ScopedViewer. The one piece of per-request state
// outside the arguments, so that pages rendered by unchanged handlers still show who is looking.
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
thread_local const Viewer* current_viewer = nullptr;

}  // namespace

ScopedViewer::ScopedViewer(Viewer viewer) : viewer_(std::move(viewer)), previous_(current_viewer) {
  current_viewer = &viewer_;
}

ScopedViewer::~ScopedViewer() { current_viewer = previous_; }

Viewer ResolveViewer(const Chrome& chrome) {
  if (chrome.viewer) return *chrome.viewer;
  if (current_viewer != nullptr) return *current_viewer;
  return Viewer{};
}

}  // namespace lct::render
