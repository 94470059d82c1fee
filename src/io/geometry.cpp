#include "io/geometry.hpp"

#include <geos_c.h>

#include <array>
#include <cstdio>
#include <memory>

namespace lct::io {
namespace {

constexpr double kGrid = 0.00001;  // about a metre: more than a map can show

// GEOS reports errors through a callback; keep the last message.
void KeepMessage(const char* message, void* user_data) {
  *static_cast<std::string*>(user_data) = message;
}

// One GEOS context, finished when it goes out of scope.
class Context {
 public:
  Context() : handle_(GEOS_init_r()) {
    GEOSContext_setErrorMessageHandler_r(handle_, &KeepMessage, &message_);
  }
  ~Context() { GEOS_finish_r(handle_); }
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  [[nodiscard]] GEOSContextHandle_t get() const { return handle_; }
  [[nodiscard]] const std::string& message() const { return message_; }

 private:
  GEOSContextHandle_t handle_;
  std::string message_;
};

template <typename T, void (*Destroy)(GEOSContextHandle_t, T*)>
struct Deleter {
  GEOSContextHandle_t handle;
  void operator()(T* p) const { Destroy(handle, p); }
};
using Geometry = std::unique_ptr<GEOSGeometry, Deleter<GEOSGeometry, GEOSGeom_destroy_r>>;
using Reader =
    std::unique_ptr<GEOSGeoJSONReader, Deleter<GEOSGeoJSONReader, GEOSGeoJSONReader_destroy_r>>;
using Params = std::unique_ptr<GEOSMakeValidParams,
                               Deleter<GEOSMakeValidParams, GEOSMakeValidParams_destroy_r>>;
using Writer =
    std::unique_ptr<GEOSGeoJSONWriter, Deleter<GEOSGeoJSONWriter, GEOSGeoJSONWriter_destroy_r>>;

void FreeText(GEOSContextHandle_t handle, char* text) { GEOSFree_r(handle, text); }
using Text = std::unique_ptr<char, Deleter<char, FreeText>>;

// The mended geometry: MakeValid's "structure" method, which keeps areas only.
Geometry Repair(GEOSContextHandle_t h, const GEOSGeometry* geometry) {
  const Params params(GEOSMakeValidParams_create_r(h), {h});
  GEOSMakeValidParams_setMethod_r(h, params.get(), GEOS_MAKE_VALID_STRUCTURE);
  GEOSMakeValidParams_setKeepCollapsed_r(h, params.get(), 0);
  return {GEOSMakeValidWithParams_r(h, geometry, params.get()), {h}};
}

}  // namespace

Result<SimplifiedGeometry> CheckAndSimplify(std::string_view geojson, double tolerance,
                                            bool repair) {
  Context context;
  GEOSContextHandle_t h = context.get();
  const Reader reader(GEOSGeoJSONReader_create_r(h), {h});
  const std::string text(geojson);
  Geometry geometry(GEOSGeoJSONReader_readGeometry_r(h, reader.get(), text.c_str()), {h});
  if (!geometry) return InvalidArgument("the geometry cannot be read: " + context.message());
  const int type = GEOSGeomTypeId_r(h, geometry.get());
  if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON) {
    return InvalidArgument("the geometry is not an area (a Polygon or MultiPolygon)");
  }
  GEOSGeometry* location = nullptr;
  char* reason = nullptr;
  const char valid = GEOSisValidDetail_r(h, geometry.get(), 0, &reason, &location);
  const Text reason_text(reason, {h});
  const Geometry location_geometry(location, {h});
  SimplifiedGeometry result;
  if (valid != 1) {
    std::string message = "the geometry is not valid";
    if (reason != nullptr) message += std::string(": ") + reason;
    double x = 0;
    double y = 0;
    if (location != nullptr && GEOSGeomGetX_r(h, location, &x) == 1 &&
        GEOSGeomGetY_r(h, location, &y) == 1) {
      std::array<char, 64> at{};
      std::snprintf(at.data(), at.size(), " at %.5f %.5f", x, y);  // NOLINT(cert-err33-c)
      message += at.data();
    }
    if (!repair) return InvalidArgument(message);
    result.repaired = message.substr(
        message.find(": ") == std::string::npos ? message.size() : message.find(": ") + 2);
    result.vertices_before = GEOSGetNumCoordinates_r(h, geometry.get());
    geometry = Repair(h, geometry.get());
    if (!geometry || GEOSisValid_r(h, geometry.get()) != 1) {
      return InvalidArgument(message + ", and GEOS could not repair it");
    }
  } else {
    result.vertices_before = GEOSGetNumCoordinates_r(h, geometry.get());
  }
  const Geometry simple(tolerance > 0 ? GEOSTopologyPreserveSimplify_r(h, geometry.get(), tolerance)
                                      : GEOSGeom_clone_r(h, geometry.get()),
                        {h});
  if (!simple) return Internal("GEOS could not simplify the geometry: " + context.message());
  const Geometry gridded(GEOSGeom_setPrecision_r(h, simple.get(), kGrid, 0), {h});
  if (!gridded) return Internal("GEOS could not round the geometry: " + context.message());
  result.vertices_after = GEOSGetNumCoordinates_r(h, gridded.get());
  const Writer writer(GEOSGeoJSONWriter_create_r(h), {h});
  const Text out(GEOSGeoJSONWriter_writeGeometry_r(h, writer.get(), gridded.get(), -1), {h});
  if (!out) return Internal("GEOS could not write the geometry: " + context.message());
  result.geojson = out.get();
  return result;
}

}  // namespace lct::io
