#include "services/network_definition_service.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <utility>

#include "domain/place_entry.hpp"
#include "io/network_yaml.hpp"
#include "render/json_text.hpp"
#include "services/place_entries.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

// The slug a network gets when the definition is the first thing that names it.
constexpr const char* kNewNetworkSlug = "network";

std::string DefinitionJson(const domain::NetworkDefinition& d) {
  nlohmann::json levels = nlohmann::json::array();
  for (const domain::GeographyLevel& level : d.geography.levels) levels.push_back(level.key);
  return render::JsonText(nlohmann::json{{"name", d.name},
                                         {"language", d.language},
                                         {"number_format", d.number_format.Example()},
                                         {"levels", std::move(levels)},
                                         {"compare_within", d.geography.compare_within}});
}

// Every stored place that would not fit `geography`: its level gone, or its parent no longer
// at a wider level. Reported against the network file's `levels` field.
std::vector<Error> CheckStoredPlaces(const domain::Geography& geography,
                                     const StoredRegister& stored, const std::string& file) {
  std::vector<domain::PlaceEntry> entries;
  std::map<std::string, std::string, std::less<>> levels;
  entries.reserve(stored.places.size());
  for (const auto& [code, place] : stored.places) entries.push_back(EntryOf(place));
  std::vector<Error> errors;
  // Stored entries all have line 0: each is checked on its own against the others, so that
  // every problem names its place.
  for (const domain::PlaceEntry& e : entries) levels[e.code] = e.level;
  for (const domain::PlaceEntry& e : entries) {
    for (const domain::PlaceProblem& problem : domain::CheckPlaceEntries(geography, {e}, levels)) {
      errors.push_back(InvalidArgument("the stored place '" + e.code + "' (" + e.name +
                                           ") would not fit: " + problem.field + ": " +
                                           problem.message,
                                       ErrorLocation{file, 0, "levels", 0}));
    }
  }
  return errors;
}

}  // namespace

Result<std::optional<std::string>> GetNetworkDefinitionText(store::NetworkReads& store) {
  return store.GetNetworkSetting(kNetworkDefinitionSetting);
}

Result<std::optional<domain::NetworkDefinition>> GetNetworkDefinition(store::NetworkReads& store) {
  auto text = GetNetworkDefinitionText(store);
  if (!text) return text.error();
  if (!*text) return std::optional<domain::NetworkDefinition>();
  io::NetworkFileRead read = io::ReadNetworkFile(**text, "the stored network file");
  if (!read.errors.empty()) {
    return Internal("the stored network definition no longer reads: " +
                    read.errors.front().ToString());
  }
  return std::optional<domain::NetworkDefinition>(std::move(read.definition));
}

Result<domain::NetworkDefinition> RequireNetworkDefinition(store::NetworkReads& store) {
  auto definition = GetNetworkDefinition(store);
  if (!definition) return definition.error();
  if (!*definition) {
    return InvalidArgument(
        "no network definition is stored yet: set the network file first (`lct network set "
        "NETWORK.yaml`, docs/places-file.md)");
  }
  return std::move(**definition);
}

NetworkDefinitionSet SetNetworkDefinition(store::Store& store, std::string_view text,
                                          const std::string& file, const Actor& actor) {
  NetworkDefinitionSet out;
  io::NetworkFileRead read = io::ReadNetworkFile(text, file);
  out.definition = std::move(read.definition);
  out.errors = std::move(read.errors);
  if (!out.errors.empty()) return out;
  auto stored = LoadStoredRegister(store);
  if (!stored) {
    out.errors.push_back(stored.error());
    return out;
  }
  out.errors = CheckStoredPlaces(out.definition.geography, *stored, file);
  if (!out.errors.empty()) return out;
  auto before = GetNetworkDefinitionText(store);
  if (!before) {
    out.errors.push_back(before.error());
    return out;
  }
  if (*before && **before == text) return out;
  domain::Network network{NetworkId{}, kNewNetworkSlug, out.definition.name,
                          out.definition.description};
  if (stored->network) network.slug = stored->network->slug;
  const Status written = store.Write([&](store::StoreWriter& writer) -> Status {
    if (auto put = writer.PutNetworkSetting(kNetworkDefinitionSetting, text); !put) return put;
    if (auto named = writer.UpsertNetwork(network); !named) return named.error();
    domain::AuditEntry entry;
    if (actor.user) entry.actor_user_id = actor.user->value;
    entry.actor = actor.name;
    entry.action = "network.set";
    entry.entity = "network_setting";
    entry.entity_id = kNetworkDefinitionSetting;
    entry.after_json = DefinitionJson(out.definition);
    return writer.AppendAudit(entry);
  });
  if (!written) {
    out.errors.push_back(written.error());
    return out;
  }
  out.changed = true;
  return out;
}

}  // namespace lct::services
