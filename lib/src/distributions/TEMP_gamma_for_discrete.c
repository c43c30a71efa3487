/* TEMPORARY -- delete at merge: the kernels-cont branch provides the real
 * npr_standard_gamma and npr_legacy_standard_gamma. A faithful port of NumPy
 * 1.24.2's random_standard_gamma and legacy_standard_gamma, only so that the
 * negative_binomial kernels of this branch build and pass their tests. */
#include "core/npr_math.h"
#include "distributions/standard_gamma_decl.h"
#include "nprand/distributions.h"

double npr_standard_gamma(const npr_bitgen *bg, double shape) {
  double b, c, u, v, x, y;
  if (shape == 1.0) return npr_standard_exponential(bg);
  if (shape == 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      u = npr_next_double(bg);
      v = npr_standard_exponential(bg);
      if (u <= 1.0 - shape) {
        x = npr_pow(u, 1. / shape);
        if (x <= v) return x;
      } else {
        y = -npr_log((1 - u) / shape);
        x = npr_pow(1.0 - shape + shape * y, 1. / shape);
        if (x <= (v + y)) return x;
      }
    }
  }
  b = shape - 1. / 3.;
  c = 1. / sqrt(9 * b);
  for (;;) {
    do {
      x = npr_standard_normal(bg);
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    u = npr_next_double(bg);
    if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return (b * v);
    if (npr_log(u) < 0.5 * x * x + b * (1. - v + npr_log(v))) return (b * v);
  }
}

double npr_legacy_standard_gamma(npr_randomstate *rs, double shape) {
  double b, c, u, v, x, y;
  if (shape == 1.0) return npr_rs_standard_exponential(rs);
  if (shape == 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      u = npr_mt19937_next_double(&rs->mt);
      v = npr_rs_standard_exponential(rs);
      if (u <= 1.0 - shape) {
        x = npr_pow(u, 1. / shape);
        if (x <= v) return x;
      } else {
        y = -npr_log((1 - u) / shape);
        x = npr_pow(1.0 - shape + shape * y, 1. / shape);
        if (x <= (v + y)) return x;
      }
    }
  }
  b = shape - 1. / 3.;
  c = 1. / sqrt(9 * b);
  for (;;) {
    do {
      x = npr_rs_standard_normal(rs);
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    u = npr_mt19937_next_double(&rs->mt);
    if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return (b * v);
    if (npr_log(u) < 0.5 * x * x + b * (1. - v + npr_log(v))) return (b * v);
  }
}
