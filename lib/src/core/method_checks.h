/* NumPy's hand-written argument checks, for the methods whose cont()/disc()
 * call is not the whole story (the `check` column of the method rows), and
 * the small kernels those rows need. */
#ifndef NPR_CORE_METHOD_CHECKS_H
#define NPR_CORE_METHOD_CHECKS_H

#include "nprand/distributions.h"
#include "nprand/method.h"

/* triangular, both APIs: "left > mode", "mode > right", "left == right",
 * each over the broadcast of its pair for arrays (np.greater, np.equal). */
npr_status npr_triangular_check(const npr_method *m, const npr_param *params, bool scalar,
                                npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);

/* Generator.uniform: the range high - low must be finite (OverflowError
 * "high - low range exceeds valid bounds" for scalars, "Range exceeds valid
 * bounds" for arrays) and not negative ("high - low < 0"). */
npr_status npr_gen_uniform_check(const npr_method *m, const npr_param *params, bool scalar,
                                 npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);
/* RandomState.uniform: only the finite range ("Range exceeds valid bounds"). */
npr_status npr_rs_uniform_check(const npr_method *m, const npr_param *params, bool scalar,
                                npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);

/* binomial, both APIs: p ("p < 0, p > 1 or p is NaN") before n ("n < 0"). */
npr_status npr_binomial_check(const npr_method *m, const npr_param *params, bool scalar,
                              npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);
/* Generator.negative_binomial: the constraints (n POSITIVE_NOT_NAN, p
 * BOUNDED_GT_0_1), then
 * "n too large or p too small, see Generator.negative_binomial Notes" when
 * (1 - p) / p * (n + 10 * sqrt(n)) exceeds the Poisson bound. */
npr_status npr_gen_negative_binomial_check(const npr_method *m, const npr_param *params, bool scalar,
                                           npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);
/* Generator.hypergeometric: "both ngood and nbad must be less than
 * 1000000000", "ngood + nbad < nsample", then each count NON_NEGATIVE. */
npr_status npr_gen_hypergeometric_check(const npr_method *m, const npr_param *params, bool scalar,
                                        npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);
/* RandomState.hypergeometric: "ngood + nbad < nsample" (int64 arithmetic,
 * so a huge sum wraps as in NumPy), then ngood, nbad NON_NEGATIVE and
 * nsample GTE_1. */
npr_status npr_rs_hypergeometric_check(const npr_method *m, const npr_param *params, bool scalar,
                                       npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);

/* Inputs for which NumPy 1.24.2 never returns are refused with
 * NotImplementedError instead of looping forever (README, "Known limits"):
 * Generator.beta of a release before 1.26.0 when a, b <= 1 are so small
 * that a draw's powers almost never both escape underflow (a + b below
 * about 1.25e-12: more than 10**9 draws expected; below about 1.5e-19 every
 * draw underflows; from 1.26.0 NumPy returns for every a, b),
 * and RandomState.vonmises when kappa is so large that its rejection
 * constant s rounds to 1 (or overflows to NaN), from about 6e15. */
/* Where beta(a, b) of release numpy is refused as above (never from
 * 1.26.0 on); dirichlet's stick-breaking betas use it too. */
bool npr_beta_never_returns(double a, double b, npr_numpy_version numpy);
npr_status npr_gen_beta_check(const npr_method *m, const npr_param *params, bool scalar,
                              npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);
npr_status npr_rs_vonmises_check(const npr_method *m, const npr_param *params, bool scalar,
                                 npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);

/* uniform(low, high) draws low + (high - low) * U: NumPy computes the
 * range once (np.subtract for arrays), which is the same double per element. */
static inline double npr_uniform_low_high(const npr_bitgen *bg, double low, double high) {
  return npr_uniform(bg, low, high - low);
}

#endif
