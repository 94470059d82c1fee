// A place's rounds, a round's results and the co-ordinator's round page (issue 4).
#include "render/assessment_pages.hpp"

#include <cmath>

#include "domain/framework_depth.hpp"
#include "render/assessment_charts.hpp"
#include "render/format.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

constexpr const char* kIllustrative = "Illustrative responses, not real";
constexpr double kPercent = 100.0;

template <typename Items, typename Make>
void SetList(Data& data, const std::string& key, const Items& items, const Make& make) {
  Data list{Data::type::list};
  for (const auto& item : items) list.push_back(make(item));
  data.set("has_" + key, Data{!items.empty()});
  data.set(key, list);
}

std::string Percent(double share) { return FormatNumber(share * kPercent, 0) + "%"; }

std::string Alpha(const std::optional<double>& alpha) {
  return alpha ? FormatNumber(*alpha, 3) : std::string("–");
}

std::string RoundBase(const domain::AssessmentRound& round) {
  return "/places/" + round.place_code + "/rounds/" + std::to_string(round.id.value);
}

// "2" -> "2 (Developing)"; "2.5" stays a number between two points.
std::string MedianText(const std::optional<double>& median,
                       const std::vector<domain::ScalePoint>& scale) {
  if (!median) return "No ratings";
  for (const auto& p : scale) {
    if (std::fabs(p.value - *median) < 1e-9) return std::to_string(p.value) + " (" + p.label + ")";
  }
  return FormatNumber(*median, 1);
}

void SetRound(Data& d, const domain::AssessmentRound& round, const std::string& framework_title,
              bool open) {
  d.set("illustrative", Data{round.illustrative});
  d.set("illustrative_label", Str(kIllustrative));
  d.set("place_code", Str(round.place_code));
  d.set("place_name", Str(round.place_name));
  d.set("round_id", Str(std::to_string(round.id.value)));
  d.set("round_url", Str(RoundBase(round)));
  d.set("framework_title", Str(framework_title));
  d.set("framework_version", Str(std::to_string(round.framework_version)));
  d.set("open", Data{open});
  d.set("status", Str(open ? "Open" : "Closed"));
  d.set("closes_on", Str(round.closes_on));
  d.set("has_closes_on", Data{!round.closes_on.empty()});
  d.set("opened_on", Str(round.opened_at.substr(0, 10)));
  d.set("named", Data{round.visibility == domain::AnswerVisibility::kNamed});
  d.set("operational", Data{round.depth == domain::RoundDepth::kOperational});
  d.set("depth_label",
        Str(round.depth == domain::RoundDepth::kOperational ? "Operational depth (a field project)"
                                                            : "Strategic depth (the partnership)"));
}

Data CriterionData(const domain::CriterionView& c, const std::vector<domain::ScalePoint>& scale) {
  Data d;
  d.set("id", Str(c.id));
  d.set("statement", Str(c.statement));
  Data counts{Data::type::list};
  for (const int n : c.counts) counts.push_back(Str(std::to_string(n)));
  d.set("counts", counts);
  d.set("dont_know", Str(std::to_string(c.dont_know)));
  d.set("median", Str(MedianText(c.median, scale)));
  d.set("iqr", Str(c.iqr ? FormatNumber(*c.iqr, 2) : "–"));
  // One rating cannot agree or disagree with itself (issue 11: it read "No").
  d.set("consensus", Str(c.ratings == 0   ? "–"
                         : c.ratings == 1 ? "One rating"
                         : c.consensus    ? "Yes"
                                          : "No"));
  d.set("established", Str(c.established ? "Yes" : "No"));
  return d;
}

Data StrandData(const domain::StrandView& s, const domain::RoundResultsView& v) {
  Data d;
  d.set("id", Str(s.id));
  d.set("title", Str(s.title));
  d.set("attained", Str(!v.stages               ? "Areas, not stages"
                        : s.level_attained == 0 ? "No level met yet"
                                                : "Level " + std::to_string(s.level_attained) +
                                                      ": " + s.level_attained_title));
  d.set("share", Str(Percent(s.share_established)));
  d.set("alpha", Str(Alpha(s.alpha)));
  d.set("agreement", Str(s.agreement));
  SetList(d, "levels", s.levels, [&](const domain::LevelView& l) {
    Data level;
    level.set("number", Str(std::to_string(l.number)));
    level.set("title", Str(l.title));
    level.set("established", Str(std::to_string(l.established)));
    level.set("criteria", Str(std::to_string(l.criteria)));
    level.set("share", Str(Percent(l.share)));
    level.set("met", Str(l.met ? "Met" : "Not yet"));
    return level;
  });
  d.set("withheld", Data{v.distribution_withheld});
  d.set("withheld_reason", Str(v.withheld_reason));
  std::vector<HeatRow> rows;
  std::vector<const domain::CriterionView*> items;
  for (const auto& l : s.levels) {
    for (const auto& c : l.items) {
      rows.push_back({c.id, c.counts, c.dont_know});
      items.push_back(&c);
    }
  }
  if (v.distribution_withheld) items.clear();  // the page says why instead
  std::vector<std::string> columns;
  for (const auto& p : v.scale) columns.push_back(p.label);
  d.set("heat", Str(v.distribution_withheld
                        ? std::string()
                        : HeatGrid(rows, columns, "Don't know", s.title + ": ratings by criterion",
                                   "How many respondents gave each rating to each criterion of "
                                   "the " +
                                       s.title +
                                       " strand, shaded by the share of the criterion's ratings; "
                                       "\"don't know\" counts apart, unshaded. The table below "
                                       "gives the same counts.")));
  SetList(d, "criteria", items,
          [&](const domain::CriterionView* c) { return CriterionData(*c, v.scale); });
  return d;
}

