// Internal to io/: a checked view of a YAML document for readers that must report every problem
// with its line and field path rather than stop at the first. Includes yaml-cpp, so no header
// outside io/ may include this one.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/error.hpp"

namespace lct::io::detail {

enum class Need { kRequired, kOptional };

// The field names a map may have.
using Keys = std::span<const std::string_view>;

// One map of the document: the first occurrence of each key, where the map starts, its path.
struct YamlMap {
  struct Entry {
    std::string key;
    YAML::Node value;
    std::int64_t key_line = 0;
  };
  std::vector<Entry> entries;
  std::int64_t line = 0;
  std::string path;  // e.g. "strands[0].levels[1]"; empty for the document itself

  [[nodiscard]] const Entry* Find(std::string_view key) const;
};

[[nodiscard]] std::string JoinPath(const std::string& path, std::string_view name);
[[nodiscard]] std::string IndexPath(const std::string& path, std::size_t index);

class YamlReader {
 public:
  explicit YamlReader(std::string_view file_name) : file_name_(file_name) {}

  [[nodiscard]] std::vector<Error> TakeErrors() && { return std::move(errors_); }
  [[nodiscard]] bool HasErrors() const { return !errors_.empty(); }

  void Fail(std::int64_t line, std::string field, std::string message);

  // The document in `text`, or empty with the error recorded: text that is not valid UTF-8
  // (issue 11: refused with its line and column before parsing, since yaml-cpp would quietly
  // replace the bad bytes) or a YAML syntax error. The one way io/ readers load YAML.
  [[nodiscard]] std::optional<YAML::Node> Load(std::string_view text);

  // The 1-based line of `node`, or `fallback` when the node has no position (absent, null).
  [[nodiscard]] static std::int64_t LineOf(const YAML::Node& node, std::int64_t fallback);

  // Opens `node` as a map whose keys must be among `allowed`; reports a wrong type, unknown keys
  // (with a suggestion when one is close) and duplicate keys. Empty when `node` is not a map.
  [[nodiscard]] std::optional<YamlMap> OpenMap(const YAML::Node& node, const std::string& path,
                                               std::int64_t fallback_line, Keys allowed);

  // The value of `key`, or empty when it is absent or null (reported when it is required).
  [[nodiscard]] std::optional<YAML::Node> Value(const YamlMap& map, std::string_view key,
                                                Need need);

  [[nodiscard]] std::string Text(const YamlMap& map, std::string_view key, Need need);
  [[nodiscard]] int Integer(const YamlMap& map, std::string_view key, Need need);
  [[nodiscard]] bool Boolean(const YamlMap& map, std::string_view key);
  // A list of texts; `line` (optional) receives the line where the list starts.
  [[nodiscard]] std::vector<std::string> TextList(const YamlMap& map, std::string_view key,
                                                  std::int64_t* line = nullptr);

  // A list whose elements are read by `read_item(node, path, fallback_line)`. A broken element
  // still yields an (empty) item, so positions in the result match positions in the file.
  template <typename T, typename ReadItem>
  [[nodiscard]] std::vector<T> List(const YamlMap& map, std::string_view key, Need need,
                                    ReadItem read_item) {
    std::vector<T> items;
    const auto node = Value(map, key, need);
    if (!node) return items;
    const std::string path = JoinPath(map.path, key);
    const std::int64_t line = LineOf(*node, map.Find(key)->key_line);
    if (!node->IsSequence()) {
      Fail(line, path, "expected a list, found " + Describe(*node));
      return items;
    }
    std::size_t index = 0;
    for (const YAML::Node& element : *node) {
      items.push_back(read_item(element, IndexPath(path, index), LineOf(element, line)));
      ++index;
    }
    return items;
  }

  [[nodiscard]] static std::string Describe(const YAML::Node& node);

 private:
  std::string file_name_;
  std::vector<Error> errors_;
};

}  // namespace lct::io::detail
