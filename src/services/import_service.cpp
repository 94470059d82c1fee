#include "services/import_service.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "io/observation_csv.hpp"
#include "render/json_text.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

// The first words of a reason, to group rejections ("unknown place code", "bad number",
// "duplicate key"): up to a quote or a colon, so that no row's own text makes a group of its own.
std::string ReasonKind(const std::string& reason) {
  const auto end = reason.find_first_of("':");
  std::string kind = reason.substr(0, end);
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
      lookup.codes_.emplace(i.id.value, i.code);
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
  // Rows of one indicator tend to come together: the last key found is tried first.
  [[nodiscard]] const std::pair<IndicatorId, std::string>* Indicator(const std::string& key) {
    if (last_indicator_ != nullptr && key == last_indicator_->first) {
      return &last_indicator_->second;
    }
    const auto it = indicators_.find(key);
    if (it == indicators_.end()) return nullptr;
    last_indicator_ = &*it;
    return &it->second;
  }
  [[nodiscard]] const std::string& Code(IndicatorId id) const { return codes_.at(id.value); }

 private:
  std::unordered_map<std::string, PlaceId> places_;
  std::unordered_map<std::string, std::string> successors_;
  std::unordered_map<std::string, std::pair<IndicatorId, std::string>> indicators_;
  const std::pair<const std::string, std::pair<IndicatorId, std::string>>* last_indicator_ =
      nullptr;
  std::unordered_map<std::int64_t, std::string> codes_;
};

// The first kListedRejects rejected rows by line, whatever order they come in (duplicates are
// found after the other rejections), holding at most twice that many at any time.
class ListedRejects {
 public:
  explicit ListedRejects(std::vector<RejectedRow>& rows) : rows_(rows) {}
  void Add(const RejectedRow& row) {
    if (rows_.size() == kListedRejects && !unsorted_ && row.line >= rows_.back().line) return;
    rows_.push_back(row);
    unsorted_ = unsorted_ || (rows_.size() > 1 && row.line < rows_[rows_.size() - 2].line);
    if (rows_.size() >= 2 * kListedRejects) Trim();
  }
  void Trim() {
    if (unsorted_) {
      std::stable_sort(rows_.begin(), rows_.end(),
                       [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
      unsorted_ = false;
    }
    if (rows_.size() > kListedRejects) rows_.resize(kListedRejects);
  }

 private:
  std::vector<RejectedRow>& rows_;
  bool unsorted_ = false;
};

// Small numbers for the columns values come from, so that a staged row can name its column
// again should it turn out to be a duplicate.
class ColumnNumbers {
 public:
  std::int32_t Of(const std::string& column) {
    if (last_ < names_.size() && names_[last_] == column) return static_cast<std::int32_t>(last_);
    const auto it = std::find(names_.begin(), names_.end(), column);
    last_ = static_cast<std::size_t>(it - names_.begin());
    if (it == names_.end()) names_.push_back(column);
    return static_cast<std::int32_t>(last_);
  }
  [[nodiscard]] const std::string& Name(std::int32_t number) const {
    return names_.at(static_cast<std::size_t>(number));
  }

 private:
  std::vector<std::string> names_;  // as many as the header has columns, at most
  std::size_t last_ = 0;
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
  ListedRejects listed(report.rejected_rows);
  const auto reject = [&](std::int64_t line, std::string column, std::string reason) {
    ++report.rejected;
    ++report.rejected_by_reason[ReasonKind(reason)];
    RejectedRow row{line, std::move(column), std::move(reason)};
    if (on_reject) on_reject(row);
    listed.Add(row);
  };
  std::unordered_map<std::int64_t, std::int64_t> accepted;  // indicator id -> rows
  ColumnNumbers columns;

  const auto fill = [&](store::ObservationStaging& staging) -> Status {
    domain::Observation o;  // one, reused, so that its strings keep their buffers
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
      o.indicator = indicator->first;
      o.place = *place;
      o.period = raw.period;
      o.value = raw.value;
      o.lower = raw.lower;
      o.upper = raw.upper;
      o.status = raw.status;
      o.note = raw.note;
      if (auto staged = staging.Stage(o, {raw.line, columns.Of(raw.value_column)}); !staged) {
        return staged;
      }
      ++accepted[indicator->first.value];
      return Ok();
    };
    const std::function<void(const io::RowProblem&)> on_problem = [&](const io::RowProblem& p) {
      ++report.rows;
      reject(p.line, p.column, p.reason);
    };
    return io::ReadObservationCsv(in, source_name, options.mapping, on_row, on_problem);
  };

  // A duplicate key is found once every row is read: the first row stays, this one is rejected.
  const auto on_duplicate = [&](const store::DuplicateRow& d) {
    --accepted[d.indicator.value];
    reject(d.from.line, columns.Name(d.from.column),
           "duplicate key: the same place, indicator and period as line " +
               std::to_string(d.first_line));
  };

  const auto summarise = [&] {
    listed.Trim();
    report.accepted_by_indicator.clear();
    for (const auto& [id, rows] : accepted) {
      if (rows > 0) report.accepted_by_indicator[lookup->Code(IndicatorId{id})] = rows;
    }
  };

  const auto decide = [&](const store::ImportCounts& counts) {
    summarise();
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
  store::ImportSteps steps;
  steps.fill = fill;
  // Rows are written while they are counted, unless the import cannot commit anyway.
  steps.write = [&] { return options.commit && (report.rejected == 0 || options.skip_rejected); };
  steps.on_duplicate = on_duplicate;
  steps.commit = decide;
  steps.audit = audit;
  auto counts = store.ImportObservations(steps);
  if (!counts) return counts.error();
  report.counts = *counts;
  report.committed = counts->committed;
  return report;
}

Status ApplyMappingOption(domain::ColumnMapping& mapping, std::string_view option) {
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
