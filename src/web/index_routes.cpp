// /index, /index.csv and /api/v1/index: the network's index of learning conditions, with the
// what-if given as query parameters (w_<strand>, normalisation, aggregation).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

#include "render/index_pages.hpp"
#include "render/json_text.hpp"
#include "services/learning_index.hpp"
#include "services/services.hpp"
#include "web/handler_support.hpp"
#include "web/routes.hpp"

namespace lct::web {
namespace {

Result<domain::IndexWhatIf> ParseWhatIf(const Request& request) {
  domain::IndexWhatIf what_if;
  what_if.normalisation = request.Query("normalisation").value_or("");
  what_if.aggregation = request.Query("aggregation").value_or("");
  for (const auto& [key, value] : request.query) {
    if (!key.starts_with("w_")) continue;
    if (value.empty()) continue;
    std::size_t used = 0;
    double weight = 0;
    try {
      weight = std::stod(value, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != value.size()) {
      return InvalidArgument("weight '" + key + "' must be a number", {"", 0, key});
    }
    what_if.weights.push_back({key.substr(2), "", weight});
  }
  // Published settings spelled out in full are not a what-if.
  const bool all_one = std::all_of(what_if.weights.begin(), what_if.weights.end(),
                                   [](const auto& w) { return w.weight == 1.0; });
  if (all_one) what_if.weights.clear();
  if (what_if.normalisation == "minmax") what_if.normalisation.clear();
  if (what_if.aggregation == "arithmetic") what_if.aggregation.clear();
  return what_if;
}

nlohmann::json ToJson(const domain::LearningIndex& index) {
  nlohmann::json places = nlohmann::json::array();
  for (const auto& p : index.places) {
    places.push_back({{"code", p.code},
                      {"name", p.name},
                      {"member", p.member},
                      {"score", p.score},
                      {"rank", p.rank},
                      {"published_rank", p.nominal_rank},
                      {"rank_interval", {{"q05", p.rank_q05}, {"q95", p.rank_q95}}},
                      {"rank_median", p.rank_median}});
  }
  nlohmann::json strands = nlohmann::json::array();
  for (const auto& s : index.strands) {
    nlohmann::json indicators = nlohmann::json::array();
    for (const auto& c : index.components) {
      if (c.strand == s.code) indicators.push_back({{"code", c.code}, {"period", c.period}});
    }
    strands.push_back(
        {{"code", s.code}, {"name", s.name}, {"weight", s.weight}, {"indicators", indicators}});
  }
  return {{"title", index.title},
          {"illustrative", true},
          {"normalisation", index.normalisation},
          {"aggregation", index.aggregation},
          {"what_if", index.what_if.Active()},
          {"uncertainty", {{"replications", index.replications}, {"seed", index.seed}}},
          {"strands", strands},
          {"places", places}};
}

}  // namespace

void AddIndexRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  services::LearningIndexCache& cache = services.learning_index();
  const auto load = [store, &cache](const RouteContext& ctx) -> Result<domain::LearningIndex> {
    auto what_if = ParseWhatIf(ctx.request);
    if (!what_if) return what_if.error();
    return services::GetLearningIndex(store, cache, *what_if);
  };
  router.Add(Method::kGet, "/index", Permission::kPublic,
             [load](const RouteContext& ctx) -> Result<Response> {
               auto index = load(ctx);
               if (!index) return index.error();
               auto page = render::IndexPage(*index);
               if (!page) return page.error();
               return Html(std::move(*page));
             });
  router.Add(Method::kGet, "/index.csv", Permission::kPublic,
             [load](const RouteContext& ctx) -> Result<Response> {
               auto index = load(ctx);
               if (!index) return index.error();
               return Csv(render::IndexCsv(*index), "learning-conditions-index.csv");
             });
  router.Add(Method::kGet, "/api/v1/index", Permission::kPublic,
             [load](const RouteContext& ctx) -> Result<Response> {
               auto index = load(ctx);
               if (!index) return index.error();
               return JsonBody(render::JsonText(ToJson(*index)));
             });
}

}  // namespace lct::web
