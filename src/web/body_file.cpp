#include "web/body_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace lct::web {

Result<int> CreateUnlinkedFile(const std::string& dir) {
  std::string pattern = dir + "/lct-upload-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    return Error(ErrorCode::kUnavailable,
                 "cannot create a temporary file in " + dir + ": " + std::strerror(errno));
  }
  ::unlink(name.data());
  return fd;
}

Result<std::shared_ptr<const BodyFile>> BodyFile::Map(int fd) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    return Error(ErrorCode::kUnavailable,
                 std::string("cannot read an upload: ") + std::strerror(errno));
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size == 0) return std::shared_ptr<const BodyFile>(new BodyFile(nullptr, 0));
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (data == MAP_FAILED) {
    return Error(ErrorCode::kUnavailable,
                 std::string("cannot map an upload: ") + std::strerror(errno));
  }
  return std::shared_ptr<const BodyFile>(new BodyFile(static_cast<const char*>(data), size));
}

BodyFile::~BodyFile() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

}  // namespace lct::web