void SetComparison(Data& data, const domain::RoundResultsView& v) {
  data.set("has_comparison", Data{v.has_comparison});
  if (!v.has_comparison) return;
  const auto& compared = v.comparison;
  domain::AssessmentRound previous = v.round;
  previous.id = compared.previous;
  data.set("previous_url", Str(RoundBase(previous)));
  data.set("previous_id", Str(std::to_string(compared.previous.value)));
  data.set("previous_opened_on", Str(compared.previous_opened_on));
  data.set("previous_closed_on", Str(compared.previous_closed_on));
  data.set("previous_illustrative", Data{compared.previous_illustrative});
  data.set("comparison_fixed", Data{compared.fixed});
  data.set("comparison_criteria_withheld", Data{compared.criteria_withheld});
  SetList(data, "level_changes", v.level_changes, [](const domain::LevelChangeView& c) {
    Data d;
    d.set("strand", Str(c.strand));
    d.set("before", Str(std::to_string(c.before)));
    d.set("after", Str(std::to_string(c.after)));
    return d;
  });
  const auto change = [&](const domain::ChangeView& c) {
    Data d;
    d.set("criterion", Str(c.criterion));
    d.set("statement", Str(c.statement));
    d.set("before", Str(MedianText(c.before, v.scale)));
    d.set("after", Str(MedianText(c.after, v.scale)));
    return d;
  };
  SetList(data, "gains", v.gains, change);
  SetList(data, "losses", v.losses, change);
}

void SetNamed(Data& data, const domain::RoundResultsView& v) {
  data.set("has_named", Data{v.named.has_value()});
  if (!v.named) return;
  SetList(data, "named_respondents", v.named->respondents, [](const std::string& name) {
    Data d;
    d.set("name", Str(name));
    return d;
  });
  SetList(data, "named_rows", v.named->rows, [](const domain::NamedAnswersView::Row& row) {
    Data d;
    d.set("criterion", Str(row.criterion));
    Data cells{Data::type::list};
    for (const auto& r : row.ratings) cells.push_back(Str(r.empty() ? "–" : r));
    d.set("ratings", cells);
    return d;
  });
}

}  // namespace

