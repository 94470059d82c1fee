// /index/model: the model of the network's index of learning conditions. Anyone may read it;
// a network administrator may replace it (checked whole before it is saved) or restore the
// bundled one.
#include <string>
#include <utility>

#include "render/index_pages.hpp"
#include "services/index_model_service.hpp"
#include "services/services.hpp"
#include "web/auth_context.hpp"
#include "web/form_page.hpp"
#include "web/handler_support.hpp"
#include "web/redirect.hpp"
#include "web/routes.hpp"

namespace lct::web {
namespace {

Result<Response> ModelPage(int status, const RouteContext& ctx, render::IndexModelView view) {
  view.can_edit = ctx.principal.network_admin;
  view.csrf = ctx.principal.csrf_token;
  auto page = render::IndexModelPage(view);
  if (view.can_edit) return FormPage(status, std::move(page));
  if (!page) return page.error();
  return Html(std::move(*page));
}

}  // namespace

void AddIndexModelRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  router.Add(Method::kGet, "/index/model", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto model = services::GetIndexModel(store);
               if (!model) return model.error();
               return ModelPage(200, ctx, {std::move(model->text), model->bundled});
             });
  router.Add(Method::kPost, "/index/model", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) -> Result<Response> {
               const services::Actor actor = ActorOf(ctx.principal);
               if (ctx.form.Field("action").value_or("") == "reset") {
                 if (auto reset = services::ResetIndexModel(store, actor); !reset) {
                   return reset.error();
                 }
                 return Redirect("/index");
               }
               const std::string text = ctx.form.Field("model").value_or("");
               auto saved = services::SetIndexModel(store, text, "model", actor);
               if (saved) return Redirect("/index");
               if (saved.error().code() != ErrorCode::kInvalidArgument) {
                 return saved.error();
               }
               auto current = services::GetIndexModel(store);
               return ModelPage(
                   400, ctx,
                   {text, current ? current->bundled : true, false, "", saved.error().ToString()});
             });
}

}  // namespace lct::web
