#include "services/guide_service.hpp"

#include <algorithm>

#include "domain/framework_lookup.hpp"
#include "domain/guide_index.hpp"
#include "render/guide_text.hpp"
#include "store/store.hpp"

namespace lct::services {

std::vector<const domain::Framework*> Guide::All() const {
  std::vector<const domain::Framework*> all;
  all.reserve(frameworks.size());
  for (const auto& framework : frameworks) all.push_back(framework.get());
  return all;
}

Result<const domain::Framework*> Guide::Find(std::string_view id) const {
  for (const auto& framework : frameworks) {
    if (framework->id == id) return framework.get();
  }
  return NotFound("no framework has the id '" + std::string(id) + "'");
}

Result<Guide> LoadGuide(store::FrameworkReads& store, FrameworkCache& cache) {
  auto records = store.ListFrameworks();
  if (!records) return records.error();
  Guide guide;
  for (std::size_t i = 0; i < records->size(); ++i) {
    const domain::FrameworkRecord& record = (*records)[i];
    guide.versions.push_back({record.slug, record.version, record.title, record.imported_at});
    // Records come by id, oldest version first: the last of each id is the one to show.
    if (i + 1 < records->size() && (*records)[i + 1].slug == record.slug) continue;
    auto framework = cache.Get(record);
    if (!framework) return framework.error();
    guide.frameworks.push_back(std::move(*framework));
  }
  std::stable_partition(guide.frameworks.begin(), guide.frameworks.end(),
                        [](const auto& f) { return f->id == domain::kDefaultFrameworkId; });
  return guide;
}

Result<GuideLevel> FindGuideLevel(const Guide& guide, std::string_view framework,
                                  std::string_view strand, std::string_view level) {
  auto found = guide.Find(framework);
  if (!found) return found.error();
  const domain::Strand* s = domain::FindStrand(**found, strand);
  if (s == nullptr) {
    return NotFound("the framework '" + std::string(framework) + "' has no strand '" +
                    std::string(strand) + "'");
  }
  const domain::Level* l = domain::FindLevel(*s, level);
  if (l == nullptr) {
    return NotFound("the strand '" + std::string(strand) + "' has no level '" + std::string(level) +
                    "'");
  }
  return GuideLevel{*found, s, l};
}

std::vector<domain::GuideHit> SearchGuide(const Guide& guide, std::string_view query) {
  const auto all = guide.All();
  return domain::SearchGuide(all, query);
}

Result<std::string> GuideText(store::Store& store, const GuideTextRequest& request) {
  FrameworkCache cache;
  auto guide = LoadGuide(store, cache);
  if (!guide) return guide.error();
  if (guide->frameworks.empty()) {
    return NotFound("no framework is loaded: run `lct init` to load the bundled frameworks");
  }
  auto framework = request.framework.empty()
                       ? Result<const domain::Framework*>(guide->frameworks.front().get())
                       : guide->Find(request.framework);
  if (!framework) return framework.error();
  const render::GuideTextOptions options{request.format == GuideFormat::kMarkdown
                                             ? render::GuideTextFormat::kMarkdown
                                             : render::GuideTextFormat::kText,
                                         request.strand, request.level};
  if (!request.strand.empty() && domain::FindStrand(**framework, request.strand) == nullptr) {
    return NotFound("the framework '" + (*framework)->id + "' has no strand '" + request.strand +
                    "'");
  }
  if ((!request.strand.empty() || !request.level.empty()) &&
      render::SelectLevels(**framework, options).empty()) {
    return NotFound("no level '" + request.level + "' in the framework '" + (*framework)->id + "'" +
                    (request.strand.empty() ? "" : " strand '" + request.strand + "'"));
  }
  const auto all = guide->All();
  return render::GuideText(**framework, all, options);
}

}  // namespace lct::services
