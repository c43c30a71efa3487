/* multivariate_normal through nprand::linalg (link nprand::linalg, which
 * brings BLAS and LAPACK); prints exactly what multivariate_normal.py
 * prints with NumPy on the same BLAS/LAPACK. */
#include <stdio.h>

#include "nprand/nprand.h"
#include "nprand/multivariate_normal.h"

static void print_doubles(const char *label, const double *x, size_t n) {
  size_t i;
  printf("%s", label);
  for (i = 0; i < n; i++) printf(" %.17g", x[i]);
  printf("\n");
}

int main(void) {
  static const double mean[2] = {0, 0}, cov[4] = {1, 0.5, 0.5, 2}, not_psd[4] = {1, 2, 2, 1};
  static const char *const names[3] = {"svd", "eigh", "cholesky"};
  const npr_shape three = npr_shape_1d(3), two = npr_shape_1d(2);
  npr_randomstate rs;
  npr_seedsequence ss;
  npr_pcg64 pcg;
  npr_generator rng;
  npr_warnings warnings = {0};
  npr_error err;
  double x[6];
  unsigned i;

  /* np.random.RandomState(0).multivariate_normal(mean, cov, size=3) */
  if (npr_randomstate_seed(&rs, npr_int128_from_i64(0), &err) != NPR_OK) return 1;
  if (npr_rs_multivariate_normal(&rs, mean, 2, cov, &three, NPR_MVN_CHECK_WARN, 1e-8, x, 6, NULL, NULL, &err)) return 1;
  print_doubles("legacy", x, 6);

  /* np.random.Generator(np.random.PCG64(0)), each method */
  if (npr_seedsequence_init_u64(&ss, 0, NULL) != NPR_OK) return 1;
  npr_pcg64_from_seedseq(&pcg, &ss);
  npr_seedsequence_free(&ss); /* the bit generator holds its own state */
  npr_generator_init(&rng, npr_pcg64_bitgen(&pcg), NPR_NUMPY_DEFAULT);
  for (i = 0; i < 3; i++) {
    if (npr_gen_multivariate_normal(&rng, mean, 2, cov, &two, NPR_MVN_CHECK_WARN, 1e-8, (npr_mvn_method)i, x, 4,
                                    NULL, NULL, &err) != NPR_OK) {
      return 1;
    }
    print_doubles(names[i], x, 4);
  }
  /* a covariance that is not PSD: values and NumPy's RuntimeWarning */
  if (npr_gen_multivariate_normal(&rng, mean, 2, not_psd, NULL, NPR_MVN_CHECK_WARN, 1e-8, NPR_MVN_SVD, x, 2, NULL,
                                  &warnings, &err) != NPR_OK) {
    return 1;
  }
  print_doubles("not psd", x, 2);
  for (i = 0; i < warnings.count; i++) printf("warning %s\n", warnings.text[i]);
  /* cholesky refuses it: numpy.linalg.LinAlgError */
  if (npr_gen_multivariate_normal(&rng, mean, 2, not_psd, NULL, NPR_MVN_CHECK_WARN, 1e-8, NPR_MVN_CHOLESKY, x, 2,
                                  NULL, NULL, &err) == NPR_OK) {
    return 1;
  }
  printf("error %s: %s\n", npr_status_name(err.status), err.message);
  return 0;
}
