/* nprand::linalg's multivariate_normal.h: values against NumPy 1.24.2 on
 * Debian's reference BLAS/LAPACK, the stream after the call, the shape
 * protocol, warnings and errors. Expected values from /usr/bin/python3 with
 *   bg = np.random.MT19937(); bg._legacy_seeding(9); g = np.random.Generator(bg)
 * and np.random.RandomState(9). */
#include <math.h>

#include "test_generator_common.h"

#include "nprand/multivariate_normal.h"
#include "nprand/randomstate.h"

static const double PSD3[9] = {2, 0.3, -0.4, 0.3, 1.5, 0.2, -0.4, 0.2, 0.9};
static const double NOT_PSD[4] = {1, 2, 2, 1};
static const double MEAN2[2] = {0, 0};

static void assert_hex(const double *got, const char *const *want, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) assert_int_equal(dbits(got[i]), dbits(strtod(want[i], NULL)));
}

static void test_gen_eigh_then_cholesky(void **state) {
  /* g.multivariate_normal([1, -1, .5], PSD3, size=2, method='eigh'), then
   * g.multivariate_normal([0.], [[4.]], size=3, method='cholesky'), then g.random() */
  static const double mean[3] = {1.0, -1.0, 0.5}, mean1[1] = {0.0}, cov1[1] = {4.0};
  static const char *const want[6] = {"-0x1.49c19fb220000p-2", "-0x1.8eb59b1d9f542p+0", "0x1.cc1fa246841c5p-1",
                                      "0x1.79e804dc154d1p+1",  "-0x1.68c044f73d928p-3", "0x1.5c228b5b2b108p-3"};
  static const char *const want1[3] = {"-0x1.411fef04b6535p-1", "0x1.5878656258147p+2", "0x1.f72158d75070fp+0"};
  const npr_shape two = npr_shape_1d(2), three = npr_shape_1d(3);
  seeded s;
  npr_shape shape;
  npr_warnings w = {0};
  npr_error err;
  double out[6], u;
  (void)state;
  seeded_init(&s, 9);
  assert_int_equal(npr_gen_multivariate_normal(&s.gen, mean, 3, PSD3, &two, NPR_MVN_CHECK_WARN, 1e-8, NPR_MVN_EIGH,
                                               out, 6, &shape, &w, &err),
                   NPR_OK);
  assert_int_equal(shape.ndim, 2);
  assert_int_equal(shape.dims[0], 2);
  assert_int_equal(shape.dims[1], 3);
  assert_hex(out, want, 6);
  assert_int_equal(npr_gen_multivariate_normal(&s.gen, mean1, 1, cov1, &three, NPR_MVN_CHECK_OTHER, 1e-8,
                                               NPR_MVN_CHOLESKY, out, 3, NULL, &w, &err),
                   NPR_OK); /* check_valid is not looked at with cholesky */
  assert_hex(out, want1, 3);
  assert_int_equal(w.count, 0);
  npr_gen_random_fill(&s.gen, NPR_FLOAT64, 1, &u, &err);
  assert_int_equal(dbits(u), dbits(strtod("0x1.61ca653f50d6cp-2", NULL)));
}

static void test_rs_size_none_then_stream(void **state) {
  /* RandomState(9).multivariate_normal([1., 2.], [[1, .5], [.5, 2]]), then random_sample() */
  static const double mean[2] = {1.0, 2.0}, cov[4] = {1, 0.5, 0.5, 2};
  static const char *const want[2] = {"0x1.865d927a92be3p-1", "0x1.0cd2e6e68caf5p+1"};
  npr_randomstate rs;
  npr_shape shape;
  npr_error err;
  double out[2];
  (void)state;
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(9), &err), NPR_OK);
  /* out NULL: the shape only, nothing drawn */
  assert_int_equal(npr_rs_multivariate_normal(&rs, mean, 2, cov, NULL, NPR_MVN_CHECK_WARN, 1e-8, NULL, 0, &shape,
                                              NULL, &err),
                   NPR_OK);
  assert_int_equal(shape.ndim, 1);
  assert_int_equal(shape.dims[0], 2);
  assert_int_equal(npr_rs_multivariate_normal(&rs, mean, 2, cov, NULL, NPR_MVN_CHECK_WARN, 1e-8, out, 2, NULL, NULL,
                                              &err),
                   NPR_OK);
  assert_hex(out, want, 2);
  assert_int_equal(dbits(npr_rs_random_sample(&rs)), dbits(strtod("0x1.fbabfe80f72c0p-2", NULL)));
}

