// The CSV tables of `lct index build|uncertainty|sensitivity` and writing them all or nothing.
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "analysis/ranking.hpp"
#include "analysis/sensitivity.hpp"
#include "render/csv_writer.hpp"
#include "services/index_service.hpp"

namespace lct::services {
namespace {

// COINr's convention: a missing value is written NA.
constexpr std::string_view kMissing = "NA";

// A number in its shortest exact form, or NA when it is missing (NaN) or not finite.
void Number(render::CsvWriter& csv, double value) {
  if (std::isfinite(value)) {
    csv.Number(value);
  } else {
    csv.Text(kMissing);
  }
}

std::vector<std::string> NodeCodes(const analysis::IndexFramework& framework, std::size_t from,
                                   std::size_t to) {
  std::vector<std::string> codes;
  for (std::size_t n = from; n < to; ++n) codes.push_back(framework.node(n).code);
  return codes;
}

// One intermediate data set: uCode, uName, then one column per indicator (or per node).
OutputFile StageTable(const IndexProblem& p, const std::string& name,
                      const analysis::StageData& stage) {
  std::vector<std::string> header = {"uCode", "uName"};
  const auto codes = NodeCodes(p.framework, 0, stage.values.cols());
  header.insert(header.end(), codes.begin(), codes.end());
  render::CsvWriter csv(header);
  for (std::size_t r = 0; r < stage.units.size(); ++r) {
    const std::size_t unit = stage.units[r];
    csv.Text(p.input.unit_codes[unit]).Text(p.unit_names[unit]);
    for (std::size_t c = 0; c < stage.values.cols(); ++c) Number(csv, stage.values(r, c));
    csv.EndRow();
  }
  return {name + ".csv", std::move(csv).Take()};
}

// scores.csv or ranks.csv: every aggregate for every unit (NA when screened out).
OutputFile ResultTable(const IndexProblem& p, const analysis::PipelineResult& result, bool ranks) {
  const std::size_t units = p.input.unit_codes.size();
  const std::size_t first = p.framework.indicator_count();
  std::vector<std::string> header = {"uCode", "uName"};
  const auto codes = NodeCodes(p.framework, first, p.framework.node_count());
  header.insert(header.end(), codes.begin(), codes.end());
  std::vector<std::vector<double>> columns;
  for (std::size_t n = first; n < p.framework.node_count(); ++n) {
    columns.push_back(ranks ? analysis::NodeRanks(result, n, units)
                            : analysis::NodeScores(result, n, units));
  }
  render::CsvWriter csv(header);
  for (std::size_t u = 0; u < units; ++u) {
    csv.Text(p.input.unit_codes[u]).Text(p.unit_names[u]);
    for (const auto& column : columns) Number(csv, column[u]);
    csv.EndRow();
  }
  return {ranks ? "ranks.csv" : "scores.csv", std::move(csv).Take()};
}

OutputFile WeightsTable(const IndexProblem& p, const analysis::PipelineResult& result) {
  render::CsvWriter csv({"iCode", "Level", "Parent", "Weight"});
  for (std::size_t n = 0; n < p.framework.node_count(); ++n) {
    const auto& node = p.framework.node(n);
    const double w = n < result.weights.size() ? result.weights[n] : node.weight;
    csv.Text(node.code).Integer(node.level).Text(node.parent);
    Number(csv, w);
    csv.EndRow();
  }
  return {"weights.csv", std::move(csv).Take()};
}

const char* TransformName(analysis::Transform t) {
  switch (t) {
    case analysis::Transform::kNone:
      return "none";
    case analysis::Transform::kLog:
      return "log";
    case analysis::Transform::kLogCT:
      return "log_ct";
    case analysis::Transform::kLogCTPlus:
      return "log_ct_plus";
    case analysis::Transform::kLogCTOrig:
      return "log_ct_orig";
    case analysis::Transform::kLogGII:
      return "log_gii";
    case analysis::Transform::kBoxCox:
      return "box_cox";
  }
  return "none";
}

OutputFile TreatmentTable(const IndexProblem& p, const analysis::PipelineResult& result) {
  render::CsvWriter csv({"iCode", "winsorised_low", "winsorised_high", "transform", "skew_before",
                         "kurtosis_before", "skew_after", "kurtosis_after"});
  for (std::size_t i = 0; i < result.treatment.size(); ++i) {
    const auto& r = result.treatment[i];
    csv.Text(p.framework.node(i).code)
        .Integer(static_cast<std::int64_t>(r.winsorised_low))
        .Integer(static_cast<std::int64_t>(r.winsorised_high))
        .Text(TransformName(r.transform));
    for (const double v :
         {r.before.skewness, r.before.kurtosis, r.after.skewness, r.after.kurtosis}) {
      Number(csv, v);
    }
    csv.EndRow();
  }
  return {"treatment.csv", std::move(csv).Take()};
}

OutputFile RankStatisticsTable(const IndexProblem& p, const analysis::UncertaintyResult& r) {
  render::CsvWriter csv(
      {"uCode", "uName", "nominal_score", "nominal", "mean", "median", "q05", "q95"});
  for (std::size_t u = 0; u < r.rank_statistics.size(); ++u) {
    const auto& s = r.rank_statistics[u];
    csv.Text(p.input.unit_codes[u]).Text(p.unit_names[u]);
    for (const double v : {r.nominal_scores[u], s.nominal, s.mean, s.median, s.q05, s.q95}) {
      Number(csv, v);
    }
    csv.EndRow();
  }
  return {"rank_statistics.csv", std::move(csv).Take()};
}

OutputFile ParametersTable(const IndexProblem& p, const analysis::UncertaintyResult& r) {
  std::vector<std::string> header = {"replication"};
  for (const auto& input : p.uncertain) header.push_back(input.name);
  header.emplace_back("mean_abs_rank_shift");
  render::CsvWriter csv(header);
  for (std::size_t rep = 0; rep < r.replications; ++rep) {
    csv.Integer(static_cast<std::int64_t>(rep + 1));
    for (std::size_t i = 0; i < r.inputs; ++i) Number(csv, r.parameters[rep * r.inputs + i]);
    Number(csv, rep < r.rank_shift.size() ? r.rank_shift[rep] : std::nan(""));
    csv.EndRow();
  }
  return {"parameters.csv", std::move(csv).Take()};
}

analysis::MonteCarloOptions ToOptions(const IndexProblem& p, const AnalysisOptions& options) {
  analysis::MonteCarloOptions mc;
  mc.replications = options.replications;
  mc.seed = options.seed;
  mc.threads = options.threads;
  mc.target = p.target;
  mc.bootstrap = options.bootstrap;
  mc.progress = options.progress;
  return mc;
}

Status NeedInputs(const IndexProblem& p) {
  if (!p.uncertain.empty()) return Ok();
  return InvalidArgument("the model has no uncertain inputs: add an `uncertainty:` list");
}

}  // namespace

Result<std::vector<OutputFile>> BuildIndexTables(const IndexProblem& problem) {
  auto result = analysis::BuildIndex(problem.input, problem.framework, problem.pipeline);
  if (!result) return result.error();
  std::vector<OutputFile> files = {ResultTable(problem, *result, false),
                                   ResultTable(problem, *result, true)};
  const std::pair<const char*, const std::optional<analysis::StageData>*> stages[] = {
      {"denominated", &result->denominated},
      {"imputed", &result->imputed},
      {"screened", &result->screened},
      {"treated", &result->treated},
      {"normalised", &result->normalised}};
  for (const auto& [name, stage] : stages) {
    if (stage->has_value()) files.push_back(StageTable(problem, name, **stage));
  }
  files.push_back(StageTable(problem, "aggregated", result->aggregated));
  files.push_back(WeightsTable(problem, *result));
  if (!result->treatment.empty()) files.push_back(TreatmentTable(problem, *result));
  return files;
}

Result<std::vector<OutputFile>> UncertaintyTables(const IndexProblem& problem,
                                                  const AnalysisOptions& options) {
  if (auto need = NeedInputs(problem); !need) return need.error();
  auto result = analysis::RunUncertainty(problem.input, problem.framework, problem.pipeline,
                                         problem.uncertain, ToOptions(problem, options));
  if (!result) return result.error();
  return std::vector<OutputFile>{RankStatisticsTable(problem, *result),
                                 ParametersTable(problem, *result)};
}

Result<std::vector<OutputFile>> SensitivityTables(const IndexProblem& problem,
                                                  const AnalysisOptions& options) {
  if (auto need = NeedInputs(problem); !need) return need.error();
  auto result = analysis::RunSensitivity(problem.input, problem.framework, problem.pipeline,
                                         problem.uncertain, ToOptions(problem, options));
  if (!result) return result.error();
  render::CsvWriter csv({"input", "first_order", "total", "first_order_q05", "first_order_q95",
                         "total_q05", "total_q95"});
  for (const auto& s : result->indices) {
    csv.Text(s.input);
    for (const double v : {s.index.first_order, s.index.total, s.index.first_order_q05,
                           s.index.first_order_q95, s.index.total_q05, s.index.total_q95}) {
      Number(csv, v);
    }
    csv.EndRow();
  }
  return std::vector<OutputFile>{RankStatisticsTable(problem, result->runs),
                                 {"sensitivity.csv", std::move(csv).Take()}};
}

Status WriteTables(const std::string& dir, const std::vector<OutputFile>& files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Error(ErrorCode::kUnavailable, "cannot create " + dir + ": " + ec.message());
  std::vector<fs::path> written;
  const auto cleanup = [&] {
    for (const auto& path : written) fs::remove(path, ec);
  };
  for (const OutputFile& file : files) {
    const fs::path temp = fs::path(dir) / ("." + file.name + ".tmp");
    std::ofstream out(temp, std::ios::binary);
    written.push_back(temp);
    if (!(out << file.text) || !out.flush()) {
      cleanup();
      return Error(ErrorCode::kUnavailable, "cannot write " + temp.string());
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    fs::rename(written[i], fs::path(dir) / files[i].name, ec);
    if (ec) {
      cleanup();
      return Error(ErrorCode::kUnavailable, "cannot write " + files[i].name + ": " + ec.message());
    }
  }
  return Ok();
}

}  // namespace lct::services
