#include "io/boundaries.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "unit/project_file.hpp"

namespace lct::io {
namespace {

using testing::ReadProjectFile;

std::string Collection(const std::string& features) {
  return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}

std::string Feature(const std::string& code, const std::string& geometry) {
  return R"({"type":"Feature","properties":{"code":")" + code + R"(","name":"Area )" + code +
         R"("},"geometry":)" + geometry + "}";
}

const std::string kSquare =
    R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0.5,1.0000001],[0,1],[0,0]]]})";

std::string AllErrors(const BoundariesRead& read) {
  std::string text;
  for (const Error& e : read.errors) text += e.ToString() + "\n";
  return text;
}

// The ONS super-generalised boundaries have 15 local authorities whose generalised rings touch
// or cross themselves: refused as they are, each named; repaired when asked.
TEST(Boundaries, InvalidGeometryIsRefusedUnlessRepairIsAsked) {
  BoundaryOptions options;
  options.object = "ltla";
  options.code_property = "areacd";
  const std::string topo = ReadProjectFile("data/demo/uk-boundaries/uk-areas.topo.json");
  const BoundariesRead refused = ReadBoundaries(topo, "topo.json", options);
  EXPECT_TRUE(refused.features.empty());
  ASSERT_EQ(refused.errors.size(), 15U) << AllErrors(refused);
  EXPECT_NE(AllErrors(refused).find("objects.ltla.geometries[382] (W06000015): the geometry is not "
                                    "valid: Self-intersection at -3.16430 51.44563"),
            std::string::npos);
  options.repair = true;
  const BoundariesRead repaired = ReadBoundaries(topo, "topo.json", options);
  ASSERT_TRUE(repaired.errors.empty()) << AllErrors(repaired);
  int count = 0;
  for (const BoundaryFeature& f : repaired.features) count += f.repaired.empty() ? 0 : 1;
  EXPECT_EQ(count, 15);
}

TEST(Boundaries, ReadsTheOnsTopoJsonLayerOfLocalAuthorities) {
  BoundaryOptions options;
  options.object = "ltla";
  options.code_property = "areacd";
  options.name_property = "areanm";
  options.repair = true;
  const BoundariesRead read = ReadBoundaries(
      ReadProjectFile("data/demo/uk-boundaries/uk-areas.topo.json"), "topo.json", options);
  ASSERT_TRUE(read.errors.empty()) << AllErrors(read);
  EXPECT_EQ(read.format, "TopoJSON");
  ASSERT_EQ(read.features.size(), 409U);
  std::int64_t before = 0;
  std::int64_t after = 0;
  const BoundaryFeature* swansea = nullptr;
  for (const BoundaryFeature& f : read.features) {
    before += f.vertices_before;
    after += f.vertices_after;
    if (f.code == "W06000011") swansea = &f;
  }
  EXPECT_LT(after, before);
  ASSERT_NE(swansea, nullptr);
  EXPECT_EQ(swansea->name, "Swansea");
  const auto geometry = nlohmann::json::parse(swansea->geojson);
  EXPECT_TRUE(geometry["type"] == "Polygon" || geometry["type"] == "MultiPolygon");
  // Swansea lies about 51.6 N, 4 W: the arcs were decoded with the topology's transform.
  const auto& first = geometry["type"] == "Polygon" ? geometry["coordinates"][0][0]
                                                    : geometry["coordinates"][0][0][0];
  EXPECT_NEAR(first[0].get<double>(), -4.0, 0.5);
  EXPECT_NEAR(first[1].get<double>(), 51.6, 0.3);
}

TEST(Boundaries, ATopologyWithSeveralObjectsNeedsOneChosen) {
  BoundaryOptions options;
  options.code_property = "areacd";
  const BoundariesRead read = ReadBoundaries(
      ReadProjectFile("data/demo/uk-boundaries/uk-areas.topo.json"), "topo.json", options);
  ASSERT_EQ(read.errors.size(), 1U);
  EXPECT_NE(read.errors[0].message().find("several objects (cauth, ctry, cty, ltla"),
            std::string::npos)
      << read.errors[0].message();
  options.object = "wards";
  EXPECT_FALSE(
      ReadBoundaries(ReadProjectFile("data/demo/uk-boundaries/uk-areas.topo.json"), "t", options)
          .errors.empty());
}

