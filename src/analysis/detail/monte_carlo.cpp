#include "analysis/detail/monte_carlo.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iterator>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "analysis/detail/rank_statistics.hpp"
#include "analysis/detail/stage_cache.hpp"
#include "analysis/ranking.hpp"

namespace lct::analysis::detail {
namespace {

constexpr std::size_t kMaxBatch = 64;

// The specifications one replication uses: the nominal ones, overridden by its choices.
struct Resolved {
  StageSpecs specs;
  const std::vector<double>* weights = nullptr;
  const AggregationSpec* aggregation = nullptr;
  const Aggregator* aggregator = nullptr;
};

class Worker {
 public:
  Worker(const MonteCarloPlan& plan, StageCache& cache, UncertaintyResult& out,
         std::shared_ptr<const CachedStage> raw)
      : plan_(plan),
        cache_(cache),
        out_(out),
        raw_(std::move(raw)),
        u_(plan.inputs.size()),
        choice_(plan.inputs.size()),
        keys_(plan.order.size()),
        seen_(plan.order.size()) {}

  void Run(std::size_t row, const Sampler& sampler);

  std::size_t failures = 0;
  std::optional<std::pair<std::size_t, Error>> first_failure;

 private:
  // Which specifications this replication has copied to edit.
  struct Copied {
    bool treat = false;
    bool screen = false;
    bool aggregation = false;
  };

  Resolved Resolve();
  static void ApplyDiscrete(const PreparedInput& input, std::size_t choice, Resolved& resolved);
  void ApplyContinuous(const PreparedInput& input, double value, Copied& copied,
                       Resolved& resolved);
  std::shared_ptr<const CachedStage> Materialise(const Resolved& resolved);
  std::shared_ptr<const CachedStage> Compute(std::size_t position, const CachedStage& previous,
                                             const StageSpecs& specs) const;
  void Fail(std::size_t row, const Error& error);

