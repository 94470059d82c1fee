// The control for ctest build.layer_include_roots: compiled as a file of web/, it must compile,
// so that the failures of the other probes are the missing include root and nothing else. It
// names the Store through a services header, as web/ does, without seeing its methods.
#include "services/services.hpp"
#include "services/store_handle.hpp"

namespace lct::web {

store::Store& LayerProbeStore(services::Services& services) { return services.store(); }

}  // namespace lct::web
