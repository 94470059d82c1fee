// Whole-file reads for the small files the product loads (configuration, demo data).
#pragma once

#include <string>

#include "base/result.hpp"

namespace lct::io {

// The bytes of `path`, or an Unavailable error naming the path.
[[nodiscard]] Result<std::string> ReadFile(const std::string& path);

}  // namespace lct::io
