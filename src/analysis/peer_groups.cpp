// Distances, neighbours, rebasing and bands (methods.md §2.3 steps 3-6 and the missing-value rule).
#include "analysis/peer_groups.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lct::analysis {
namespace {

// Distances this close (relative) count as tied, so rounding cannot overrule the id order.
constexpr double kTieTolerance = 1e-12;

bool Tied(double a, double b) {
  return std::abs(a - b) <= kTieTolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

struct PairDistance {
  double distance = 0;
  double weight_share = 1;
};

// d_il (step 3) with the missing-value rule; nullopt when the pair shares too little weight.
std::optional<PairDistance> Distance(const PeerSpace& space, std::size_t i, std::size_t l,
                                     const PeerOptions& options) {
  double total_weight = 0;
  double available_weight = 0;
  double sum = 0;
  for (std::size_t j = 0; j < space.weights.size(); ++j) {
    const double w = space.weights[j];
    total_weight += w;
    double zi = space.z(i, j);
    double zl = space.z(l, j);
    if (options.missing == MissingContext::kImputeZero) {
      if (std::isnan(zi)) zi = 0;
      if (std::isnan(zl)) zl = 0;
    }
    if (std::isnan(zi) || std::isnan(zl)) continue;
    available_weight += w;
    sum += w * (zi - zl) * (zi - zl);
  }
  const double share = available_weight / total_weight;
  if (share < options.min_weight_share || !(available_weight > 0)) return std::nullopt;
  return PairDistance{std::sqrt(sum / share), share};
}

Status CheckOptions(const PeerSpace& space, std::size_t focal, const PeerOptions& options) {
  if (focal >= space.unit_ids.size()) {
    return InvalidArgument("peer groups: the focal place is not in the universe");
  }
  if (options.k == 0) return InvalidArgument("peer groups: k must be at least 1");
  if (!(options.min_weight_share > 0 && options.min_weight_share <= 1)) {
    return InvalidArgument("peer groups: the minimum weight share must be in (0, 1]");
  }
  const PeerBands& b = options.bands;
  if (!(0 <= b.very_close && b.very_close <= b.close && b.close <= b.somewhat_close)) {
    return InvalidArgument(
        "peer groups: band limits must increase (very close <= close <= "
        "somewhat close)");
  }
  return Ok();
}

// Sort by distance, then make each run of tied distances follow id order (step 4).
void OrderPeers(std::vector<Peer>& peers) {
  std::sort(peers.begin(), peers.end(), [](const Peer& a, const Peer& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    return a.id < b.id;
  });
  std::size_t start = 0;
  while (start < peers.size()) {
    std::size_t end = start + 1;
    while (end < peers.size() && Tied(peers[start].distance, peers[end].distance)) ++end;
    std::sort(peers.begin() + static_cast<std::ptrdiff_t>(start),
              peers.begin() + static_cast<std::ptrdiff_t>(end),
              [](const Peer& a, const Peer& b) { return a.id < b.id; });
    start = end;
  }
}

}  // namespace

PeerBand BandOf(double rebased, const PeerBands& bands) {
  if (rebased <= bands.very_close) return PeerBand::kVeryClose;
  if (rebased <= bands.close) return PeerBand::kClose;
  if (rebased <= bands.somewhat_close) return PeerBand::kSomewhatClose;
  return PeerBand::kNotClose;
}

const char* PeerBandName(PeerBand band) {
  switch (band) {
    case PeerBand::kVeryClose:
      return "very close";
    case PeerBand::kClose:
      return "close";
    case PeerBand::kSomewhatClose:
      return "somewhat close";
    case PeerBand::kNotClose:
      return "not close";
  }
  return "not close";
}

Result<PeerGroup> FindPeers(const PeerSpace& space, std::size_t focal, const PeerOptions& options) {
  if (Status ok = CheckOptions(space, focal, options); !ok) return ok.error();
  PeerGroup group;
  group.focal = focal;
  group.warnings = space.warnings;
  group.status = space.status;
  group.status_reason = space.status_reason;
  if (space.status != MethodStatus::kOk) return group;

  for (std::size_t l = 0; l < space.unit_ids.size(); ++l) {
    if (l == focal) continue;
    const std::optional<PairDistance> d = Distance(space, focal, l, options);
    if (!d) {
      group.not_comparable.push_back(l);
      continue;
    }
    group.ranked.push_back(Peer{.unit = l,
                                .id = space.unit_ids[l],
                                .distance = d->distance,
                                .rebased = 0,
                                .band = PeerBand::kNotClose,
                                .weight_share = d->weight_share});
  }
  if (group.ranked.empty()) {
    group.status = MethodStatus::kInsufficientData;
    group.status_reason =
        "no other place shares enough context data with '" + space.unit_ids[focal] + "'";
    return group;
  }
  OrderPeers(group.ranked);

  double farthest = 0;
  for (const Peer& peer : group.ranked) farthest = std::max(farthest, peer.distance);
  for (Peer& peer : group.ranked) {
    peer.rebased = farthest > 0 ? peer.distance / farthest : 0.0;
    peer.band = BandOf(peer.rebased, options.bands);
  }
  const std::size_t count = std::min(options.k, group.ranked.size());
  group.peers.assign(group.ranked.begin(),
                     group.ranked.begin() + static_cast<std::ptrdiff_t>(count));
  group.tie_at_cutoff = count < group.ranked.size() &&
                        Tied(group.ranked[count - 1].distance, group.ranked[count].distance);
  return group;
}

Matrix PeerDistanceMatrix(const PeerSpace& space, const PeerOptions& options) {
  if (space.status != MethodStatus::kOk) return {};
  const std::size_t n = space.unit_ids.size();
  Matrix out(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    out(i, i) = 0;
    for (std::size_t l = i + 1; l < n; ++l) {
      const std::optional<PairDistance> d = Distance(space, i, l, options);
      const double value = d ? d->distance : kMissing;
      out(i, l) = value;
      out(l, i) = value;
    }
  }
  return out;
}

}  // namespace lct::analysis
