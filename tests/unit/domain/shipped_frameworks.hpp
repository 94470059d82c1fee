// Shared by the content tests of the shipped frameworks: both files of frameworks/ loaded once,
// through the same loader a network co-ordinator would use, and version 1 of the toolkit (the
// test data in data/toolkit-v1.yaml) for the versioning rules.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "domain/framework.hpp"
#include "domain/framework_lookup.hpp"
#include "io/framework_yaml.hpp"

namespace lct::testing {

inline std::string ReadSourceFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct ShippedFrameworks {
  domain::Framework unesco;
  domain::Framework toolkit;
  domain::Framework toolkit_v1;
  domain::FrameworkCatalogue catalogue;  // holds the UNESCO-structured framework
};

inline domain::Framework ParseOrFail(const std::string& path, const std::string& name,
                                     const domain::FrameworkCatalogue* catalogue) {
  auto parsed = io::ParseFrameworkYaml(ReadSourceFile(path), name, catalogue);
  EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().ToString());
  return parsed.ok() ? std::move(parsed).value() : domain::Framework{};
}

inline const ShippedFrameworks& Shipped() {
  static const ShippedFrameworks kShipped = [] {
    ShippedFrameworks loaded;
    loaded.unesco = ParseOrFail(LCT_SOURCE_DIR "/frameworks/unesco-key-features.yaml",
                                "unesco-key-features.yaml", nullptr);
    loaded.catalogue.Add(loaded.unesco);
    loaded.toolkit =
        ParseOrFail(LCT_SOURCE_DIR "/frameworks/toolkit.yaml", "toolkit.yaml", &loaded.catalogue);
    loaded.toolkit_v1 = ParseOrFail(LCT_SOURCE_DIR "/tests/unit/domain/data/toolkit-v1.yaml",
                                    "toolkit-v1.yaml", &loaded.catalogue);
    return loaded;
  }();
  return kShipped;
}

}  // namespace lct::testing
