// The network's index of learning conditions: an illustrative composite index this tool builds
// from named ONS indicators of the demo network, for English local authorities, with rank
// intervals from an uncertainty run and a what-if that recomputes only the stages downstream of
// outlier treatment (normalisation and aggregation).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>

#include "base/result.hpp"
#include "domain/learning_index.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

struct LearningIndexState;  // learning_index.cpp

// The model, data, nominal build and uncertainty run, computed on first use and then shared
// while the store's data version (Store::DataVersion) is unchanged; the first use after a write
// (new observations, or a new model) computes them again. Thread-safe; one per store.
class LearningIndexCache {
 public:
  [[nodiscard]] Result<std::shared_ptr<const LearningIndexState>> Get(store::Store& store);

 private:
  std::mutex mutex_;
  std::shared_ptr<const LearningIndexState> state_;
  std::int64_t version_ = 0;  // the data version state_ was computed at
};

// The index as published by the network's model (services/index_model_service.hpp), or
// recomputed under `what_if` (weights per strand, and a normalisation and aggregation among the
// model's nominal ones and its uncertain inputs' alternatives). Rank intervals are always those
// of the published settings. InvalidArgument for an unknown strand, method or a negative weight, or
// when the changed method cannot be applied (e.g. a geometric mean meeting a value <= 0, naming the
// indicator and places). Computes what changes (the what-if's scores) and leaves the assembly
// to domain::BuildLearningIndex.
[[nodiscard]] Result<domain::LearningIndex> GetLearningIndex(store::Store& store,
                                                             LearningIndexCache& cache,
                                                             const domain::IndexWhatIf& what_if);

}  // namespace lct::services
