// The demo network's one illustrative self-assessment round (issue 4): a closed round for
// Liverpool (E08000012) on the toolkit framework, with eight invented respondents whose answers
// are generated deterministically here. The round is flagged illustrative, so every page and
// export that shows it says "Illustrative responses, not real".
#pragma once

#include "base/result.hpp"
#include "store/store.hpp"

namespace lct::services {

inline constexpr const char* kDemoRoundPlace = "E08000012";

// Adds the round unless the place already has an illustrative round (so loading twice changes
// nothing). Imports the bundled frameworks first when the toolkit framework is missing. Returns
// whether a round was added (false too when the place is not loaded).
[[nodiscard]] Result<bool> LoadDemoRound(store::Store& store);

}  // namespace lct::services
