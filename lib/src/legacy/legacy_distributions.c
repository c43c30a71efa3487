/* RandomState's continuous kernels (NumPy 1.24.2's legacy-distributions.c;
 * see legacy_distributions.h for which state each one draws from).
 *
 * They differ from the Generator kernels only in their sources: the polar
 * gaussian with its cache instead of the ziggurat normal, -log(1 - U)
 * instead of the ziggurat exponential, and exp/log forms NumPy 1.16 had
 * (exp(x) - 1 for pareto, 1 - exp(-x) for power). Expressions are NumPy's,
 * operand for operand, in a build without contraction. */
#include <math.h>
#include <stdint.h>

#include "core/npr_math.h"
#include "nprand/discrete.h"
#include "nprand/legacy_distributions.h"

static const double pi = 3.14159265358979323846; /* NumPy's M_PI */

static double legacy_double(npr_randomstate *rs) { return npr_mt19937_next_double(&rs->mt); }

double npr_legacy_standard_gamma(npr_randomstate *rs, double shape) {
  if (shape == 1.0) {
    return npr_rs_standard_exponential(rs);
  }
  if (shape == 0.0) {
    return 0.0;
  }
  if (shape < 1.0) {
    for (;;) {
      const double u = legacy_double(rs);
      const double v = npr_rs_standard_exponential(rs);
      if (u <= 1.0 - shape) {
        const double x = npr_pow(u, 1. / shape);
        if (x <= v) {
          return x;
        }
      } else {
        const double y = -npr_log((1 - u) / shape);
        const double x = npr_pow(1.0 - shape + shape * y, 1. / shape);
        if (x <= (v + y)) {
          return x;
        }
      }
    }
  }
  {
    const double b = shape - 1. / 3.;
    const double c = 1. / sqrt(9 * b);
    for (;;) {
      double x, v, u;
      /* A rejected gauss still consumes the polar pair's cached half. */
      do {
        x = npr_rs_standard_normal(rs);
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      u = legacy_double(rs);
      if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
        return b * v;
      }
      if (npr_log(u) < 0.5 * x * x + b * (1. - v + npr_log(v))) {
        return b * v;
      }
    }
  }
}

double npr_legacy_gamma(npr_randomstate *rs, double shape, double scale) {
  return scale * npr_legacy_standard_gamma(rs, shape);
}

double npr_legacy_beta(npr_randomstate *rs, double a, double b) {
  if ((a <= 1.0) && (b <= 1.0)) {
    /* Johnk's algorithm; unlike the Generator's, a pair whose powers both
     * underflow is answered in log space instead of redrawn. */
    for (;;) {
      const double u = legacy_double(rs);
      const double v = legacy_double(rs);
      const double x = npr_pow(u, 1.0 / a);
      const double y = npr_pow(v, 1.0 / b);
      if ((x + y) <= 1.0) {
        if (x + y > 0) {
          return x / (x + y);
        }
        {
          double log_x = npr_log(u) / a;
          double log_y = npr_log(v) / b;
          const double log_m = log_x > log_y ? log_x : log_y;
          log_x -= log_m;
          log_y -= log_m;
          return npr_exp(log_x - npr_log(npr_exp(log_x) + npr_exp(log_y)));
        }
      }
    }
  }
  {
    const double ga = npr_legacy_standard_gamma(rs, a);
    const double gb = npr_legacy_standard_gamma(rs, b);
    return ga / (ga + gb);
  }
}

double npr_legacy_chisquare(npr_randomstate *rs, double df) {
  return 2.0 * npr_legacy_standard_gamma(rs, df / 2.0);
}

double npr_legacy_f(npr_randomstate *rs, double dfnum, double dfden) {
  /* One expression in NumPy, with the call order left open by C; Debian's
   * gcc build of 1.24.2 draws the numerator first. */
  const double numerator = npr_legacy_chisquare(rs, dfnum) * dfden;
  const double denominator = npr_legacy_chisquare(rs, dfden) * dfnum;
  return numerator / denominator;
}

