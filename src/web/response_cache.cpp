#include "web/response_cache.hpp"

#include <mutex>
#include <utility>

#include "web/content_coding.hpp"

namespace lct::web {

std::shared_ptr<const Response> ResponseCache::Find(std::int64_t version, std::string_view target,
                                                    bool gzip) const {
  const std::shared_lock lock(mutex_);
  if (version != version_) return nullptr;
  const auto it = entries_.find(target);
  if (it == entries_.end()) return nullptr;
  return gzip && it->second.gzip ? it->second.gzip : it->second.plain;
}

void ResponseCache::Put(std::int64_t version, std::string target, Response response) {
  if (response.body.size() > max_bytes_) return;
  Entry entry;
  if (auto packed = GzipForm(response)) {
    AddVary(response);
    entry.gzip = std::make_shared<const Response>(std::move(*packed));
  }
  entry.plain = std::make_shared<const Response>(std::move(response));
  const std::size_t size = entry.bytes();
  if (size > max_bytes_) return;
  const std::unique_lock lock(mutex_);
  if (version < version_) return;  // rendered before a write this cache has already seen
  if (version > version_) {
    entries_.clear();
    order_.clear();
    bytes_ = 0;
    version_ = version;
  }
  if (entries_.contains(target)) return;  // another thread rendered it first: the same bytes
  while (!order_.empty() && bytes_ + size > max_bytes_) {
    const auto oldest = entries_.find(order_.front());
    bytes_ -= oldest->second.bytes();
    entries_.erase(oldest);
    order_.pop_front();
  }
  order_.push_back(target);
  entries_.emplace(std::move(target), std::move(entry));
  bytes_ += size;
}

std::size_t ResponseCache::size() const {
  const std::shared_lock lock(mutex_);
  return entries_.size();
}

std::size_t ResponseCache::bytes() const {
  const std::shared_lock lock(mutex_);
  return bytes_;
}

std::string EntityTag(std::int64_t version, std::string_view body) {
  constexpr std::uint64_t kOffset = 14695981039346656037ULL;
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t hash = kOffset;
  for (const char c : body) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kPrime;
  }
  constexpr const char* kHex = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
  return "\"v" + std::to_string(version) + "-" + hex + "\"";
}

bool NoneMatchHits(const Request& request, std::string_view etag) {
  const auto header = request.Header("If-None-Match");
  if (!header) return false;
  std::string_view rest = *header;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    std::string_view tag = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
    while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
    if (tag == "*") return true;
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag) return true;
  }
  return false;
}

}  // namespace lct::web
