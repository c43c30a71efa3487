/* multivariate.h: values against NumPy 1.24.2, the output shape, and the
 * call conventions (out == NULL draws nothing; on error nothing is drawn or
 * written). Expected values from /usr/bin/python3 with
 *   bg = np.random.MT19937(); bg._legacy_seeding(9); g = np.random.Generator(bg)
 * and np.random.RandomState(9). */
#include "test_generator_common.h"

#include "nprand/multivariate.h"
#include "nprand/randomstate.h"

static void seed_rs(npr_randomstate *rs) {
  npr_error err;
  assert_int_equal(npr_randomstate_seed(rs, npr_int128_from_i64(9), &err), NPR_OK);
}

static void test_rs_dirichlet(void **state) {
  /* RandomState(9).dirichlet([0.5, 1, 2]) */
  static const double alpha[3] = {0.5, 1, 2};
  static const char *want[3] = {"0x1.e04a26c456938p-15", "0x1.7503f4dd7c4cbp-2", "0x1.45768468a6c86p-1"};
  npr_randomstate rs;
  npr_shape shape;
  npr_error err;
  double out[3];
  size_t i;
  (void)state;
  seed_rs(&rs);
  assert_int_equal(npr_rs_dirichlet(&rs, alpha, 3, NULL, out, 3, &shape, &err), NPR_OK);
  assert_int_equal(shape.ndim, 1);
  assert_int_equal(shape.dims[0], 3);
  for (i = 0; i < 3; i++) assert_int_equal(dbits(out[i]), dbits(strtod(want[i], NULL)));
}

static void test_gen_dirichlet_small_alpha(void **state) {
  /* g.dirichlet([0.05, 0.01, 0.09]): the stick-breaking path */
  static const double alpha[3] = {0.05, 0.01, 0.09};
  static const char *want[3] = {"0x1.17e61896bf5afp-122", "0x1.02956027f818ap-69", "0x1.0000000000000p+0"};
  seeded s;
  npr_error err;
  double out[3];
  size_t i;
  (void)state;
  seeded_init(&s, 9);
  assert_int_equal(npr_gen_dirichlet(&s.gen, alpha, 3, NULL, out, 3, NULL, &err), NPR_OK);
  for (i = 0; i < 3; i++) assert_int_equal(dbits(out[i]), dbits(strtod(want[i], NULL)));
}

static void test_multinomial(void **state) {
  /* RandomState(9).multinomial(20, [0.1, 0.2, 0.7], size=2);
   * g.multinomial([5, 10], [[0.5, 0.5], [0.2, 0.8]]) */
  static const double p3[3] = {0.1, 0.2, 0.7}, p22[4] = {0.5, 0.5, 0.2, 0.8};
  static const int64_t want_rs[6] = {0, 4, 16, 2, 2, 16}, want_gen[4] = {0, 5, 2, 8}, n2[2] = {5, 10};
  static const size_t n_dims[1] = {2}, p_dims[2] = {2, 2};
  const npr_shape size = npr_shape_1d(2);
  npr_randomstate rs;
  seeded s;
  npr_param n_param = npr_param_array(n2, 1, n_dims), p_param = npr_param_array(p22, 2, p_dims);
  npr_shape shape;
  npr_error err;
  int64_t out[6];
  (void)state;
  seed_rs(&rs);
  assert_int_equal(npr_rs_multinomial(&rs, 20, p3, 3, &size, out, 6, &shape, &err), NPR_OK);
  assert_int_equal(shape.ndim, 2);
  assert_memory_equal(out, want_rs, sizeof want_rs);
  seeded_init(&s, 9);
  assert_int_equal(npr_gen_multinomial(&s.gen, &n_param, &p_param, NULL, out, 4, &shape, &err), NPR_OK);
  assert_int_equal(shape.ndim, 2);
  assert_int_equal(shape.dims[0], 2);
  assert_int_equal(shape.dims[1], 2);
  assert_memory_equal(out, want_gen, sizeof want_gen);
}

