// Use cases of the composite-index engine on files: build an index from iData/iMeta and a model
// file, and run its uncertainty and sensitivity analyses. Outputs are CSV tables, written all or
// nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/index_input.hpp"
#include "analysis/pipeline.hpp"
#include "analysis/uncertainty.hpp"
#include "base/result.hpp"

namespace lct::io {
struct IndexData;
struct IndexMeta;
struct IndexModel;
}  // namespace lct::io

namespace lct::services {

struct IndexFiles {
  std::string data;   // iData CSV
  std::string meta;   // iMeta CSV
  std::string model;  // model YAML
};

// Everything the engine needs, translated from the files.
struct IndexProblem {
  std::string name;
  analysis::IndexFramework framework;
  analysis::IndexInput input;
  std::vector<std::string> unit_names;  // one per input row
  analysis::PipelineSpec pipeline;
  std::vector<analysis::UncertainInput> uncertain;
  std::string target;  // empty = the single top-level node
};

// Translates parsed files; errors name the model file and line where they can.
[[nodiscard]] Result<IndexProblem> MakeIndexProblem(const io::IndexData& data,
                                                    const io::IndexMeta& meta,
                                                    const io::IndexModel& model);
// Reads and translates the three files.
[[nodiscard]] Result<IndexProblem> LoadIndexProblem(const IndexFiles& files);

// One output table.
struct OutputFile {
  std::string name;  // file name, e.g. "scores.csv"
  std::string text;  // CSV
};

// Builds the index: scores.csv and ranks.csv (every node), then one CSV per intermediate data
// set (denominated, imputed, screened, treated, normalised, aggregated), weights.csv and
// treatment.csv.
[[nodiscard]] Result<std::vector<OutputFile>> BuildIndexTables(const IndexProblem& problem);

struct AnalysisOptions {
  std::size_t replications = 1000;
  std::uint64_t seed = 1;
  std::size_t threads = 1;
  std::size_t bootstrap = 0;  // sensitivity only
  std::function<void(std::size_t, std::size_t)> progress{};
};

// rank_statistics.csv (unit, name, nominal, mean, median, q05, q95) and parameters.csv.
// Fails if the model has no uncertain inputs.
[[nodiscard]] Result<std::vector<OutputFile>> UncertaintyTables(const IndexProblem& problem,
                                                                const AnalysisOptions& options);
// rank_statistics.csv and sensitivity.csv (input, first_order, total and their 5/95 % bootstrap
// quantiles).
[[nodiscard]] Result<std::vector<OutputFile>> SensitivityTables(const IndexProblem& problem,
                                                                const AnalysisOptions& options);

// Writes the tables into `dir` (created if needed): first to temporary names, then renamed, so a
// failure leaves no partial output of this run.
[[nodiscard]] Status WriteTables(const std::string& dir, const std::vector<OutputFile>& files);

}  // namespace lct::services
