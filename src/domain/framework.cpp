#include "domain/framework.hpp"

namespace lct::domain {

std::vector<ScalePoint> DefaultScale() {
  return {
      {0, "Not started", "Nothing is in place yet, or it has only been talked about.", {}},
      {1,
       "Emerging",
       "A first step has been taken, but it is partial, informal or depends on one person.",
       {}},
      {2,
       "Developing",
       "It is in place and working for most of what it should cover, with gaps we can name.",
       {}},
      {3,
       "Established",
       "It is routine, written down, owned by the partnership and we could show the evidence.",
       {}},
  };
}

const char* LevelKindName(LevelKind kind) {
  switch (kind) {
    case LevelKind::kStage:
      return "stage";
    case LevelKind::kArea:
      return "area";
  }
  return "stage";
}

const char* ExampleKindName(ExampleKind kind) {
  switch (kind) {
    case ExampleKind::kRecorded:
      return "recorded";
    case ExampleKind::kIllustrative:
      return "illustrative";
  }
  return "recorded";
}

}  // namespace lct::domain
