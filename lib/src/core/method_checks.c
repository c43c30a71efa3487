#include "method_checks.h"

#include <math.h>


typedef bool (*pair_test)(double a, double b);

/* np.any(test(a, b)) over the broadcast of a and b (double parameters),
 * with the ufunc's message when they do not broadcast. */
static npr_status any_pair(const npr_param *a, const npr_param *b, pair_test test, bool *found, npr_error *err) {
  npr_shape shape;
  npr_bcast_iter it;
  npr_param pair[2];
  size_t i, n;
  npr_status st = npr_method_pair_shape(a, b, &shape, err);
  if (st != NPR_OK) return st;
  pair[0] = *a;
  pair[1] = *b;
  n = npr_shape_count(&shape);
  npr_bcast_iter_init(&it, &shape, pair, 2);
  *found = false;
  for (i = 0; i < n && !*found; i++, npr_bcast_iter_next(&it)) {
    *found = test(((const double *)a->data)[it.offset[0]], ((const double *)b->data)[it.offset[1]]);
  }
  return NPR_OK;
}

/* For nprand's own refusals: parameters that do not broadcast are left to
 * the driver's shape error, which NumPy raises before drawing anything. */
static npr_status any_pair_if_broadcast(const npr_param *a, const npr_param *b, pair_test test, bool *found) {
  npr_shape shape;
  *found = false;
  if (npr_method_pair_shape(a, b, &shape, NULL) != NPR_OK) return NPR_OK;
  return any_pair(a, b, test, found, NULL);
}

static bool greater(double a, double b) { return a > b; }
static bool equal(double a, double b) { return a == b; }
static bool range_not_finite(double low, double high) { return !isfinite(high - low); }

npr_status npr_triangular_check(const npr_method *m, const npr_param *params, bool scalar, npr_shape *arg_shapes,
                                npr_error *err) {
  static const struct {
    int a, b;
    pair_test test;
    const char *message;
  } rules[] = {{0, 1, greater, "left > mode"}, {1, 2, greater, "mode > right"}, {0, 2, equal, "left == right"}};
  size_t r;
  (void)m;
  (void)scalar; /* 0-d parameters broadcast to one pair: the same tests */
  (void)arg_shapes;
  for (r = 0; r < sizeof rules / sizeof rules[0]; r++) {
    bool found;
    npr_status st = any_pair(&params[rules[r].a], &params[rules[r].b], rules[r].test, &found, err);
    if (st != NPR_OK) return st;
    if (found) return npr_fail(err, NPR_VALUE_ERROR, "%s", rules[r].message);
  }
  return NPR_OK;
}

/* high - low over the broadcast of (high, low), the operand order of
 * NumPy's np.subtract(ahigh, alow), so its message names them so. */
static npr_status uniform_range(const npr_param *params, bool scalar, npr_shape *arg_shapes,
                                const char *scalar_overflow, npr_constraint cons, npr_error *err) {
  const double low = ((const double *)params[0].data)[0], high = ((const double *)params[1].data)[0];
  bool found;
  npr_status st;
  if (scalar) {
    if (!isfinite(high - low)) return npr_fail(err, NPR_OVERFLOW_ERROR, "%s", scalar_overflow);
    return npr_check_constraint(high - low, "high - low", cons, err);
  }
  {
    npr_param swapped[2];
    swapped[0] = params[1];
    swapped[1] = params[0];
    /* cont() then broadcasts low with that range array, not with high */
    if ((st = npr_method_pair_shape(&swapped[0], &swapped[1], &arg_shapes[1], err)) != NPR_OK) return st;
  }
  if ((st = any_pair(&params[0], &params[1], range_not_finite, &found, err)) != NPR_OK) return st;
  if (found) return npr_fail(err, NPR_OVERFLOW_ERROR, "Range exceeds valid bounds");
  if (cons != NPR_CONS_NONE) {
    npr_shape shape;
    npr_bcast_iter it;
    npr_constraint_scan scan;
    size_t i, n;
    npr_method_pair_shape(&params[0], &params[1], &shape, NULL);
    n = npr_shape_count(&shape);
    npr_constraint_scan_init(&scan);
    npr_bcast_iter_init(&it, &shape, params, 2);
    for (i = 0; i < n; i++, npr_bcast_iter_next(&it)) {
      npr_constraint_scan_add(&scan, ((const double *)params[1].data)[it.offset[1]] -
                                         ((const double *)params[0].data)[it.offset[0]]);
    }
    return npr_constraint_scan_check(&scan, "high - low", cons, err);
  }
  return NPR_OK;
}

npr_status npr_gen_uniform_check(const npr_method *m, const npr_param *params, bool scalar, npr_shape *arg_shapes,
                                npr_error *err) {
  (void)m;
  return uniform_range(params, scalar, arg_shapes, "high - low range exceeds valid bounds", NPR_CONS_NON_NEGATIVE, err);
}

npr_status npr_rs_uniform_check(const npr_method *m, const npr_param *params, bool scalar, npr_shape *arg_shapes,
                                npr_error *err) {
  (void)m;
  return uniform_range(params, scalar, arg_shapes, "Range exceeds valid bounds", NPR_CONS_NONE, err);
}

/* Johnk's draw is kept only when U**(1/a) or V**(1/b) does not underflow,
 * which a uniform U does with probability about 1 - exp(a * log(2**-1074)).
 * Below 2**-30 for both together (a + b below about 1.25e-12) NumPy 1.24.2
 * needs over 10**9 draws on average, minutes, and below about 1.5e-19 it
 * cannot return at all: both are refused. */
static bool beta_never_returns(double a, double b) {
  const double log_tiniest = -744.44007192138126; /* log(2**-1074) */
  return a <= 1.0 && b <= 1.0 && -expm1(a * log_tiniest) - expm1(b * log_tiniest) < 0x1p-30;
}

npr_status npr_gen_beta_check(const npr_method *m, const npr_param *params, bool scalar, npr_shape *arg_shapes,
                              npr_error *err) {
  bool found;
  npr_status st;
  (void)m;
  (void)scalar;
  (void)arg_shapes;
  if ((st = any_pair_if_broadcast(&params[0], &params[1], beta_never_returns, &found)) != NPR_OK) return st;
  if (found) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED,
                    "beta(a, b) with a + b this small: NumPy 1.24.2 does not return (its draws almost never escape "
                    "underflow)");
  }
  return NPR_OK;
}

/* legacy_vonmises's rejection constant, computed as the kernel computes it. */
static bool vonmises_never_returns(double mu, double kappa) {
  double r, rho, s;
  (void)mu;
  if (isnan(kappa) || kappa < 1e-5) return false;
  r = 1 + sqrt(1 + 4 * kappa * kappa);
  rho = (r - sqrt(2 * r)) / (2 * kappa);
  s = (1 + rho * rho) / (2 * rho);
  return s == 1.0 || isnan(s);
}

npr_status npr_rs_vonmises_check(const npr_method *m, const npr_param *params, bool scalar, npr_shape *arg_shapes,
                                 npr_error *err) {
  bool found;
  npr_status st;
  (void)m;
  (void)scalar;
  (void)arg_shapes;
  if ((st = any_pair_if_broadcast(&params[0], &params[1], vonmises_never_returns, &found)) != NPR_OK) return st;
  if (found) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED,
                    "vonmises with kappa this large: NumPy 1.24.2's RandomState never returns (its rejection "
                    "constant rounds to 1)");
  }
  return NPR_OK;
}
