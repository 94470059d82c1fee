#include "render/guide_view.hpp"

#include "base/embedded_file.hpp"

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
         !f.answers_feedback.empty();
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
