#include "render/api_page.hpp"

#include <map>

#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

// The permission key in words for a reader.
std::string AccessWords(const std::string& access) {
  static const std::map<std::string, std::string> kWords = {
      {"public", "Anyone"},
      {"signed-in", "Signed in, or an API token"},
      {"place-viewer", "The place's viewers, partners and co-ordinator; administrators"},
      {"place-partner", "The place's partners and co-ordinator; administrators"},
      {"place-coordinator", "The place's co-ordinator; administrators"},
      {"network-admin", "Network administrators"},
      {"capability", "Whoever holds the secret link"}};
  const auto it = kWords.find(access);
  return it == kWords.end() ? access : it->second;
}

Data OperationData(const ApiPageOperation& op) {
  Data d;
  d.set("method", Str(op.method));
  d.set("path", Str(op.path));
  d.set("anchor", Str(op.method + op.path));
  d.set("summary", Str(op.summary));
  d.set("description", Str(op.description));
  d.set("access", Str(AccessWords(op.access)));
  Data params{Data::type::list};
  for (const auto& p : op.parameters) {
    Data item;
    item.set("name", Str(p.name));
    item.set("in", Str(p.in));
    item.set("description", Str(p.description));
    item.set("required", Data{p.required});
    params.push_back(item);
  }
  d.set("has_parameters", Data{!op.parameters.empty()});
  d.set("parameters", params);
  return d;
}

}  // namespace

Result<std::string> ApiPage(const std::vector<ApiPageOperation>& operations) {
  // Groups in the order their first operation appears.
  std::vector<std::string> order;
  std::map<std::string, Data> groups;
  for (const auto& op : operations) {
    if (!groups.contains(op.tag)) {
      order.push_back(op.tag);
      groups.emplace(op.tag, Data{Data::type::list});
    }
    groups.at(op.tag).push_back(OperationData(op));
  }
  Data list{Data::type::list};
  for (const auto& tag : order) {
    Data group;
    group.set("tag", Str(tag));
    group.set("operations", groups.at(tag));
    list.push_back(group);
  }
  Data data;
  data.set("groups", list);
  return detail::RenderPage("api", data, "API", "about");
}

}  // namespace lct::render
