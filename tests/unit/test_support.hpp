// Shared by unit tests: a database loaded once with the demo network from data/demo/.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "services/database.hpp"
#include "services/demo_network.hpp"
#include "store/store.hpp"

namespace lct::testing {

// The demo network in a temporary SQLite file, loaded on first use and shared by the
// tests of one process (they only read it).
inline store::Store& DemoStore() {
  static const std::unique_ptr<store::Store> store = [] {
    const auto path = (std::filesystem::temp_directory_path() /
                       ("lct-demo-unit-" + std::to_string(::getpid()) + ".db"))
                          .string();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    auto opened = services::OpenDatabase({path, 4});
    EXPECT_TRUE(opened.ok());
    auto loaded = services::LoadDemoNetwork(**opened, std::string(LCT_SOURCE_DIR) + "/data/demo");
    EXPECT_TRUE(loaded.ok()) << loaded.error().ToString();
    return std::move(*opened);
  }();
  return *store;
}

// A private demo database a test suite may write to: call Open() in SetUpTestSuite and
// Close() in TearDownTestSuite; `name` keeps suites' files apart.
class WritableDemo {
 public:
  static store::Store* Open(const std::string& name) {
    const std::string path = PathFor(name);
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    auto opened = services::OpenDatabase({path, 2});
    EXPECT_TRUE(opened.ok()) << opened.error().ToString();
    if (!opened.ok()) return nullptr;
    auto loaded = services::LoadDemoNetwork(**opened, std::string(LCT_SOURCE_DIR) + "/data/demo");
    EXPECT_TRUE(loaded.ok()) << loaded.error().ToString();
    return opened->release();
  }
  static void Close(store::Store* store, const std::string& name) {
    delete store;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(PathFor(name) + suffix);
  }

 private:
  static std::string PathFor(const std::string& name) {
    return (std::filesystem::temp_directory_path() /
            ("lct-" + name + "-" + std::to_string(::getpid()) + ".db"))
        .string();
  }
};

}  // namespace lct::testing
