// Internal to services/: the cached state behind GetLearningIndex.
#pragma once

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/index_input.hpp"
#include "analysis/pipeline.hpp"
#include "analysis/uncertainty.hpp"
#include "domain/indicator.hpp"
#include "domain/learning_index.hpp"
#include "domain/place_profile.hpp"
#include "io/index_model.hpp"
#include "services/learning_index.hpp"

namespace lct::services {
namespace detail {

// A strand of the index: a child of the model's top node, with the catalogue indicators under it.
struct LearningStrandDef {
  std::string code;
  std::string name;
  std::vector<std::string> indicators;  // catalogue codes, in the model's order
};

struct LearningData {
  std::vector<domain::PlaceSummary> places;   // English local authorities
  std::vector<domain::Indicator> indicators;  // found in the store, strand order
  std::vector<std::string> strand_of;         // per indicator
  std::vector<std::string> periods;           // per indicator: latest period used
  std::vector<std::vector<double>> values;    // places x indicators; NaN = no value
};

// The places and the latest value of each of `strands`' indicators (all of them must be in the
// catalogue).
[[nodiscard]] Result<LearningData> LoadLearningData(store::Store& store,
                                                    const std::vector<LearningStrandDef>& strands);

inline constexpr std::size_t kLearningReplications = 500;
inline constexpr std::uint64_t kLearningSeed = 1;

}  // namespace detail

struct LearningIndexState {
  std::string model_text;   // the model this state was computed from
  std::string target_code;  // the model's top node
  std::vector<detail::LearningStrandDef> strands;
  std::vector<io::NormaliseStep>
      normalisations;  // the what-if's choices: nominal, then alternatives
  std::vector<io::AggregateStep> aggregations;
  detail::LearningData data;
  std::optional<analysis::IndexFramework> framework;
  analysis::IndexInput input;
  analysis::PipelineSpec pipeline;
  analysis::PipelineResult nominal;
  std::size_t target = 0;  // node of the index
  // What domain::BuildLearningIndex assembles every answer from: title, strands, components,
  // choices and, per place (input row), the nominal scores, ranks and rank statistics.
  domain::LearningIndexBasis basis;
};

}  // namespace lct::services
