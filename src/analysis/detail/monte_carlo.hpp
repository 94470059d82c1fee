// Runs the replications of a Monte Carlo plan in parallel. Each replication writes only its own
// row of the outputs, and its draws depend only on its row number, so results do not depend on
// the number of threads.
#pragma once

#include <cstddef>
#include <functional>
#include <span>

#include "analysis/detail/monte_carlo_plan.hpp"

namespace lct::analysis::detail {

// Fills `u` (one value in [0, 1) per input) for replication `row`. Called concurrently.
using Sampler = std::function<void(std::size_t row, std::span<double> u)>;

// Runs the nominal build and `rows` replications; rank statistics use rows [0, stats_rows).
[[nodiscard]] Result<UncertaintyResult> RunMonteCarlo(const MonteCarloPlan& plan,
                                                      const MonteCarloOptions& options,
                                                      std::size_t rows, const Sampler& sampler,
                                                      std::size_t stats_rows);

}  // namespace lct::analysis::detail
