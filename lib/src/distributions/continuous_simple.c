/* NumPy 1.24.2's Generator kernels that transform one or two basic variates
 * (distributions.c): gumbel, laplace, logistic, lognormal, pareto, power,
 * rayleigh, standard_cauchy, standard_t, vonmises, wald, weibull.
 *
 * Expressions are NumPy's, operand for operand (the library is built without
 * contraction, and C groups a * b * c as (a * b) * c, as NumPy's build does);
 * each libm call is the one NumPy makes (log1p vs log, expm1 vs exp - 1). */
#include <math.h>

#include "core/npr_math.h"
#include "nprand/distributions.h"

/* NumPy's M_PI. */
static const double pi = 3.14159265358979323846;

double npr_gumbel(const npr_bitgen *bg, double loc, double scale) {
  for (;;) {
    /* 1 - U is in (0, 1]; U == 0 gives 1, where log(-log(1)) is -inf, so it
     * is redrawn (NumPy recurses, a loop here). */
    const double u = 1.0 - npr_next_double(bg);
    if (u < 1.0) {
      return loc - scale * npr_log(-npr_log(u));
    }
  }
}

double npr_laplace(const npr_bitgen *bg, double loc, double scale) {
  for (;;) {
    const double u = npr_next_double(bg);
    /* 2 - U - U is (2 - U) - U, not 2 * (1 - U). */
    if (u >= 0.5) {
      return loc - scale * npr_log(2.0 - u - u);
    }
    if (u > 0.0) {
      return loc + scale * npr_log(u + u);
    }
    /* U == 0 is redrawn. */
  }
}

double npr_logistic(const npr_bitgen *bg, double loc, double scale) {
  for (;;) {
    const double u = npr_next_double(bg);
    if (u > 0.0) {
      return loc + scale * npr_log(u / (1.0 - u));
    }
  }
}

double npr_lognormal(const npr_bitgen *bg, double mean, double sigma) {
  return npr_exp(npr_normal(bg, mean, sigma));
}

double npr_pareto(const npr_bitgen *bg, double a) {
  /* expm1, where the legacy kernel takes exp(.) - 1. */
  return npr_expm1(npr_standard_exponential(bg) / a);
}

double npr_power(const npr_bitgen *bg, double a) {
  /* -expm1(-E), where the legacy kernel takes 1 - exp(-E). */
  return npr_pow(-npr_expm1(-npr_standard_exponential(bg)), 1. / a);
}

double npr_rayleigh(const npr_bitgen *bg, double scale) {
  /* The ziggurat exponential, where the legacy kernel takes -log1p(-U). */
  return scale * sqrt(2.0 * npr_standard_exponential(bg));
}

double npr_standard_cauchy(const npr_bitgen *bg) {
  /* NumPy writes normal(bg) / normal(bg), whose call order C leaves open;
   * Debian's gcc build of 1.24.2 draws the numerator first. */
  const double numerator = npr_standard_normal(bg);
  const double denominator = npr_standard_normal(bg);
  return numerator / denominator;
}

double npr_standard_t(const npr_bitgen *bg, double df) {
  const double num = npr_standard_normal(bg);
  const double denom = npr_standard_gamma(bg, df / 2);
  return sqrt(df / 2) * num / sqrt(denom);
}

double npr_vonmises(const npr_bitgen *bg, double mu, double kappa) {
  double s, w, result, mod;
  int neg;
  if (isnan(kappa)) {
    return NAN;
  }
  if (kappa < 1e-8) {
    /* Uniform on (-pi, pi), mu ignored. */
    return pi * (2 * npr_next_double(bg) - 1);
  }
  if (kappa < 1e-5) {
    /* Second-order Taylor expansion of s around kappa = 0. */
    s = (1. / kappa + kappa);
  } else if (kappa <= 1e6) {
    const double r = 1 + sqrt(1 + 4 * kappa * kappa);
    const double rho = (r - sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    /* kappa > 1e6 (inf too): a wrapped normal, one normal draw, brought
     * back into [-pi, pi] by one addition, not by fmod. */
    result = mu + sqrt(1. / kappa) * npr_standard_normal(bg);
    if (result < -pi) {
      result += 2 * pi;
    }
    if (result > pi) {
      result -= 2 * pi;
    }
    return result;
  }
  for (;;) {
    const double u = npr_next_double(bg);
    const double z = npr_cos(pi * u);
    double y, v;
    w = (1 + s * z) / (s + z);
    y = kappa * (s - w);
    v = npr_next_double(bg);
    /* V == 0 is fine: Y >= 0 accepts in the first test, Y < 0 rejects. */
    if ((y * (2 - y) - v >= 0) || (npr_log(y / v) + 1 - y >= 0)) {
      break;
    }
  }
  /* A third uniform picks the sign. fmod is exact (no rounding), so it is
   * called directly like sqrt. */
  result = npr_acos(w);
  if (npr_next_double(bg) < 0.5) {
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

double npr_wald(const npr_bitgen *bg, double mean, double scale) {
  /* NumPy 1.24's form, whose subtraction can cancel for large mean / scale
   * (a later NumPy rewrote it, commit 0ce0ef0, changing the stream). */
  const double mu_2l = mean / (2 * scale);
  double y = npr_standard_normal(bg);
  double x;
  y = mean * y * y;
  x = mean + mu_2l * (y - sqrt(4 * scale * y + y * y));
  if (npr_next_double(bg) <= mean / (mean + x)) {
    return x;
  }
  return mean * mean / x;
}

double npr_wald_2_3_4(const npr_bitgen *bg, double mean, double scale) {
  /* NumPy 2.3.4 (commit 0ce0ef0): x = mean * (1 - 2 / d) has no
   * cancellation, so large mean / scale stays positive and accurate. */
  double y = npr_standard_normal(bg);
  double d, x;
  y = mean * y * y;
  d = 1 + sqrt(1 + 4 * scale / y);
  x = mean * (1 - 2 / d);
  if (npr_next_double(bg) <= mean / (mean + x)) {
    return x;
  }
  return mean * mean / x;
}

double npr_weibull(const npr_bitgen *bg, double a) {
  if (a == 0.0) {
    return 0.0;
  }
  return npr_pow(npr_standard_exponential(bg), 1. / a);
}
