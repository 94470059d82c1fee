#include "analysis/distributions.hpp"

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/policies/policy.hpp>
#include <cmath>
#include <limits>

namespace lct::analysis {
namespace {

namespace bm = boost::math;

// Report domain errors as NaN and overflow as +-inf rather than throwing: the analysis layer
// turns bad input into a status itself, and an exception must not escape into a request.
using Policy = bm::policies::policy<bm::policies::domain_error<bm::policies::ignore_error>,
                                    bm::policies::overflow_error<bm::policies::ignore_error>,
                                    bm::policies::evaluation_error<bm::policies::ignore_error>,
                                    bm::policies::pole_error<bm::policies::ignore_error>>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool IsProbability(double p) { return p >= 0.0 && p <= 1.0; }

}  // namespace

double NormalCdf(double x) {
  if (std::isnan(x)) return kNaN;
  return bm::cdf(bm::normal_distribution<double, Policy>(0.0, 1.0), x);
}

double NormalQuantile(double p) {
  if (!IsProbability(p)) return kNaN;
  if (p == 0.0) return -kInf;
  if (p == 1.0) return kInf;
  return bm::quantile(bm::normal_distribution<double, Policy>(0.0, 1.0), p);
}

double StudentTCdf(double x, double df) {
  if (std::isnan(x) || !(df > 0)) return kNaN;
  return bm::cdf(bm::students_t_distribution<double, Policy>(df), x);
}

double StudentTQuantile(double p, double df) {
  if (!IsProbability(p) || !(df > 0)) return kNaN;
  if (p == 0.0) return -kInf;
  if (p == 1.0) return kInf;
  return bm::quantile(bm::students_t_distribution<double, Policy>(df), p);
}

double ChiSquaredCdf(double x, double df) {
  if (std::isnan(x) || !(df > 0)) return kNaN;
  if (x <= 0) return 0.0;
  if (std::isinf(x)) return 1.0;
  return bm::cdf(bm::chi_squared_distribution<double, Policy>(df), x);
}

double ChiSquaredQuantile(double p, double df) {
  if (!IsProbability(p) || !(df > 0)) return kNaN;
  if (p == 0.0) return 0.0;
  if (p == 1.0) return kInf;
  return bm::quantile(bm::chi_squared_distribution<double, Policy>(df), p);
}

double BinomialCdf(double k, double trials, double probability) {
  if (std::isnan(k) || !(trials >= 0) || !IsProbability(probability)) return kNaN;
  if (k < 0) return 0.0;
  if (k >= trials) return 1.0;
  if (probability == 0.0) return 1.0;  // X = 0 surely
  if (probability == 1.0) return 0.0;  // X = trials surely, and k < trials here
  return bm::cdf(bm::binomial_distribution<double, Policy>(trials, probability), std::floor(k));
}

double PoissonCdf(double k, double mean) {
  if (std::isnan(k) || !(mean >= 0)) return kNaN;
  if (k < 0) return 0.0;
  if (mean == 0.0) return 1.0;
  if (std::isinf(k)) return 1.0;
  return bm::cdf(bm::poisson_distribution<double, Policy>(mean), std::floor(k));
}

}  // namespace lct::analysis