  const MonteCarloPlan& plan_;
  StageCache& cache_;
  UncertaintyResult& out_;
  std::shared_ptr<const CachedStage> raw_;
  std::vector<double> u_;
  std::vector<std::size_t> choice_;  // discrete inputs: the alternative drawn
  std::vector<std::uint64_t> keys_;  // per stage position, for the current replication
  // Entries of the shared cache this worker has already used, per stage position: most lookups
  // end here, without taking the shared cache's lock. Holds only entries the shared cache also
  // holds, so it adds no memory beyond the cache budget.
  std::vector<std::unordered_map<std::uint64_t, std::shared_ptr<const CachedStage>>> seen_;
  // Copies of specifications changed by continuous inputs.
  std::optional<TreatmentSpec> treat_copy_;
  std::optional<ScreenSpec> screen_copy_;
  std::optional<AggregationSpec> aggregation_copy_;
  std::optional<Aggregator> aggregator_copy_;
  Matrix aggregates_;
  std::vector<double> scores_;
};

Resolved Worker::Resolve() {
  Resolved resolved{plan_.NominalSpecs(), &plan_.nominal_weights, &plan_.nominal.aggregate,
                    &*plan_.nominal_aggregator};
  for (std::size_t i = 0; i < plan_.inputs.size(); ++i) {
    if (plan_.inputs[i].discrete()) ApplyDiscrete(plan_.inputs[i], choice_[i], resolved);
  }
  // Continuous inputs edit private copies of the specifications resolved so far.
  Copied copied;
  for (std::size_t i = 0; i < plan_.inputs.size(); ++i) {
    const PreparedInput& input = plan_.inputs[i];
    if (input.discrete()) continue;
    ApplyContinuous(input, input.range.low + u_[i] * (input.range.high - input.range.low), copied,
                    resolved);
  }
  if (copied.aggregation) {
    Result<Aggregator> compiled = Aggregator::Create(*plan_.framework, *resolved.aggregation);
    aggregator_copy_.reset();
    if (compiled) aggregator_copy_ = std::move(*compiled);
    resolved.aggregator = aggregator_copy_ ? &*aggregator_copy_ : nullptr;
  }
  return resolved;
}

void Worker::ApplyDiscrete(const PreparedInput& input, std::size_t choice, Resolved& resolved) {
  const Alternative& alternative = input.choice->alternatives[choice];
  switch (input.kind) {
    case AlternativeKind::kImpute:
      resolved.specs.impute = &std::get<ImputeSpec>(alternative);
      break;
    case AlternativeKind::kScreen:
      resolved.specs.screen = &std::get<ScreenSpec>(alternative);
      break;
    case AlternativeKind::kTreatment:
      resolved.specs.treat = &std::get<TreatmentSpec>(alternative);
      break;
    case AlternativeKind::kNormalisation:
      resolved.specs.normalise = &std::get<NormalisationSpec>(alternative);
      break;
    case AlternativeKind::kWeights:
      resolved.weights = &std::get<WeightSet>(alternative).values;
      break;
    case AlternativeKind::kAggregation:
      resolved.aggregation = &std::get<AggregationSpec>(alternative);
      resolved.aggregator = &input.aggregators[choice];
      break;
  }
}

void Worker::ApplyContinuous(const PreparedInput& input, double value, Copied& copied,
                             Resolved& resolved) {
  const ContinuousParameter parameter = input.range.parameter;
  switch (parameter) {
    case ContinuousParameter::kSkewThreshold:
    case ContinuousParameter::kKurtosisThreshold:
    case ContinuousParameter::kBoxCoxLambda: {
      if (!copied.treat) treat_copy_ = *resolved.specs.treat;
      copied.treat = true;
      TreatSpec& global = treat_copy_->global;
      if (parameter == ContinuousParameter::kSkewThreshold) global.skew_threshold = value;
      if (parameter == ContinuousParameter::kKurtosisThreshold) global.kurtosis_threshold = value;
      if (parameter == ContinuousParameter::kBoxCoxLambda) global.boxcox_lambda = value;
      resolved.specs.treat = &*treat_copy_;
      break;
    }
    case ContinuousParameter::kScreenDataThreshold:
      if (!copied.screen) screen_copy_ = *resolved.specs.screen;
      copied.screen = true;
      screen_copy_->data_threshold = value;
      resolved.specs.screen = &*screen_copy_;
      break;
    case ContinuousParameter::kGeneralisedMeanPower:
    case ContinuousParameter::kAggregationDataThreshold:
      if (!copied.aggregation) aggregation_copy_ = *resolved.aggregation;
      copied.aggregation = true;
      for (LevelAggregation& level : aggregation_copy_->levels) {
        if (parameter == ContinuousParameter::kAggregationDataThreshold) {
          level.data_threshold = value;
        } else if (level.method == AggregationMethod::kGeneralised) {
          level.power = value;
        }
      }
      resolved.aggregation = &*aggregation_copy_;
      break;
  }
}

std::shared_ptr<const CachedStage> Worker::Compute(std::size_t position,
                                                   const CachedStage& previous,
                                                   const StageSpecs& specs) const {
  auto entry = std::make_shared<CachedStage>();
  if (previous.error) {
    entry->error = previous.error;
    return entry;
  }
  Result<StageRun> run =
      RunStage(plan_.order[position], previous.data, *plan_.input, *plan_.framework, specs);
  if (!run) {
    entry->error = run.error();
    return entry;
  }
  entry->data = std::move(run->data);
  entry->unit_codes = UnitCodes(*plan_.input, entry->data.units);
  if (plan_.needs_logs && position + 2 == plan_.order.size()) {
    entry->logs = entry->data.values;
    for (std::size_t j = 0; j < entry->logs.cols(); ++j) {
      for (double& v : entry->logs.Column(j)) v = std::log(v);
    }
  }
  return entry;
}

// The input of aggregation for this replication: the deepest cached stage output, then the
// stages after it.
std::shared_ptr<const CachedStage> Worker::Materialise(const Resolved& resolved) {
  const std::size_t stages = plan_.order.size() - 1;
  std::fill(keys_.begin(), keys_.end(), 0);
  for (std::size_t i = 0; i < plan_.inputs.size(); ++i) {
    const PreparedInput& input = plan_.inputs[i];
    for (std::size_t p = input.position; input.discrete() && p < stages; ++p) {
      keys_[p] += choice_[i] * plan_.key_multiplier[i];
    }
  }
  std::shared_ptr<const CachedStage> current = raw_;
  std::size_t start = 0;
  for (std::size_t p = stages; p-- > 0;) {
    if (!plan_.cacheable[p]) continue;
    if (const auto local = seen_[p].find(keys_[p]); local != seen_[p].end()) {
      current = local->second;
    } else if (auto shared = cache_.Find(p, keys_[p])) {
      current = std::move(shared);
      seen_[p].emplace(keys_[p], current);
    } else {
      continue;
    }
    start = p + 1;
    break;
  }
  for (std::size_t p = start; p < stages; ++p) {
    current = Compute(p, *current, resolved.specs);
    if (plan_.cacheable[p]) {
      if (auto kept = cache_.Insert(p, keys_[p], current)) {
        current = std::move(kept);
        seen_[p].emplace(keys_[p], current);
      }
    }
  }
  return current;
}

void Worker::Fail(std::size_t row, const Error& error) {
  ++failures;
  if (!first_failure || row < first_failure->first) first_failure.emplace(row, error);
}

void Worker::Run(std::size_t row, const Sampler& sampler) {
  sampler(row, u_);
  const std::size_t units = out_.units;
  for (std::size_t i = 0; i < plan_.inputs.size(); ++i) {
    const PreparedInput& input = plan_.inputs[i];
    double& parameter = out_.parameters[row * plan_.inputs.size() + i];
    if (input.discrete()) {
      const auto n = input.count();
      choice_[i] = std::min(static_cast<std::size_t>(u_[i] * static_cast<double>(n)), n - 1);
      parameter = static_cast<double>(choice_[i]);
    } else {
      parameter = input.range.low + u_[i] * (input.range.high - input.range.low);
    }
  }
  const Resolved resolved = Resolve();
  const std::shared_ptr<const CachedStage> stage = Materialise(resolved);
  scores_.assign(units, kMissing);
  if (stage->error) {
    Fail(row, *stage->error);
  } else if (resolved.aggregator == nullptr) {
    Fail(row, InvalidArgument("the aggregation drawn for this replication is invalid"));
  } else {
    const Status status =
        resolved.aggregator->Run(stage->data.values, *resolved.weights, stage->unit_codes,
                                 aggregates_, plan_.needs_logs ? &stage->logs : nullptr);
    if (!status) {
      Fail(row, status.error());
    } else {
      const std::size_t indicators = plan_.framework->indicator_count();
      const std::span<const double> column =
          plan_.target_node < indicators ? stage->data.values.Column(plan_.target_node)
                                         : aggregates_.Column(plan_.target_node - indicators);
      for (std::size_t k = 0; k < stage->data.units.size(); ++k) {
        scores_[stage->data.units[k]] = column[k];
      }
    }
  }
  const std::vector<double> ranks = SportRanks(scores_);
  double shift = 0;
  double counted = 0;
  for (std::size_t c = 0; c < units; ++c) {
    out_.ranks[row * units + c] = static_cast<float>(ranks[c]);
    const double difference = std::abs(ranks[c] - out_.nominal_ranks[c]);
    if (!std::isnan(difference)) {
      shift += difference;
      counted += 1;
    }
  }
  if (!out_.scores.empty()) {
    std::copy(scores_.begin(), scores_.end(),
              std::next(out_.scores.begin(), static_cast<std::ptrdiff_t>(row * units)));
  }
  out_.rank_shift[row] = counted > 0 ? shift / counted : kMissing;
}

}  // namespace

namespace {

// The output tables, sized for `rows` replications, with the nominal scores and ranks.
UncertaintyResult EmptyResult(const MonteCarloPlan& plan, const PipelineResult& nominal,
                              ReplicateStorage storage, std::size_t rows) {
  UncertaintyResult out;
  out.target_node = plan.target_node;
  out.units = plan.input->unit_codes.size();
  out.replications = rows;
  out.inputs = plan.inputs.size();
  out.nominal_scores = NodeScores(nominal, plan.target_node, out.units);
  out.nominal_ranks = SportRanks(out.nominal_scores);
  if (storage == ReplicateStorage::kScoresAndRanks) out.scores.assign(rows * out.units, kMissing);
  out.ranks.assign(rows * out.units, 0.0F);
  out.parameters.assign(rows * out.inputs, 0.0);
  out.rank_shift.assign(rows, kMissing);
  return out;
}

struct Summary {
  std::size_t failures = 0;
  std::optional<std::pair<std::size_t, Error>> first_failure;
};

// Runs every row on a pool of threads taking batches of rows from a shared counter. Each thread
// builds its own Worker, so a worker's small buffers come from that thread's allocator arena
// and never share a cache line with another thread's.
std::vector<Summary> RunRows(const MonteCarloPlan& plan, const MonteCarloOptions& options,
                             std::size_t rows, const Sampler& sampler, UncertaintyResult& out) {
  auto raw = std::make_shared<CachedStage>();
  raw->data = RawData(*plan.input);
  raw->unit_codes = plan.input->unit_codes;
  StageCache cache(options.cache_bytes);
  std::size_t threads =
      options.threads == 0 ? std::thread::hardware_concurrency() : options.threads;
  threads = std::max<std::size_t>(1, std::min(threads, rows));
  const std::size_t batch = std::clamp<std::size_t>(rows / (threads * 16), 1, kMaxBatch);
  std::atomic<std::size_t> next{0};
  std::mutex progress_mutex;
  std::size_t done = 0;
  std::vector<Summary> summaries(threads);
  auto work = [&](std::size_t t) {
    Worker worker(plan, cache, out, raw);
    for (std::size_t begin = next.fetch_add(batch); begin < rows; begin = next.fetch_add(batch)) {
      const std::size_t end = std::min(rows, begin + batch);
      for (std::size_t row = begin; row < end; ++row) worker.Run(row, sampler);
      if (options.progress) {
        const std::lock_guard lock(progress_mutex);
        done += end - begin;
        options.progress(done, rows);
      }
    }
    summaries[t] = Summary{worker.failures, worker.first_failure};
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& thread : pool) thread.join();
  return summaries;
}

}  // namespace

Result<UncertaintyResult> RunMonteCarlo(const MonteCarloPlan& plan,
                                        const MonteCarloOptions& options, std::size_t rows,
                                        const Sampler& sampler, std::size_t stats_rows) {
  const Result<PipelineResult> nominal = BuildIndex(*plan.input, *plan.framework, plan.nominal);
  if (!nominal) return nominal.error();
  UncertaintyResult out = EmptyResult(plan, *nominal, options.storage, rows);
  const std::vector<Summary> summaries = RunRows(plan, options, rows, sampler, out);
  // The failure of the lowest-numbered replication, whichever thread ran it.
  std::optional<std::pair<std::size_t, Error>> first;
  for (const Summary& summary : summaries) {
    out.failed_replications += summary.failures;
    if (summary.first_failure && (!first || summary.first_failure->first < first->first)) {
      first = summary.first_failure;
    }
  }
  if (first) out.first_failure = first->second;
  out.rank_statistics = ComputeRankStatistics(out, std::min(stats_rows, rows));
  return out;
}

}  // namespace lct::analysis::detail
