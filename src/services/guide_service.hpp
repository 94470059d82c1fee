// Use cases for reading the guide: the loaded frameworks, a framework or level by id, full-text
// search, and the guide as text or Markdown for the command line.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/framework.hpp"
#include "domain/guide_search.hpp"
#include "services/framework_cache.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// One stored version of a framework, without its text.
struct FrameworkVersion {
  std::string id;
  int version = 0;
  std::string title;
  std::string imported_at;
};

// The highest version of every loaded framework, the default framework
// (domain::kDefaultFrameworkId) first and the others by id, and every stored version. The
// pointers handed out by its functions stay valid while the Guide is alive.
struct Guide {
  std::vector<std::shared_ptr<const domain::Framework>> frameworks;
  std::vector<FrameworkVersion> versions;  // by id, oldest version first

  [[nodiscard]] std::vector<const domain::Framework*> All() const;
  // NotFound when no loaded framework has this id.
  [[nodiscard]] Result<const domain::Framework*> Find(std::string_view id) const;
};

// Empty (not an error) when no framework is stored.
[[nodiscard]] Result<Guide> LoadGuide(store::FrameworkReads& store, FrameworkCache& cache);

struct GuideLevel {
  const domain::Framework* framework = nullptr;
  const domain::Strand* strand = nullptr;
  const domain::Level* level = nullptr;
};

// NotFound (naming what is missing) for an unknown framework, strand or level.
[[nodiscard]] Result<GuideLevel> FindGuideLevel(const Guide& guide, std::string_view framework,
                                                std::string_view strand, std::string_view level);

// domain::SearchGuide over every loaded framework.
[[nodiscard]] std::vector<domain::GuideHit> SearchGuide(const Guide& guide, std::string_view query);

enum class GuideFormat { kText, kMarkdown };

struct GuideTextRequest {
  std::string framework;  // empty: the default framework
  std::string strand;     // empty: every strand
  std::string level;      // a level id or number; empty: every level
  GuideFormat format = GuideFormat::kText;
};

// The guide's content for `lct guide`: the whole framework, or the selected levels. NotFound
// when the framework is not loaded or nothing matches the strand and level.
[[nodiscard]] Result<std::string> GuideText(store::Store& store, const GuideTextRequest& request);

}  // namespace lct::services
