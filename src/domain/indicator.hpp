// An indicator (what is measured, in what unit, from which source) and its observations.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.hpp"

namespace lct::domain {

enum class Direction { kHigherIsBetter, kLowerIsBetter, kNeutral };

[[nodiscard]] const char* DirectionLabel(Direction direction);
[[nodiscard]] const char* DirectionKey(Direction direction);
[[nodiscard]] std::optional<Direction> DirectionFromKey(std::string_view key);

struct Indicator {
  IndicatorId id;
  std::string code;         // stable slug, e.g. "fe-participation"
  std::string name;         // as the source names it
  std::string description;  // what it measures
  std::string topic;        // e.g. "Adult learning"
  std::string measure;      // e.g. "Rate per 100,000 population"
  std::string unit;         // e.g. "%", "£"
  int decimals = 1;
  Direction direction = Direction::kNeutral;
  std::string source_org;
  std::string source_url;
  std::string source_date;
  std::string licence;
  std::string caveats;
  std::string dataset;    // the file it was loaded from
  std::string geography;  // the level it is published at, e.g. "Local authority district"
  bool proxy = false;     // measures something near the aim rather than the aim itself
  // Framework items it informs, as "framework/item": a strand ("toolkit/performance") or a
  // criterion id ("toolkit/perf-1-1"). Sorted, no duplicates.
  std::vector<std::string> links;

  bool operator==(const Indicator&) const = default;
};

enum class ObservationStatus { kNormal, kSuppressed, kLowReliability, kProvisional };

[[nodiscard]] const char* ObservationStatusLabel(ObservationStatus status);
// The key used in files and the database: "" normal, "x" suppressed, "u" low reliability,
// "p" provisional.
[[nodiscard]] const char* ObservationStatusKey(ObservationStatus status);
// Accepts the keys above and the words ("suppressed", "low reliability", "provisional",
// "normal"), any case; nullopt for anything else.
[[nodiscard]] std::optional<ObservationStatus> ObservationStatusFromText(std::string_view text);

struct Observation {
  IndicatorId indicator;
  PlaceId place;
  std::string period;  // ISO 8601 as published: "2023-08-01/P1Y" or "2024-05-15"
  std::optional<double> value;
  std::optional<double> lower;  // 95% interval where published
  std::optional<double> upper;
  ObservationStatus status = ObservationStatus::kNormal;
  std::string note;

  bool operator==(const Observation&) const = default;
};

}  // namespace lct::domain
