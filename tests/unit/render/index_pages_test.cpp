// render/index_pages: the learning-conditions index as CSV, neutralised (issue 11).
#include "render/index_pages.hpp"

#include <gtest/gtest.h>

#include "unit/csv_test_support.hpp"

namespace lct::render {
namespace {

TEST(IndexCsv, HostilePlaceNamesComeOutNeutralised) {
  domain::LearningIndex index;
  int rank = 0;
  for (const std::string& hostile : testing::HostileCells()) {
    domain::IndexPlaceResult p;
    p.code = hostile;
    p.name = hostile;
    p.score = -0.5;
    p.rank = ++rank;
    p.nominal_rank = rank;
    index.places.push_back(p);
  }
  const std::string csv = IndexCsv(index);
  testing::ExpectNeutralised(csv, testing::HostileCells());
  EXPECT_NE(csv.find(",-0.5000,"), std::string::npos) << csv;
}

}  // namespace
}  // namespace lct::render