static void test_mvhg_both_methods(void **state) {
  /* g.multivariate_hypergeometric([3, 5, 9], 6, size=2, method='count');
   * g.multivariate_hypergeometric([3, 5, 9], 12, size=2) (more than half) */
  static const int64_t colors[3] = {3, 5, 9}, want_count[6] = {1, 2, 3, 1, 2, 3},
                       want_marginals[6] = {2, 4, 6, 1, 5, 6};
  const npr_shape size = npr_shape_1d(2);
  seeded s;
  npr_error err;
  int64_t out[6];
  (void)state;
  seeded_init(&s, 9);
  assert_int_equal(npr_gen_multivariate_hypergeometric(&s.gen, colors, 3, 6, &size, NPR_MVHG_COUNT, out, 6, NULL, &err),
                   NPR_OK);
  assert_memory_equal(out, want_count, sizeof want_count);
  seeded_init(&s, 9);
  assert_int_equal(
      npr_gen_multivariate_hypergeometric(&s.gen, colors, 3, 12, &size, NPR_MVHG_MARGINALS, out, 6, NULL, &err), NPR_OK);
  assert_memory_equal(out, want_marginals, sizeof want_marginals);
}

static void test_conventions(void **state) {
  static const double alpha[2] = {1, 2}, bad_alpha[2] = {1, 0}, bad_p[3] = {0.6, 0.6, 0.1};
  const npr_shape size = npr_shape_1d(3);
  npr_randomstate rs, before;
  seeded s;
  npr_shape shape;
  npr_error err;
  double out[6] = {0};
  int64_t counts[4] = {0};
  uint64_t first;
  (void)state;
  seed_rs(&rs);
  before = rs;
  /* out == NULL: only the shape, nothing drawn */
  assert_int_equal(npr_rs_dirichlet(&rs, alpha, 2, &size, NULL, 0, &shape, &err), NPR_OK);
  assert_int_equal(shape.ndim, 2);
  assert_int_equal(shape.dims[0], 3);
  assert_int_equal(shape.dims[1], 2);
  assert_memory_equal(&rs.mt, &before.mt, sizeof rs.mt);
  /* too little room, and NumPy's errors: nothing drawn, nothing written */
  assert_int_equal(npr_rs_dirichlet(&rs, alpha, 2, &size, out, 5, NULL, &err), NPR_VALUE_ERROR);
  assert_int_equal(npr_rs_dirichlet(&rs, bad_alpha, 2, NULL, out, 6, NULL, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "alpha <= 0");
  assert_int_equal(npr_rs_multinomial(&rs, 5, bad_p, 3, NULL, counts, 4, NULL, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "sum(pvals[:-1]) > 1.0");
  assert_int_equal(npr_rs_multinomial(&rs, -1, alpha, 1, NULL, counts, 4, NULL, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "n < 0");
  assert_memory_equal(&rs.mt, &before.mt, sizeof rs.mt);
  assert_int_equal(dbits(out[0]), 0);
  assert_int_equal(counts[0], 0);
  seeded_init(&s, 9);
  first = npr_next_uint64(&s.bg);
  seeded_init(&s, 9);
  {
    static const int64_t colors[2] = {2, 3};
    assert_int_equal(npr_gen_multivariate_hypergeometric(&s.gen, colors, 2, 6, NULL, NPR_MVHG_COUNT, counts, 4, NULL, &err),
                     NPR_VALUE_ERROR);
    assert_string_equal(err.message, "nsample > sum(colors)");
  }
  assert_int_equal(npr_next_uint64(&s.bg), first);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rs_dirichlet),      cmocka_unit_test(test_gen_dirichlet_small_alpha),
      cmocka_unit_test(test_multinomial),       cmocka_unit_test(test_mvhg_both_methods),
      cmocka_unit_test(test_conventions),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
