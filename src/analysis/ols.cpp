#include "analysis/ols.hpp"

#include <Eigen/Dense>
#include <cmath>
#include <string>
#include <vector>

#include "analysis/distributions.hpp"

namespace lct::analysis {
namespace {

constexpr char kInterceptName[] = "(Intercept)";
// A column whose part not explained by the earlier columns is below this share of its own
// norm is aliased (R's lm uses tol = 1e-7 in the same sense).
constexpr double kRankTolerance = 1e-7;

std::string Quoted(const std::string& name) { return "'" + name + "'"; }

std::string JoinQuoted(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? " and " : ", ";
    out += Quoted(names[i]);
  }
  return out;
}

Status CheckColumns(const NamedValues& outcome, std::span<const NamedValues> regressors,
                    const OlsOptions& options) {
  if (!(options.confidence > 0 && options.confidence < 1)) {
    return InvalidArgument("regression: the confidence level must be between 0 and 1");
  }
  std::vector<const NamedValues*> all{&outcome};
  for (const NamedValues& r : regressors) all.push_back(&r);
  for (const NamedValues* column : all) {
    if (column->values.size() != outcome.values.size()) {
      return InvalidArgument("regression: " + Quoted(column->name) + " has " +
                                 std::to_string(column->values.size()) + " values but " +
                                 Quoted(outcome.name) + " has " +
                                 std::to_string(outcome.values.size()),
                             ErrorLocation{"", 0, column->name});
    }
    for (std::size_t i = 0; i < column->values.size(); ++i) {
      if (std::isinf(column->values[i])) {
        return InvalidArgument("regression: " + Quoted(column->name) +
                                   " has an infinite value in row " + std::to_string(i + 1),
                               ErrorLocation{"", static_cast<std::int64_t>(i + 1), column->name});
      }
    }
  }
  return Ok();
}

// Listwise deletion: the rows with every value present, and a reason for each row left out.
std::vector<std::size_t> CompleteRows(const NamedValues& outcome,
                                      std::span<const NamedValues> regressors,
                                      std::vector<DroppedRow>& dropped) {
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < outcome.values.size(); ++i) {
    std::vector<std::string> missing;
    if (std::isnan(outcome.values[i])) missing.push_back(outcome.name);
    for (const NamedValues& r : regressors) {
      if (std::isnan(r.values[i])) missing.push_back(r.name);
    }
    if (missing.empty()) {
      rows.push_back(i);
    } else {
      dropped.push_back({i, "missing " + JoinQuoted(missing)});
    }
  }
  return rows;
}

// Error naming the aliased columns, taken in order as R's lm does: a column is aliased when
// it is (numerically) a linear combination of the earlier columns that were kept.
Status CheckRank(const Eigen::MatrixXd& x, const std::vector<std::string>& names) {
  const Eigen::Index n = x.rows();
  std::vector<Eigen::Index> kept;
  std::vector<Eigen::VectorXd> basis;
  std::vector<std::string> problems;
  for (Eigen::Index j = 0; j < x.cols(); ++j) {
    const double norm = x.col(j).norm();
    Eigen::VectorXd v = x.col(j);
    for (int pass = 0; pass < 2; ++pass) {  // re-orthogonalise once (modified Gram-Schmidt)
      for (const Eigen::VectorXd& q : basis) v -= q.dot(v) * q;
    }
    const double rest = v.norm();
    if (rest > kRankTolerance * norm && norm > 0) {
      kept.push_back(j);
      basis.emplace_back(v / rest);
      continue;
    }
    const std::string& name = names[static_cast<std::size_t>(j)];
    std::vector<std::string> parts;
    if (norm > 0 && !kept.empty()) {
      Eigen::MatrixXd earlier(n, static_cast<Eigen::Index>(kept.size()));
      for (std::size_t k = 0; k < kept.size(); ++k) {
        earlier.col(static_cast<Eigen::Index>(k)) = x.col(kept[k]);
      }
      const Eigen::VectorXd c = earlier.colPivHouseholderQr().solve(x.col(j));
      for (std::size_t k = 0; k < kept.size(); ++k) {
        const auto kk = static_cast<Eigen::Index>(k);
        if (std::abs(c(kk)) * x.col(kept[k]).norm() > kRankTolerance * norm) {
          parts.push_back(names[static_cast<std::size_t>(kept[k])]);
        }
      }
    }
    if (norm == 0 || (parts.size() == 1 && parts.front() == kInterceptName)) {
      problems.push_back(Quoted(name) +
                         " has the same value for every place used, so it cannot be told apart "
                         "from the intercept");
    } else {
      problems.push_back(Quoted(name) + " is a linear combination of " + JoinQuoted(parts));
    }
  }
  if (problems.empty()) return Ok();
  std::string message = "regression: the context variables are collinear: ";
  for (std::size_t i = 0; i < problems.size(); ++i) message += (i > 0 ? "; " : "") + problems[i];
  message += ". Remove one of the columns named.";
  return InvalidArgument(std::move(message));
}

