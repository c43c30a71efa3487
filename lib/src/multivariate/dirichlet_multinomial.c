/* dirichlet and multinomial of both APIs, NumPy 1.24.2's loops and checks
 * (mtrand.pyx, _generator.pyx, distributions.c's random_multinomial), and
 * where a later release (the state's numpy) changed them:
 * - Generator.dirichlet: 1.25.0 accepts zeros ("alpha < 0"); 1.26.0's
 *   stick-breaking skips an all-zero alpha and stops once the alpha still to
 *   come sums to 0; its betas are the release's (1.26.0, 2.1.0).
 * - Generator.multinomial: the release's binomial (2.4.0, 2.5.0).
 * - RandomState.multinomial: 2.4.x Generator's 2.4 binomial (NumPy shared
 *   the kernel); from 2.5.0 legacy_random_binomial, which lacks the
 *   n == 0 || p == 0 early return, so such a binomial draws one double. */
#include <stdlib.h>
#include <string.h>

#include "core/method_checks.h"
#include "distributions/discrete_internal.h"
#include "nprand/constraints.h"
#include "nprand/distributions.h"
#include "nprand/legacy_distributions.h"
#include "nprand/multivariate.h"

/* size + (k,), then what np.zeros refuses of it. */
static npr_status vector_shape(const npr_shape *size, size_t k, npr_shape *shape, npr_error *err) {
  if (size == NULL) {
    *shape = npr_shape_1d(k);
  } else {
    if (size->ndim + 1 > NPR_MAXDIMS) {
      return npr_fail(err, NPR_VALUE_ERROR, "maximum supported dimension for an ndarray is %d, found %zu",
                      NPR_MAXDIMS, size->ndim + 1);
    }
    *shape = *size;
    shape->dims[shape->ndim++] = (int64_t)k;
  }
  return npr_shape_check_alloc(shape, 8, err);
}

static npr_status check_room(size_t needed, size_t out_cap, npr_error *err) {
  if (needed > out_cap) {
    return npr_fail(err, NPR_VALUE_ERROR, "out has room for %zu values; the result has %zu", out_cap, needed);
  }
  return NPR_OK;
}

/* np.any(np.less_equal(alpha, 0)): RandomState, and Generator before 1.25.0 */
static npr_status check_alpha(const double *alpha, size_t k, npr_error *err) {
  size_t j;
  for (j = 0; j < k; j++) {
    if (alpha[j] <= 0) return npr_fail(err, NPR_VALUE_ERROR, "alpha <= 0");
  }
  return NPR_OK;
}

/* Generator from 1.25.0 (fe893743b8): np.any(np.less(alpha, 0)), zeros
 * (and -0.0) pass. */
static npr_status check_alpha_of_release(const double *alpha, size_t k, npr_numpy_version numpy,
                                         npr_error *err) {
  size_t j;
  if (numpy < NPR_NUMPY_1_25_0) return check_alpha(alpha, k, err);
  for (j = 0; j < k; j++) {
    if (alpha[j] < 0) return npr_fail(err, NPR_VALUE_ERROR, "alpha < 0");
  }
  return NPR_OK;
}

/* _common.pyx's kahan_sum: 0.0 for n == 0. */
static double kahan_sum(const double *x, size_t n) {
  double sum, c = 0.0;
  size_t i;
  if (n == 0) return 0.0;
  sum = x[0];
  for (i = 1; i < n; i++) {
    const double y = x[i] - c;
    const double t = sum + y;
    c = (t - sum) - y;
    sum = t;
  }
  return sum;
}

static npr_status check_pvals_bounds(const double *pvals, size_t count, npr_error *err) {
  npr_constraint_scan scan;
  size_t i;
  npr_constraint_scan_init(&scan);
  for (i = 0; i < count; i++) npr_constraint_scan_add(&scan, pvals[i]);
  return npr_constraint_scan_check(&scan, "pvals", NPR_CONS_BOUNDED_0_1, err);
}

/* Which binomial a multinomial row calls. */
typedef enum multinomial_binomial {
  GENERATOR_BINOMIAL, /* random_binomial of the release: 0 without a draw for n == 0 or p == 0 */
  LEGACY_BINOMIAL     /* legacy_random_binomial (RandomState from 2.5.0): no such early return */
} multinomial_binomial;

