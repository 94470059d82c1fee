// FrameworkRecord: one version of a framework as the store keeps it, the YAML text exactly as it
// was imported plus the facts needed to list it without parsing. Plain value; no I/O.
#pragma once

#include <string>

namespace lct::domain {

struct FrameworkRecord {
  std::string slug;  // the framework's id (Framework::id)
  int version = 0;   // Framework::version; (slug, version) is unique in the store
  std::string title;
  std::string yaml;         // the framework file as imported (comments and layout kept)
  std::string imported_at;  // UTC, "2026-01-31T12:00:00Z"; set by the store when empty
  bool operator==(const FrameworkRecord&) const = default;
};

}  // namespace lct::domain
