// The optional guidance sections of a Framework (common agendas, who to involve, first steps,
// benchmarking flow, value chain, plan template, exercises, review calendar, answers to
// feedback, the evidence guide for ratings), and SourceLine. Included by domain/framework.hpp;
// plain values, no I/O.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lct::domain {

// The line of the framework file a node was read from (0 when the node was built in code).
// It is metadata, not part of the value: two SourceLines always compare equal, so a framework
// read from a file equals the same framework written out and read back with another layout.
struct SourceLine {
  std::int64_t value = 0;
  bool operator==(const SourceLine& /*other*/) const { return true; }
};

// One entry of an optional guidance section: a common agenda, a stakeholder type or role, a first
// step, a value-chain dimension, a plan-template field, an exercise, a review-calendar entry.
struct GuideItem {
  std::string id;
  std::string title;
  std::string text;
  std::vector<std::string> prompts;   // questions to ask or things to do, in order
  std::vector<std::string> criteria;  // ids of related criteria; may be empty
  SourceLine line;
  SourceLine criteria_line;
  bool operator==(const GuideItem&) const = default;
};

// A step of a guided flow (the benchmarking steps): when `check` is answered "no", follow
// `if_no` and go back to `go_to` (optional, a step id of the same flow).
struct FlowStep {
  std::string id;
  std::string title;
  std::string text;
  std::string check;
  std::string if_no;
  std::string go_to;
  SourceLine line;
  bool operator==(const FlowStep&) const = default;
};

struct Stakeholders {
  std::string intro;
  std::vector<GuideItem> types;
  std::vector<GuideItem> roles;
  SourceLine line;
  bool operator==(const Stakeholders&) const = default;
};

struct Benchmarking {
  std::string intro;
  std::vector<FlowStep> steps;
  SourceLine line;
  bool operator==(const Benchmarking&) const = default;
};

struct ValueChain {
  std::string intro;
  std::vector<GuideItem> dimensions;
  SourceLine line;
  bool operator==(const ValueChain&) const = default;
};

struct PlanTemplate {
  std::string intro;
  int years = 0;
  std::vector<GuideItem> fields;         // what to fill in for each strand
  std::vector<GuideItem> annual_review;  // what to ask at each yearly review
  SourceLine line;
  bool operator==(const PlanTemplate&) const = default;
};

// The framework's guide to evidence for ratings: the kinds of evidence that count (`kinds`), how
// recent it should be, and who checks it. Absent when every field is empty.
struct EvidenceGuide {
  std::string intro;
  std::vector<GuideItem> kinds;
  std::string recency;
  std::string checking;
  SourceLine line;
  bool operator==(const EvidenceGuide&) const = default;
};

// How the framework answers one complaint about an earlier guide. `refs` name ids of this
// framework (criteria, ideas, pitfalls, strands, section items) or section names.
struct FeedbackAnswer {
  std::string id;
  std::string complaint;
  std::string answer;
  std::vector<std::string> refs;
  SourceLine line;
  SourceLine refs_line;
  bool operator==(const FeedbackAnswer&) const = default;
};

}  // namespace lct::domain