static int64_t row_binomial(const npr_bitgen *bg, int64_t n, double p, npr_binomial_cache *cache,
                            multinomial_binomial which, npr_numpy_version numpy) {
  if (which == LEGACY_BINOMIAL) {
    /* NumPy 1.24's inversion and BTPE; where 1.24's inversion could not end
     * the same no-hang substitute as npr_binomial's (NumPy 2.4's start) */
    return npr_binomial_mirrored(bg, n, p, cache, true, NULL);
  }
  return npr_binomial_of_release(bg, n, p, cache, numpy);
}

/* The final probability is never read: the last count takes what is left. */
static void multinomial_row(const npr_bitgen *bg, int64_t n, const double *pvals, size_t d, int64_t *out,
                            npr_binomial_cache *cache, multinomial_binomial which, npr_numpy_version numpy) {
  double remaining_p = 1.0;
  int64_t left = n;
  size_t j;
  memset(out, 0, d * sizeof *out);
  for (j = 0; j + 1 < d; j++) {
    out[j] = row_binomial(bg, left, pvals[j] / remaining_p, cache, which, numpy);
    left -= out[j];
    if (left <= 0) break;
    remaining_p -= pvals[j];
  }
  if (left > 0) out[d - 1] = left;
}

npr_status npr_rs_dirichlet(npr_randomstate *rs, const double *alpha, size_t k, const npr_shape *size,
                            double *out, size_t out_cap, npr_shape *out_shape, npr_error *err) {
  npr_shape shape;
  size_t total, i, j;
  npr_status st;
  if ((st = check_alpha(alpha, k, err)) != NPR_OK) return st;
  if ((st = vector_shape(size, k, &shape, err)) != NPR_OK) return st;
  if (out_shape != NULL) *out_shape = shape;
  total = npr_shape_count(&shape);
  if (out == NULL) return NPR_OK;
  if ((st = check_room(total, out_cap, err)) != NPR_OK) return st;
  for (i = 0; i < total; i += k) {
    double acc = 0.0, invacc;
    for (j = 0; j < k; j++) {
      out[i + j] = npr_legacy_standard_gamma(rs, alpha[j]);
      acc = acc + out[i + j];
    }
    invacc = 1 / acc;
    for (j = 0; j < k; j++) out[i + j] = out[i + j] * invacc;
  }
  return NPR_OK;
}

/* Before 1.26.0 a stick-breaking beta(alpha[j], sum(alpha[j+1:])) can
 * fail to return (tiny alpha; from 1.25.0 also zeros: beta(0, 0) never
 * returns), and NumPy hangs: such an alpha is refused up front. The sums
 * are NumPy's, accumulated from the right. */
static npr_status check_sticks_return(const double *alpha, size_t k, npr_numpy_version numpy, npr_error *err) {
  double rest = 0.0; /* sum(alpha[j+1:]) */
  size_t j;
  for (j = k; j-- > 1;) {
    rest += alpha[j];
    if (npr_beta_never_returns(alpha[j - 1], rest, numpy)) {
      return npr_fail(err, NPR_NOT_IMPLEMENTED,
                      "dirichlet(alpha) with alpha this small: NumPy before 1.26.0 does not return (a "
                      "stick-breaking beta almost never escapes underflow)");
    }
  }
  return NPR_OK;
}

/* The stick-breaking rows: alpha[j]'s share of the stick still left.
 * NumPy's alpha_csum (csum[j] = alpha[j] + csum[j+1]) is kept in the last
 * output row, which is drawn last and in place: its step j reads csum[j+1]
 * before it writes position j. So no scratch is allocated, and a caller
 * that leaves a call mid-draw (the engine's draw bound) leaks nothing. */
static void dirichlet_sticks(npr_generator *g, const double *alpha, size_t k, size_t total, double *out) {
  double *const csum = out + total - k, acc_sum = 0.0;
  size_t i, j;
  for (j = k; j-- > 0;) {
    acc_sum += alpha[j];
    csum[j] = acc_sum;
  }
  if (g->numpy >= NPR_NUMPY_1_26_0 && !(csum[0] > 0)) {
    /* c27678e735: all of alpha is 0: np.zeros untouched, nothing drawn */
    memset(out, 0, total * sizeof *out);
    return;
  }
  for (i = 0; i < total; i += k) {
    double acc = 1.;
    for (j = 0; j + 1 < k; j++) {
      const double rest = csum[j + 1];
      const double v = npr_beta_of_release(&g->bg, alpha[j], rest, g->numpy);
      out[i + j] = acc * v;
      acc *= (1. - v);
      if (g->numpy >= NPR_NUMPY_1_26_0 && rest == 0) {
        /* the rest of alpha is 0: v was 1, the rest of the row stays 0 */
        memset(out + i + j + 1, 0, (k - j - 1) * sizeof *out);
        break;
      }
    }
    out[i + k - 1] = acc;
  }
}

