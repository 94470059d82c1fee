// Test helper: the bytes a gzip member (RFC 1952) holds, unpacked with zlib, so that a test can
// compare a compressed answer with the plain one. An empty optional when `data` is not gzip.
#pragma once

#include <zlib.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace lct::testing {

inline std::optional<std::string> Gunzip(std::string_view data) {
  z_stream stream{};
  // 16 + MAX_WBITS: expect the gzip header and trailer, not a bare or zlib-wrapped stream.
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return std::nullopt;
  // zlib's interface takes non-const pointers but does not write through next_in.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  std::array<char, 16384> chunk{};
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
    stream.avail_out = static_cast<uInt>(chunk.size());
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(chunk.data(), chunk.size() - stream.avail_out);
  }
  const bool whole = status == Z_STREAM_END && stream.avail_in == 0;
  inflateEnd(&stream);
  if (!whole) return std::nullopt;
  return out;
}

}  // namespace lct::testing