Result<std::string> RoundResultsPage(const ResultsPageInput& input) {
  const auto& v = *input.view;
  Data data;
  SetRound(data, v.round, v.framework_title, v.open);
  data.set("print", Data{input.print});
  data.set("coordinator", Data{input.coordinator});
  data.set("invited", Str(std::to_string(v.invited)));
  data.set("submitted", Str(std::to_string(v.submitted)));
  data.set("any_submitted", Data{v.submitted > 0});
  data.set("withheld", Data{v.distribution_withheld});
  data.set("withheld_reason", Str(v.withheld_reason));
  data.set("threshold", Str(Percent(v.level_threshold)));
  data.set("min_group", Str(std::to_string(v.min_group_size)));
  data.set("stages", Data{v.stages});
  SetList(data, "scale", v.scale, [](const domain::ScalePoint& p) {
    Data d;
    d.set("value", Str(std::to_string(p.value)));
    d.set("label", Str(p.label));
    return d;
  });
  SetList(data, "strands", v.strands,
          [&](const domain::StrandView& s) { return StrandData(s, v); });
  std::vector<RadarAxis> axes;
  for (const auto& s : v.strands) axes.push_back({s.title, s.share_established});
  data.set("radar", Str(StrandChart(axes, "Share of criteria established, by strand",
                                    axes.size() >= kRadarMinAxes
                                        ? "One axis per strand, from 0% at the centre to 100% at "
                                          "the edge. The table beside gives the same figures."
                                        : "One bar per strand, from 0% to 100%. The table beside "
                                          "gives the same figures.")));
  data.set("overall_alpha", Str(Alpha(v.overall_alpha)));
  data.set("overall_agreement", Str(v.overall_agreement));
  SetList(data, "sectors", v.sectors, [](const std::pair<std::string, int>& s) {
    Data d;
    d.set("label", Str(s.first));
    d.set("count", Str(std::to_string(s.second)));
    return d;
  });
  SetList(data, "gaps", v.gaps, [&](const domain::GapView& g) {
    Data d;
    d.set("criterion", Str(g.criterion));
    d.set("statement", Str(g.statement));
    d.set("gap", Str(FormatNumber(g.gap, 1)));
    std::string by;
    for (const auto& s : g.sectors) {
      by += (by.empty() ? "" : "; ") + s.sector + ": " + FormatNumber(s.median, 1);
    }
    d.set("sectors", Str(by));
    return d;
  });
  data.set("has_more_tied", Data{v.gaps_more_tied > 0});
  data.set("gaps_more_tied", Str(std::to_string(v.gaps_more_tied)));
  data.set("more_tied_criteria", Str(v.gaps_more_tied == 1 ? "criterion has" : "criteria have"));
  data.set("more_tied_verb", Str(v.gaps_more_tied == 1 ? "is" : "are"));
  data.set("last_gap", Str(v.gaps.empty() ? "" : FormatNumber(v.gaps.back().gap, 1)));
  SetComparison(data, v);
  SetList(data, "unmet", v.unmet, [](const domain::UnmetView& u) {
    Data d;
    d.set("id", Str(u.id));
    d.set("statement", Str(u.statement));
    d.set("where", Str(u.where));
    SetList(d, "ideas", u.ideas, [](const domain::Idea& idea) {
      Data i;
      i.set("text", Str(idea.text));
      return i;
    });
    return d;
  });
  SetNamed(data, v);
  const std::string title =
      "Self-assessment round " + std::to_string(v.round.id.value) + ": " + v.round.place_name;
  return detail::RenderPage("round_results", data, title, "network_section");
}

Result<std::string> RoundsPage(const RoundsPageInput& input) {
  Data data;
  data.set("place_code", Str(input.place_code));
  data.set("place_name", Str(input.place_name));
  data.set("csrf", Str(input.csrf));
  data.set("error", Str(input.error));
  data.set("has_error", Data{!input.error.empty()});
  data.set("today", Str(input.today));
  data.set("can_open", Data{input.can_open});
  data.set("illustrative_label", Str(kIllustrative));
  SetList(data, "rounds", input.rounds, [](const domain::RoundListItem& item) {
    Data d;
    SetRound(d, item.round, item.framework_title, item.open);
    d.set("invited", Str(std::to_string(item.invited)));
    d.set("submitted", Str(std::to_string(item.submitted)));
    return d;
  });
  SetList(data, "frameworks", input.frameworks, [](const domain::Framework* f) {
    Data d;
    d.set("id", Str(f->id));
    d.set("title", Str(f->title));
    d.set("version", Str(std::to_string(f->version)));
    const int operational = domain::OperationalCriteriaCount(*f);
    d.set("has_operational", Data{operational > 0});
    d.set("operational_count", Str(std::to_string(operational)));
    SetList(d, "strands", f->strands, [&](const domain::Strand& s) {
      Data strand;
      strand.set("id", Str(s.id));
      strand.set("title", Str(s.title));
      strand.set("field_id", Str(f->id + "-" + s.id));
      return strand;
    });
    return d;
  });
  return detail::RenderPage("rounds", data, "Self-assessment: " + input.place_name,
                            "network_section");
}

Result<std::string> RoundManagePage(const ManagePageInput& input) {
  Data data;
  SetRound(data, input.round, input.framework_title, input.open);
  data.set("csrf", Str(input.csrf));
  data.set("error", Str(input.error));
  data.set("has_error", Data{!input.error.empty()});
  data.set("has_invitation", Data{input.invitation.has_value()});
  if (input.invitation) {
    data.set("invitation_number", Str(std::to_string(input.invitation->number)));
    data.set("invitation_name", Str(input.invitation->name));
    data.set("invitation_url", Str(input.invitation->url));
  }
  SetList(data, "respondents", input.respondents, [](const domain::Respondent& r) {
    Data d;
    d.set("number", Str(std::to_string(r.number)));
    d.set("name", Str(r.name));
    d.set("organisation", Str(r.organisation));
    d.set("sector", Str(r.sector));
    d.set("role", Str(r.role));
    d.set("status", Str(r.submitted_at.empty() ? "Not submitted" : "Submitted"));
    return d;
  });
  return detail::RenderPage("round_manage", data,
                            "Manage round " + std::to_string(input.round.id.value),
                            "network_section");
}

}  // namespace lct::render
