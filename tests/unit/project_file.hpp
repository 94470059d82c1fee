// Shared by unit tests: the text of a file shipped in the project (examples/, data/demo/), by its
// path from the project's root.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace lct::testing {

inline std::string ReadProjectFile(const std::string& relative_path) {
  const std::string path = std::string(LCT_SOURCE_DIR) + "/" + relative_path;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace lct::testing
