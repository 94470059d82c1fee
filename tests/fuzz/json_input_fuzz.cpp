// libFuzzer target for every JSON the product reads: the demo network's area hierarchy and ONS
// indicator metadata files (io/demo_files), and the column mapping a pending web import keeps
// in the database (io/column_mapping_json). Nothing may crash, throw or loop; a refused input
// says why; an accepted area has a code and a name; an accepted column mapping, written back,
// reads back the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "io/column_mapping_json.hpp"
#include "io/demo_files.hpp"

namespace {

using lct::fuzz::Check;
constexpr std::string_view kTarget = "json_input_fuzz";

void FuzzAreaHierarchy(std::string_view text) {
  const auto areas = lct::io::ReadAreaHierarchy(text, "fuzz.json");
  if (!areas) {
    Check(!areas.error().message().empty(), kTarget, "a refused hierarchy says why");
    return;
  }
  for (const auto& area : *areas) {
    Check(!area.name.empty(), kTarget, "an accepted area has a name");
  }
}

void FuzzOnsMetadata(std::string_view text) {
  for (const char* indicator : {"fuzz", "shared"}) {
    const auto metadata = lct::io::ReadOnsMetadata(text, "fuzz.json", indicator);
    if (!metadata) {
      Check(!metadata.error().message().empty(), kTarget, "refused metadata says why");
      continue;
    }
    Check(!metadata->label.empty(), kTarget, "accepted metadata has a label");
  }
}

void FuzzColumnMapping(std::string_view text) {
  const auto mapping = lct::io::ColumnMappingFromJson(text);
  if (!mapping) {
    Check(!mapping.error().message().empty(), kTarget, "a refused mapping says why");
    return;
  }
  const auto again = lct::io::ColumnMappingFromJson(lct::io::ColumnMappingToJson(*mapping));
  Check(again.ok(), kTarget, "a mapping written back reads back");
  Check(*again == *mapping, kTarget, "a mapping written back reads back the same");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  FuzzAreaHierarchy(text);
  FuzzOnsMetadata(text);
  FuzzColumnMapping(text);
  return 0;
}
