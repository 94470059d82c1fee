// Checking a network's set-up files before anything is stored (docs/places-file.md): the network
// file, and optionally its places file and a boundary file, each problem with its file, line and
// column. Nothing here reads or writes the database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "domain/network_definition.hpp"

namespace lct::services {

// A file's name (for messages) and its text.
struct NamedText {
  std::string name;
  std::string text;
};

struct BoundaryFileOptions {
  std::string code_property = "code";
  std::string name_property = "name";
  std::string object;        // TopoJSON: the object (layer) to read
  double tolerance = 0.001;  // degrees
  bool repair = false;
  bool skip_unmatched = false;  // leave out (and count) features that match no place
};

struct NetworkFilesCheck {
  domain::NetworkDefinition definition;
  std::int64_t places = 0;
  std::map<std::string, std::int64_t> places_by_level;  // level key -> count
  std::int64_t members = 0;
  std::int64_t comparators = 0;
  std::int64_t former_members = 0;
  std::int64_t boundaries = 0;
  std::int64_t boundaries_repaired = 0;
  std::int64_t boundaries_skipped = 0;  // matched no place (with skip_unmatched)
  std::int64_t vertices_before = 0;     // of the boundaries, before simplification
  std::int64_t vertices_after = 0;
  std::vector<std::string> places_without_boundary;  // codes, when a boundary file was given
  std::vector<Error> errors;                         // empty: the files can be used as they are
};

// Checks `network` (YAML), then `places` (CSV) against its geography, then `boundaries`
// (GeoJSON or TopoJSON): every boundary must be a place of the places file, unless
// `skip_unmatched` (a national file used for a few of its areas). A later file is
// only checked once the earlier ones are clean (its problems would follow from theirs).
[[nodiscard]] NetworkFilesCheck CheckNetworkFiles(const NamedText& network,
                                                  const std::optional<NamedText>& places,
                                                  const std::optional<NamedText>& boundaries,
                                                  const BoundaryFileOptions& options = {});

}  // namespace lct::services
