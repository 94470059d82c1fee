// Boundary files: GeoJSON (a FeatureCollection) or TopoJSON (a Topology, one of its objects),
// whose features carry the place codes in a property. Each feature is checked (an area, closed
// rings, coordinates in range, valid to GEOS) and simplified for display; problems are reported
// with the file and the feature (its index and code), and a file with any problem yields none.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"

namespace lct::io {

struct BoundaryOptions {
  std::string code_property = "code";  // the feature property holding the place code
  std::string name_property = "name";  // the feature property holding its name (optional)
  std::string object;        // TopoJSON: which object (layer); may be left empty when it has one
  double tolerance = 0.001;  // simplification, in degrees (about 100 m); 0 keeps every vertex
  bool repair = false;       // mend invalid geometry with GEOS MakeValid instead of refusing it
};

struct BoundaryFeature {
  std::string code;
  std::string name;     // the feature's "name" property, or empty
  std::string geojson;  // the checked, simplified geometry (Polygon or MultiPolygon)
  std::int64_t vertices_before = 0;
  std::int64_t vertices_after = 0;
  std::string repaired;  // what was wrong with the geometry, when it was repaired
};

struct BoundariesRead {
  std::string format;  // "GeoJSON" or "TopoJSON"
  std::vector<BoundaryFeature> features;
  std::vector<Error> errors;  // each names the file and the feature ("features[12]", code)
};

[[nodiscard]] BoundariesRead ReadBoundaries(std::string_view text, const std::string& file,
                                            const BoundaryOptions& options);

}  // namespace lct::io
