/* The gamma family of NumPy 1.24.2's Generator (distributions.c): standard
 * gamma in float64 and float32, and the distributions built on it (gamma,
 * beta, chi-square, F and the noncentral pair).
 *
 * Expressions are NumPy's, operand for operand: C groups a * b * c as
 * (a * b) * c and the library is built without contraction, so writing them
 * as NumPy does gives NumPy's roundings. Where NumPy's C leaves the order of
 * two draws unspecified (a ratio of two calls), Debian's gcc build of 1.24.2
 * draws the left operand first; the kernels spell that out in two statements
 * (NumPy itself did so in 2.4, commit 7f9339b). */
#include <stdint.h>

#include "core/npr_math.h"
#include "nprand/discrete.h"
#include "nprand/distributions.h"

double npr_standard_gamma(const npr_bitgen *bg, double shape) {
  if (shape == 1.0) {
    return npr_standard_exponential(bg);
  }
  if (shape == 0.0) {
    return 0.0; /* +0.0 for -0.0 too, as NumPy returns the literal */
  }
  if (shape < 1.0) {
    /* Johnk-Marsaglia: U is drawn before the exponential on every try. */
    for (;;) {
      const double u = npr_next_double(bg);
      const double v = npr_standard_exponential(bg);
      if (u <= 1.0 - shape) {
        const double x = npr_pow(u, 1. / shape);
        if (x <= v) {
          return x;
        }
      } else {
        /* log of the quotient, not log(1 - U) - log(shape). */
        const double y = -npr_log((1 - u) / shape);
        const double x = npr_pow(1.0 - shape + shape * y, 1. / shape);
        if (x <= (v + y)) {
          return x;
        }
      }
    }
  }
  {
    /* Marsaglia-Tsang; a NaN shape lands here and returns NaN. */
    const double b = shape - 1. / 3.;
    const double c = 1. / sqrt(9 * b);
    for (;;) {
      double x, v, u;
      do {
        x = npr_standard_normal(bg);
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      u = npr_next_double(bg);
      if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
        return b * v;
      }
      /* log(0.0) = -inf is fine here: it accepts. */
      if (npr_log(u) < 0.5 * x * x + b * (1. - v + npr_log(v))) {
        return b * v;
      }
    }
  }
}

float npr_standard_gamma_f(const npr_bitgen *bg, float shape) {
  if (shape == 1.0f) {
    return npr_standard_exponential_f(bg);
  }
  if (shape == 0.0) {
    return 0.0f;
  }
  if (shape < 1.0f) {
    for (;;) {
      const float u = npr_next_float(bg);
      const float v = npr_standard_exponential_f(bg);
      if (u <= 1.0f - shape) {
        const float x = npr_powf(u, 1.0f / shape);
        if (x <= v) {
          return x;
        }
      } else {
        const float y = -npr_logf((1.0f - u) / shape);
        const float x = npr_powf(1.0f - shape + shape * y, 1.0f / shape);
        if (x <= (v + y)) {
          return x;
        }
      }
    }
  }
  {
    /* All in float: float constants, sqrtf, logf (no widening to double,
     * unlike the float normal's wedge test). */
    const float b = shape - 1.0f / 3.0f;
    const float c = 1.0f / sqrtf(9.0f * b);
    for (;;) {
      float x, v, u;
      do {
        x = npr_standard_normal_f(bg);
        v = 1.0f + c * x;
      } while (v <= 0.0f);
      v = v * v * v;
      u = npr_next_float(bg);
      if (u < 1.0f - 0.0331f * (x * x) * (x * x)) {
        return b * v;
      }
      if (npr_logf(u) < 0.5f * x * x + b * (1.0f - v + npr_logf(v))) {
        return b * v;
      }
    }
  }
}

double npr_gamma(const npr_bitgen *bg, double shape, double scale) {
  return scale * npr_standard_gamma(bg, shape);
}

double npr_beta(const npr_bitgen *bg, double a, double b) {
  if ((a <= 1.0) && (b <= 1.0)) {
    /* Johnk's algorithm. A pair where both powers underflow to 0 is
     * rejected and redrawn, so for a and b so small that they always
     * underflow (e.g. both 1e-300) NumPy 1.24.2 never returns, and neither
     * does this. NumPy's log-space fallback for X + Y == 0 sits behind
     * the XpY > 0 test and is unreachable; only the legacy kernel uses it. */
    for (;;) {
      const double u = npr_next_double(bg);
      const double v = npr_next_double(bg);
      const double x = npr_pow(u, 1.0 / a);
      const double y = npr_pow(v, 1.0 / b);
      const double xpy = x + y;
      if ((xpy <= 1.0) && (xpy > 0.0)) {
        return x / xpy;
      }
    }
  }
  {
    const double ga = npr_standard_gamma(bg, a);
    const double gb = npr_standard_gamma(bg, b);
    return ga / (ga + gb);
  }
}

