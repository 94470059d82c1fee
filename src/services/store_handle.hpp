// The store as services headers name it: forward declarations only, so that a header of
// services/ never includes a store/ header and web/ and cli/ (which do not link lct_store) can
// hold a store::Store& and pass it on to services without seeing its methods
// (docs/architecture.md, "How the build enforces it").
#pragma once

namespace lct::store {
class Store;
class StoreWriter;
}  // namespace lct::store
