// Shared by unit tests of the guide: a database holding the bundled frameworks, and small
// synthetic framework files (test data, labelled as such).
#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "services/bundled_frameworks.hpp"
#include "services/database.hpp"
#include "store/store.hpp"

namespace lct::testing {

// A fresh private in-memory database.
inline std::unique_ptr<store::Store> EmptyStore() {
  auto opened = services::OpenDatabase({":memory:", 1});
  EXPECT_TRUE(opened.ok()) << opened.error().ToString();
  return std::move(*opened);
}

// A fresh database with the bundled frameworks imported, as `lct init` leaves it.
inline std::unique_ptr<store::Store> FrameworkStore() {
  auto store = EmptyStore();
  auto imported = services::ImportBundledFrameworks(*store);
  EXPECT_TRUE(imported.ok()) << imported.error().ToString();
  return store;
}

// The text of a bundled framework file, such as "toolkit.yaml".
inline std::string BundledText(std::string_view file_name) {
  for (const auto& file : services::BundledFrameworks()) {
    if (file.file_name == file_name) return std::string(file.text);
  }
  ADD_FAILURE() << "no bundled framework " << file_name;
  return {};
}

// Synthetic test data: a small valid framework with criteria c-1 and `second_criterion`;
// changing the version or the second id makes the variants the versioning tests need.
inline std::string MiniFramework(int version, const std::string& second_criterion = "c-2") {
  return "id: mini\nversion: " + std::to_string(version) +
         "\ntitle: Mini framework\nattribution: Synthetic test data.\nstrands:\n"
         "  - id: s\n    title: Strand\n    levels:\n      - number: 1\n        id: l1\n"
         "        title: Level one\n        description: The first level.\n        criteria:\n"
         "          - id: c-1\n            statement: Something is in place.\n"
         "            evidence: A document.\n"
         "          - id: " +
         second_criterion +
         "\n            statement: Something else is in place.\n"
         "            evidence: Another document.\n";
}

}  // namespace lct::testing
