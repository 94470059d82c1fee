#include "base/error.hpp"

#include <gtest/gtest.h>

namespace lct {
namespace {

TEST(Error, ToStringGivesFileLineColumnAndFieldWhenKnown) {
  EXPECT_EQ(InvalidArgument("bad", {"f.csv", 3, "value"}).ToString(), "f.csv:3: value: bad");
  ErrorLocation at{"f.yaml", 3, ""};
  at.column = 7;
  EXPECT_EQ(InvalidArgument("bad", at).ToString(), "f.yaml:3:7: bad");
  EXPECT_EQ(InvalidArgument("bad", {"", 0, "name"}).ToString(), "name: bad");
  EXPECT_EQ(InvalidArgument("bad").ToString(), "bad");
}

}  // namespace
}  // namespace lct