TEST(Boundaries, ReadsAGeoJsonFeatureCollection) {
  BoundaryOptions options;
  options.tolerance = 0;
  const BoundariesRead read =
      ReadBoundaries(Collection(Feature("A1", kSquare)), "a.geojson", options);
  ASSERT_TRUE(read.errors.empty()) << AllErrors(read);
  EXPECT_EQ(read.format, "GeoJSON");
  ASSERT_EQ(read.features.size(), 1U);
  EXPECT_EQ(read.features[0].code, "A1");
  EXPECT_EQ(read.features[0].name, "Area A1");
  EXPECT_EQ(read.features[0].vertices_before, 6);
  // Rounded to a 0.00001 degree grid, the nearly straight corner's vertex may be merged away.
  EXPECT_LE(read.features[0].vertices_after, 6);
}

TEST(Boundaries, SimplifyingDropsVerticesButKeepsTheArea) {
  BoundaryOptions options;
  options.tolerance = 0.01;
  const BoundariesRead read =
      ReadBoundaries(Collection(Feature("A1", kSquare)), "a.geojson", options);
  ASSERT_TRUE(read.errors.empty()) << AllErrors(read);
  EXPECT_EQ(read.features[0].vertices_after, 5);  // the square's four corners, closed
}

TEST(Boundaries, EachBadFeatureIsNamedAndNothingIsKept) {
  const std::string bowtie =
      R"({"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]})";
  const std::string open = R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})";
  const std::string point = R"({"type":"Point","coordinates":[0,0]})";
  const std::string projected =
      R"({"type":"Polygon","coordinates":[[[350000,400000],[351000,400000],[351000,401000],[350000,400000]]]})";
  const BoundariesRead read = ReadBoundaries(
      Collection(Feature("OK", kSquare) + "," + Feature("B1", bowtie) + "," + Feature("B2", open) +
                 "," + Feature("B3", point) + "," + Feature("B4", projected) + "," +
                 Feature("OK", kSquare) +
                 R"(,{"type":"Feature","properties":{"id":"x"},"geometry":)" + kSquare + "}"),
      "bad.geojson", {});
  const std::string all = AllErrors(read);
  EXPECT_TRUE(read.features.empty());
  ASSERT_EQ(read.errors.size(), 6U) << all;
  EXPECT_NE(all.find("bad.geojson: features[1] (B1): the geometry is not valid: Self-intersection"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("features[2] (B2): a ring is not closed"), std::string::npos) << all;
  EXPECT_NE(all.find("features[3] (B3): the geometry is a Point, not an area"), std::string::npos)
      << all;
  EXPECT_NE(all.find("features[4] (B4): the position [350000,400000]"), std::string::npos) << all;
  EXPECT_NE(all.find("features[5] (OK): a second feature for the code 'OK'"), std::string::npos)
      << all;
  EXPECT_NE(all.find("features[6]: the feature has no 'code' property (its properties are: id)"),
            std::string::npos)
      << all;
}

TEST(Boundaries, RefusesWhatIsNotABoundaryFile) {
  EXPECT_FALSE(ReadBoundaries("", "e.json", {}).errors.empty());
  EXPECT_FALSE(ReadBoundaries("[1,2]", "a.json", {}).errors.empty());
  EXPECT_FALSE(ReadBoundaries(R"({"type":"Feature"})", "f.json", {}).errors.empty());
  EXPECT_FALSE(ReadBoundaries(Collection(""), "none.json", {}).errors.empty());
  EXPECT_FALSE(
      ReadBoundaries(Collection(Feature("A\xff", kSquare)), "utf8.json", {}).errors.empty());
  EXPECT_FALSE(ReadBoundaries(R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection",)"
                              R"("geometries":[{"type":"Polygon","arcs":[[7]],"properties":)"
                              R"({"code":"A"}}]}},"arcs":[]})",
                              "arcs.json", {})
                   .errors.empty());
}

}  // namespace
}  // namespace lct::io
