// Outputs of pipeline stages shared between Monte Carlo replications, keyed by the position of
// the stage and the choices that determine it. Thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/pipeline.hpp"
#include "base/error.hpp"

namespace lct::analysis::detail {

// The output of one stage for one set of upstream choices; immutable once built.
struct CachedStage {
  std::optional<Error> error{};  // the stage (or one upstream) failed
  StageData data{};
  std::vector<std::string> unit_codes{};  // of data.units, for messages
  Matrix logs{};  // ln of data.values; filled only for the input of geometric aggregation

  [[nodiscard]] std::size_t Bytes() const;
};

class StageCache {
 public:
  explicit StageCache(std::size_t budget_bytes) : budget_bytes_(budget_bytes) {}

  [[nodiscard]] std::shared_ptr<const CachedStage> Find(std::size_t position, std::uint64_t key);
  // Keeps `entry` unless the budget is spent or the key is already present (then the existing
  // entry, equal by construction, stays). Returns the entry now cached, or null if none.
  std::shared_ptr<const CachedStage> Insert(std::size_t position, std::uint64_t key,
                                            std::shared_ptr<const CachedStage> entry);

 private:
  std::mutex mutex_;
  std::map<std::pair<std::size_t, std::uint64_t>, std::shared_ptr<const CachedStage>> entries_;
  std::size_t budget_bytes_;
  std::size_t used_bytes_ = 0;
};

}  // namespace lct::analysis::detail
