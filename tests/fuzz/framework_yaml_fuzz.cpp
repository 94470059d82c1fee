// libFuzzer target for framework files (io/framework_yaml, docs/framework-format.md), checked
// against a catalogue holding the bundled UNESCO-structured framework so that crosswalks are
// checked too. Nothing may crash or loop; every problem has a message and a line within the
// file; a file is accepted exactly when no problem is reported; and an accepted framework,
// written out and read back, is the same framework and writes the same text again.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "domain/framework_lookup.hpp"
#include "fuzz_check.hpp"
#include "io/framework_yaml.hpp"

namespace {

using lct::fuzz::Check;
constexpr std::string_view kTarget = "framework_yaml_fuzz";

const lct::domain::FrameworkCatalogue& Others() {
  static const lct::domain::FrameworkCatalogue kCatalogue = [] {
    const std::string path = std::string(LCT_SOURCE_DIR) + "/frameworks/unesco-key-features.yaml";
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto framework = lct::io::ParseFrameworkYaml(text, path);
    Check(framework.ok(), kTarget, "the bundled UNESCO framework reads (setup)");
    lct::domain::FrameworkCatalogue others;
    others.Add(*framework);
    return others;
  }();
  return kCatalogue;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  static_cast<void>(Others());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::int64_t lines = 1;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  const auto result = lct::io::ReadFrameworkYaml(text, "fuzz.yaml", &Others());
  Check(result.framework.has_value() == result.errors.empty(), kTarget,
        "a file is accepted exactly when it has no problem");
  std::int64_t last_line = 0;
  for (const auto& error : result.errors) {
    Check(!error.message().empty(), kTarget, "a problem has a message");
    Check(error.location().file == "fuzz.yaml", kTarget, "a problem names the file");
    Check(error.location().line >= 0 && error.location().line <= lines, kTarget,
          "a problem's line is within the file");
    Check(error.location().line >= last_line, kTarget, "problems are sorted by line");
    last_line = error.location().line;
  }
  if (!result.framework) return 0;
  const std::string written = lct::io::WriteFrameworkYaml(*result.framework);
  const auto back = lct::io::ReadFrameworkYaml(written, "written.yaml", &Others());
  if (!back.framework) {
    for (const auto& error : back.errors) std::fprintf(stderr, "%s\n", error.ToString().c_str());
  }
  Check(back.framework.has_value(), kTarget, "an accepted framework written out reads back");
  Check(*back.framework == *result.framework, kTarget,
        "an accepted framework written out reads back the same");
  Check(lct::io::WriteFrameworkYaml(*back.framework) == written, kTarget,
        "writing the framework read back gives the same text");
  return 0;
}
