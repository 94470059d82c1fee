// A file compiled into the binary (templates, static assets).
#pragma once

#include <span>
#include <string_view>

namespace lct {

struct EmbeddedFile {
  std::string_view path;     // relative to its folder, with '/' separators
  std::string_view content;  // static storage: lives as long as the program
};

}  // namespace lct
