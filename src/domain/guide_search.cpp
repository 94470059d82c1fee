#include "domain/guide_search.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace lct::domain {
namespace {

constexpr int kWholeWord = 10;
constexpr int kWordStart = 6;
constexpr int kInsideWord = 2;
constexpr int kMainText = 4;
constexpr int kInLabel = 3;
constexpr int kPhrase = 15;
constexpr std::size_t kSnippetLength = 220;
constexpr std::size_t kSnippetLead = 60;
constexpr std::string_view kEllipsis = "…";

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Lower-cases ASCII letters and turns other ASCII characters into spaces. Same length as the
// input, so positions in the folded text are positions in the original.
std::string Fold(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') {
      ch = static_cast<char>(c - 'A' + 'a');
    } else if (!IsWordByte(c)) {
      ch = ' ';
    }
  }
  return out;
}

// Folded text with runs of spaces collapsed, for phrase matching.
std::string Collapse(std::string_view folded) {
  std::string out;
  for (const char c : folded) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  return out;
}

// How well `word` occurs in `folded`: 0 when it does not.
int MatchQuality(std::string_view folded, std::string_view word) {
  int best = 0;
  for (std::size_t at = folded.find(word); at != std::string_view::npos;
       at = folded.find(word, at + 1)) {
    const bool starts = at == 0 || folded[at - 1] == ' ';
    const std::size_t end = at + word.size();
    const bool ends = end == folded.size() || folded[end] == ' ';
    best = std::max(best, starts && ends ? kWholeWord : starts ? kWordStart : kInsideWord);
    if (best == kWholeWord) break;
  }
  return best;
}

// A small preference for the items a reader acts on; smaller than the gap between a whole word
// and part of a word, so that the words matched decide first.
int KindWeight(GuideEntryKind kind) {
  switch (kind) {
    case GuideEntryKind::kCriterion:
      return 3;
    case GuideEntryKind::kLevel:
    case GuideEntryKind::kStrand:
    case GuideEntryKind::kSection:
      return 2;
    case GuideEntryKind::kSectionItem:
    case GuideEntryKind::kFlowStep:
    case GuideEntryKind::kIdea:
    case GuideEntryKind::kPitfall:
    case GuideEntryKind::kFeedback:
      return 1;
    case GuideEntryKind::kExample:
      return 0;
  }
  return 0;
}

std::vector<TextSpan> Marks(std::string_view text, const std::vector<std::string>& words) {
  const std::string folded = Fold(text);
  std::vector<TextSpan> spans;
  for (const std::string& word : words) {
    for (std::size_t at = folded.find(word); at != std::string::npos;
         at = folded.find(word, at + word.size())) {
      spans.push_back({at, word.size()});
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.offset < b.offset; });
  std::vector<TextSpan> merged;
  for (const TextSpan& span : spans) {
    if (!merged.empty() && span.offset <= merged.back().offset + merged.back().length) {
      const std::size_t end =
          std::max(merged.back().offset + merged.back().length, span.offset + span.length);
      merged.back().length = end - merged.back().offset;
    } else {
      merged.push_back(span);
    }
  }
  return merged;
}

// An extract of `text` around its first match, cut at spaces, with the matches marked.
void MakeSnippet(std::string_view text, const std::vector<std::string>& words, GuideHit& hit) {
  const std::string folded = Fold(text);
  std::size_t first = text.size();
  for (const std::string& word : words) first = std::min(first, folded.find(word));
  if (first == text.size()) first = 0;  // matched only in the label: start at the top
  std::size_t begin = 0;
  std::size_t end = text.size();
  if (text.size() > kSnippetLength) {
    if (first > kSnippetLead) {
      begin = text.find(' ', first - kSnippetLead);
      begin = (begin == std::string_view::npos || begin >= first) ? first : begin + 1;
    }
    end = std::min(text.size(), begin + kSnippetLength);
    if (end < text.size()) {
      const std::size_t space = text.rfind(' ', end);
      if (space != std::string_view::npos && space > first) end = space;
    }
  }
  const std::string prefix = begin > 0 ? std::string(kEllipsis) + " " : "";
  hit.snippet = prefix + std::string(text.substr(begin, end - begin));
  if (end < text.size()) hit.snippet += " " + std::string(kEllipsis);
  for (TextSpan span : Marks(text.substr(begin, end - begin), words)) {
    span.offset += prefix.size();
    hit.marks.push_back(span);
  }
}

// Scores one entry; no value when some word is missing.
std::optional<GuideHit> Match(const GuideEntry& entry, const std::vector<std::string>& words,
                              const std::string& phrase) {
  std::vector<std::string> folded;
  folded.reserve(entry.fields.size());
  for (const std::string_view field : entry.fields) folded.push_back(Fold(field));
  const std::string label = Fold(entry.label);
  int score = KindWeight(entry.kind);
  std::vector<int> field_hits(folded.size(), 0);
  for (const std::string& word : words) {
    int best = 0;
    for (std::size_t i = 0; i < folded.size(); ++i) {
      const int quality = MatchQuality(folded[i], word);
      if (quality == 0) continue;
      ++field_hits[i];
      best = std::max(best, quality + (i == 0 ? kMainText : 0));
    }
    const int in_label = MatchQuality(label, word);
    if (best == 0 && in_label == 0) return std::nullopt;
    score += std::max(best, in_label) + (in_label > 0 ? kInLabel : 0);
  }
  if (words.size() > 1 && std::any_of(folded.begin(), folded.end(), [&](const std::string& f) {
        return Collapse(f).find(phrase) != std::string::npos;
      })) {
    score += kPhrase;
  }
  GuideHit hit;
  hit.kind = entry.kind;
  hit.id = entry.id;
  hit.label = entry.label;
  hit.context = entry.context;
  hit.target = entry.target;
  hit.score = score;
  if (!entry.fields.empty()) {
    const auto best = std::max_element(field_hits.begin(), field_hits.end());
    MakeSnippet(entry.fields[static_cast<std::size_t>(best - field_hits.begin())], words, hit);
  }
  return hit;
}

}  // namespace

std::vector<std::string> QueryWords(std::string_view query) {
  std::vector<std::string> words;
  const std::string folded = Fold(query);
  std::size_t at = 0;
  while (at < folded.size() && words.size() < kMaxQueryWords) {
    const std::size_t begin = folded.find_first_not_of(' ', at);
    if (begin == std::string::npos) break;
    const std::size_t end = std::min(folded.find(' ', begin), folded.size());
    std::string word = folded.substr(begin, end - begin);
    if (std::find(words.begin(), words.end(), word) == words.end())
      words.push_back(std::move(word));
    at = end;
  }
  return words;
}

std::vector<GuideHit> SearchGuide(std::span<const Framework* const> frameworks,
                                  std::string_view query, std::size_t limit) {
  const std::vector<std::string> words = QueryWords(query);
  if (words.empty()) return {};
  std::string phrase;  // the words in order, one space apart
  for (const std::string& word : words) phrase += (phrase.empty() ? "" : " ") + word;
  std::vector<GuideHit> hits;
  for (const Framework* framework : frameworks) {
    if (framework == nullptr) continue;
    for (const GuideEntry& entry : GuideEntries(*framework)) {
      if (auto hit = Match(entry, words, phrase)) hits.push_back(std::move(*hit));
    }
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const GuideHit& a, const GuideHit& b) { return a.score > b.score; });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

}  // namespace lct::domain
