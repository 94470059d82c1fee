// JSON forms of the guide, for /api/v1/frameworks and /api/v1/frameworks/{id}.
#pragma once

#include <string>

#include "domain/framework.hpp"
#include "services/guide_service.hpp"

namespace lct::web {

// Every loaded framework (its highest version) with the versions stored.
[[nodiscard]] std::string FrameworkListJson(const services::Guide& guide);

// The whole framework: strands, levels, criteria with crosswalks, ideas, pitfalls, examples and
// the optional sections, with the addresses of its guide pages.
[[nodiscard]] std::string FrameworkJson(const domain::Framework& framework,
                                        const services::Guide& guide);

}  // namespace lct::web
