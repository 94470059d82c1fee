// Loading the learning-conditions index's data from the store: the model's indicators' latest
// period for every English local authority.
#include <map>

#include "domain/period.hpp"
#include "services/learning_index_state.hpp"
#include "services/network_service.hpp"
#include "store/store.hpp"

namespace lct::services::detail {

Result<LearningData> LoadLearningData(store::Store& store,
                                      const std::vector<LearningStrandDef>& strands) {
  domain::PlaceListQuery query;
  query.nation_code = "E92000001";
  auto places = ListPlaces(store, query);
  if (!places) return places.error();
  auto indicators = store.ListIndicators();
  if (!indicators) return indicators.error();
  LearningData data;
  std::map<std::int64_t, std::size_t> column_of;  // indicator id -> column
  for (const auto& strand : strands) {
    for (const std::string& code : strand.indicators) {
      for (const auto& indicator : *indicators) {
        if (indicator.code != code) continue;
        column_of[indicator.id.value] = data.indicators.size();
        data.indicators.push_back(indicator);
        data.strand_of.push_back(strand.code);
      }
    }
  }
  const std::size_t columns = data.indicators.size();
  // per place, per column: (sort key, period, value) of every observation
  std::vector<std::vector<std::map<int, std::pair<std::string, double>>>> series;
  for (const auto& summary : places->places) {
    auto observations = store.ListObservationsForPlace(summary.place.id);
    if (!observations) return observations.error();
    std::vector<std::map<int, std::pair<std::string, double>>> row(columns);
    for (const auto& o : *observations) {
      const auto it = column_of.find(o.indicator.value);
      if (it == column_of.end() || !o.value) continue;
      auto period = domain::ParsePeriod(o.period);
      if (!period) continue;
      row[it->second][domain::PeriodSortKey(*period)] = {o.period, *o.value};
    }
    data.places.push_back(summary);
    series.push_back(std::move(row));
  }
  // The latest period of each indicator over all places, then each place's value for it.
  data.periods.assign(columns, {});
  std::vector<int> latest(columns, std::numeric_limits<int>::min());
  for (const auto& row : series) {
    for (std::size_t c = 0; c < columns; ++c) {
      if (!row[c].empty() && row[c].rbegin()->first > latest[c]) {
        latest[c] = row[c].rbegin()->first;
        data.periods[c] = row[c].rbegin()->second.first;
      }
    }
  }
  data.values.assign(series.size(), std::vector<double>(columns, std::nan("")));
  for (std::size_t p = 0; p < series.size(); ++p) {
    for (std::size_t c = 0; c < columns; ++c) {
      if (const auto it = series[p][c].find(latest[c]); it != series[p][c].end()) {
        data.values[p][c] = it->second.second;
      }
    }
  }
  return data;
}

}  // namespace lct::services::detail
