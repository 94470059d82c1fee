#include "services/assessment_export.hpp"

#include <algorithm>
#include <map>

#include "domain/framework_lookup.hpp"

namespace lct::services {
namespace {

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

}  // namespace

bool AnswersWithheld(const RoundReport& report) {
  return report.round.visibility == domain::AnswerVisibility::kAnonymous &&
         report.results.distribution_withheld;
}

std::vector<ExportRow> ExportRows(const RoundReport& report, const ScoringOptions& options) {
  if (AnswersWithheld(report)) return {};
  const bool named = report.round.visibility == domain::AnswerVisibility::kNamed;
  const auto sectors = SectorLabels(report.respondents, options.min_group_size);
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

std::string RoundCsv(const RoundReport& report, const ScoringOptions& options) {
  const bool named = report.round.visibility == domain::AnswerVisibility::kNamed;
  std::string out;
  const bool illustrative = report.round.illustrative;
  if (illustrative) out += "note,";
  out += "round,place,framework,version,respondent,";
  if (named) out += "name,organisation,role,";
  out += "sector,strand,level,criterion,rating,rating_label,evidence,links,comment\r\n";
  for (const auto& row : ExportRows(report, options)) {
    if (illustrative) out += CsvField(kIllustrativeLabel) + ",";
    out += std::to_string(report.round.id.value) + "," + CsvField(report.round.place_code) + "," +
           CsvField(report.round.framework) + "," + std::to_string(report.round.framework_version) +
           "," + CsvField(row.respondent) + ",";
    if (named) {
      out += CsvField(row.name) + "," + CsvField(row.organisation) + "," + CsvField(row.role) + ",";
    }
    out += CsvField(row.sector) + "," + CsvField(row.strand) + "," + CsvField(row.level) + "," +
           CsvField(row.criterion) + "," + (row.rating ? std::to_string(*row.rating) : "") + "," +
           CsvField(row.rating_label) + "," + CsvField(row.evidence) + "," +
           CsvField(JoinLines(row.links)) + "," + CsvField(row.comment) + "\r\n";
  }
  return out;
}

}  // namespace lct::services
