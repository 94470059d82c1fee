// A request body kept on disk rather than in memory (issue 11): the import upload is streamed
// into an unlinked temporary file while it arrives, then mapped read-only for the handler, so a
// slow or large upload holds no heap memory while it is read.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace lct::web {

// Creates an empty temporary file in `dir` and unlinks it at once (it disappears with its last
// descriptor, even if the process is killed). Returns the open read-write descriptor, which
// the caller owns. Errors: kUnavailable.
[[nodiscard]] Result<int> CreateUnlinkedFile(const std::string& dir);

class BodyFile {
 public:
  // Maps the whole file behind `fd` read-only. `fd` stays the caller's: it may be closed as
  // soon as this returns. Errors: kUnavailable.
  [[nodiscard]] static Result<std::shared_ptr<const BodyFile>> Map(int fd);

  BodyFile(const BodyFile&) = delete;
  BodyFile& operator=(const BodyFile&) = delete;
  ~BodyFile();

  // Valid while this object lives.
  [[nodiscard]] std::string_view bytes() const { return {data_, size_}; }

 private:
  BodyFile(const char* data, std::size_t size) : data_(data), size_(size) {}
  const char* data_;
  std::size_t size_;
};

}  // namespace lct::web
