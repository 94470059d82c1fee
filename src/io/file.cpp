#include "io/file.hpp"

#include <fstream>
#include <sstream>

namespace lct::io {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kUnavailable, "cannot open '" + path + "'");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error(ErrorCode::kUnavailable, "cannot read '" + path + "'");
  return buffer.str();
}

}  // namespace lct::io
