// Area geometry through GEOS (the geometry engine PostGIS and QGIS use, from Debian's
// libgeos-dev): checking that a polygon is valid and simplifying it for display. Geometry goes in
// and out as GeoJSON geometry text (a Polygon or MultiPolygon, WGS 84 longitude and latitude).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace lct::io {

struct SimplifiedGeometry {
  std::string geojson;  // the simplified geometry, coordinates on a 0.00001° grid
  std::int64_t vertices_before = 0;
  std::int64_t vertices_after = 0;
  std::string repaired;  // when it was repaired: what was wrong (e.g. "Self-intersection at ...")
};

// Checks `geojson` (a Polygon or MultiPolygon) with GEOS and simplifies it, keeping its topology
// (no ring crosses another, none vanishes), with `tolerance` in degrees (0.001° is about 100 m on
// the ground; 0 keeps every vertex). An invalid geometry is an error that says why and where
// (e.g. "Self-intersection at -3.94 51.62"), unless `repair`: then GEOS's MakeValid (the
// "structure" method, keeping only areas) mends it and `repaired` says what was wrong.
// Thread-safe: each call has its own GEOS context.
[[nodiscard]] Result<SimplifiedGeometry> CheckAndSimplify(std::string_view geojson,
                                                          double tolerance, bool repair);

}  // namespace lct::io