static void test_warnings_and_errors(void **state) {
  const npr_shape negative = {1, {-1}};
  seeded s;
  npr_warnings w = {0};
  npr_error err;
  double out[2];
  (void)state;
  seeded_init(&s, 9);
  assert_int_equal(npr_gen_multivariate_normal(&s.gen, MEAN2, 2, NOT_PSD, NULL, NPR_MVN_CHECK_WARN, 1e-8,
                                               NPR_MVN_SVD, out, 2, NULL, &w, &err),
                   NPR_OK);
  assert_int_equal(w.count, 1);
  assert_string_equal(w.text[0], "RuntimeWarning: covariance is not symmetric positive-semidefinite.");
  assert_error(npr_gen_multivariate_normal(&s.gen, MEAN2, 2, NOT_PSD, NULL, NPR_MVN_CHECK_RAISE, 1e-8, NPR_MVN_EIGH,
                                           out, 2, NULL, NULL, &err),
               &err, NPR_VALUE_ERROR, "covariance is not symmetric positive-semidefinite.");
  assert_error(npr_gen_multivariate_normal(&s.gen, MEAN2, 2, NOT_PSD, NULL, NPR_MVN_CHECK_WARN, 1e-8,
                                           NPR_MVN_CHOLESKY, out, 2, NULL, NULL, &err),
               &err, NPR_LINALG_ERROR, "Matrix is not positive definite");
  assert_string_equal(npr_status_name(NPR_LINALG_ERROR), "LinAlgError");
  assert_error(npr_gen_multivariate_normal(&s.gen, MEAN2, 2, NOT_PSD, NULL, NPR_MVN_CHECK_OTHER, 1e-8, NPR_MVN_SVD,
                                           out, 2, NULL, NULL, &err),
               &err, NPR_VALUE_ERROR, "check_valid must equal 'warn', 'raise', or 'ignore'");
  assert_error(npr_gen_multivariate_normal(&s.gen, MEAN2, 2, NOT_PSD, &negative, NPR_MVN_CHECK_WARN, 1e-8,
                                           NPR_MVN_SVD, out, 2, NULL, NULL, &err),
               &err, NPR_VALUE_ERROR, "negative dimensions are not allowed");
  assert_error(npr_gen_multivariate_normal(&s.gen, MEAN2, 2, NOT_PSD, NULL, NPR_MVN_CHECK_WARN, 1e-8, NPR_MVN_SVD,
                                           out, 1, NULL, NULL, &err),
               &err, NPR_VALUE_ERROR, "out has room for 1 values; the result has 2");
  /* np.zeros(0) and np.zeros((0, 0)): NumPy's reshape error */
  assert_error(npr_gen_multivariate_normal(&s.gen, MEAN2, 0, NOT_PSD, NULL, NPR_MVN_CHECK_WARN, 1e-8, NPR_MVN_SVD,
                                           out, 2, NULL, NULL, &err),
               &err, NPR_VALUE_ERROR, "cannot reshape array of size 0 into shape (0)");
}

static void test_svd_nan_and_inf(void **state) {
  static const double nan_cov[4] = {NAN, 0, 0, 1};
  static const double inf_cov3[9] = {INFINITY, 0, 0, 0, 1, 0, 0, 0, 1};
  static const double mean3[3] = {0, 0, 0};
  npr_randomstate rs;
  npr_error err;
  double out[3];
  (void)state;
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(9), &err), NPR_OK);
  assert_error(npr_rs_multivariate_normal(&rs, MEAN2, 2, nan_cov, NULL, NPR_MVN_CHECK_WARN, 1e-8, out, 2, NULL, NULL,
                                          &err),
               &err, NPR_LINALG_ERROR, "SVD did not converge");
  /* dgesdd may never return here: refused */
  assert_int_equal(npr_rs_multivariate_normal(&rs, mean3, 3, inf_cov3, NULL, NPR_MVN_CHECK_WARN, 1e-8, out, 3, NULL,
                                              NULL, &err),
                   NPR_NOT_IMPLEMENTED);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_gen_eigh_then_cholesky),
      cmocka_unit_test(test_rs_size_none_then_stream),
      cmocka_unit_test(test_warnings_and_errors),
      cmocka_unit_test(test_svd_nan_and_inf),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
