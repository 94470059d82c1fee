#include "analysis/uncertainty.hpp"

#include "analysis/detail/monte_carlo.hpp"
#include "analysis/random.hpp"

namespace lct::analysis {

UncertainInput WinsorisationLimits(std::string name, const TreatmentSpec& nominal,
                                   std::span<const std::size_t> limits) {
  DiscreteChoice choice;
  for (const std::size_t limit : limits) {
    TreatmentSpec spec = nominal;
    spec.global.winmax = limit;
    choice.alternatives.emplace_back(std::move(spec));
  }
  return UncertainInput{std::move(name), std::move(choice)};
}

UncertainInput WeightChoices(std::string name, std::span<const WeightSet> sets) {
  DiscreteChoice choice;
  for (const WeightSet& set : sets) choice.alternatives.emplace_back(set);
  return UncertainInput{std::move(name), std::move(choice)};
}

Result<UncertaintyResult> RunUncertainty(const IndexInput& input, const IndexFramework& framework,
                                         const PipelineSpec& nominal,
                                         std::span<const UncertainInput> inputs,
                                         const MonteCarloOptions& options) {
  if (options.replications == 0) return InvalidArgument("an uncertainty analysis needs N >= 1");
  Result<detail::MonteCarloPlan> plan =
      detail::PrepareMonteCarlo(input, framework, nominal, inputs, options);
  if (!plan) return plan.error();
  const std::uint64_t seed = options.seed;
  const detail::Sampler sampler = [seed](std::size_t row, std::span<double> u) {
    RandomStream random(seed, RandomPurpose::kUncertaintySample, row);
    for (double& value : u) value = random.NextUniform();
  };
  return detail::RunMonteCarlo(*plan, options, options.replications, sampler, options.replications);
}

}  // namespace lct::analysis
