// libFuzzer target for index model files (io/index_model_yaml, docs/index-model.md). Nothing may
// crash, throw or loop (UBSan included: numbers from the file are converted to int and
// unsigned); ParseIndexModel accepts a file exactly when CheckIndexModel finds no problem; every
// problem has a message and names the file and a line within it; an accepted model keeps the
// promises its readers rely on (finite numbers, whole Winsorisation limits of 0 or more,
// aggregation levels of 2 or more, at least one noisy weight set, a range with low <= high).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "io/index_model.hpp"

namespace {

using lct::fuzz::Check;
constexpr std::string_view kTarget = "index_model_yaml_fuzz";

void CheckModel(const lct::io::IndexModel& model) {
  for (const auto& node : model.tree) {
    Check(std::isfinite(node.weight), kTarget, "a node's weight is finite");
  }
  for (const auto& [code, weight] : model.weights) {
    Check(std::isfinite(weight) && weight >= 0, kTarget, "a weight is finite and 0 or more");
  }
  for (const auto& input : model.uncertainty) {
    for (const int limit : input.winmax) Check(limit >= 0, kTarget, "a Winsorisation limit >= 0");
    for (const int level : input.levels) Check(level >= 2, kTarget, "a weight level >= 2");
    Check(input.count >= 1, kTarget, "at least one noisy weight set");
    Check(std::isfinite(input.factor), kTarget, "the noise factor is finite");
    Check(input.low <= input.high, kTarget, "a range's low is at most its high");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::int64_t lines = 1;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  const auto problems = lct::io::CheckIndexModel(text, "fuzz.yaml");
  for (const auto& error : problems) {
    Check(!error.message().empty(), kTarget, "a problem has a message");
    Check(error.location().file == "fuzz.yaml", kTarget, "a problem names the file");
    Check(error.location().line >= 0 && error.location().line <= lines, kTarget,
          "a problem's line is within the file");
  }
  const auto model = lct::io::ParseIndexModel(text, "fuzz.yaml");
  Check(model.ok() == problems.empty(), kTarget,
        "a model is accepted exactly when it has no problem");
  if (model.ok()) CheckModel(*model);
  return 0;
}