npr_status npr_gen_dirichlet(npr_generator *g, const double *alpha, size_t k, const npr_shape *size,
                             double *out, size_t out_cap, npr_shape *out_shape, npr_error *err) {
  npr_shape shape;
  size_t total, i, j;
  double max_alpha = 0.0;
  bool any_nan = false;
  npr_status st;
  if ((st = check_alpha_of_release(alpha, k, g->numpy, err)) != NPR_OK) return st;
  if ((st = vector_shape(size, k, &shape, err)) != NPR_OK) return st;
  total = npr_shape_count(&shape);
  for (j = 0; j < k; j++) {
    any_nan |= alpha[j] != alpha[j];
    if (j == 0 || alpha[j] > max_alpha) max_alpha = alpha[j];
  }
  if (k > 0 && !any_nan && max_alpha < 0.1) {
    if (total > 0 && (st = check_sticks_return(alpha, k, g->numpy, err)) != NPR_OK) return st;
    if (out_shape != NULL) *out_shape = shape;
    if (out == NULL) return NPR_OK;
    if ((st = check_room(total, out_cap, err)) != NPR_OK) return st;
    if (total > 0) dirichlet_sticks(g, alpha, k, total, out);
    return NPR_OK;
  }
  if (out_shape != NULL) *out_shape = shape;
  if (out == NULL) return NPR_OK;
  if ((st = check_room(total, out_cap, err)) != NPR_OK) return st;
  for (i = 0; i < total; i += k) {
    double acc = 0., invacc;
    for (j = 0; j < k; j++) {
      out[i + j] = npr_standard_gamma(&g->bg, alpha[j]);
      acc = acc + out[i + j];
    }
    invacc = 1. / acc;
    for (j = 0; j < k; j++) out[i + j] = out[i + j] * invacc;
  }
  return NPR_OK;
}

npr_status npr_rs_multinomial(npr_randomstate *rs, int64_t n, const double *pvals, size_t d,
                              const npr_shape *size, int64_t *out, size_t out_cap, npr_shape *out_shape,
                              npr_error *err) {
  npr_shape shape;
  npr_bitgen bg;
  size_t total, i;
  npr_status st;
  if ((st = check_pvals_bounds(pvals, d, err)) != NPR_OK) return st;
  if (d > 0 && kahan_sum(pvals, d - 1) > (1.0 + 1e-12)) {
    return npr_fail(err, NPR_VALUE_ERROR, "sum(pvals[:-1]) > 1.0");
  }
  if ((st = vector_shape(size, d, &shape, err)) != NPR_OK) return st;
  if ((st = npr_check_constraint((double)n, "n", NPR_CONS_NON_NEGATIVE, err)) != NPR_OK) return st;
  if (out_shape != NULL) *out_shape = shape;
  total = npr_shape_count(&shape);
  if (out == NULL) return NPR_OK;
  if ((st = check_room(total, out_cap, err)) != NPR_OK) return st;
  /* legacy_random_multinomial is the Generator's kernel over RandomState's
   * own binomial cache, 1.24's binomial until 2.4.0 and 2.4's in 2.4.x
   * (72574772c1); 2.5.0 (12e16ab322) made it call legacy_random_binomial. */
  bg = npr_randomstate_bitgen(rs);
  {
    const multinomial_binomial which = rs->numpy >= NPR_NUMPY_2_5_0 ? LEGACY_BINOMIAL : GENERATOR_BINOMIAL;
    const npr_numpy_version binomial_release = rs->numpy >= NPR_NUMPY_2_4_0 ? NPR_NUMPY_2_4_0 : NPR_NUMPY_1_24_2;
    for (i = 0; d > 0 && i + d <= total; i += d) {
      multinomial_row(&bg, n, pvals, d, out + i, &rs->binomial, which, binomial_release);
    }
  }
  if (d == 0) memset(out, 0, total * sizeof *out);
  return NPR_OK;
}

