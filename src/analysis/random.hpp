// Counter-based random numbers: the k-th number of stream (seed, stream, index) is a pure
// function of those values, so Monte Carlo results do not depend on which thread ran a
// replication or in what order. Our own mappings to [0, 1) and to indices, so results are the
// same with any standard library (std:: distributions are implementation-defined).
#pragma once

#include <cstddef>
#include <cstdint>

namespace lct::analysis {

// SplitMix64's finaliser: a bijective 64-bit mixer (Steele, Lea, Flood 2014).
[[nodiscard]] constexpr std::uint64_t Mix64(std::uint64_t z) {
  z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31U);
}

// Streams used inside the engine, so different uses of one seed never share numbers.
enum class RandomPurpose : std::uint64_t {
  kUncertaintySample = 1,
  kSaltelliA = 2,
  kSaltelliB = 3,
  kBootstrap = 4,
  kNoisyWeights = 5,
  kSyntheticData = 6,
  kRankSimulation = 7,
};

// A SplitMix64 sequence whose starting state hashes (seed, purpose, index).
class RandomStream {
 public:
  RandomStream(std::uint64_t seed, RandomPurpose purpose, std::uint64_t index)
      : state_(Mix64(Mix64(seed ^ Mix64(static_cast<std::uint64_t>(purpose))) + Mix64(index))) {}

  std::uint64_t NextBits() {
    state_ += kGamma;
    return Mix64(state_);
  }
  // Uniform on [0, 1), 53 random bits.
  double NextUniform() { return static_cast<double>(NextBits() >> 11U) * 0x1.0p-53; }
  // Uniform on {0, ..., n - 1} (1 <= n < 2^53): floor(u n), u uniform with 53 bits.
  std::size_t NextIndex(std::size_t n) {
    const auto index = static_cast<std::size_t>(NextUniform() * static_cast<double>(n));
    return index < n ? index : n - 1;
  }

 private:
  static constexpr std::uint64_t kGamma = 0x9e3779b97f4a7c15ULL;
  std::uint64_t state_;
};

}  // namespace lct::analysis
