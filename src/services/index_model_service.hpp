// The model of the network's index of learning conditions (issue 12): a YAML file in the format
// `lct index` reads (docs/index-model.md), kept with the network and replaceable by a network
// administrator. Until one is stored, the bundled model (models/learning-conditions.yaml) is
// used.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "services/account_service.hpp"
#include "services/store_handle.hpp"

namespace lct::io {
struct IndexModel;
}  // namespace lct::io

namespace lct::services {

// The network setting that holds the model.
inline constexpr const char* kIndexModelSetting = "index_model";

// The model compiled into the program.
[[nodiscard]] std::string_view BundledIndexModel();

struct IndexModelText {
  std::string text;
  bool bundled = true;  // no model is stored: this is the bundled one
};

// The model in use: the stored one, or the bundled one.
[[nodiscard]] Result<IndexModelText> GetIndexModel(store::Store& store);

// Parses `text` as the learning-conditions index's model and checks it against the network:
// it must give its own tree (the network has no iMeta file), with the target as its single top
// node, and every indicator of the tree (level 1) must be in the network's catalogue. Errors
// name `file`, the line where known, and the field.
[[nodiscard]] Result<io::IndexModel> CheckLearningIndexModel(store::Store& store,
                                                             std::string_view text,
                                                             const std::string& file);

// Checks `text` as above, then stores it in one transaction with an audit entry. Nothing is
// written when it is refused.
[[nodiscard]] Status SetIndexModel(store::Store& store, std::string_view text,
                                   const std::string& file, const Actor& actor);

// Reads the model file at `path`, then as SetIndexModel.
[[nodiscard]] Status SetIndexModelFile(store::Store& store, const std::string& path,
                                       const Actor& actor);

// Removes the stored model, so the bundled one applies again (audited).
[[nodiscard]] Status ResetIndexModel(store::Store& store, const Actor& actor);

}  // namespace lct::services
