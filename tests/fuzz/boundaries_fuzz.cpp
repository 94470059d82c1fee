// libFuzzer target for boundary files (io/boundaries, io/geometry: GeoJSON and TopoJSON through
// GEOS). Nothing may crash, throw or loop; every problem has a message and names the file; a
// file with a problem yields no feature; each feature has a code and a geometry GEOS wrote, and
// simplification never adds a vertex to a valid geometry.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "io/boundaries.hpp"

namespace {

using lct::fuzz::Check;
constexpr std::string_view kTarget = "boundaries_fuzz";

void Run(std::string_view text, bool repair) {
  lct::io::BoundaryOptions options;
  options.repair = repair;
  const lct::io::BoundariesRead read = lct::io::ReadBoundaries(text, "fuzz.json", options);
  for (const auto& error : read.errors) {
    Check(!error.message().empty(), kTarget, "a problem has a message");
    Check(error.location().file == "fuzz.json", kTarget, "a problem names the file");
  }
  Check(read.errors.empty() || read.features.empty(), kTarget,
        "a file with a problem yields no feature");
  std::set<std::string> codes;
  for (const auto& feature : read.features) {
    Check(!feature.code.empty() && codes.insert(feature.code).second, kTarget,
          "each feature has its own code");
    Check(!feature.geojson.empty(), kTarget, "each feature has a geometry");
    if (feature.repaired.empty()) {
      Check(feature.vertices_after <= feature.vertices_before, kTarget,
            "simplifying never adds a vertex");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Run(text, false);
  Run(text, true);
  return 0;
}
