// The store as services headers name it: forward declarations only, so that a header of
// services/ never includes a store/ header and web/ and cli/ (which do not link lct_store) can
// hold the store and pass it on to services without seeing its methods
// (docs/architecture.md, "How the build enforces it").
#pragma once

namespace lct::store {
class Store;
class StoreWriter;
class NetworkReads;
class IndicatorReads;
class FrameworkReads;
class RoundReads;
class AccountReads;
class TargetReads;
}  // namespace lct::store

namespace lct::services {

// What the edges hold and pass to services functions: the whole Store, or the one part of it
// a function reads (store::FrameworkReads&, ...). Services functions take the narrowest part
// they need; web and cli see store::Store only as an incomplete type, so they cannot convert it
// to a part themselves: the conversions are defined in services (store_handle.cpp). Copying a
// handle copies a pointer (capture it by value); the store must outlive every handle.
class StoreHandle {
 public:
  // Implicit, so that a store::Store& gives one wherever a handle is taken.
  StoreHandle(store::Store& store) : store_(&store) {}  // NOLINT(google-explicit-constructor)

  // NOLINTBEGIN(google-explicit-constructor): a handle stands for the store wherever one is taken
  operator store::Store&() const { return *store_; }
  operator store::NetworkReads&() const;
  operator store::IndicatorReads&() const;
  operator store::FrameworkReads&() const;
  operator store::RoundReads&() const;
  operator store::AccountReads&() const;
  operator store::TargetReads&() const;
  // NOLINTEND(google-explicit-constructor)

 private:
  store::Store* store_;
};

}  // namespace lct::services
