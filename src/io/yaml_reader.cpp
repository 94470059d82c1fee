#include "io/yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "base/text.hpp"

namespace lct::io::detail {
namespace {

std::string Quote(std::string_view text) { return "'" + std::string(text) + "'"; }

// Levenshtein distance, to suggest the field a typo probably meant.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

constexpr std::size_t kMaxSuggestionDistance = 2;

std::string UnknownKeyMessage(std::string_view key, Keys allowed) {
  std::string message = "unknown field " + Quote(key);
  std::string_view best;
  std::size_t best_distance = kMaxSuggestionDistance + 1;
  for (const std::string_view candidate : allowed) {
    const std::size_t distance = EditDistance(key, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  if (!best.empty()) message += " (did you mean " + Quote(best) + "?)";
  return message;
}

}  // namespace

const YamlMap::Entry* YamlMap::Find(std::string_view key) const {
  for (const Entry& entry : entries) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

std::string JoinPath(const std::string& path, std::string_view name) {
  return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string IndexPath(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

void YamlReader::Fail(std::int64_t line, std::string field, std::string message) {
  errors_.push_back(
      InvalidArgument(std::move(message), ErrorLocation{file_name_, line, std::move(field)}));
}

std::optional<YAML::Node> YamlReader::Load(std::string_view text) {
  if (auto utf8 = text::CheckUtf8File(text, file_name_); !utf8) {
    errors_.push_back(utf8.error());
    return std::nullopt;
  }
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::Exception& error) {
    // yaml-cpp marks are 0-based; a mark of -1 means "position unknown".
    const std::int64_t line = error.mark.line >= 0 ? error.mark.line + 1 : 0;
    Fail(line, "", "YAML syntax error: " + error.msg);
    return std::nullopt;
  }
}

std::int64_t YamlReader::LineOf(const YAML::Node& node, std::int64_t fallback) {
  if (!node.IsDefined() || node.IsNull()) return fallback;
  const YAML::Mark mark = node.Mark();
  return mark.line >= 0 ? static_cast<std::int64_t>(mark.line) + 1 : fallback;
}

std::string YamlReader::Describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return "text";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return "nothing";
}

std::optional<YamlMap> YamlReader::OpenMap(const YAML::Node& node, const std::string& path,
                                           std::int64_t fallback_line, Keys allowed) {
  const std::int64_t line = LineOf(node, fallback_line);
  if (!node.IsMap()) {
    Fail(line, path, "expected a map of fields, found " + Describe(node));
    return std::nullopt;
  }
  YamlMap map;
  map.line = line;
  map.path = path;
  std::map<std::string, std::int64_t, std::less<>> seen;
  for (const auto& pair : node) {
    const std::int64_t key_line = LineOf(pair.first, line);
    if (!pair.first.IsScalar()) {
      Fail(key_line, path, "expected a field name, found " + Describe(pair.first));
      continue;
    }
    const std::string key = pair.first.Scalar();
    const auto [it, inserted] = seen.emplace(key, key_line);
    if (!inserted) {
      Fail(key_line, JoinPath(path, key),
           "duplicate key " + Quote(key) + " (first at line " + std::to_string(it->second) + ")");
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      Fail(key_line, JoinPath(path, key), UnknownKeyMessage(key, allowed));
      continue;
    }
    map.entries.push_back({key, pair.second, key_line});
  }
  return map;
}

std::optional<YAML::Node> YamlReader::Value(const YamlMap& map, std::string_view key, Need need) {
  const YamlMap::Entry* entry = map.Find(key);
  if (entry == nullptr) {
    if (need == Need::kRequired) {
      Fail(map.line, JoinPath(map.path, key), "missing required field " + Quote(key));
    }
    return std::nullopt;
  }
  if (entry->value.IsNull()) {
    if (need == Need::kRequired) {
      Fail(entry->key_line, JoinPath(map.path, key), "field " + Quote(key) + " has no value");
    }
    return std::nullopt;
  }
  return entry->value;
}

std::string YamlReader::Text(const YamlMap& map, std::string_view key, Need need) {
  const auto node = Value(map, key, need);
  if (!node) return {};
  if (!node->IsScalar()) {
    Fail(LineOf(*node, map.Find(key)->key_line), JoinPath(map.path, key),
         "expected text, found " + Describe(*node));
    return {};
  }
  return node->Scalar();
}

int YamlReader::Integer(const YamlMap& map, std::string_view key, Need need) {
  const auto node = Value(map, key, need);
  if (!node) return 0;
  const std::int64_t line = LineOf(*node, map.Find(key)->key_line);
  const std::string text = node->IsScalar() ? node->Scalar() : std::string();
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (!node->IsScalar() || text.empty() || ec != std::errc() || ptr != end) {
    const std::string found = node->IsScalar() ? Quote(text) : Describe(*node);
    Fail(line, JoinPath(map.path, key), "expected a whole number, found " + found);
    return 0;
  }
  return value;
}

bool YamlReader::Boolean(const YamlMap& map, std::string_view key) {
  const auto node = Value(map, key, Need::kOptional);
  if (!node) return false;
  if (node->IsScalar()) {
    const std::string text = text::AsciiLower(node->Scalar());
    if (text == "true") return true;
    if (text == "false") return false;
  }
  const std::string found = node->IsScalar() ? Quote(node->Scalar()) : Describe(*node);
  Fail(LineOf(*node, map.Find(key)->key_line), JoinPath(map.path, key),
       "expected true or false, found " + found);
  return false;
}

std::vector<std::string> YamlReader::TextList(const YamlMap& map, std::string_view key,
                                              std::int64_t* line) {
  std::vector<std::string> texts;
  const auto node = Value(map, key, Need::kOptional);
  const YamlMap::Entry* entry = map.Find(key);
  if (line != nullptr) *line = entry == nullptr ? map.line : entry->key_line;
  if (!node) return texts;
  const std::int64_t list_line = LineOf(*node, entry->key_line);
  if (line != nullptr) *line = list_line;
  const std::string path = JoinPath(map.path, key);
  if (!node->IsSequence()) {
    Fail(list_line, path, "expected a list, found " + Describe(*node));
    return texts;
  }
  std::size_t index = 0;
  for (const YAML::Node& element : *node) {
    if (element.IsScalar()) {
      texts.push_back(element.Scalar());
    } else {
      Fail(LineOf(element, list_line), IndexPath(path, index),
           "expected text, found " + Describe(element));
    }
    ++index;
  }
  return texts;
}

}  // namespace lct::io::detail
