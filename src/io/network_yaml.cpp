#include "io/network_yaml.hpp"

#include <yaml-cpp/yaml.h>

#include <array>
#include <map>
#include <utility>

#include "io/yaml_reader.hpp"

namespace lct::io {
namespace {

using detail::Need;
using detail::YamlMap;
using detail::YamlReader;

constexpr std::array<std::string_view, 6> kTopKeys = {
    "name", "description", "language", "number_format", "levels", "compare_within"};
constexpr std::array<std::string_view, 2> kLevelKeys = {"key", "name"};

class NetworkReader {
 public:
  explicit NetworkReader(const std::string& file) : reader_(file) {}

  NetworkFileRead Read(std::string_view text) {
    NetworkFileRead result;
    const std::optional<YAML::Node> root = reader_.Load(text);
    if (root && (!root->IsDefined() || root->IsNull())) {
      reader_.Fail(1, "", "the file is empty: a network file is a map of fields (name, levels...)");
    } else if (root) {
      ReadTop(*root, result.definition);
      CheckGeography(result.definition.geography);
    }
    result.errors = std::move(reader_).TakeErrors();
    return result;
  }

 private:
  void ReadTop(const YAML::Node& root, domain::NetworkDefinition& definition) {
    const auto map = reader_.OpenMap(root, "", 1, kTopKeys);
    if (!map) return;
    definition.name = reader_.Text(*map, "name", Need::kRequired);
    definition.description = reader_.Text(*map, "description", Need::kOptional);
    if (const auto language = reader_.Text(*map, "language", Need::kOptional); !language.empty()) {
      definition.language = language;
      if (!domain::IsLanguageTag(language)) {
        reader_.Fail(KeyLine(*map, "language"), "language",
                     "'" + language + R"(' is not a language tag (e.g. "en-GB", "cy", "fr"))");
      }
    }
    if (const auto format = reader_.Text(*map, "number_format", Need::kOptional); !format.empty()) {
      if (const auto parsed = domain::NumberFormatFromExample(format)) {
        definition.number_format = *parsed;
      } else {
        reader_.Fail(KeyLine(*map, "number_format"), "number_format",
                     "'" + format +
                         "' is not a number format: write one thousand two hundred and "
                         "thirty-four and a half as \"1,234.5\", \"1.234,5\", \"1 234,5\", "
                         "\"1234.5\" or \"1234,5\"");
      }
    }
    definition.geography.levels = reader_.List<domain::GeographyLevel>(
        *map, "levels", Need::kRequired,
        [this](const YAML::Node& node, const std::string& path, std::int64_t line) {
          return ReadLevel(node, path, line);
        });
    std::int64_t compare_line = map->line;
    definition.geography.compare_within = reader_.TextList(*map, "compare_within", &compare_line);
    for (std::size_t i = 0; i < definition.geography.compare_within.size(); ++i) {
      lines_[detail::IndexPath("compare_within", i)] = compare_line;
    }
    lines_["levels"] = KeyLine(*map, "levels");
  }

  domain::GeographyLevel ReadLevel(const YAML::Node& node, const std::string& path,
                                   std::int64_t line) {
    domain::GeographyLevel level;
    const auto map = reader_.OpenMap(node, path, line, kLevelKeys);
    if (!map) return level;
    level.key = reader_.Text(*map, "key", Need::kRequired);
    level.name = reader_.Text(*map, "name", Need::kRequired);
    lines_[path + ".key"] = KeyLine(*map, "key");
    lines_[path + ".name"] = KeyLine(*map, "name");
    return level;
  }

  // The domain's checks of the levels, each reported on the line of the field it is about.
  void CheckGeography(const domain::Geography& geography) {
    if (reader_.HasErrors()) return;  // a broken level would be reported twice
    for (const domain::GeographyProblem& problem : domain::CheckGeography(geography)) {
      const auto line = lines_.find(problem.field);
      reader_.Fail(line == lines_.end() ? 1 : line->second, problem.field, problem.message);
    }
  }

  [[nodiscard]] static std::int64_t KeyLine(const YamlMap& map, std::string_view key) {
    const YamlMap::Entry* entry = map.Find(key);
    return entry == nullptr ? map.line : entry->key_line;
  }

  YamlReader reader_;
  std::map<std::string, std::int64_t> lines_;
};

}  // namespace

NetworkFileRead ReadNetworkFile(std::string_view text, const std::string& file) {
  return NetworkReader(file).Read(text);
}

std::string WriteNetworkFile(const domain::NetworkDefinition& definition) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "name" << YAML::Value << definition.name;
  if (!definition.description.empty()) {
    out << YAML::Key << "description" << YAML::Value << definition.description;
  }
  out << YAML::Key << "language" << YAML::Value << definition.language;
  out << YAML::Key << "number_format" << YAML::Value << YAML::DoubleQuoted
      << definition.number_format.Example();
  out << YAML::Key << "levels" << YAML::Value << YAML::BeginSeq;
  for (const domain::GeographyLevel& level : definition.geography.levels) {
    out << YAML::BeginMap << YAML::Key << "key" << YAML::Value << level.key << YAML::Key << "name"
        << YAML::Value << level.name << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "compare_within" << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const std::string& key : definition.geography.compare_within) out << key;
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace lct::io
