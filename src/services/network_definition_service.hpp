// The network's definition (issue 13, docs/places-file.md): its name, description, language,
// number format and geography, kept as the network file's YAML text in the network setting
// "network". Setting it checks the file whole, and against the places already stored, before
// anything is written.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/result.hpp"
#include "domain/network_definition.hpp"
#include "services/account_service.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// The network setting that holds the network file's text.
inline constexpr const char* kNetworkDefinitionSetting = "network";

// The stored network file's text, or nothing when none is set.
[[nodiscard]] Result<std::optional<std::string>> GetNetworkDefinitionText(
    store::NetworkReads& store);

// The stored definition, or nothing when none is set. Internal when the stored text no longer
// reads (it was checked when it was stored).
[[nodiscard]] Result<std::optional<domain::NetworkDefinition>> GetNetworkDefinition(
    store::NetworkReads& store);

// The stored definition; InvalidArgument saying how to set one when none is.
[[nodiscard]] Result<domain::NetworkDefinition> RequireNetworkDefinition(
    store::NetworkReads& store);

struct NetworkDefinitionSet {
  domain::NetworkDefinition definition;
  bool changed = false;       // false: the same text was already stored (nothing written)
  std::vector<Error> errors;  // each naming `file`, the line and the field; none: stored
};

// Checks `text` (a network file, read with io::ReadNetworkFile, which checks the geography)
// and then that every stored place still fits the new geography (its level is one of the
// levels, its parent at a wider level). When both pass, stores the text, names the network
// with the definition's name and description, and appends an audit entry, in one
// transaction; otherwise writes nothing.
[[nodiscard]] NetworkDefinitionSet SetNetworkDefinition(store::Store& store, std::string_view text,
                                                        const std::string& file,
                                                        const Actor& actor);

}  // namespace lct::services
