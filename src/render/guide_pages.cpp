#include "render/guide_pages.hpp"

#include <algorithm>

#include "render/guide_view.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::SetList;
using detail::SetText;
using detail::Str;

std::string CriteriaCount(const domain::Level& level) {
  const auto count = std::count_if(level.criteria.begin(), level.criteria.end(),
                                   [](const domain::Criterion& c) { return !c.retired; });
  return std::to_string(count) + (count == 1 ? " criterion" : " criteria");
}

Data LevelLink(const domain::Framework& framework, const domain::Strand& strand,
               const domain::Level& level) {
  Data d;
  d.set("url", Str(LevelUrl(framework.id, strand.id, level.id)));
  d.set("heading", Str(domain::LevelHeading(framework, level)));
  d.set("title", Str(level.title));
  SetText(d, "focus", level.focus);
  d.set("count", Str(CriteriaCount(level)));
  return d;
}

// Stage frameworks: a table of strands (rows) by level number (columns).
Data Grid(const domain::Framework& framework) {
  std::size_t columns = 0;
  for (const auto& strand : framework.strands) columns = std::max(columns, strand.levels.size());
  Data heads{Data::type::list};
  for (std::size_t i = 0; i < columns; ++i) {
    std::string title = "Level " + std::to_string(i + 1);
    for (const auto& strand : framework.strands) {
      if (i < strand.levels.size()) {
        title += ": " + strand.levels[i].title;
        break;
      }
    }
    Data head;
    head.set("title", Str(title));
    heads.push_back(head);
  }
  Data rows{Data::type::list};
  for (const auto& strand : framework.strands) {
    Data row;
    row.set("id", Str(strand.id));
    row.set("title", Str(strand.title));
    SetText(row, "summary", strand.summary);
    Data cells{Data::type::list};
    for (std::size_t i = 0; i < columns; ++i) {
      Data cell =
          i < strand.levels.size() ? LevelLink(framework, strand, strand.levels[i]) : Data{};
      cell.set("has_level", Data{i < strand.levels.size()});
      cell.set("strand", Str(strand.title));
      cells.push_back(cell);
    }
    row.set("cells", cells);
    rows.push_back(row);
  }
  Data grid;
  grid.set("columns", heads);
  grid.set("rows", rows);
  return grid;
}

// Area frameworks: each strand with its list of levels.
Data StrandLists(const domain::Framework& framework) {
  Data strands{Data::type::list};
  for (const auto& strand : framework.strands) {
    Data s;
    s.set("id", Str(strand.id));
    s.set("title", Str(strand.title));
    SetText(s, "summary", strand.summary);
    SetText(s, "source", strand.source);
    SetList(s, "levels", strand.levels,
            [&](const domain::Level& level) { return LevelLink(framework, strand, level); });
    strands.push_back(s);
  }
  return strands;
}

// `top`: the heading level of the framework's title (1 on its own page, 2 on /guide). The
// crosswalk coverage is shown on the framework's own page only (`frameworks` empty elsewhere).
Data Overview(const domain::Framework& framework, int top, FrameworkSet frameworks) {
  Data d;
  d.set("h_title", Str(std::to_string(top)));
  d.set("h_strand", Str(std::to_string(top + 1)));
  detail::SetFrameworkLinks(d, framework);
  d.set("version", Str(std::to_string(framework.version)));
  SetText(d, "summary", framework.summary);
  SetText(d, "authored_by", framework.authored_by);
  SetText(d, "attribution", framework.attribution);
  const bool stage = framework.level_kind == domain::LevelKind::kStage;
  d.set("is_grid", Data{stage});
  if (stage) d.set("grid", Grid(framework));
  d.set("strands", stage ? Data{Data::type::list} : StrandLists(framework));
  detail::SetCoverage(d, framework, frameworks);
  return d;
}

}  // namespace

Result<std::string> GuideIndexPage(FrameworkSet frameworks) {
  Data data;
  data.set("index", Data{true});
  data.set("has_frameworks", Data{!frameworks.empty()});
  data.set("has_default", Data{!frameworks.empty()});
  if (!frameworks.empty()) data.set("overview", Overview(*frameworks.front(), 2, {}));
  SetList(data, "frameworks", frameworks, [](const domain::Framework* f) {
    Data item;
    item.set("url", Str(FrameworkUrl(f->id)));
    item.set("title", Str(f->title));
    item.set("version", Str(std::to_string(f->version)));
    SetText(item, "summary", f->summary);
    return item;
  });
  data.set("start_url",
           Str(frameworks.empty() ? "/guide/start" : StartUrl(frameworks.front()->id)));
  return detail::RenderPage("guide", data, "Guide", "guide");
}

Result<std::string> GuideFrameworkPage(const domain::Framework& framework,
                                       FrameworkSet frameworks) {
  Data data;
  data.set("index", Data{false});
  data.set("has_frameworks", Data{false});
  data.set("has_default", Data{true});
  data.set("overview", Overview(framework, 1, frameworks));
  data.set("frameworks", Data{Data::type::list});
  return detail::RenderPage("guide", data, framework.title, "guide_section");
}

Result<std::string> GuideStartPage(const domain::Framework& framework) {
  Data data;
  detail::AddPartials(data);
  detail::SetFrameworkLinks(data, framework);
  data.set("h_item", Str("3"));
  data.set("has_first_steps", Data{!framework.first_steps.empty()});
  data.set("first_steps", detail::GuideItems(framework, framework.first_steps));
  const auto& who = framework.stakeholders;
  data.set("has_stakeholders",
           Data{!who.types.empty() || !who.roles.empty() || !who.intro.empty()});
  Data stakeholders;
  stakeholders.set("h_item", Str("4"));
  SetText(stakeholders, "intro", who.intro);
  stakeholders.set("has_types", Data{!who.types.empty()});
  stakeholders.set("types", detail::GuideItems(framework, who.types));
  stakeholders.set("has_roles", Data{!who.roles.empty()});
  stakeholders.set("roles", detail::GuideItems(framework, who.roles));
  data.set("stakeholders", stakeholders);
  data.set("has_agendas", Data{!framework.common_agendas.empty()});
  data.set("agendas", detail::GuideItems(framework, framework.common_agendas));
  return detail::RenderPage("guide_start", data, "Where do I start?", "guide_section");
}

}  // namespace lct::render
