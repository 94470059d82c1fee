#include "services/store_handle.hpp"

#include "store/store.hpp"

namespace lct::services {

StoreHandle::operator store::NetworkReads&() const { return *store_; }
StoreHandle::operator store::IndicatorReads&() const { return *store_; }
StoreHandle::operator store::FrameworkReads&() const { return *store_; }
StoreHandle::operator store::RoundReads&() const { return *store_; }
StoreHandle::operator store::AccountReads&() const { return *store_; }
StoreHandle::operator store::TargetReads&() const { return *store_; }

}  // namespace lct::services
