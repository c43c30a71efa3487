#include "method_checks.h"

#include <math.h>
#include <stdlib.h>


typedef bool (*pair_test)(double a, double b);
typedef bool (*int_pair_test)(int64_t a, int64_t b);

/* np.any(test(a, b)) over the broadcast of a and b, with the ufunc's
 * message when they do not broadcast: dtest for double parameters, itest
 * (exact) for int64 ones; exactly one is given. */
static npr_status walk_pair(const npr_param *a, const npr_param *b, pair_test dtest, int_pair_test itest, bool *found,
                            npr_error *err) {
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
    *found = dtest != NULL ? dtest(((const double *)a->data)[it.offset[0]], ((const double *)b->data)[it.offset[1]])
                           : itest(((const int64_t *)a->data)[it.offset[0]], ((const int64_t *)b->data)[it.offset[1]]);
  }
  return NPR_OK;
}

static npr_status any_pair(const npr_param *a, const npr_param *b, pair_test test, bool *found, npr_error *err) {
  return walk_pair(a, b, test, NULL, found, err);
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

npr_status npr_triangular_check(const npr_method *m, const npr_param *params, bool scalar,
                                npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  (void)numpy; /* the same in every modelled release */
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

npr_status npr_gen_uniform_check(const npr_method *m, const npr_param *params, bool scalar,
                                 npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  (void)numpy; /* the same in every modelled release */
  (void)m;
  return uniform_range(params, scalar, arg_shapes, "high - low range exceeds valid bounds", NPR_CONS_NON_NEGATIVE, err);
}

npr_status npr_rs_uniform_check(const npr_method *m, const npr_param *params, bool scalar,
                                npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  (void)numpy; /* the same in every modelled release */
  (void)m;
  return uniform_range(params, scalar, arg_shapes, "Range exceeds valid bounds", NPR_CONS_NONE, err);
}

/* Johnk's draw is kept only when U**(1/a) or V**(1/b) does not underflow,
 * which a uniform U does with probability about 1 - exp(a * log(2**-1074)).
 * Below 2**-30 for both together (a + b below about 1.25e-12) NumPy 1.24.2
 * needs over 10**9 draws on average, minutes, and below about 1.5e-19 it
 * cannot return at all: both are refused. From 1.26.0 on an underflowed
 * pair returns through logarithms (and a, b < 3e-103 from one uniform), so
 * every input returns. */
bool npr_beta_never_returns(double a, double b, npr_numpy_version numpy) {
  const double log_tiniest = -744.44007192138126; /* log(2**-1074) */
  if (numpy >= NPR_NUMPY_1_26_0) return false;
  return a <= 1.0 && b <= 1.0 && -expm1(a * log_tiniest) - expm1(b * log_tiniest) < 0x1p-30;
}

static bool beta_1_24_never_returns(double a, double b) { return npr_beta_never_returns(a, b, NPR_NUMPY_1_24_2); }

npr_status npr_gen_beta_check(const npr_method *m, const npr_param *params, bool scalar,
                              npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  bool found;
  npr_status st;
  (void)arg_shapes;
  if ((st = npr_method_check_params(m, params, scalar, err)) != NPR_OK) return st;
  if (numpy >= NPR_NUMPY_1_26_0) return NPR_OK;
  if ((st = any_pair_if_broadcast(&params[0], &params[1], beta_1_24_never_returns, &found)) != NPR_OK) return st;
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

npr_status npr_rs_vonmises_check(const npr_method *m, const npr_param *params, bool scalar,
                                 npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  (void)numpy; /* RandomState.vonmises: the same kernel in every modelled release */
  bool found;
  npr_status st;
  (void)arg_shapes;
  if ((st = npr_method_check_params(m, params, scalar, err)) != NPR_OK) return st;
  if ((st = any_pair_if_broadcast(&params[0], &params[1], vonmises_never_returns, &found)) != NPR_OK) return st;
  if (found) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED,
                    "vonmises with kappa this large: NumPy 1.24.2's RandomState never returns (its rejection "
                    "constant rounds to 1)");
  }
  return NPR_OK;
}

npr_status npr_binomial_check(const npr_method *m, const npr_param *params, bool scalar,
                              npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  (void)numpy; /* the same in every modelled release */
  npr_shape n_shape;
  npr_status st;
  /* NumPy broadcasts (p, n): its mismatch messages number them so */
  n_shape = arg_shapes[0];
  arg_shapes[0] = arg_shapes[1];
  arg_shapes[1] = n_shape;
  /* p before n */
  if ((st = npr_method_check_param(m, params, 1, m->params[1].cons, scalar, err)) != NPR_OK) return st;
  return npr_method_check_param(m, params, 0, m->params[0].cons, scalar, err);
}

static bool lam_too_large(double p, double n) {
  return (1 - p) / p * (n + 10 * sqrt(n)) > npr_poisson_lam_max();
}

npr_status npr_gen_negative_binomial_check(const npr_method *m, const npr_param *params, bool scalar,
                                           npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  (void)numpy; /* the same in every modelled release */
  bool found;
  npr_status st;
  (void)arg_shapes;
  if ((st = npr_method_check_params(m, params, scalar, err)) != NPR_OK) return st;
  /* (1 - p_arr) / p_arr * (n_arr + ...): the ufunc pairs p's shape with n's */
  if ((st = any_pair(&params[1], &params[0], lam_too_large, &found, err)) != NPR_OK) return st;
  if (found) return npr_fail(err, NPR_VALUE_ERROR, "n too large or p too small, see Generator.negative_binomial Notes");
  return NPR_OK;
}

static bool int_less(int64_t a, int64_t b) { return a < b; }

static int64_t wrapping_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }

