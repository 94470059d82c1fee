// How the rows of one observation import compare with the stored observations: counted by the
// store (store::ImportCounts is this type) and reported by services::ImportObservations, so that
// web and cli can show the counts without depending on store/.
#pragma once

#include <cstdint>

namespace lct::domain {

struct ImportCounts {
  std::int64_t added = 0;      // no stored observation for the key
  std::int64_t changed = 0;    // stored, with another value, bounds, status or note
  std::int64_t unchanged = 0;  // stored exactly so
  bool committed = false;      // the rows were written
};

}  // namespace lct::domain
