// Peer groups of similar places (methods.md §2.3): nearest neighbours on standardised, weighted
// context variables, CIPFA-style rebased distances and closeness bands. Deterministic: ties
// break by unit id. The toolkit does not claim to reproduce CIPFA's own model (§2.1).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "analysis/matrix.hpp"
#include "analysis/method_status.hpp"
#include "base/result.hpp"

namespace lct::analysis {

// Optional per-variable transform before standardising (§2.3 step 1), declared in config.
enum class ContextTransform {
  kNone,
  kLog,  // natural log, e.g. for density or population; every present value must be > 0
};

// One context variable (never an outcome) over the universe of places.
struct ContextVariable {
  std::string name;
  // One value per unit, in the order of the unit ids; NaN = missing. A view: the caller's data
  // must outlive the StandardiseContext call (nothing keeps it afterwards).
  std::span<const double> values;
  double weight = 1.0;  // w_j >= 0
  ContextTransform transform = ContextTransform::kNone;
};

// How a missing context value enters a distance (§2.3 "Edge").
enum class MissingContext {
  kRescale,     // default: d^2 = sum_avail w dz^2 * (sum_all w / sum_avail w); the pair is not
                // comparable when less than min_weight_share of the weight is available
  kImputeZero,  // the CCG tool's alternative: a missing z counts as 0 (the mean)
};

enum class PeerBand { kVeryClose, kClose, kSomewhatClose, kNotClose };

// Upper bounds of the bands on the rebased distance r (toolkit defaults, not CIPFA's).
struct PeerBands {
  double very_close = 0.15;
  double close = 0.30;
  double somewhat_close = 0.50;
};

struct PeerOptions {
  std::size_t k = 15;  // neighbours wanted; at most n - 1 are returned
  MissingContext missing = MissingContext::kRescale;
  double min_weight_share = 0.5;  // kRescale: a pair needs at least this share of the weight
  PeerBands bands{};
};

struct DroppedVariable {
  std::string name;
  std::string reason;  // "no spread (sd = 0)" or "fewer than two places have a value"
};

// The standardised context of a universe of places (§2.3 steps 1-2), shared by every focal
// place. z-scores use the mean and the sample SD (n - 1) over all places with a value.
struct PeerSpace {
  MethodStatus status = MethodStatus::kOk;
  std::string status_reason;                    // empty when kOk
  std::vector<std::string> unit_ids;            // copied from the input
  std::vector<std::string> variables;           // the variables kept, in input order
  std::vector<std::size_t> variable_positions;  // each kept variable's position in the input
  std::vector<double> means;                    // on the transformed scale, per kept variable
  std::vector<double> sds;
  std::vector<double> weights;
  Matrix z{};  // units x kept variables; NaN where the value is missing
  std::vector<DroppedVariable> dropped;
  std::vector<std::string> warnings;  // one per dropped variable, for the page
};

// Errors: a variable whose length differs from the ids, a negative or non-finite weight, all
// weights 0, a log transform of a value <= 0, duplicate or empty unit ids.
// kInsufficientData (not an error) when n < 3 or no variable with a positive weight varies.
[[nodiscard]] Result<PeerSpace> StandardiseContext(std::span<const std::string> unit_ids,
                                                   std::span<const ContextVariable> variables);

struct Peer {
  std::size_t unit = 0;  // index into PeerSpace::unit_ids
  std::string id;
  double distance = 0;  // d_il, weighted Euclidean on z-scores
  double rebased = 0;   // r_il = d_il / max_l d_il, in [0, 1]; 0 when every d_il is 0
  PeerBand band = PeerBand::kNotClose;
  double weight_share = 1;  // share of the total weight available for this pair
};

struct PeerGroup {
  MethodStatus status = MethodStatus::kOk;
  std::string status_reason;
  std::size_t focal = 0;
  std::vector<Peer> peers;     // the first min(k, comparable others), by (distance, id)
  bool tie_at_cutoff = false;  // the k-th distance ties with the next one (kept in id order)
  // Every comparable other place in the same order, so that hand-picked peers can be shown
  // with their distances too.
  std::vector<Peer> ranked;
  std::vector<std::size_t> not_comparable;  // places sharing too little weight with the focal
  std::vector<std::string> warnings;        // the PeerSpace warnings
};

// Nearest neighbours of unit `focal` (§2.3 steps 3-6). Distances within a relative 1e-12 of
// each other count as equal (so that rounding cannot overrule the id order). Error when focal
// is out of range or options are invalid (k = 0, a share outside (0, 1], unordered bands).
[[nodiscard]] Result<PeerGroup> FindPeers(const PeerSpace& space, std::size_t focal,
                                          const PeerOptions& options = {});

// The full symmetric matrix d_il (0 on the diagonal, NaN for pairs that are not comparable);
// empty when the space's status is not kOk.
[[nodiscard]] Matrix PeerDistanceMatrix(const PeerSpace& space, const PeerOptions& options = {});

[[nodiscard]] PeerBand BandOf(double rebased, const PeerBands& bands);
// "very close", "close", "somewhat close", "not close".
[[nodiscard]] const char* PeerBandName(PeerBand band);

}  // namespace lct::analysis