npr_status npr_gen_multinomial(npr_generator *g, const npr_param *n, const npr_param *pvals, const npr_shape *size,
                               int64_t *out, size_t out_cap, npr_shape *out_shape, npr_error *err) {
  const size_t d = pvals->ndim >= 1 ? pvals->dims[pvals->ndim - 1] : 0;
  const double *p = pvals->data;
  const size_t p_count = npr_param_count(pvals);
  npr_shape shape;
  size_t total, off, i;
  npr_status st;
  if (d == 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "pvals must have at least 1 dimension and the last dimension "
                                          "of pvals must be greater than 0.");
  }
  if ((st = check_pvals_bounds(p, p_count, err)) != NPR_OK) return st;
  for (off = 0; off < p_count; off += d) {
    if (kahan_sum(p + off, d - 1) > (1.0 + 1e-12)) {
      return npr_fail(err, NPR_VALUE_ERROR, pvals->ndim == 1 ? "sum(pvals[:-1]) > 1.0" : "sum(pvals[...,:-1]) > 1.0");
    }
  }
  if (n->ndim != 0 || pvals->ndim > 1) {
    /* n broadcast against the rows of pvals (and size). */
    npr_shape shapes[3];
    npr_param rows = npr_param_array(NULL, pvals->ndim - 1, pvals->dims);
    npr_param iter_params[2];
    npr_bcast_iter it;
    npr_constraint_scan scan;
    const size_t n_count = npr_param_count(n);
    npr_shape bshape;
    npr_constraint_scan_init(&scan);
    for (i = 0; i < n_count; i++) {
      npr_constraint_scan_add(&scan, (double)((const int64_t *)n->data)[i]);
    }
    if ((st = npr_constraint_scan_check(&scan, "n", NPR_CONS_NON_NEGATIVE, err)) != NPR_OK) return st;
    shapes[0] = npr_param_shape(n);
    shapes[1] = npr_param_shape(&rows);
    if (size != NULL) {
      if ((st = npr_shape_check_alloc(size, 1, err)) != NPR_OK) return st;
      shapes[2] = *size;
    }
    if ((st = npr_broadcast_shapes(shapes, size != NULL ? 3 : 2, &bshape, err)) != NPR_OK) return st;
    if (size != NULL && !npr_shape_equal(&bshape, size)) {
      char want[512], got[512];
      return npr_fail(err, NPR_VALUE_ERROR,
                      "Output size %s is not compatible with broadcast dimensions of inputs %s.",
                      npr_shape_repr(size, want, sizeof want), npr_shape_repr(&bshape, got, sizeof got));
    }
    if ((st = vector_shape(&bshape, d, &shape, err)) != NPR_OK) return st;
    if (out_shape != NULL) *out_shape = shape;
    total = npr_shape_count(&shape);
    if (out == NULL) return NPR_OK;
    if ((st = check_room(total, out_cap, err)) != NPR_OK) return st;
    iter_params[0] = *n;
    iter_params[1] = rows;
    npr_bcast_iter_init(&it, &bshape, iter_params, 2);
    for (off = 0; off < total; off += d) {
      const int64_t ni = ((const int64_t *)n->data)[it.offset[0]];
      multinomial_row(&g->bg, ni, p + (size_t)it.offset[1] * d, d, out + off, &g->binomial, GENERATOR_BINOMIAL,
                      g->numpy);
      npr_bcast_iter_next(&it);
    }
    return NPR_OK;
  }
  if ((st = vector_shape(size, d, &shape, err)) != NPR_OK) return st;
  if ((st = npr_check_constraint((double)*(const int64_t *)n->data, "n", NPR_CONS_NON_NEGATIVE, err)) != NPR_OK) {
    return st;
  }
  if (out_shape != NULL) *out_shape = shape;
  total = npr_shape_count(&shape);
  if (out == NULL) return NPR_OK;
  if ((st = check_room(total, out_cap, err)) != NPR_OK) return st;
  for (off = 0; off < total; off += d) {
    multinomial_row(&g->bg, *(const int64_t *)n->data, p, d, out + off, &g->binomial, GENERATOR_BINOMIAL, g->numpy);
  }
  return NPR_OK;
}
