// libFuzzer target for network files (io/network_yaml, docs/places-file.md). Nothing may crash,
// throw or loop; every problem has a message, names the file and a line within it; a file read
// without a problem has a usable geography, and writing it then reading it back gives the same
// definition.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/geography.hpp"
#include "fuzz_check.hpp"
#include "io/network_yaml.hpp"

namespace {

using lct::fuzz::Check;
constexpr std::string_view kTarget = "network_yaml_fuzz";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::int64_t lines = 1;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  const lct::io::NetworkFileRead read = lct::io::ReadNetworkFile(text, "fuzz.yaml");
  for (const auto& error : read.errors) {
    Check(!error.message().empty(), kTarget, "a problem has a message");
    Check(error.location().file == "fuzz.yaml", kTarget, "a problem names the file");
    Check(error.location().line >= 0 && error.location().line <= lines, kTarget,
          "a problem's line is within the file");
  }
  if (!read.errors.empty()) return 0;
  Check(lct::domain::CheckGeography(read.definition.geography).empty(), kTarget,
        "an accepted geography has no problem");
  const lct::io::NetworkFileRead again =
      lct::io::ReadNetworkFile(lct::io::WriteNetworkFile(read.definition), "again.yaml");
  Check(again.errors.empty(), kTarget, "what is written reads back without a problem");
  Check(again.definition == read.definition, kTarget, "what is written reads back the same");
  return 0;
}
