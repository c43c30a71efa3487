/* Array parameters and NumPy's broadcasting through nprand; prints exactly
 * what broadcast.py prints with NumPy. */
#include <stdio.h>

#include "nprand/nprand.h"

int main(void) {
  npr_randomstate rs;
  npr_seedsequence ss;
  npr_pcg64 pcg;
  npr_generator rng;
  npr_error err;
  npr_shape shape;
  double out[6];
  size_t i;

  /* np.random.seed(1); np.random.normal([0, 10, 100], 1) */
  const double loc[3] = {0, 10, 100}, one = 1;
  const size_t loc_dims[1] = {3};
  const npr_param loc_p = npr_param_array(loc, 1, loc_dims), scale_p = npr_param_scalar(&one);
  npr_randomstate_seed(&rs, npr_int128_from_i64(1), NULL);
  if (npr_rs_normal_bcast(&rs, &loc_p, &scale_p, NULL, out, 6, &shape, &err) != NPR_OK) {
    fprintf(stderr, "%s: %s\n", npr_status_name(err.status), err.message);
    return 1;
  }
  printf("normal");
  for (i = 0; i < npr_shape_count(&shape); i++) printf(" %.17g", out[i]);
  printf("\n");

  /* rng = np.random.default_rng(42); rng.uniform([[0], [10]], [20, 30, 40]) */
  {
    const double low[2] = {0, 10}, high[3] = {20, 30, 40};
    const size_t low_dims[2] = {2, 1}, high_dims[1] = {3};
    const npr_param low_p = npr_param_array(low, 2, low_dims), high_p = npr_param_array(high, 1, high_dims);
    char text[32];
    if (npr_seedsequence_init_u64(&ss, 42, NULL) != NPR_OK) return 1;
    npr_pcg64_from_seedseq(&pcg, &ss);
    npr_seedsequence_free(&ss);
    npr_generator_init(&rng, npr_pcg64_bitgen(&pcg), NPR_NUMPY_DEFAULT);
    if (npr_gen_uniform_bcast(&rng, &low_p, &high_p, NULL, out, 6, &shape, &err) != NPR_OK) return 1;
    printf("uniform %s", npr_shape_repr(&shape, text, sizeof text)); /* (2, 3) */
    for (i = 0; i < npr_shape_count(&shape); i++) printf(" %.17g", out[i]);
    printf("\n");
  }
  return 0;
}
