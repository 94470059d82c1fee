// A network's geography as data: its levels, named by the network, from the widest down (e.g.
// nation > region > local authority; UNESCO region > country > city; region > county), and the
// levels a place is compared within. No code scheme is assumed: GSS, NUTS, ISO 3166-2 or a
// network's own ids are all just codes, and a level is only a key and a name.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lct::domain {

struct GeographyLevel {
  std::string key;   // lower-case letters, digits and hyphens, e.g. "local-authority"
  std::string name;  // shown to people, e.g. "Local authority"

  bool operator==(const GeographyLevel&) const = default;
};

struct Geography {
  std::vector<GeographyLevel> levels;       // the widest first
  std::vector<std::string> compare_within;  // level keys, e.g. {"region", "nation"}

  // Position of the level `key` (0 is the widest), or nullopt for an unknown key.
  [[nodiscard]] std::optional<std::size_t> IndexOf(std::string_view key) const;
  [[nodiscard]] const GeographyLevel* Find(std::string_view key) const;

  bool operator==(const Geography&) const = default;
};

// What is wrong with `geography`, each problem with the field it is in ("levels[1].key",
// "compare_within[0]"); empty when it is usable: at least one level, each key well formed and
// used once, each name given and used once, and every comparison level a level that is wider
// than the narrowest one (a place is compared within an area that contains it).
struct GeographyProblem {
  std::string field;
  std::string message;

  bool operator==(const GeographyProblem&) const = default;
};
[[nodiscard]] std::vector<GeographyProblem> CheckGeography(const Geography& geography);

// Whether `key` is a well-formed level key: 1 to 40 of a-z, 0-9 and '-', not starting or ending
// with '-'.
[[nodiscard]] bool IsLevelKey(std::string_view key);

}  // namespace lct::domain
