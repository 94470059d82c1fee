// Loads the demo "UK Learning City Network" from the real public data in data/demo/.
#pragma once

#include <string>

#include "base/result.hpp"
#include "store/store.hpp"

namespace lct::services {

struct DemoLoadSummary {
  int places = 0;       // local authorities, regions and nations written
  int members = 0;      // network members
  int comparators = 0;  // every other local authority
  int indicators = 0;
  int observations = 0;
  int rows_skipped = 0;  // rows for areas the network does not hold (Scotland, counties...)
};

// Reads every file under `demo_dir` first, then writes it all in one transaction: a missing or
// malformed file changes nothing. Loading twice leaves the same data (upserts by code).
[[nodiscard]] Result<DemoLoadSummary> LoadDemoNetwork(store::Store& store,
                                                      const std::string& demo_dir);

}  // namespace lct::services
