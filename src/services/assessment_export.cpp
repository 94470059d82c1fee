#include "services/assessment_export.hpp"

#include <algorithm>
#include <map>

#include "domain/framework_lookup.hpp"
#include "render/csv_writer.hpp"

namespace lct::services {
namespace {

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

}  // namespace

bool AnswersWithheld(const domain::RoundReport& report) {
  return report.round.visibility == domain::AnswerVisibility::kAnonymous &&
         report.results.distribution_withheld;
}

std::vector<ExportRow> ExportRows(const domain::RoundReport& report,
                                  const domain::ScoringOptions& options) {
  if (AnswersWithheld(report)) return {};
  const bool named = report.round.visibility == domain::AnswerVisibility::kNamed;
  const auto sectors = domain::SectorLabels(report.respondents, options.min_group_size);
  std::map<std::int64_t, const domain::Respondent*> submitted;
  for (const auto& r : report.respondents) {
    if (!r.submitted_at.empty()) submitted[r.id.value] = &r;
  }
  const auto& scale = report.results.scale;
  std::vector<ExportRow> rows;
  for (const auto& a : report.answers) {
    const auto who = submitted.find(a.respondent.value);
    if (who == submitted.end()) continue;
    const auto ref = domain::LocateCriterion(*report.framework, a.criterion);
    if (!ref) continue;
    ExportRow row;
    row.respondent = who->second->pseudonym;
    if (named) {
      row.name = who->second->name;
      row.organisation = who->second->organisation;
      row.role = who->second->role;
    }
    row.sector = sectors.at(who->second->sector);
    row.strand = ref->strand->id;
    row.level = ref->level->id;
    row.criterion = a.criterion;
    row.rating = a.rating;
    row.rating_label = "Don't know";
    for (const auto& p : scale) {
      if (a.rating && p.value == *a.rating) row.rating_label = p.label;
    }
    row.evidence = a.evidence;
    row.links = a.links;
    row.comment = a.comment;
    rows.push_back(std::move(row));
  }
  // Pseudonym order, so that row order does not give away the order of invitation.
  std::stable_sort(rows.begin(), rows.end(), [](const ExportRow& a, const ExportRow& b) {
    return a.respondent < b.respondent;
  });
  return rows;
}

std::string RoundCsv(const domain::RoundReport& report, const domain::ScoringOptions& options) {
  const bool named = report.round.visibility == domain::AnswerVisibility::kNamed;
  const bool illustrative = report.round.illustrative;
  std::vector<std::string> header;
  if (illustrative) header.emplace_back("note");
  for (const char* column : {"round", "place", "framework", "version", "respondent"}) {
    header.emplace_back(column);
  }
  if (named) {
    for (const char* column : {"name", "organisation", "role"}) header.emplace_back(column);
  }
  for (const char* column : {"sector", "strand", "level", "criterion", "rating", "rating_label",
                             "evidence", "links", "comment"}) {
    header.emplace_back(column);
  }
  render::CsvWriter csv(header);
  for (const auto& row : ExportRows(report, options)) {
    if (illustrative) csv.Text(kIllustrativeLabel);
    csv.Integer(report.round.id.value)
        .Text(report.round.place_code)
        .Text(report.round.framework)
        .Integer(report.round.framework_version)
        .Text(row.respondent);
    if (named) csv.Text(row.name).Text(row.organisation).Text(row.role);
    csv.Text(row.sector).Text(row.strand).Text(row.level).Text(row.criterion);
    if (row.rating) {
      csv.Integer(*row.rating);
    } else {
      csv.Empty();
    }
    csv.Text(row.rating_label)
        .Text(row.evidence)
        .Text(JoinLines(row.links))
        .Text(row.comment)
        .EndRow();
  }
  return std::move(csv).Take();
}

}  // namespace lct::services