struct Design {
  Eigen::MatrixXd x;  // the intercept column, then the regressors
  Eigen::VectorXd y;
};

Design BuildDesign(const NamedValues& outcome, std::span<const NamedValues> regressors,
                   const std::vector<std::size_t>& rows) {
  const auto n = static_cast<Eigen::Index>(rows.size());
  const auto p = static_cast<Eigen::Index>(regressors.size() + 1);
  Design d{Eigen::MatrixXd(n, p), Eigen::VectorXd(n)};
  for (Eigen::Index i = 0; i < n; ++i) {
    const std::size_t row = rows[static_cast<std::size_t>(i)];
    d.y(i) = outcome.values[row];
    d.x(i, 0) = 1.0;
    for (Eigen::Index j = 1; j < p; ++j) {
      d.x(i, j) = regressors[static_cast<std::size_t>(j - 1)].values[row];
    }
  }
  return d;
}

// Householder QR, X = QR: beta = R^-1 Q'y, (X'X)^-1 = R^-1 R^-T, h_ii = |row i of Q|^2.
void Solve(const Design& d, const std::vector<std::size_t>& rows, OlsFit& fit) {
  const Eigen::Index n = d.x.rows();
  const Eigen::Index p = d.x.cols();
  const Eigen::HouseholderQR<Eigen::MatrixXd> qr(d.x);
  const Eigen::VectorXd beta = qr.solve(d.y);
  const Eigen::MatrixXd r = qr.matrixQR().topRows(p).triangularView<Eigen::Upper>();
  const Eigen::MatrixXd r_inverse =
      r.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));
  const Eigen::MatrixXd xtx_inverse = r_inverse * r_inverse.transpose();
  const Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(n, p);
  const Eigen::VectorXd fitted = d.x * beta;
  const Eigen::VectorXd residuals = d.y - fitted;

  fit.df = fit.n - fit.p;
  fit.sse = residuals.squaredNorm();
  fit.sst = (d.y.array() - d.y.mean()).matrix().squaredNorm();
  fit.s = std::sqrt(fit.sse / static_cast<double>(fit.df));
  fit.r_squared = fit.sst > 0 ? 1.0 - fit.sse / fit.sst : kMissing;
  for (Eigen::Index j = 0; j < p; ++j) {
    fit.coefficients.push_back(beta(j));
    fit.standard_errors.push_back(fit.s * std::sqrt(xtx_inverse(j, j)));
  }
  fit.leverage_threshold = 2.0 * static_cast<double>(fit.p) / static_cast<double>(fit.n);
  fit.t_critical = StudentTQuantile((1.0 + fit.confidence) / 2.0, static_cast<double>(fit.df));
  for (Eigen::Index i = 0; i < n; ++i) {
    OlsRow row;
    row.row = rows[static_cast<std::size_t>(i)];
    row.y = d.y(i);
    row.fitted = fitted(i);
    row.residual = residuals(i);
    row.leverage = q.row(i).squaredNorm();
    row.high_leverage = row.leverage > fit.leverage_threshold;
    const double pi = fit.t_critical * fit.s * std::sqrt(1.0 + row.leverage);
    const double ci = fit.t_critical * fit.s * std::sqrt(row.leverage);
    row.prediction = {row.fitted - pi, row.fitted + pi};
    row.mean = {row.fitted - ci, row.fitted + ci};
    fit.rows.push_back(row);
  }
}

}  // namespace

Result<OlsFit> FitOls(const NamedValues& outcome, std::span<const NamedValues> regressors,
                      const OlsOptions& options) {
  if (Status ok = CheckColumns(outcome, regressors, options); !ok) return ok.error();
  OlsFit fit;
  fit.confidence = options.confidence;
  fit.coefficient_names.emplace_back(kInterceptName);
  for (const NamedValues& r : regressors) fit.coefficient_names.push_back(r.name);
  const std::vector<std::size_t> rows = CompleteRows(outcome, regressors, fit.dropped);
  fit.n = rows.size();
  fit.p = regressors.size() + 1;
  if (fit.n <= fit.p) {
    return InvalidArgument("regression: " + std::to_string(fit.n) +
                           " places have complete data, but a model with " + std::to_string(fit.p) +
                           " coefficients (the intercept and " + std::to_string(regressors.size()) +
                           " context variables) needs more places than coefficients");
  }
  const Design design = BuildDesign(outcome, regressors, rows);
  if (Status rank = CheckRank(design.x, fit.coefficient_names); !rank) return rank.error();
  Solve(design, rows, fit);
  return fit;
}

}  // namespace lct::analysis
