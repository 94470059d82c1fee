#include "io/boundaries.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "io/geometry.hpp"

namespace lct::io {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxListedErrors = 50;
constexpr double kMaxLongitude = 180;
constexpr double kMaxLatitude = 90;
constexpr std::size_t kMinRing = 4;  // a closed triangle: three corners and the first again

// Never throws: text read by Json::parse is valid UTF-8, and replace is the net if not.
std::string Dump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string Text(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  return {};
}

// One feature, as GeoJSON geometry plus its properties, whichever format it came in.
struct RawFeature {
  std::string path;  // "features[3]" or "objects.ltla.geometries[3]"
  Json properties;
  Json geometry;
};

class BoundaryReader {
 public:
  BoundaryReader(const std::string& file, const BoundaryOptions& options)
      : file_(file), options_(options) {}

  BoundariesRead Read(std::string_view text) {
    const Json doc = Json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
      Fail("",
           "the file is not a JSON object: expected a GeoJSON FeatureCollection or a "
           "TopoJSON Topology (the text must be valid UTF-8 JSON)");
      return Finish();
    }
    const std::string type = Text(doc.value("type", Json()));
    std::vector<RawFeature> raw;
    if (type == "FeatureCollection") {
      result_.format = "GeoJSON";
      raw = GeoJsonFeatures(doc);
    } else if (type == "Topology") {
      result_.format = "TopoJSON";
      raw = TopoJsonFeatures(doc);
    } else {
      Fail("type", "the file's type is '" + type +
                       "': expected a GeoJSON FeatureCollection or a TopoJSON Topology");
    }
    if (result_.errors.empty() && raw.empty()) Fail("", "the file has no features");
    for (const RawFeature& feature : raw) ReadFeature(feature);
    return Finish();
  }

 private:
  BoundariesRead Finish() {
    if (!result_.errors.empty()) result_.features.clear();
    return std::move(result_);
  }

  void Fail(const std::string& field, std::string message) {
    if (result_.errors.size() == kMaxListedErrors) {
      result_.errors.push_back(
          InvalidArgument("more problems not listed", ErrorLocation{file_, 0, "", 0}));
    }
    if (result_.errors.size() > kMaxListedErrors) return;
    result_.errors.push_back(
        InvalidArgument(std::move(message), ErrorLocation{file_, 0, field, 0}));
  }

  std::vector<RawFeature> GeoJsonFeatures(const Json& doc) {
    std::vector<RawFeature> raw;
    const Json features = doc.value("features", Json());
    if (!features.is_array()) {
      Fail("features", "a FeatureCollection needs a list of features");
      return raw;
    }
    for (std::size_t i = 0; i < features.size(); ++i) {
      const Json& f = features[i];
      const std::string path = "features[" + std::to_string(i) + "]";
      if (!f.is_object()) {
        Fail(path, "a feature is a JSON object");
        continue;
      }
      raw.push_back({path, f.value("properties", Json::object()), f.value("geometry", Json())});
    }
    return raw;
  }

  // TopoJSON (github.com/topojson/topojson-specification): arcs, quantised and delta-encoded
  // when the topology has a transform, shared by the geometries of its objects.
  std::vector<RawFeature> TopoJsonFeatures(const Json& doc) {
    std::vector<RawFeature> raw;
    const Json objects = doc.value("objects", Json());
    if (!objects.is_object() || objects.empty()) {
      Fail("objects", "a Topology needs at least one object");
      return raw;
    }
    std::string name = options_.object;
    if (name.empty()) {
      if (objects.size() != 1) {
        std::string names;
        for (const auto& [key, value] : objects.items()) names += (names.empty() ? "" : ", ") + key;
        Fail("objects", "the topology has several objects (" + names + "): choose one");
        return raw;
      }
      name = objects.begin().key();
    }
    if (!objects.contains(name)) {
      Fail("objects", "the topology has no object '" + name + "'");
      return raw;
    }
    if (!DecodeArcs(doc)) return raw;
    const Json& object = objects[name];
    const Json geometries = object.value("geometries", Json());
    if (!geometries.is_array()) {
      Fail("objects." + name, "the object is not a GeometryCollection with a list of geometries");
      return raw;
    }
    for (std::size_t i = 0; i < geometries.size(); ++i) {
      const Json& g = geometries[i];
      const std::string path = "objects." + name + ".geometries[" + std::to_string(i) + "]";
      if (!g.is_object()) {
        Fail(path, "a geometry is a JSON object");
        continue;
      }
      raw.push_back({path, g.value("properties", Json::object()), TopoGeometry(g, path)});
    }
    return raw;
  }

