// Full-text search across the guide of one or more frameworks: strands, levels (description,
// focus, questions), criteria (statement, evidence prompt, operational variant), ideas, pitfalls,
// examples and the optional sections. Pure function over plain values.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/framework.hpp"
#include "domain/guide_index.hpp"

namespace lct::domain {

// At most this many words of a query are used; the rest are ignored.
inline constexpr std::size_t kMaxQueryWords = 12;
// The most hits SearchGuide returns unless told otherwise.
inline constexpr std::size_t kDefaultSearchLimit = 100;

struct TextSpan {
  std::size_t offset = 0;
  std::size_t length = 0;
  bool operator==(const TextSpan&) const = default;
};

struct GuideHit {
  GuideEntryKind kind = GuideEntryKind::kStrand;
  std::string id;
  std::string label;    // as GuideEntry::label
  std::string context;  // as GuideEntry::context
  std::string snippet;  // an extract of the best-matching text, cut at spaces ("…" marks a cut)
  std::vector<TextSpan> marks;  // where query words occur in `snippet`: sorted, not overlapping
  GuideTarget target;
  int score = 0;
};

// The words of a query, lower-cased: split at every ASCII character that is not a letter or a
// digit (bytes of other UTF-8 characters count as letters); duplicates dropped; at most
// kMaxQueryWords.
[[nodiscard]] std::vector<std::string> QueryWords(std::string_view query);

// Every guide item in which each query word occurs (case-insensitive; a word may match part of
// a longer word: "partner" finds "partnership"). Best first: whole words before parts of words,
// the whole query as a phrase, matches in an item's main text or heading, then criteria and
// levels before other items; equal scores keep reading order. No hits for a query without
// words. At most `limit` hits.
[[nodiscard]] std::vector<GuideHit> SearchGuide(std::span<const Framework* const> frameworks,
                                                std::string_view query,
                                                std::size_t limit = kDefaultSearchLimit);

}  // namespace lct::domain
