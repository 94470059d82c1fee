// The network file (docs/your-own-network.md): a network's name, description, language, number
// format and geography, in YAML. Read with every problem reported by line and field; written
// back in the same layout, so that reading what was written gives the same definition.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "domain/network_definition.hpp"

namespace lct::io {

struct NetworkFileRead {
  domain::NetworkDefinition definition;
  std::vector<Error> errors;  // each with the file, line and field; the definition is unusable
                              // when there is any
};

[[nodiscard]] NetworkFileRead ReadNetworkFile(std::string_view text, const std::string& file);

[[nodiscard]] std::string WriteNetworkFile(const domain::NetworkDefinition& definition);

}  // namespace lct::io
