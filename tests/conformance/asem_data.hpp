// Test-only loader for the COINr ASEM reference files (tests/conformance/data/coinr-asem/, see
// SOURCE.md there). A deliberately tiny CSV reader: the product's reader lives in src/io/, which
// src/analysis must not depend on, and these files are plain (quotes, commas, "NA").
// Header-only because every *_test.cpp under tests/ becomes part of one executable.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/index_input.hpp"
#include "analysis/pipeline.hpp"

namespace lct::analysis::testing {

inline std::string AsemDir() {
  return std::string(LCT_TEST_DATA_DIR) + "/conformance/data/coinr-asem";
}

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  [[nodiscard]] std::size_t Col(const std::string& name) const {
    const auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) throw std::runtime_error("no column " + name);
    return static_cast<std::size_t>(it - header.begin());
  }
  [[nodiscard]] bool Has(const std::string& name) const {
    return std::find(header.begin(), header.end(), name) != header.end();
  }
};

inline std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(field);
      field.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  fields.push_back(field);
  return fields;
}

inline CsvTable ReadCsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  CsvTable table;
  std::string line;
  std::getline(in, line);
  table.header = SplitCsvLine(line);
  while (std::getline(in, line)) {
    if (!line.empty()) table.rows.push_back(SplitCsvLine(line));
  }
  return table;
}

inline double Number(const std::string& text) {
  if (text.empty() || text == "NA") return std::numeric_limits<double>::quiet_NaN();
  return std::strtod(text.c_str(), nullptr);
}

struct AsemData {
  IndexInput input;
  IndexFramework framework;
};

// iMeta rows of type Indicator/Aggregate become framework nodes; Group and Denominator columns of
// iData become unit groups and denominators. Units stay in file order.
inline AsemData LoadAsem() {
  const CsvTable meta = ReadCsv(AsemDir() + "/ASEM_iMeta.csv");
  const CsvTable data = ReadCsv(AsemDir() + "/ASEM_iData.csv");
  std::vector<FrameworkNode> nodes;
  std::vector<std::string> groups;
  std::vector<std::string> denominators;
  for (const auto& row : meta.rows) {
    const std::string& type = row[meta.Col("Type")];
    const std::string& code = row[meta.Col("iCode")];
    if (type == "Group") groups.push_back(code);
    if (type == "Denominator") denominators.push_back(code);
    if (type != "Indicator" && type != "Aggregate") continue;
    FrameworkNode node;
    node.code = code;
    node.level = static_cast<int>(Number(row[meta.Col("Level")]));
    node.parent = row[meta.Col("Parent")] == "NA" ? "" : row[meta.Col("Parent")];
    node.direction =
        Number(row[meta.Col("Direction")]) < 0 ? Direction::kNegative : Direction::kPositive;
    node.weight = Number(row[meta.Col("Weight")]);
    node.denominator = row[meta.Col("Denominator")] == "NA" ? "" : row[meta.Col("Denominator")];
    node.target = Number(row[meta.Col("Target")]);
    nodes.push_back(node);
  }
  Result<IndexFramework> framework = IndexFramework::Create(nodes);
  if (!framework) throw std::runtime_error(framework.error().ToString());
  AsemData asem{{}, std::move(*framework)};
  const std::size_t units = data.rows.size();
  const std::size_t indicators = asem.framework.indicator_count();
  asem.input.indicators = Matrix(units, indicators);
  for (std::size_t i = 0; i < units; ++i) {
    asem.input.unit_codes.push_back(data.rows[i][data.Col("uCode")]);
    for (std::size_t j = 0; j < indicators; ++j) {
      asem.input.indicators(i, j) = Number(data.rows[i][data.Col(asem.framework.node(j).code)]);
    }
  }
  for (const std::string& code : denominators) {
    NamedColumn column{code, {}};
    for (const auto& row : data.rows) column.values.push_back(Number(row[data.Col(code)]));
    asem.input.denominators.push_back(std::move(column));
  }
  for (const std::string& code : groups) {
    UnitGroup group{code, {}};
    for (const auto& row : data.rows) {
      const std::string& label = row[data.Col(code)];
      group.labels.push_back(label == "NA" ? "" : label);
    }
    asem.input.groups.push_back(std::move(group));
  }
  return asem;
}

// COINr's build_example_coin(): denominate, impute by EurAsia_group mean, screen byNA at 0.9,
// treat with the defaults, min-max onto [0, 100], arithmetic mean (§3, C3).
inline PipelineSpec AsemDefaultPipeline() {
  PipelineSpec spec;
  spec.denominate = DenominateSpec{};
  spec.impute = ImputeSpec{ImputeMethod::kGroupMean, "EurAsia_group"};
  spec.screen = ScreenSpec{ScreenRule::kByMissing, 0.9};
  spec.treat = TreatmentSpec{};
  spec.normalise = NormalisationSpec{};
  return spec;
}

// A reference data set keyed by unit code and column name.
struct ReferenceSet {
  std::map<std::string, std::map<std::string, double>> values;  // unit -> column -> value

  [[nodiscard]] double At(const std::string& unit, const std::string& column) const {
    return values.at(unit).at(column);
  }
};

inline ReferenceSet ReadReference(const std::string& file, const std::string& unit_column) {
  const CsvTable table = ReadCsv(AsemDir() + "/" + file);
  ReferenceSet set;
  const std::size_t unit = table.Col(unit_column);
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < table.header.size(); ++c) {
      if (c != unit) set.values[row[unit]][table.header[c]] = Number(row[c]);
    }
  }
  return set;
}

}  // namespace lct::analysis::testing
