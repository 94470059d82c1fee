#include "services/framework_cache.hpp"

#include "domain/framework_depth.hpp"
#include "io/framework_yaml.hpp"
#include "store/store.hpp"

namespace lct::services {

Result<std::shared_ptr<const domain::Framework>> FrameworkCache::Get(
    const domain::FrameworkRecord& record) {
  auto key = std::make_pair(record.slug, record.version);
  {
    const std::lock_guard lock(mutex_);
    if (const auto it = parsed_.find(key); it != parsed_.end()) return it->second;
  }
  // Parsed outside the lock so that one slow parse does not hold up readers of other entries;
  // two threads may parse the same record once each, and the first one stored wins.
  auto parsed = io::ParseFrameworkYaml(record.yaml, record.slug);
  if (!parsed) {
    return Internal("stored framework '" + record.slug +
                    "' cannot be read: " + parsed.error().ToString());
  }
  auto framework = std::make_shared<const domain::Framework>(std::move(parsed).value());
  const std::lock_guard lock(mutex_);
  return parsed_.try_emplace(std::move(key), std::move(framework)).first->second;
}

Result<std::shared_ptr<const domain::Framework>> LoadFramework(store::FrameworkReads& store,
                                                               FrameworkCache& cache,
                                                               std::string_view id,
                                                               std::optional<int> version) {
  auto record = store.GetFramework(id, version);
  if (!record) return record.error();
  return cache.Get(*record);
}

Result<std::shared_ptr<const domain::Framework>> LoadRoundFramework(
    store::FrameworkReads& store, FrameworkCache& cache, const domain::AssessmentRound& round) {
  auto framework = LoadFramework(store, cache, round.framework, round.framework_version);
  if (!framework || round.depth == domain::RoundDepth::kStrategic) return framework;
  return std::make_shared<const domain::Framework>(domain::AtDepth(**framework, round.depth));
}

Result<std::vector<std::shared_ptr<const domain::Framework>>> LatestFrameworks(
    store::FrameworkReads& store, FrameworkCache& cache) {
  auto records = store.ListFrameworks();  // by slug, then version, oldest first
  if (!records) return records.error();
  std::vector<std::shared_ptr<const domain::Framework>> latest;
  for (std::size_t i = 0; i < records->size(); ++i) {
    const auto& record = (*records)[i];
    const bool newer_follows = i + 1 < records->size() && (*records)[i + 1].slug == record.slug;
    if (newer_follows) continue;
    auto framework = cache.Get(record);
    if (framework) latest.push_back(*framework);
  }
  return latest;
}

}  // namespace lct::services
