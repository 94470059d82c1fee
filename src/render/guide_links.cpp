#include "render/guide_links.hpp"

#include "domain/crosswalk_coverage.hpp"
#include "domain/framework_lookup.hpp"

namespace lct::render {
namespace {

std::string WithAnchor(std::string url, std::string_view anchor) {
  if (!anchor.empty()) url += "#" + std::string(anchor);
  return url;
}

GuideLink CrosswalkItem(const domain::Framework& target, const std::string& item) {
  const auto found = domain::FindCrosswalkTarget(target, item);
  if (!found) return {item, ""};
  if (found->level == nullptr)
    return {found->strand->title, WithAnchor(FrameworkUrl(target.id), found->strand->id)};
  const std::string url = LevelUrl(target.id, found->strand->id, found->level->id);
  if (found->criterion != nullptr)
    return {found->criterion->id, WithAnchor(url, found->criterion->id)};
  return {domain::LevelHeading(target, *found->level), url};
}

// True when `item`, resolved in `framework`, names `level` of `strand` or the strand itself.
bool Names(const domain::Framework& framework, const domain::Strand& strand,
           const domain::Level& level, const std::string& item) {
  const auto found = domain::FindCrosswalkTarget(framework, item);
  if (!found || found->strand != &strand) return false;
  return found->level == nullptr || found->level == &level;
}

}  // namespace

std::string FrameworkUrl(std::string_view framework_id) {
  return "/guide/" + std::string(framework_id);
}

std::string LevelUrl(std::string_view framework_id, std::string_view strand_id,
                     std::string_view level_id) {
  return FrameworkUrl(framework_id) + "/" + std::string(strand_id) + "/" + std::string(level_id);
}

std::string StartUrl(std::string_view framework_id) {
  return framework_id == domain::kDefaultFrameworkId ? "/guide/start"
                                                     : FrameworkUrl(framework_id) + "/start";
}

std::string SectionsUrl(std::string_view framework_id) {
  return FrameworkUrl(framework_id) + "/sections";
}

std::string GuideUrl(const domain::GuideTarget& target) {
  switch (target.page) {
    case domain::GuidePage::kFramework:
      return WithAnchor(FrameworkUrl(target.framework), target.anchor);
    case domain::GuidePage::kLevel:
      return WithAnchor(LevelUrl(target.framework, target.strand, target.level), target.anchor);
    case domain::GuidePage::kStart:
      return WithAnchor(StartUrl(target.framework), target.anchor);
    case domain::GuidePage::kSections:
      return WithAnchor(SectionsUrl(target.framework), target.anchor);
  }
  return FrameworkUrl(target.framework);
}

const domain::Framework* FindLoaded(FrameworkSet frameworks, std::string_view id) {
  for (const domain::Framework* framework : frameworks) {
    if (framework != nullptr && framework->id == id) return framework;
  }
  return nullptr;
}

std::vector<CrosswalkView> ResolveCrosswalk(const domain::Criterion& criterion,
                                            FrameworkSet frameworks) {
  std::vector<CrosswalkView> views;
  for (const domain::CrosswalkLink& link : criterion.crosswalk) {
    CrosswalkView view{link.framework, link.framework, {}};
    const domain::Framework* target = FindLoaded(frameworks, link.framework);
    if (target != nullptr) view.framework_title = target->title;
    for (const std::string& item : link.items) {
      view.items.push_back(target != nullptr ? CrosswalkItem(*target, item) : GuideLink{item, ""});
    }
    views.push_back(std::move(view));
  }
  return views;
}

std::vector<GuideLink> CriterionLinks(const domain::Framework& framework,
                                      const std::vector<std::string>& ids) {
  std::vector<GuideLink> links;
  for (const std::string& id : ids) {
    const auto found = domain::LocateCriterion(framework, id);
    links.push_back(
        {id,
         found ? WithAnchor(LevelUrl(framework.id, found->strand->id, found->level->id), id) : ""});
  }
  return links;
}

GuideLink RefLink(const domain::Framework& framework, std::string_view ref) {
  const auto entry = domain::FindGuideEntry(framework, ref);
  if (!entry) return {std::string(ref), ""};
  const bool by_id = entry->kind == domain::GuideEntryKind::kCriterion ||
                     entry->kind == domain::GuideEntryKind::kIdea ||
                     entry->kind == domain::GuideEntryKind::kPitfall;
  return {by_id ? entry->id : entry->label, GuideUrl(entry->target)};
}

std::vector<ServedBy> CriteriaServing(const domain::Framework& framework,
                                      const domain::Strand& strand, const domain::Level& level,
                                      FrameworkSet frameworks) {
  std::vector<ServedBy> served;
  for (const domain::Framework* other : frameworks) {
    if (other == nullptr || other->id == framework.id) continue;
    ServedBy by{other->title, {}, {}};
    for (const domain::CriterionRef& ref : domain::AllCriteria(*other)) {
      if (ref.criterion->retired) continue;
      bool serves = false;
      for (const domain::CrosswalkLink& link : ref.criterion->crosswalk) {
        if (link.framework != framework.id) continue;
        for (const std::string& item : link.items)
          serves = serves || Names(framework, strand, level, item);
      }
      if (!serves) continue;
      by.criteria.push_back(
          {ref.criterion->id,
           WithAnchor(LevelUrl(other->id, ref.strand->id, ref.level->id), ref.criterion->id)});
      by.statements.push_back(ref.criterion->statement);
    }
    // A framework that crosswalks here at all is listed even when no criterion names this level,
    // so that the gap shows.
    if (!by.criteria.empty() || domain::CrosswalksTo(*other, framework)) {
      served.push_back(std::move(by));
    }
  }
  return served;
}

}  // namespace lct::render
