/* RandomState's continuous methods: uniform floats, triangular, the polar
 * normal with its cache, and -log(1-U) exponentials (legacy-distributions.c
 * in NumPy). */
#include <math.h>

#include "nprand/constraints.h"
#include "core/npr_math.h"
#include "nprand/distributions.h"
#include "nprand/randomstate.h"

static double legacy_double(npr_randomstate *rs) { return npr_mt19937_next_double(&rs->mt); }

double npr_rs_random_sample(npr_randomstate *rs) { return legacy_double(rs); }

void npr_rs_random_sample_fill(npr_randomstate *rs, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = legacy_double(rs);
}

npr_status npr_rs_uniform_fill(npr_randomstate *rs, double low, double high, size_t n, double *out,
                               npr_error *err) {
  const double range = high - low;
  size_t i;
  if (!isfinite(range)) {
    return npr_fail(err, NPR_OVERFLOW_ERROR, "Range exceeds valid bounds");
  }
  {
    npr_bitgen bg = npr_randomstate_bitgen(rs);
    for (i = 0; i < n; i++) out[i] = npr_uniform(&bg, low, range);
  }
  return NPR_OK;
}

npr_status npr_rs_uniform(npr_randomstate *rs, double low, double high, double *out, npr_error *err) {
  return npr_rs_uniform_fill(rs, low, high, 1, out, err);
}

npr_status npr_rs_triangular_fill(npr_randomstate *rs, double left, double mode, double right,
                                  size_t n, double *out, npr_error *err) {
  npr_bitgen bg = npr_randomstate_bitgen(rs);
  size_t i;
  if (left > mode) return npr_fail(err, NPR_VALUE_ERROR, "left > mode");
  if (mode > right) return npr_fail(err, NPR_VALUE_ERROR, "mode > right");
  if (left == right) return npr_fail(err, NPR_VALUE_ERROR, "left == right");
  for (i = 0; i < n; i++) out[i] = npr_triangular(&bg, left, mode, right);
  return NPR_OK;
}

npr_status npr_rs_triangular(npr_randomstate *rs, double left, double mode, double right,
                             double *out, npr_error *err) {
  return npr_rs_triangular_fill(rs, left, mode, right, 1, out, err);
}

double npr_rs_standard_normal(npr_randomstate *rs) {
  double f, x1, x2, r2;
  if (rs->has_gauss) {
    const double cached = rs->gauss;
    rs->has_gauss = 0;
    rs->gauss = 0.0;
    return cached;
  }
  do {
    x1 = 2.0 * legacy_double(rs) - 1.0;
    x2 = 2.0 * legacy_double(rs) - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  f = sqrt(-2.0 * npr_log(r2) / r2);
  /* The pair's first value is kept for the next call, even across methods. */
  rs->gauss = f * x1;
  rs->has_gauss = 1;
  return f * x2;
}

void npr_rs_standard_normal_fill(npr_randomstate *rs, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_rs_standard_normal(rs);
}

npr_status npr_rs_normal_fill(npr_randomstate *rs, double loc, double scale, size_t n, double *out,
                              npr_error *err) {
  size_t i;
  npr_status st = npr_check_constraint(scale, "scale", NPR_CONS_NON_NEGATIVE, err);
  if (st != NPR_OK) return st;
  for (i = 0; i < n; i++) out[i] = loc + scale * npr_rs_standard_normal(rs);
  return NPR_OK;
}

npr_status npr_rs_normal(npr_randomstate *rs, double loc, double scale, double *out, npr_error *err) {
  return npr_rs_normal_fill(rs, loc, scale, 1, out, err);
}

double npr_rs_standard_exponential(npr_randomstate *rs) { return -npr_log(1.0 - legacy_double(rs)); }

void npr_rs_standard_exponential_fill(npr_randomstate *rs, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_rs_standard_exponential(rs);
}

npr_status npr_rs_exponential_fill(npr_randomstate *rs, double scale, size_t n, double *out,
                                   npr_error *err) {
  size_t i;
  npr_status st = npr_check_constraint(scale, "scale", NPR_CONS_NON_NEGATIVE, err);
  if (st != NPR_OK) return st;
  for (i = 0; i < n; i++) out[i] = scale * npr_rs_standard_exponential(rs);
  return NPR_OK;
}

npr_status npr_rs_exponential(npr_randomstate *rs, double scale, double *out, npr_error *err) {
  return npr_rs_exponential_fill(rs, scale, 1, out, err);
}
