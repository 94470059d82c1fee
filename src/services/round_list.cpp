#include "services/round_list.hpp"

#include "services/assessment_service.hpp"
#include "store/store.hpp"

namespace lct::services {

Result<std::vector<domain::RoundListItem>> ListRoundItems(store::Store& store,
                                                          FrameworkCache& cache,
                                                          std::string_view place_code,
                                                          std::string_view today) {
  auto rounds = ListPlaceRounds(store, place_code);
  if (!rounds) return rounds.error();
  std::vector<domain::RoundListItem> items;
  for (auto& r : *rounds) {
    domain::RoundListItem item;
    auto framework = LoadFramework(store, cache, r.framework, r.framework_version);
    item.framework_title = framework ? (*framework)->title : r.framework;
    auto respondents = store.ListRespondents(r.id);
    if (!respondents) return respondents.error();
    item.invited = static_cast<int>(respondents->size());
    for (const auto& p : *respondents) {
      if (!p.submitted_at.empty()) ++item.submitted;
    }
    item.open = domain::IsOpen(r, today);
    item.round = std::move(r);
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace lct::services
