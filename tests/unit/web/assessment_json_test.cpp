// The JSON twins of a round's results (issue 11): counts are whole numbers, and readings match
// the page's.
#include "web/assessment_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace lct::web {
namespace {

domain::RoundReport Report() {
  domain::RoundReport report;
  report.round.id = domain::RoundId{3};
  report.round.place_code = "E08000012";
  report.round.framework = "toolkit";
  report.round.framework_version = 1;
  report.results.scale = domain::DefaultScale();
  report.results.invited = 9;
  report.results.submitted = 9;
  return report;
}

// Issue 11: n, the number of pairable values, is a sum of fractions in floating point; it is a
// whole number and prints as one (it printed 82.99999999999999).
TEST(AssessmentJson, Issue11PairableValuesPrintAsAWholeNumber) {
  auto report = Report();
  report.results.overall_alpha.outcome = analysis::AgreementOutcome::kOk;
  report.results.overall_alpha.alpha = 0.5;
  report.results.overall_alpha.pairable_values = 82.99999999999999;
  domain::StrandResult strand;
  strand.id = "partnership";
  strand.alpha = report.results.overall_alpha;
  strand.alpha.pairable_values = 41.00000000000001;
  report.results.strands.push_back(strand);
  const auto text = RoundResultsJson(report);
  EXPECT_EQ(text.find("82.9999"), std::string::npos);
  EXPECT_EQ(text.find("41.0000"), std::string::npos);
  const auto json = nlohmann::json::parse(text);
  EXPECT_TRUE(json["agreement"]["pairable_values"].is_number_integer());
  EXPECT_EQ(json["agreement"]["pairable_values"], 83);
  EXPECT_EQ(json["strands"][0]["agreement"]["pairable_values"], 41);
}

}  // namespace
}  // namespace lct::web
