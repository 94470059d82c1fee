#include "domain/indicator.hpp"

namespace lct::domain {

const char* DirectionLabel(Direction direction) {
  switch (direction) {
    case Direction::kHigherIsBetter:
      return "Higher is better";
    case Direction::kLowerIsBetter:
      return "Lower is better";
    case Direction::kNeutral:
      return "Neither higher nor lower is better";
  }
  return "";
}

const char* DirectionKey(Direction direction) {
  switch (direction) {
    case Direction::kHigherIsBetter:
      return "higher";
    case Direction::kLowerIsBetter:
      return "lower";
    case Direction::kNeutral:
      return "neutral";
  }
  return "neutral";
}

std::optional<Direction> DirectionFromKey(std::string_view key) {
  if (key == "higher") return Direction::kHigherIsBetter;
  if (key == "lower") return Direction::kLowerIsBetter;
  if (key == "neutral") return Direction::kNeutral;
  return std::nullopt;
}

const char* ObservationStatusLabel(ObservationStatus status) {
  switch (status) {
    case ObservationStatus::kNormal:
      return "";
    case ObservationStatus::kSuppressed:
      return "suppressed";
    case ObservationStatus::kLowReliability:
      return "low reliability";
    case ObservationStatus::kProvisional:
      return "provisional";
  }
  return "";
}

}  // namespace lct::domain