/* ngood + nbad < nsample, the sum in int64 as NumPy adds it (wrapping); for
 * arrays np.add's broadcast, then np.less's against nsample. */
static npr_status sum_below_sample(const npr_param *params, bool scalar, bool *found, npr_error *err) {
  const int64_t *good = params[0].data, *bad = params[1].data, *sample = params[2].data;
  npr_shape sum_shape;
  npr_status st;
  if (scalar) {
    *found = wrapping_add(good[0], bad[0]) < sample[0];
    return NPR_OK;
  }
  if ((st = npr_method_pair_shape(&params[0], &params[1], &sum_shape, err)) != NPR_OK) return st;
  {
    /* the sum as an array of its broadcast shape */
    npr_param pair[2], sum_param;
    npr_bcast_iter it;
    const size_t n = npr_shape_count(&sum_shape);
    size_t dims[NPR_MAXDIMS], i;
    int64_t *sum = malloc((n ? n : 1) * sizeof *sum);
    if (sum == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
    pair[0] = params[0];
    pair[1] = params[1];
    npr_bcast_iter_init(&it, &sum_shape, pair, 2);
    for (i = 0; i < n; i++, npr_bcast_iter_next(&it)) sum[i] = wrapping_add(good[it.offset[0]], bad[it.offset[1]]);
    for (i = 0; i < sum_shape.ndim; i++) dims[i] = (size_t)sum_shape.dims[i];
    sum_param = npr_param_array(sum, sum_shape.ndim, dims);
    st = walk_pair(&sum_param, &params[2], NULL, int_less, found, err);
    free(sum);
    return st;
  }
}

npr_status npr_gen_hypergeometric_check(const npr_method *m, const npr_param *params, bool scalar,
                                        npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  (void)numpy; /* the same in every modelled release */
  const int64_t hypergeom_max = 1000000000;
  bool found = false;
  size_t j, i;
  npr_status st;
  (void)arg_shapes;
  for (j = 0; j < 2 && !found; j++) {
    const size_t n = npr_param_count(&params[j]);
    for (i = 0; i < n && !found; i++) found = ((const int64_t *)params[j].data)[i] >= hypergeom_max;
  }
  if (found) return npr_fail(err, NPR_VALUE_ERROR, "both ngood and nbad must be less than %lld", (long long)hypergeom_max);
  if ((st = sum_below_sample(params, scalar, &found, err)) != NPR_OK) return st;
  if (found) return npr_fail(err, NPR_VALUE_ERROR, "ngood + nbad < nsample");
  return npr_method_check_params(m, params, scalar, err);
}

npr_status npr_rs_hypergeometric_check(const npr_method *m, const npr_param *params, bool scalar,
                                       npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err) {
  (void)numpy; /* the same in every modelled release */
  bool found;
  npr_status st;
  (void)arg_shapes;
  if ((st = sum_below_sample(params, scalar, &found, err)) != NPR_OK) return st;
  if (found) return npr_fail(err, NPR_VALUE_ERROR, "ngood + nbad < nsample");
  return npr_method_check_params(m, params, scalar, err);
}