double npr_legacy_noncentral_chisquare(npr_randomstate *rs, double df, double nonc) {
  if (nonc == 0) {
    return npr_legacy_chisquare(rs, df);
  }
  if (1 < df) {
    const double chi2 = npr_legacy_chisquare(rs, df - 1);
    const double n = npr_rs_standard_normal(rs) + sqrt(nonc);
    return chi2 + n * n;
  }
  {
    /* The Generator's Poisson on the MT19937 (NumPy passes
     * aug_state->bit_generator). 2 * i wraps as NumPy's int64 product does
     * on two's complement hardware, without C's signed overflow. */
    const npr_bitgen bg = npr_randomstate_bitgen(rs);
    const int64_t i = npr_poisson(&bg, nonc / 2.0);
    const int64_t twice_i = (int64_t)((uint64_t)i * 2u);
    const double out = npr_legacy_chisquare(rs, df + twice_i);
    /* NumPy 1.16 added the NaN guard after the draws so as not to change
     * the stream. */
    return isnan(nonc) ? NAN : out;
  }
}

double npr_legacy_noncentral_f(npr_randomstate *rs, double dfnum, double dfden, double nonc) {
  const double t = npr_legacy_noncentral_chisquare(rs, dfnum, nonc) * dfden;
  return t / (npr_legacy_chisquare(rs, dfden) * dfnum);
}

double npr_legacy_lognormal(npr_randomstate *rs, double mean, double sigma) {
  return npr_exp(mean + sigma * npr_rs_standard_normal(rs));
}

double npr_legacy_pareto(npr_randomstate *rs, double a) {
  return npr_exp(npr_rs_standard_exponential(rs) / a) - 1;
}

double npr_legacy_power(npr_randomstate *rs, double a) {
  return npr_pow(1 - npr_exp(-npr_rs_standard_exponential(rs)), 1. / a);
}

double npr_legacy_rayleigh(npr_randomstate *rs, double scale) {
  /* log1p(-U) here, where the legacy exponential takes log(1 - U). */
  return scale * sqrt(-2.0 * npr_log1p(-legacy_double(rs)));
}

double npr_legacy_standard_cauchy(npr_randomstate *rs) {
  /* gauss / gauss in NumPy; Debian's gcc build draws the numerator first,
   * so the numerator is the cached half when one is cached. */
  const double numerator = npr_rs_standard_normal(rs);
  const double denominator = npr_rs_standard_normal(rs);
  return numerator / denominator;
}

double npr_legacy_standard_t(npr_randomstate *rs, double df) {
  const double num = npr_rs_standard_normal(rs);
  const double denom = npr_legacy_standard_gamma(rs, df / 2);
  return sqrt(df / 2) * num / sqrt(denom);
}

double npr_legacy_vonmises(npr_randomstate *rs, double mu, double kappa) {
  double s, w, result, mod;
  int neg;
  if (isnan(kappa)) {
    return NAN;
  }
  if (kappa < 1e-8) {
    return pi * (2 * legacy_double(rs) - 1);
  }
  if (kappa < 1e-5) {
    s = (1. / kappa + kappa);
  } else {
    const double r = 1 + sqrt(1 + 4 * kappa * kappa);
    const double rho = (r - sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  }
  for (;;) {
    const double u = legacy_double(rs);
    const double z = npr_cos(pi * u);
    double y, v;
    w = (1 + s * z) / (s + z);
    y = kappa * (s - w);
    v = legacy_double(rs);
    if ((y * (2 - y) - v >= 0) || (npr_log(y / v) + 1 - y >= 0)) {
      break;
    }
  }
  /* fmod is exact, so it is called directly like sqrt. */
  result = npr_acos(w);
  if (legacy_double(rs) < 0.5) {
    result = -result;
  }
  result += mu;
  neg = (result < 0);
  mod = fabs(result);
  mod = (fmod(mod + pi, 2 * pi) - pi);
  if (neg) {
    mod *= -1;
  }
  return mod;
}

double npr_legacy_wald(npr_randomstate *rs, double mean, double scale) {
  const double mu_2l = mean / (2 * scale);
  double y = npr_rs_standard_normal(rs);
  double x;
  y = mean * y * y;
  x = mean + mu_2l * (y - sqrt(4 * scale * y + y * y));
  if (legacy_double(rs) <= mean / (mean + x)) {
    return x;
  }
  return mean * mean / x;
}

double npr_legacy_weibull(npr_randomstate *rs, double a) {
  if (a == 0.0) {
    return 0.0;
  }
  return npr_pow(npr_rs_standard_exponential(rs), 1. / a);
}
