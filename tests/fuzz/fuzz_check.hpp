// Shared by the fuzz targets of tests/fuzz: a broken invariant stops the process, so that
// libFuzzer saves the input as a crash (and the corpus replay fails, naming the file).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace lct::fuzz {

inline void Check(bool condition, std::string_view target, std::string_view what) {
  if (condition) return;
  std::fprintf(stderr, "%.*s: invariant broken: %.*s\n", static_cast<int>(target.size()),
               target.data(), static_cast<int>(what.size()), what.data());
  std::abort();
}

}  // namespace lct::fuzz
