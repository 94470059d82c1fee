// The places file (docs/places-file.md): one row per place with its code, name, level, parent,
// membership and optional coordinates, predecessors and retirement. This reads the layout (the
// columns and the form of each field); domain::CheckPlaceEntries checks the places against the
// network's geography, and LocatePlaceProblem puts its findings back on the file's lines and
// columns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "domain/place_entry.hpp"

namespace lct::io {

// The columns, in the order `lct places export` writes them. code, name and level are required;
// the others may be left out of the header.
[[nodiscard]] const std::vector<std::string>& PlacesFileColumns();

struct PlacesFileRead {
  std::vector<domain::PlaceEntry> entries;  // one per data row, with its line
  std::vector<std::string> header;          // as the file gives it
  std::vector<Error> errors;                // file, line, column and field each; none: usable
};

[[nodiscard]] PlacesFileRead ReadPlacesFile(std::string_view csv, const std::string& file);

// `problem` as an error naming `file`, its line, and the column of its field in `header`.
[[nodiscard]] Error LocatePlaceProblem(const domain::PlaceProblem& problem, const std::string& file,
                                       const std::vector<std::string>& header);

}  // namespace lct::io
