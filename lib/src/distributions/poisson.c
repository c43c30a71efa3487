/* NumPy 1.24's poisson (distributions.c), which RandomState shares, and
 * Generator's negative_binomial, a poisson over a gamma. */
#include <math.h>

#include "core/npr_math.h"
#include "distributions/discrete_internal.h"
#include "nprand/distributions.h"
#include "nprand/legacy_distributions.h"

/* Knuth: multiply uniforms until the product drops to exp(-lam). */
static int64_t poisson_multiplication(const npr_bitgen *bg, double lam) {
  const double exp_neg_lam = npr_exp(-lam);
  double product = 1.0;
  int64_t x = 0;
  for (;;) {
    product *= npr_next_double(bg);
    if (!(product > exp_neg_lam)) return x;
    x += 1;
  }
}

/* Hoermann's transformed rejection, "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and
 * Economics 12 (1993). */
static int64_t poisson_ptrs(const npr_bitgen *bg, double lam) {
  const double slam = sqrt(lam);
  const double loglam = npr_log(lam);
  const double b = 0.931 + 2.53 * slam;
  const double a = -0.059 + 0.02483 * b;
  const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const double vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const double u = npr_next_double(bg) - 0.5;
    const double v = npr_next_double(bg);
    const double us = 0.5 - fabs(u);
    /* The quick acceptance comes before the k < 0 test: a candidate beyond
     * int64 (INT64_MIN after the cast) can be returned, as NumPy does. */
    const int64_t k = npr_x86_double_to_i64(floor((2 * a / us + b) * u + lam + 0.43));
    if ((us >= 0.07) && (v <= vr)) return k;
    if ((k < 0) || ((us < 0.013) && (v > us))) continue;
    if ((npr_log(v) + npr_log(invalpha) - npr_log(a / (us * us) + b)) <=
        (-lam + (double)k * loglam - npr_loggam((double)(k + 1)))) {
      return k;
    }
  }
}

int64_t npr_poisson(const npr_bitgen *bg, double lam) {
  if (lam >= 10) return poisson_ptrs(bg, lam);
  if (lam == 0) return 0;
  return poisson_multiplication(bg, lam);
}

int64_t npr_negative_binomial(const npr_bitgen *bg, double n, double p) {
  const double scale = (1 - p) / p;
  return npr_poisson(bg, scale * npr_standard_gamma(bg, n));
}
