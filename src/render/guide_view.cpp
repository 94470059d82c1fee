#include "render/guide_view.hpp"

#include "base/embedded_file.hpp"
#include "domain/crosswalk_coverage.hpp"
#include "domain/guide_index.hpp"

namespace lct::render::generated {
std::span<const lct::EmbeddedFile> EmbeddedFiles();
}  // namespace lct::render::generated

namespace lct::render::detail {
namespace {

Data Partial(std::string_view name) {
  const std::string path = std::string(name) + ".mustache";
  std::string text;
  for (const auto& file : generated::EmbeddedFiles()) {
    if (file.path == path) text = std::string(file.content);
  }
  return Data{kainjow::mustache::partial([text] { return text; })};
}

}  // namespace

void AddPartials(Data& data) {
  data.set("guide_item", Partial("guide_item"));
  data.set("guide_links", Partial("guide_links"));
  data.set("guide_rating_help", Partial("guide_rating_help"));
}

void SetRatingHelp(Data& data, const domain::Framework& framework) {
  const domain::EvidenceGuide& evidence = framework.evidence_guide;
  const domain::GuideItem& moderation = framework.moderation;
  const bool has_evidence = !evidence.kinds.empty();
  const bool has_moderation = !moderation.id.empty();
  Data help;
  help.set("has_evidence_guide", Data{has_evidence});
  SetText(help, "evidence_intro", evidence.intro);
  SetList(help, "evidence_kinds", evidence.kinds, [](const domain::GuideItem& kind) {
    Data d;
    d.set("id", Str(kind.id));
    d.set("title", Str(kind.title));
    SetText(d, "text", kind.text);
    return d;
  });
  help.set("evidence_recency", Str(evidence.recency));
  help.set("evidence_checking", Str(evidence.checking));
  help.set("has_moderation", Data{has_moderation});
  help.set("moderation_id", Str(moderation.id));
  help.set("moderation_title", Str(moderation.title));
  help.set("moderation_text", Str(moderation.text));
  SetList(help, "moderation_steps", moderation.prompts, [](const std::string& step) {
    Data d;
    d.set("text", Str(step));
    return d;
  });
  data.set("has_rating_help", Data{has_evidence || has_moderation});
  data.set("rating_help", help);
}

namespace {

Data CoverageTable(const domain::Framework& source, const domain::Framework& target) {
  Data table;
  table.set("source_title", Str(source.title));
  table.set("target_title", Str(target.title));
  table.set("source_url", Str(FrameworkUrl(source.id)));
  table.set("target_url", Str(FrameworkUrl(target.id)));
  table.set("thin_below", Str(std::to_string(domain::kThinCoverage)));
  std::size_t thin = 0;
  Data rows{Data::type::list};
  for (const domain::AreaCoverage& area : domain::CrosswalkCoverage(source, target)) {
    Data row;
    row.set("group", Str(area.strand->title));
    row.set("heading", Str(domain::LevelHeading(target, *area.level)));
    row.set("url", Str(LevelUrl(target.id, area.strand->id, area.level->id)));
    row.set("count", Str(std::to_string(area.criteria.size())));
    row.set("thin", Data{area.Thin()});
    if (area.Thin()) ++thin;
    rows.push_back(row);
  }
  table.set("rows", rows);
  table.set("thin_count", Str(std::to_string(thin)));
  table.set("has_thin", Data{thin > 0});
  return table;
}

}  // namespace

void SetCoverage(Data& data, const domain::Framework& framework, FrameworkSet frameworks) {
  Data tables{Data::type::list};
  bool any = false;
  for (const domain::Framework* other : frameworks) {
    if (other == nullptr || other->id == framework.id) continue;
    if (domain::CrosswalksTo(framework, *other)) {
      tables.push_back(CoverageTable(framework, *other));
      any = true;
    }
    if (domain::CrosswalksTo(*other, framework)) {
      tables.push_back(CoverageTable(*other, framework));
      any = true;
    }
  }
  data.set("has_coverage", Data{any});
  data.set("thin_below", Str(std::to_string(domain::kThinCoverage)));
  data.set("coverage", tables);
}

void SetText(Data& data, const std::string& key, std::string_view text) {
  data.set(key, Str(text));
  data.set("has_" + key, Data{!text.empty()});
}

Data LinkList(const std::vector<GuideLink>& links) {
  Data list{Data::type::list};
  for (std::size_t i = 0; i < links.size(); ++i) {
    Data item;
    item.set("label", Str(links[i].label));
    SetText(item, "url", links[i].url);
    item.set("sep", Str(i + 1 < links.size() ? ", " : ""));
    list.push_back(item);
  }
  return list;
}

Data GuideItems(const domain::Framework& framework, const std::vector<domain::GuideItem>& items) {
  Data list{Data::type::list};
  for (const domain::GuideItem& item : items) {
    Data d;
    d.set("id", Str(item.id));
    d.set("title", Str(item.title));
    SetText(d, "text", item.text);
    SetList(d, "prompts", item.prompts, [](const std::string& p) {
      Data prompt;
      prompt.set("text", Str(p));
      return prompt;
    });
    d.set("has_criteria", Data{!item.criteria.empty()});
    d.set("links", LinkList(CriterionLinks(framework, item.criteria)));
    list.push_back(d);
  }
  return list;
}

bool HasStartSections(const domain::Framework& f) {
  return !f.first_steps.empty() || !f.common_agendas.empty() || !f.stakeholders.types.empty() ||
         !f.stakeholders.roles.empty() || !f.stakeholders.intro.empty();
}

bool HasOtherSections(const domain::Framework& f) {
  return !f.benchmarking.steps.empty() || !f.value_chain.dimensions.empty() ||
         !f.plan_template.fields.empty() || !f.exercises.empty() || !f.review_calendar.empty() ||
         !f.answers_feedback.empty() || !f.evidence_guide.kinds.empty() || !f.moderation.id.empty();
}

void SetFrameworkLinks(Data& data, const domain::Framework& framework) {
  data.set("framework_id", Str(framework.id));
  data.set("framework_title", Str(framework.title));
  data.set("framework_url", Str(FrameworkUrl(framework.id)));
  data.set("start_url", Str(StartUrl(framework.id)));
  data.set("sections_url", Str(SectionsUrl(framework.id)));
  data.set("has_start", Data{HasStartSections(framework)});
  data.set("has_sections", Data{HasOtherSections(framework)});
  data.set("has_more", Data{HasStartSections(framework) || HasOtherSections(framework)});
}

}  // namespace lct::render::detail
