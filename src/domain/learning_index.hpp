// Read model of the network's index of learning conditions (an illustrative composite index
// built by this tool from named ONS indicators), and the pure function that assembles it from
// what services compute (the model, the store's data and the index pipeline's results).
// Rendered by render/ and web/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/uncertainty.hpp"

namespace lct::domain {

struct IndexStrand {
  std::string code{};  // e.g. "adult_learning"
  std::string name{};  // e.g. "Adult learning"
  double weight = 1;   // relative weight in use
};

struct IndexComponent {
  std::string code{};  // indicator code
  std::string name{};
  std::string strand{};  // strand code
  std::string period{};  // latest period used, as published
  bool lower_is_better = false;
};

struct IndexPlaceResult {
  std::string code{};
  std::string name{};
  bool member = false;
  double score = 0;
  int rank = 0;          // rank under the settings shown
  int nominal_rank = 0;  // rank under the published settings
  double rank_q05 = 0;   // 5th-95th percentile rank over the uncertainty run (published settings)
  double rank_q95 = 0;
  double rank_median = 0;
};

// What the what-if panel changes; empty/nullopt = as published.
struct IndexWhatIf {
  std::vector<IndexStrand> weights{};  // one per strand when given
  std::string normalisation{};         // a method of LearningIndex::normalisation_choices
  std::string aggregation{};           // a method of LearningIndex::aggregation_choices
  [[nodiscard]] bool Active() const {
    return !weights.empty() || !normalisation.empty() || !aggregation.empty();
  }
};

struct LearningIndex {
  std::string title{};
  bool bundled_model = true;           // built by the bundled model, not one the network stored
  std::vector<IndexStrand> strands{};  // published weights
  std::vector<IndexComponent> components{};
  std::string normalisation{};  // in use
  std::string aggregation{};
  std::vector<std::string> normalisation_choices{};  // what the what-if offers, published first
  std::vector<std::string> aggregation_choices{};
  IndexWhatIf what_if{};
  std::size_t replications = 0;
  std::uint64_t seed = 0;
  std::size_t excluded_places = 0;             // English authorities with too little data
  std::vector<IndexPlaceResult> places{};      // by rank
  std::vector<IndexPlaceResult> moved_most{};  // what-if only: largest |rank - nominal_rank|
};

// A place the index is computed for: one input row of the pipeline.
struct IndexUnit {
  std::string code{};
  std::string name{};
  bool member = false;
};

// What every LearningIndex is assembled from, computed once per data version by services: the
// model's strands and methods, the indicators used and the published build's results.
struct LearningIndexBasis {
  std::string title{};
  bool bundled_model = true;
  std::vector<IndexStrand> strands{};  // published weights
  std::vector<IndexComponent> components{};
  std::vector<std::string> normalisation_choices{};  // the published method first
  std::vector<std::string> aggregation_choices{};
  std::size_t replications = 0;
  std::uint64_t seed = 0;
  std::vector<IndexUnit> units{};        // per input row; every vector below uses that order
  std::vector<double> nominal_scores{};  // NaN: screened out
  std::vector<double> nominal_ranks{};
  std::vector<analysis::RankStatistics> rank_statistics{};  // over the uncertainty run
};

// The index as published, or under `what_if` (checked by services: known strands and methods,
// weights >= 0). With an active what-if, `what_if_scores` holds each unit's score under it (one
// per unit; NaN: screened out) and ranks are computed from them; otherwise it is not read. Places
// without a score are counted in excluded_places; the rest are sorted by rank, then name;
// moved_most holds, for a what-if, the 10 whose rank moved most.
[[nodiscard]] LearningIndex BuildLearningIndex(const LearningIndexBasis& basis,
                                               const IndexWhatIf& what_if,
                                               std::span<const double> what_if_scores);

}  // namespace lct::domain
