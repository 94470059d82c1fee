#include "analysis/detail/stage_cache.hpp"

namespace lct::analysis::detail {

std::size_t CachedStage::Bytes() const {
  std::size_t bytes =
      sizeof(CachedStage) + (data.values.values().size() + logs.values().size()) * sizeof(double);
  bytes += data.units.size() * sizeof(std::size_t);
  for (const std::string& code : unit_codes) bytes += sizeof(std::string) + code.capacity();
  return bytes;
}

std::shared_ptr<const CachedStage> StageCache::Find(std::size_t position, std::uint64_t key) {
  const std::lock_guard lock(mutex_);
  const auto found = entries_.find({position, key});
  return found == entries_.end() ? nullptr : found->second;
}

std::shared_ptr<const CachedStage> StageCache::Insert(std::size_t position, std::uint64_t key,
                                                      std::shared_ptr<const CachedStage> entry) {
  const std::size_t bytes = entry->Bytes();
  const std::lock_guard lock(mutex_);
  const auto found = entries_.find({position, key});
  if (found != entries_.end()) return found->second;
  if (used_bytes_ + bytes > budget_bytes_) return nullptr;
  used_bytes_ += bytes;
  return entries_.emplace(std::make_pair(position, key), std::move(entry)).first->second;
}

}  // namespace lct::analysis::detail
