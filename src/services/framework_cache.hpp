// Loading stored frameworks for reading (the guide, exports, reports), parsed once per version.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"
#include "domain/assessment_round.hpp"
#include "domain/framework.hpp"
#include "domain/framework_record.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// Parsed frameworks keyed by id and version. A stored version never changes (the store refuses
// other content for the same version), so an entry never goes stale. Use one cache per store.
// Thread-safe: web requests share one.
class FrameworkCache {
 public:
  // The framework stored in `record`, parsed on first use.
  [[nodiscard]] Result<std::shared_ptr<const domain::Framework>> Get(
      const domain::FrameworkRecord& record);

 private:
  std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::shared_ptr<const domain::Framework>> parsed_;
};

// A stored framework: the given version, or the highest. NotFound when absent.
[[nodiscard]] Result<std::shared_ptr<const domain::Framework>> LoadFramework(
    store::FrameworkReads& store, FrameworkCache& cache, std::string_view id,
    std::optional<int> version = std::nullopt);

// The framework as `round` asks it: its stored version at the round's depth
// (domain::AtDepth; issue 18). Every reading of a round's questions, answers and results goes
// through it.
[[nodiscard]] Result<std::shared_ptr<const domain::Framework>> LoadRoundFramework(
    store::FrameworkReads& store, FrameworkCache& cache, const domain::AssessmentRound& round);

// The highest stored version of every framework, parsed, ordered by id. A version that cannot be
// parsed is left out (the guide reports it); a failing read of the store is an error.
[[nodiscard]] Result<std::vector<std::shared_ptr<const domain::Framework>>> LatestFrameworks(
    store::FrameworkReads& store, FrameworkCache& cache);

}  // namespace lct::services