/* NumPy 1.26.0's and 2.1.0's a, b below which a draw is 0 or 1 all but
 * 1e-100 of the time. */
#define BETA_TINY_THRESHOLD 3e-103

/* Johnk's log-space answer when X or Y underflowed, as each release has it. */
static double johnk_from_logs_1_26(double u, double v, double a, double b) {
  double log_x = npr_log(u) / a;
  double log_y = npr_log(v) / b;
  const double log_m = log_x > log_y ? log_x : log_y;
  log_x -= log_m;
  log_y -= log_m;
  return npr_exp(log_x - npr_log(npr_exp(log_x) + npr_exp(log_y)));
}

static double johnk_from_logs_2_1(double u, double v, double a, double b) {
  const double log_x = npr_log(u) / a;
  const double log_y = npr_log(v) / b;
  const double delta = log_x - log_y;
  if (delta > 0) {
    return npr_exp(-npr_log1p(npr_exp(-delta)));
  }
  return npr_exp(delta - npr_log1p(npr_exp(delta)));
}

/* NumPy 1.26.0 (f7e122354a, a0b45c5d62) and 2.1.0 (dfc5909e98): a pair is
 * kept when U + V > 0, so a pair whose powers both underflow returns through
 * logarithms instead of being redrawn; 2.1.0 takes the log path as soon as
 * either power underflowed (1.26 gave exactly 0 or 1 there). */
static double beta_johnk_release(const npr_bitgen *bg, double a, double b, npr_numpy_version numpy) {
  if (a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) {
    const double u = npr_next_double(bg);
    return (a + b) * u < a;
  }
  for (;;) {
    const double u = npr_next_double(bg);
    const double v = npr_next_double(bg);
    const double x = npr_pow(u, 1.0 / a);
    const double y = npr_pow(v, 1.0 / b);
    const double xpy = x + y;
    if ((xpy <= 1.0) && (u + v > 0.0)) {
      if (numpy >= NPR_NUMPY_2_1_0) {
        if ((x > 0) && (y > 0)) return x / xpy;
        return johnk_from_logs_2_1(u, v, a, b);
      }
      if (xpy > 0) return x / xpy;
      return johnk_from_logs_1_26(u, v, a, b);
    }
  }
}

double npr_beta_of_release(const npr_bitgen *bg, double a, double b, npr_numpy_version numpy) {
  if (numpy < NPR_NUMPY_1_26_0 || !((a <= 1.0) && (b <= 1.0))) return npr_beta(bg, a, b);
  return beta_johnk_release(bg, a, b, numpy);
}

double npr_chisquare(const npr_bitgen *bg, double df) {
  return 2.0 * npr_standard_gamma(bg, df / 2.0);
}

double npr_f(const npr_bitgen *bg, double dfnum, double dfden) {
  /* NumPy writes one expression, (chisq(dfnum) * dfden) / (chisq(dfden) *
   * dfnum), whose call order C leaves open; Debian's gcc build draws the
   * numerator first. */
  const double numerator = npr_chisquare(bg, dfnum) * dfden;
  const double denominator = npr_chisquare(bg, dfden) * dfnum;
  return numerator / denominator;
}

double npr_noncentral_chisquare(const npr_bitgen *bg, double df, double nonc) {
  if (isnan(nonc)) {
    return NAN;
  }
  if (nonc == 0) {
    return npr_chisquare(bg, df);
  }
  if (1 < df) {
    const double chi2 = npr_chisquare(bg, df - 1);
    const double n = npr_standard_normal(bg) + sqrt(nonc);
    return chi2 + n * n;
  }
  {
    /* df <= 1 (and NaN df): a Poisson mixture of central chi-squares.
     * NumPy adds df + 2 * i with 2 * i in int64; wrapping it through
     * uint64 gives what that multiplication does on two's complement
     * hardware without C's signed-overflow undefined behaviour. */
    const int64_t i = npr_poisson(bg, nonc / 2.0);
    const int64_t twice_i = (int64_t)((uint64_t)i * 2u);
    return npr_chisquare(bg, df + twice_i);
  }
}

double npr_noncentral_f(const npr_bitgen *bg, double dfnum, double dfden, double nonc) {
  const double t = npr_noncentral_chisquare(bg, dfnum, nonc) * dfden;
  return t / (npr_chisquare(bg, dfden) * dfnum);
}