  bool DecodeArcs(const Json& doc) {
    std::optional<std::array<double, 4>> transform;  // scale x, y; translate x, y
    if (const Json t = doc.value("transform", Json()); t.is_object()) {
      const Json scale = t.value("scale", Json());
      const Json translate = t.value("translate", Json());
      if (!scale.is_array() || scale.size() != 2 || !translate.is_array() ||
          translate.size() != 2 || !scale[0].is_number() || !scale[1].is_number() ||
          !translate[0].is_number() || !translate[1].is_number()) {
        Fail("transform", "a transform has a scale and a translate of two numbers each");
        return false;
      }
      transform = {scale[0].get<double>(), scale[1].get<double>(), translate[0].get<double>(),
                   translate[1].get<double>()};
    }
    const Json arcs = doc.value("arcs", Json());
    if (!arcs.is_array()) {
      Fail("arcs", "a Topology needs a list of arcs");
      return false;
    }
    arcs_.reserve(arcs.size());
    for (std::size_t i = 0; i < arcs.size(); ++i) {
      std::vector<std::array<double, 2>> points;
      double x = 0;
      double y = 0;
      for (const Json& p : arcs[i]) {
        if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
          Fail("arcs[" + std::to_string(i) + "]", "an arc's positions are pairs of numbers");
          return false;
        }
        if (transform) {
          x += p[0].get<double>();
          y += p[1].get<double>();
          points.push_back(
              {x * (*transform)[0] + (*transform)[2], y * (*transform)[1] + (*transform)[3]});
        } else {
          points.push_back({p[0].get<double>(), p[1].get<double>()});
        }
      }
      arcs_.push_back(std::move(points));
    }
    return true;
  }

  // A ring from its arc indexes (a negative index ~i is arc i reversed).
  std::optional<Json> TopoRing(const Json& indexes, const std::string& path) {
    Json ring = Json::array();
    if (!indexes.is_array()) return std::nullopt;
    for (const Json& index : indexes) {
      if (!index.is_number_integer()) return std::nullopt;
      const std::int64_t i = index.get<std::int64_t>();
      const auto arc = static_cast<std::size_t>(i < 0 ? ~i : i);
      if (arc >= arcs_.size()) {
        Fail(path, "refers to arc " + std::to_string(arc) + ", which the topology does not have");
        return std::nullopt;
      }
      std::vector<std::array<double, 2>> points = arcs_[arc];
      if (i < 0) std::reverse(points.begin(), points.end());
      for (std::size_t k = ring.empty() ? 0 : 1; k < points.size(); ++k) {
        ring.push_back({points[k][0], points[k][1]});
      }
    }
    return ring;
  }

  Json TopoGeometry(const Json& g, const std::string& path) {
    const std::string type = Text(g.value("type", Json()));
    const Json arcs = g.value("arcs", Json());
    const auto polygon = [&](const Json& rings) -> std::optional<Json> {
      if (!rings.is_array()) return std::nullopt;
      Json out = Json::array();
      for (const Json& r : rings) {
        auto ring = TopoRing(r, path);
        if (!ring) return std::nullopt;
        out.push_back(std::move(*ring));
      }
      return out;
    };
    if (type == "Polygon") {
      if (auto rings = polygon(arcs)) return {{"type", "Polygon"}, {"coordinates", *rings}};
    } else if (type == "MultiPolygon" && arcs.is_array()) {
      Json polygons = Json::array();
      for (const Json& p : arcs) {
        auto rings = polygon(p);
        if (!rings) return {{"type", type}};
        polygons.push_back(std::move(*rings));
      }
      return {{"type", "MultiPolygon"}, {"coordinates", polygons}};
    }
    return {{"type", type}};
  }

  // Closed rings of four positions or more, each [longitude, latitude] in range.
  std::optional<std::string> CheckCoordinates(const Json& geometry) {
    const std::string type = Text(geometry.value("type", Json()));
    const Json coordinates = geometry.value("coordinates", Json());
    if (type != "Polygon" && type != "MultiPolygon") {
      return "the geometry is " + (type.empty() ? std::string("missing") : "a " + type) +
             ", not an area (a Polygon or MultiPolygon)";
    }
    if (!coordinates.is_array()) return std::string("the geometry has no coordinates");
    const Json polygons = type == "Polygon" ? Json::array({coordinates}) : coordinates;
    for (const Json& polygon : polygons) {
      if (!polygon.is_array() || polygon.empty()) return std::string("a polygon has no rings");
      for (const Json& ring : polygon) {
        if (!ring.is_array() || ring.size() < kMinRing) {
          return std::string("a ring has fewer than four positions");
        }
        for (const Json& p : ring) {
          if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
            return std::string("a position is not a pair of numbers");
          }
          const double lon = p[0].get<double>();
          const double lat = p[1].get<double>();
          if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > kMaxLongitude ||
              std::abs(lat) > kMaxLatitude) {
            return "the position " + Dump(p) +
                   " is not a longitude and latitude in degrees (WGS 84): is the file in "
                   "another projection?";
          }
        }
        if (ring.front() != ring.back()) return std::string("a ring is not closed");
      }
    }
    return std::nullopt;
  }

  void ReadFeature(const RawFeature& raw) {
    const Json& properties = raw.properties;
    const std::string code =
        properties.is_object() ? Text(properties.value(options_.code_property, Json())) : "";
    if (code.empty()) {
      std::string names;
      if (properties.is_object()) {
        for (const auto& [key, value] : properties.items())
          names += (names.empty() ? "" : ", ") + key;
      }
      Fail(raw.path,
           "the feature has no '" + options_.code_property +
               "' property (its properties are: " + (names.empty() ? std::string("none") : names) +
               "); name the property that holds the place code");
      return;
    }
    const std::string where = raw.path + " (" + code + ")";
    if (!codes_.insert(code).second) {
      Fail(where, "a second feature for the code '" + code + "'");
      return;
    }
    if (auto problem = CheckCoordinates(raw.geometry)) {
      Fail(where, *problem);
      return;
    }
    auto simplified = CheckAndSimplify(Dump(raw.geometry), options_.tolerance, options_.repair);
    if (!simplified) {
      Fail(where, simplified.error().message());
      return;
    }
    BoundaryFeature feature;
    feature.code = code;
    feature.name =
        properties.is_object() ? Text(properties.value(options_.name_property, Json())) : "";
    feature.geojson = std::move(simplified->geojson);
    feature.vertices_before = simplified->vertices_before;
    feature.vertices_after = simplified->vertices_after;
    feature.repaired = std::move(simplified->repaired);
    result_.features.push_back(std::move(feature));
  }

  const std::string& file_;
  const BoundaryOptions& options_;
  BoundariesRead result_;
  std::vector<std::vector<std::array<double, 2>>> arcs_;
  std::set<std::string, std::less<>> codes_;
};

}  // namespace

BoundariesRead ReadBoundaries(std::string_view text, const std::string& file,
                              const BoundaryOptions& options) {
  return BoundaryReader(file, options).Read(text);
}

}  // namespace lct::io
