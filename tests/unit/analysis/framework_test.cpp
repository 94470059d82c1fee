#include "analysis/framework.hpp"

#include <gtest/gtest.h>

#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(Framework, SortsNodesByLevelAndLinksTheTree) {
  const IndexFramework framework = testing::SmallFramework();
  EXPECT_EQ(framework.indicator_count(), 6U);
  EXPECT_EQ(framework.node_count(), 9U);
  EXPECT_EQ(framework.max_level(), 3);
  const std::size_t a = *framework.Find("A");
  EXPECT_EQ(framework.children(a).size(), 3U);
  EXPECT_EQ(framework.parent(0), a);
  EXPECT_EQ(framework.AncestorAt(0, 3), *framework.Find("Index"));
  EXPECT_EQ(framework.NodesAtLevel(2).size(), 2U);
  EXPECT_EQ(*ResolveTarget(framework, ""), *framework.Find("Index"));
  EXPECT_FALSE(ResolveTarget(framework, "nope").ok());
}

Result<IndexFramework> Create(std::vector<FrameworkNode> nodes) {
  return IndexFramework::Create(std::move(nodes));
}

TEST(Framework, RejectsMalformedTrees) {
  EXPECT_FALSE(Create({}).ok());
  EXPECT_FALSE(
      Create(
          {{.code = "x", .parent = "T"}, {.code = "x", .parent = "T"}, {.code = "T", .level = 2}})
          .ok());
  EXPECT_FALSE(Create({{.code = "1x", .parent = "T"}, {.code = "T", .level = 2}}).ok());
  EXPECT_FALSE(Create({{.code = "a b", .parent = "T"}, {.code = "T", .level = 2}}).ok());
  EXPECT_FALSE(Create({{.code = "x", .parent = "T"}, {.code = "T", .level = 3}}).ok());  // gap
  EXPECT_FALSE(
      Create({{.code = "x", .parent = "Q"}, {.code = "T", .level = 2}}).ok());  // no parent
  EXPECT_FALSE(
      Create({{.code = "x", .parent = "T"}, {.code = "T", .level = 2}, {.code = "E", .level = 2}})
          .ok());  // aggregate without children
  EXPECT_FALSE(Create({{.code = "x"}, {.code = "T", .level = 2}}).ok());  // orphan below top
  const Result<IndexFramework> bad =
      Create({{.code = "x", .parent = "T", .weight = kMissing}, {.code = "T", .level = 2}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().location().field, "x.Weight");
}

}  // namespace
}  // namespace lct::analysis
