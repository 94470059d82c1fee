// libFuzzer target for places files (io/places_csv, docs/places-file.md) and the checks of
// domain/place_entry against a two-level geography. Nothing may crash, throw or loop; every
// problem has a message, names the file and a line within it and, where it names a column, a
// column of the header; entries come in file order, one per data row, only when the layout is
// clean.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/place_entry.hpp"
#include "fuzz_check.hpp"
#include "io/places_csv.hpp"

namespace {

using lct::fuzz::Check;
constexpr std::string_view kTarget = "places_csv_fuzz";

void CheckLocation(const lct::Error& error, std::int64_t lines, std::size_t columns) {
  Check(!error.message().empty(), kTarget, "a problem has a message");
  Check(error.location().file == "fuzz.csv", kTarget, "a problem names the file");
  Check(error.location().line >= 0 && error.location().line <= lines, kTarget,
        "a problem's line is within the file");
  Check(
      error.location().column >= 0 && error.location().column <= static_cast<std::int64_t>(columns),
      kTarget, "a problem's column is within the header");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::int64_t lines = 1;
  for (const char c : text) lines += c == '\n' || c == '\r' ? 1 : 0;
  const lct::io::PlacesFileRead read = lct::io::ReadPlacesFile(text, "fuzz.csv");
  for (const auto& error : read.errors) CheckLocation(error, lines, read.header.size());
  std::int64_t previous = 0;
  for (const auto& entry : read.entries) {
    Check(entry.line > previous && entry.line <= lines, kTarget, "entries come in file order");
    previous = entry.line;
  }
  if (!read.errors.empty()) return 0;
  const lct::domain::Geography geography{{{"country", "Country"}, {"city", "City"}}, {"country"}};
  for (const auto& problem : lct::domain::CheckPlaceEntries(geography, read.entries, {})) {
    CheckLocation(lct::io::LocatePlaceProblem(problem, "fuzz.csv", read.header), lines,
                  read.header.size());
  }
  return 0;
}
