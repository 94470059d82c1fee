// The demo network's one illustrative self-assessment round (issue 4): a closed round for
// Liverpool (E08000012) on the toolkit framework, with eight invented respondents whose answers
// are generated deterministically here. The round is flagged illustrative, so every page and
// export that shows it says "Illustrative responses, not real".
#pragma once

#include <optional>

#include "base/result.hpp"
#include "domain/assessment_round.hpp"
#include "domain/framework.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

inline constexpr const char* kDemoRoundPlace = "E08000012";
inline constexpr const char* kDemoRoundFramework = "toolkit";

// The round to add, worked out without writing.
struct DemoRoundPlan {
  domain::AssessmentRound round;
  domain::Framework framework;  // the version the round uses
};

// The round on `toolkit` (the highest version of the "toolkit" framework, stored or about to
// be), or nothing when there is nothing to add: the place already has an illustrative round (so
// loading twice changes nothing), or the place is neither stored nor `place_pending` (about to
// be written in the same transaction).
[[nodiscard]] Result<std::optional<DemoRoundPlan>> PlanDemoRound(store::Store& store,
                                                                 const domain::Framework& toolkit,
                                                                 bool place_pending);

// Writes the round, its respondents and their answers inside the caller's transaction; the
// place and the framework version must be stored or written earlier in it.
[[nodiscard]] Status WriteDemoRound(store::StoreWriter& writer, const DemoRoundPlan& plan);

// Plans and writes the round in one transaction, with the bundled frameworks when the toolkit
// framework is not stored yet. Returns whether a round was added (false too when the place is
// not loaded).
[[nodiscard]] Result<bool> LoadDemoRound(store::Store& store);

}  // namespace lct::services
