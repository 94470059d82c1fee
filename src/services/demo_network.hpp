// Loads the demo "UK Learning City Network" from the real public data in data/demo/.
#pragma once

#include <string>
#include <vector>

#include "base/result.hpp"
#include "services/framework_service.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

struct DemoLoadSummary {
  int places = 0;       // local authorities, regions and nations written
  int members = 0;      // network members
  int comparators = 0;  // every other local authority
  int indicators = 0;
  int observations = 0;
  int rows_skipped = 0;  // rows for areas the network does not hold (Scotland, counties...)
  std::vector<FrameworkImport> frameworks;  // the bundled frameworks, imported or found stored
};

// Reads every file under `demo_dir` and works out everything to write first, then writes it
// all in ONE transaction: the bundled frameworks the store lacks, the network, its places,
// indicators and observations, and the illustrative round (services/demo_round). A missing or
// malformed file, or any failure while writing, changes nothing (issue 11). Loading twice
// leaves the same data (upserts by code; the round only once).
[[nodiscard]] Result<DemoLoadSummary> LoadDemoNetwork(store::Store& store,
                                                      const std::string& demo_dir);

}  // namespace lct::services
