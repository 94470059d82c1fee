#include "services/import_service.hpp"

#include <nlohmann/json.hpp>

#include <sstream>
#include <unordered_map>
#include <utility>

#include "render/json_text.hpp"

namespace lct::services {
namespace {

// The first words of a reason, to group rejections ("unknown place code", "bad number").
std::string ReasonKind(const std::string& reason) {
  const auto quote = reason.find('\'');
  std::string kind = reason.substr(0, quote);
  while (!kind.empty() && (kind.back() == ' ' || kind.back() == ':')) kind.pop_back();
  return kind;
}

class Lookup {
 public:
  static Result<Lookup> Load(store::Store& store) {
    Lookup lookup;
    auto places = store.ListPlaces();
    if (!places) return places.error();
    for (const auto& p : *places) {
      lookup.places_.emplace(p.code, p.id);
      std::istringstream old(p.predecessor_codes);
      for (std::string code; old >> code;)
        lookup.successors_.emplace(code, p.code + " (" + p.name + ")");
    }
    auto indicators = store.ListIndicators();
    if (!indicators) return indicators.error();
    for (const auto& i : *indicators) {
      lookup.indicators_.emplace(i.code, std::make_pair(i.id, i.code));
      // The ONS files name indicators by their published name; the catalogue keeps it as name.
      lookup.indicators_.emplace(i.name, std::make_pair(i.id, i.code));
    }
    return lookup;
  }

  [[nodiscard]] const PlaceId* Place(const std::string& code) const {
    const auto it = places_.find(code);
    return it == places_.end() ? nullptr : &it->second;
  }
  // "E08000038 (Barnsley)" when `code` is a previous code of a current place.
  [[nodiscard]] const std::string* Successor(const std::string& code) const {
    const auto it = successors_.find(code);
    return it == successors_.end() ? nullptr : &it->second;
  }
  [[nodiscard]] const std::pair<IndicatorId, std::string>* Indicator(const std::string& key) const {
    const auto it = indicators_.find(key);
    return it == indicators_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::string, PlaceId> places_;
  std::unordered_map<std::string, std::string> successors_;
  std::unordered_map<std::string, std::pair<IndicatorId, std::string>> indicators_;
};

}  // namespace

Result<ImportReport> ImportObservations(store::Store& store, std::istream& in,
                                        const std::string& source_name,
                                        const ImportOptions& options,
                                        const std::function<void(const RejectedRow&)>& on_reject) {
  auto lookup = Lookup::Load(store);
  if (!lookup) return lookup.error();
  ImportReport report;
  report.source = source_name;
  const auto reject = [&](std::int64_t line, std::string column, std::string reason) {
    ++report.rejected;
    ++report.rejected_by_reason[ReasonKind(reason)];
    RejectedRow row{line, std::move(column), std::move(reason)};
    if (on_reject) on_reject(row);
    if (report.rejected_rows.size() < kListedRejects)
      report.rejected_rows.push_back(std::move(row));
  };

  const auto fill = [&](store::ObservationStaging& staging) -> Status {
    const std::function<Status(const io::RawObservation&)> on_row =
        [&](const io::RawObservation& raw) -> Status {
      ++report.rows;
      const PlaceId* place = lookup->Place(raw.place_code);
      if (place == nullptr) {
        const std::string* successor = lookup->Successor(raw.place_code);
        reject(raw.line, raw.place_column,
               "unknown place code '" + raw.place_code + "'" +
                   (successor != nullptr ? ": a previous code of " + *successor +
                                               "; give the current code to import it"
                                         : ""));
        return Ok();
      }
      const auto* indicator = lookup->Indicator(raw.indicator);
      if (indicator == nullptr) {
        reject(
            raw.line, raw.indicator_column,
            "unknown indicator '" + raw.indicator + "': add it to the indicator catalogue first");
        return Ok();
      }
      domain::Observation o;
      o.indicator = indicator->first;
      o.place = *place;
      o.period = raw.period;
      o.value = raw.value;
      o.lower = raw.lower;
      o.upper = raw.upper;
      o.status = raw.status;
      o.note = raw.note;
      auto staged = staging.Stage(o, raw.line);
      if (!staged) {
        if (staged.error().code() != ErrorCode::kConflict) return staged;
        reject(raw.line, raw.value_column, staged.error().message());
        return Ok();
      }
      ++report.accepted_by_indicator[indicator->second];
      return Ok();
    };
    const std::function<void(const io::RowProblem&)> on_problem = [&](const io::RowProblem& p) {
      ++report.rows;
      reject(p.line, p.column, p.reason);
    };
    return io::ReadObservationCsv(in, source_name, options.mapping, on_row, on_problem);
  };

  const auto decide = [&](const store::ImportCounts& counts) {
    if (!options.commit) {
      report.not_written_because = "this is a preview";
      return false;
    }
    if (report.rejected > 0 && !options.skip_rejected) {
      report.not_written_because = std::to_string(report.rejected) +
                                   (report.rejected == 1 ? " row was" : " rows were") +
                                   " rejected; correct the file, or choose to skip them";
      return false;
    }
    if (counts.added == 0 && counts.changed == 0) {
      report.not_written_because = "nothing is new or changed";
      return false;
    }
    return true;
  };

  const auto audit = [&](const store::ImportCounts& counts) {
    domain::AuditEntry e;
    if (options.actor.user) e.actor_user_id = options.actor.user->value;
    e.actor = options.actor.name.empty() ? "cli" : options.actor.name;
    e.action = "observations.import";
    e.entity = "observations";
    e.entity_id = source_name;
    // The import's summary: a bulk import's every previous value would be a copy of the table.
    e.after_json = render::JsonText(nlohmann::json{{"file", source_name},
                                                   {"added", counts.added},
                                                   {"changed", counts.changed},
                                                   {"unchanged", counts.unchanged},
                                                   {"rejected_and_skipped", report.rejected},
                                                   {"indicators", report.accepted_by_indicator}});
    return e;
  };
  auto counts = store.ImportObservations(fill, decide, audit);
  if (!counts) return counts.error();
  report.counts = *counts;
  report.committed = counts->committed;
  return report;
}

Status ApplyMappingOption(io::ColumnMapping& mapping, std::string_view option) {
  const auto eq = option.find('=');
  if (eq == std::string_view::npos || eq == 0 || eq + 1 == option.size()) {
    return InvalidArgument("a column mapping is written field=column, e.g. place=areacd; got '" +
                           std::string(option) + "'");
  }
  const std::string field(option.substr(0, eq));
  std::string column(option.substr(eq + 1));
  const std::pair<const char*, std::string io::ColumnMapping::*> fields[] = {
      {"place", &io::ColumnMapping::place},   {"indicator", &io::ColumnMapping::indicator},
      {"period", &io::ColumnMapping::period}, {"value", &io::ColumnMapping::value},
      {"lower", &io::ColumnMapping::lower},   {"upper", &io::ColumnMapping::upper},
      {"status", &io::ColumnMapping::status}, {"note", &io::ColumnMapping::note}};
  for (const auto& [name, member] : fields) {
    if (field == name) {
      mapping.*member = std::move(column);
      return Ok();
    }
  }
  if (field == "ignore") {
    mapping.ignore.push_back(std::move(column));
    return Ok();
  }
  return InvalidArgument("unknown field '" + field +
                         "' in a column mapping: use place, indicator, period, value, lower, "
                         "upper, status, note or ignore");
}

}  // namespace lct::services
