#include "services/demo_round.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "services/auth_crypto.hpp"
#include "services/bundled_frameworks.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

constexpr const char* kOpenedAt = "2025-01-13T09:00:00Z";
constexpr const char* kClosesOn = "2025-02-28";
constexpr const char* kClosedAt = "2025-02-28T17:00:00Z";

struct DemoRespondent {
  const char* sector;
  const char* role;
};

// Three sectors with three or more respondents (so perception gaps can be shown) and two
// sectors of one respondent each (merged in results, as the confidentiality rule requires).
constexpr std::array<DemoRespondent, 8> kRespondents = {{
    {"Education", "College curriculum lead"},
    {"Education", "Head of adult learning"},
    {"Education", "University widening participation officer"},
    {"Public services", "Council learning city co-ordinator"},
    {"Public services", "Library service manager"},
    {"Public services", "Public health officer"},
    {"Voluntary and community", "Community centre manager"},
    {"Business", "Employer skills lead"},
}};

// FNV-1a: a fixed, portable hash, so the generated answers are the same on every machine.
std::uint32_t Hash(const std::string& text) {
  constexpr std::uint32_t kOffset = 2166136261U;
  constexpr std::uint32_t kPrime = 16777619U;
  std::uint32_t h = kOffset;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= kPrime;
  }
  return h;
}

// An invented rating: strong at level 1, mixed at level 2, weak at level 3; Public services
// rate partnership a little higher than the others (a perception gap to show); about one answer
// in ten is "don't know".
std::optional<int> Rating(const domain::Strand& strand, const domain::Level& level,
                          const std::string& criterion, std::size_t respondent, int top) {
  const std::uint32_t h = Hash(criterion + "#" + std::to_string(respondent));
  constexpr std::uint32_t kBuckets = 10;
  const std::uint32_t bucket = h % kBuckets;
  if (bucket == kBuckets - 1) return std::nullopt;
  int base = top - (level.number - 1);
  if (strand.id == "performance") --base;
  if (strand.id == "partnership" &&
      std::string(kRespondents[respondent].sector) == "Public services")
    ++base;
  int noise = 0;
  if (bucket >= 6 && bucket <= 7) noise = -1;
  if (bucket == 8) noise = 1;
  const int rating = base + noise;
  return rating < 0 ? 0 : (rating > top ? top : rating);
}

}  // namespace

Result<std::optional<DemoRoundPlan>> PlanDemoRound(store::Store& store,
                                                   const domain::Framework& toolkit,
                                                   bool place_pending) {
  const std::optional<DemoRoundPlan> nothing;
  if (!place_pending) {
    auto place = store.GetPlace(kDemoRoundPlace);
    if (!place) {
      if (place.error().code() == ErrorCode::kNotFound) return nothing;  // a partial demo
      return place.error();
    }
  }
  auto rounds = store.ListRounds(kDemoRoundPlace);
  if (!rounds) return rounds.error();
  for (const auto& r : *rounds) {
    if (r.illustrative) return nothing;
  }
  DemoRoundPlan plan{{}, toolkit};
  domain::AssessmentRound& round = plan.round;
  round.place_code = kDemoRoundPlace;
  round.framework = toolkit.id;
  round.framework_version = toolkit.version;
  for (const auto& s : toolkit.strands) round.strands.push_back(s.id);
  round.closes_on = kClosesOn;
  round.illustrative = true;
  round.opened_at = kOpenedAt;
  return std::optional<DemoRoundPlan>(std::move(plan));
}

Status WriteDemoRound(store::StoreWriter& writer, const DemoRoundPlan& plan) {
  const domain::Framework& f = plan.framework;
  const auto scale = f.scale.empty() ? domain::DefaultScale() : f.scale;
  const int top = scale.back().value;
  auto id = writer.CreateRound(plan.round);
  if (!id) return id.error();
  for (std::size_t i = 0; i < kRespondents.size(); ++i) {
    domain::Respondent r;
    r.round = *id;
    r.name = "Illustrative respondent " + std::to_string(i + 1);
    r.organisation = "Illustrative organisation";
    r.sector = kRespondents[i].sector;
    r.role = kRespondents[i].role;
    r.invited_at = kOpenedAt;
    // Nobody can answer a closed round, so this link is never shown or used.
    auto added = writer.AddRespondent(r, HashToken(RandomToken()));
    if (!added) return added.error();
    for (const auto& strand : f.strands) {
      for (const auto& level : strand.levels) {
        for (const auto& c : level.criteria) {
          if (c.retired) continue;
          domain::Answer a;
          a.respondent = added->id;
          a.criterion = c.id;
          a.rating = Rating(strand, level, c.id, i, top);
          if (auto put = writer.UpsertAnswer(a); !put) return put;
        }
      }
    }
    if (auto submitted = writer.MarkSubmitted(added->id); !submitted) return submitted;
  }
  return writer.CloseRound(*id, kClosedAt);
}

Result<bool> LoadDemoRound(store::Store& store) {
  auto frameworks = PlanBundledFrameworks(store);
  if (!frameworks) return frameworks.error();
  const domain::Framework* toolkit = frameworks->catalogue.Find(kDemoRoundFramework);
  if (toolkit == nullptr) return NotFound("the toolkit framework is not bundled");
  auto plan = PlanDemoRound(store, *toolkit, false);
  if (!plan) return plan.error();
  if (!*plan) return false;
  auto status = store.Write([&](store::StoreWriter& writer) -> Status {
    if (auto written = WriteBundledFrameworks(writer, *frameworks); !written) return written;
    return WriteDemoRound(writer, **plan);
  });
  if (!status) return status.error();
  return true;
}

}  // namespace lct::services
