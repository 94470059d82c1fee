// Readers for the files behind the demo network (data/demo/): area hierarchy, census
// population, IMD 2019, ONS indicator metadata, and the project's own configuration CSVs.
// Each takes the file's text and name, and errors name the file, line and field.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"

namespace lct::io {

struct AreaRecord {
  std::string code;
  std::string name;
  std::vector<std::string> parents;  // nearest first, up to the UK
  std::optional<int> start_year;
  std::optional<int> end_year;  // last year the area existed
};
[[nodiscard]] Result<std::vector<AreaRecord>> ReadAreaHierarchy(std::string_view json,
                                                                const std::string& source_name);

struct CensusRecord {
  std::string code;
  std::string name;
  std::string region_code;
  std::string nation_code;
  double population_2011 = 0;
  double population_2021 = 0;
  double density_2021 = 0;  // per km²
};
[[nodiscard]] Result<std::vector<CensusRecord>> ReadCensusPopulation(
    std::string_view csv, const std::string& source_name);

// Area code -> IMD 2019 Education, Skills and Training domain score (the `Education_Score` column).
[[nodiscard]] Result<std::map<std::string, double>> ReadImdEducationScores(
    std::string_view csv, const std::string& source_name);

struct OnsMetadata {
  std::string label;
  std::string subtitle;
  std::string description;
  std::string caveats;
  std::string source_org;
  std::string source_url;
  std::string source_date;
};
// Metadata of `indicator`: files that hold several indicators keep a "shared" object and
// one object per indicator, merged here; single-indicator files hold the fields directly.
[[nodiscard]] Result<OnsMetadata> ReadOnsMetadata(std::string_view json,
                                                  const std::string& source_name,
                                                  const std::string& indicator);

struct MemberRecord {
  std::string code;
  std::string reason;
};
[[nodiscard]] Result<std::vector<MemberRecord>> ReadNetworkMembers(std::string_view csv,
                                                                   const std::string& source_name);

struct AreaChange {
  std::string old_code;
  std::string new_code;
  std::string new_name;
  int year = 0;
  bool merged = false;  // true: several areas became one; false: the same area, new code
};
[[nodiscard]] Result<std::vector<AreaChange>> ReadAreaChanges(std::string_view csv,
                                                              const std::string& source_name);

struct IndicatorChoice {
  std::string code;
  std::string dataset;    // file stem in ons-local-indicators/
  std::string indicator;  // the `indicator` column value in that file
  std::string topic;
  domain::Direction direction = domain::Direction::kNeutral;
  int decimals = 1;
  std::string geography;           // optional column
  bool proxy = false;              // optional column: yes or no
  std::vector<std::string> links;  // optional column: "framework/item; ..."
};
[[nodiscard]] Result<std::vector<IndicatorChoice>> ReadIndicatorChoices(
    std::string_view csv, const std::string& source_name);

}  // namespace lct::io
