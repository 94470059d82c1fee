#include "domain/indicator.hpp"

#include <cctype>
#include <string>

#include "base/text.hpp"

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

const char* ObservationStatusKey(ObservationStatus status) {
  switch (status) {
    case ObservationStatus::kNormal:
      return "";
    case ObservationStatus::kSuppressed:
      return "x";
    case ObservationStatus::kLowReliability:
      return "u";
    case ObservationStatus::kProvisional:
      return "p";
  }
  return "";
}

std::optional<ObservationStatus> ObservationStatusFromText(std::string_view text) {
  const std::string lower = text::AsciiLower(text);
  if (lower.empty() || lower == "normal") return ObservationStatus::kNormal;
  if (lower == "x" || lower == "suppressed") return ObservationStatus::kSuppressed;
  if (lower == "u" || lower == "low reliability" || lower == "low-reliability") {
    return ObservationStatus::kLowReliability;
  }
  if (lower == "p" || lower == "provisional") return ObservationStatus::kProvisional;
  return std::nullopt;
}

}  // namespace lct::domain
