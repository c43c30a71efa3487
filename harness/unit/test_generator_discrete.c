/* Generator's integer, byte, permutation and choice methods against NumPy
 * 1.24.2 (Debian /usr/bin/python3). "g" is MT19937 legacy-seeded:
 *   bg = np.random.MT19937(); bg._legacy_seeding(SEED); g = np.random.Generator(bg)
 * Long vectors live in tests/data/generator (lib/tools/gen_generator_data.py). */
#include <math.h>

#include "test_generator_common.h"

#include "nprand/generator.h"
#include "nprand/integers.h"

static void assert_i64s(const int64_t *got, const int64_t *want, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (got[i] != want[i]) fail_msg("[%zu]: %lld != %lld", i, (long long)got[i], (long long)want[i]);
  }
}

/* The next double after a call, to show how many words the call drew. */
static double next_random(seeded *s) { return npr_next_double(&s->bg); }

/* --- integers and bytes ---------------------------------------------------- */

static void test_integers(void **state) {
  seeded s;
  npr_error err;
  int64_t i64[8];
  int8_t i8[6];
  uint64_t u64[3];
  int16_t i16[5];
  const int64_t want64[8] = {0, 3, 5, 4, 4, 0, 1, 3};
  const int8_t want8[6] = {-1, 3, 1, -5, -2, -2};
  const uint64_t wantu64[3] = {11406507613ULL, 551816953471ULL, 545108506113ULL};
  const int16_t want16[5] = {6, 1, 2, 3, 6};
  size_t i;
  (void)state;
  seeded_init(&s, 9); /* g.integers(10, size=8) -> [0, 3, 5, 4, 4, 0, 1, 3] */
  assert_int_equal(npr_gen_integers_fill(&s.gen, NPR_INT64, npr_int128_from_i64(0),
                                         npr_int128_from_i64(10), false, 8, i64, &err), NPR_OK);
  assert_i64s(i64, want64, 8);
  seeded_init(&s, 9); /* g.integers(-5, 5, size=6, dtype=np.int8) -> [-1, 3, 1, -5, -2, -2] */
  assert_int_equal(npr_gen_integers_fill(&s.gen, NPR_INT8, npr_int128_from_i64(-5),
                                         npr_int128_from_i64(5), false, 6, i8, &err), NPR_OK);
  for (i = 0; i < 6; i++) assert_int_equal(i8[i], want8[i]);
  /* g.integers(0, 2**40, size=3, dtype=np.uint64) -> [11406507613, 551816953471, 545108506113] */
  seeded_init(&s, 9);
  assert_int_equal(npr_gen_integers_fill(&s.gen, NPR_UINT64, npr_int128_from_i64(0),
                                         npr_int128_from_u64(1ULL << 40), false, 3, u64, &err), NPR_OK);
  for (i = 0; i < 3; i++) assert_int_equal(u64[i], wantu64[i]);
  /* g.integers(1, 6, size=5, endpoint=True, dtype=np.int16) -> [6, 1, 2, 3, 6] */
  seeded_init(&s, 9);
  assert_int_equal(npr_gen_integers_fill(&s.gen, NPR_INT16, npr_int128_from_i64(1),
                                         npr_int128_from_i64(6), true, 5, i16, &err), NPR_OK);
  for (i = 0; i < 5; i++) assert_int_equal(i16[i], want16[i]);
}

static void test_integers_errors(void **state) {
  seeded s;
  npr_error err;
  int64_t out[2] = {-7, -7};
  uint8_t u8[2] = {7, 7};
  (void)state;
  seeded_init(&s, 9);
  /* g.integers(5, dtype=np.float64) -> TypeError: Unsupported dtype dtype('float64') for integers */
  assert_error(npr_gen_integers_fill(&s.gen, NPR_FLOAT64, npr_int128_from_i64(0),
                                     npr_int128_from_i64(5), false, 2, out, &err),
               &err, NPR_TYPE_ERROR, "Unsupported dtype dtype('float64') for integers");
  /* g.integers(5, 5) -> ValueError: low >= high */
  assert_error(npr_gen_integers_fill(&s.gen, NPR_INT64, npr_int128_from_i64(5),
                                     npr_int128_from_i64(5), false, 2, out, &err),
               &err, NPR_VALUE_ERROR, "low >= high");
  /* g.integers(0, 300, dtype=np.uint8) -> ValueError: high is out of bounds for uint8 */
  assert_error(npr_gen_integers_fill(&s.gen, NPR_UINT8, npr_int128_from_i64(0),
                                     npr_int128_from_i64(300), false, 2, u8, &err),
               &err, NPR_VALUE_ERROR, "high is out of bounds for uint8");
  /* g.integers(-1, 5, dtype=np.uint8) -> ValueError: low is out of bounds for uint8 */
  assert_error(npr_gen_integers_fill(&s.gen, NPR_UINT8, npr_int128_from_i64(-1),
                                     npr_int128_from_i64(5), false, 2, u8, &err),
               &err, NPR_VALUE_ERROR, "low is out of bounds for uint8");
  assert_int_equal(out[0], -7);
  assert_int_equal(u8[1], 7);
}

/* npr_integers_bcast_of_release: NumPy 1.25.0 rewrote the int64/uint64
 * array-bound checks (numpy 7ab6ba4c94). Answers from NumPy 1.24.2 (live)
 * and from 1.25.0's _bounded_integers code, g as above with seed 9. */
static npr_status bcast(seeded *s, npr_dtype dtype, const npr_bound_array *low, const npr_bound_array *high,
                        bool closed, npr_numpy_version numpy, int64_t *out, npr_error *err) {
  return npr_integers_bcast_of_release(&s->bg, dtype, low, high, closed, false, NULL, out, 1, NULL, numpy, err);
}

static void test_integers_bounds_by_release(void **state) {
  static const size_t one[1] = {1}, two[1] = {2};
  const npr_int128 two63 = npr_int128_from_u64((uint64_t)1 << 63), two63_m1 = npr_int128_from_i64(INT64_MAX);
  const npr_int128 zero_one[2] = {npr_int128_from_i64(0), npr_int128_from_i64(1)}, ten = npr_int128_from_i64(10);
  const double nan_[1] = {NAN}, one_f[1] = {1.0}, inf_[1] = {INFINITY};
  const npr_int128 nan_ints[1] = {{0, 0}}, one_ints[1] = {{1, 0}}, inf_ints[1] = {{0, (int64_t)1 << 62}};
  const npr_bound_array low_2_63 = {&two63, NULL, 1, one}, high_2_63_m1 = {&two63_m1, NULL, 1, one};
  const npr_bound_array scalar_2_63 = {&two63, NULL, 0, NULL}, low_0_1 = {zero_one, NULL, 1, two};
  const npr_bound_array low_nan = {nan_ints, nan_, 1, one}, scalar_10 = {&ten, NULL, 0, NULL};
  const npr_bound_array low_1f = {one_ints, one_f, 1, one}, high_inf = {inf_ints, inf_, 1, one};
  seeded s;
  npr_error err;
  int64_t out[1] = {-7};
  (void)state;
  /* g.integers([2**63], [2**63 - 1]): 1.24.2 compared uint64 with int64 in
   * float64 and drew from the wrapped low: [-9032002594820763301] */
  seeded_init(&s, 9);
  assert_int_equal(bcast(&s, NPR_INT64, &low_2_63, &high_2_63_m1, false, NPR_NUMPY_1_24_2, out, &err), NPR_OK);
  assert_int_equal(out[0], -9032002594820763301LL);
  assert_int_equal(npr_integers_bcast(&s.bg, NPR_INT64, &low_2_63, &high_2_63_m1, false, false, NULL, out, 1, NULL,
                                      &err), NPR_OK); /* the default release */
  seeded_init(&s, 9);
  out[0] = -7;
  assert_error(bcast(&s, NPR_INT64, &low_2_63, &high_2_63_m1, false, NPR_NUMPY_1_25_0, out, &err), &err,
               NPR_VALUE_ERROR, "low is out of bounds for int64");
  assert_error(bcast(&s, NPR_INT64, &low_2_63, &high_2_63_m1, false, NPR_NUMPY_NEWEST, out, &err), &err,
               NPR_VALUE_ERROR, "low is out of bounds for int64");
  assert_int_equal(out[0], -7); /* nothing written */
  /* g.integers([nan], 10): 1.24.2 casts NaN unchecked (refused here);
   * 1.25.0 converts it with int() */
  assert_error(bcast(&s, NPR_INT64, &low_nan, &scalar_10, false, NPR_NUMPY_1_24_2, out, &err), &err,
               NPR_VALUE_ERROR, "bounds must be finite floats within 64-bit range");
  assert_error(bcast(&s, NPR_INT64, &low_nan, &scalar_10, false, NPR_NUMPY_1_25_0, out, &err), &err,
               NPR_VALUE_ERROR, "cannot convert float NaN to integer");
  /* g.integers([1.0], [inf], dtype=np.uint64, endpoint=True) */
  assert_error(bcast(&s, NPR_UINT64, &low_1f, &high_inf, true, NPR_NUMPY_1_24_2, out, &err), &err, NPR_VALUE_ERROR,
               "high is out of bounds for uint64");
  assert_error(bcast(&s, NPR_UINT64, &low_1f, &high_inf, true, NPR_NUMPY_1_25_0, out, &err), &err,
               NPR_OVERFLOW_ERROR, "cannot convert float infinity to integer");
  /* g.integers([0, 1], 2**63, endpoint=True): 1.24.2 compared the 0-d
   * uint64 high with 2**63 - 1 in float64, let it through and wrapped it */
  assert_error(bcast(&s, NPR_INT64, &low_0_1, &scalar_2_63, true, NPR_NUMPY_1_24_2, out, &err), &err,
               NPR_VALUE_ERROR, "low > high");
  assert_error(bcast(&s, NPR_INT64, &low_0_1, &scalar_2_63, true, NPR_NUMPY_1_25_0, out, &err), &err,
               NPR_VALUE_ERROR, "high is out of bounds for int64");
  assert_int_equal(out[0], -7);
}

static void test_bytes(void **state) {
  seeded s;
  npr_error err;
  uint8_t out[16];
  size_t len = 99;
  const uint8_t want10[10] = {0x09, 0x45, 0x75, 0xc5, 0x7d, 0x9c, 0x7b, 0x4c, 0xe4, 0xff};
  (void)state;
  seeded_init(&s, 10); /* g.bytes(10).hex() -> '094575c57d9c7b4ce4ff' (3 words, little endian) */
  assert_int_equal(npr_gen_bytes(&s.gen, 10, out, &len, &err), NPR_OK);
  assert_int_equal(len, 10);
  assert_memory_equal(out, want10, 10);
  /* g.bytes(0), g.random() -> (b'', 0.29876115188562824): one word drawn anyway */
  seeded_init(&s, 10);
  assert_int_equal(npr_gen_bytes(&s.gen, 0, out, &len, &err), NPR_OK);
  assert_int_equal(len, 0);
  assert_double_exact(next_random(&s), 0.29876115188562824);
  seeded_init(&s, 10); /* g.bytes(-1).hex() -> '094575' */
  assert_int_equal(npr_gen_bytes(&s.gen, -1, out, &len, &err), NPR_OK);
  assert_int_equal(len, 3);
  assert_memory_equal(out, want10, 3);
  /* g.bytes(-5), g.random() -> (b'', 0.771320643266746): nothing drawn */
  seeded_init(&s, 10);
  assert_int_equal(npr_gen_bytes(&s.gen, -5, out, &len, &err), NPR_OK);
  assert_int_equal(len, 0);
  assert_double_exact(next_random(&s), 0.771320643266746);
  /* g.bytes(-7) -> ValueError: negative dimensions are not allowed */
  assert_error(npr_gen_bytes(&s.gen, -7, out, &len, &err), &err, NPR_VALUE_ERROR,
               "negative dimensions are not allowed");
  assert_error(npr_gen_bytes(&s.gen, INT64_MIN, out, &len, &err), &err, NPR_VALUE_ERROR,
               "negative dimensions are not allowed");
}

/* --- shuffle, permutation, permuted ---------------------------------------- */

static void iota(int64_t *a, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) a[i] = (int64_t)i;
}

static void test_shuffle(void **state) {
  seeded s;
  npr_error err;
  int64_t a[24];
  size_t shape1[1] = {10}, shape43[2] = {4, 3}, shape34[2] = {3, 4}, shape50[2] = {5, 0};
  /* (lambda a: (g.shuffle(a), a)[1])(np.arange(10)) -> [1, 2, 7, 3, 5, 6, 0, 4, 8, 9] */
  const int64_t want1[10] = {1, 2, 7, 3, 5, 6, 0, 4, 8, 9};
  /* (lambda a: (g.shuffle(a), a)[1])(np.arange(12).reshape(4,3))
   *   -> [[9, 10, 11], [6, 7, 8], [0, 1, 2], [3, 4, 5]] */
  const int64_t want43[12] = {9, 10, 11, 6, 7, 8, 0, 1, 2, 3, 4, 5};
  /* (lambda a: (g.shuffle(a, axis=1), a)[1])(np.arange(12).reshape(3,4))
   *   -> [[3, 2, 0, 1], [7, 6, 4, 5], [11, 10, 8, 9]] */
  const int64_t want34[12] = {3, 2, 0, 1, 7, 6, 4, 5, 11, 10, 8, 9};
  (void)state;
  seeded_init(&s, 21);
  iota(a, 10);
  assert_int_equal(npr_gen_shuffle(&s.gen, a, 1, shape1, sizeof a[0], 0, &err), NPR_OK);
  assert_i64s(a, want1, 10);
  seeded_init(&s, 21);
  iota(a, 12);
  assert_int_equal(npr_gen_shuffle(&s.gen, a, 2, shape43, sizeof a[0], 0, &err), NPR_OK);
  assert_i64s(a, want43, 12);
  seeded_init(&s, 21);
  iota(a, 12);
  assert_int_equal(npr_gen_shuffle(&s.gen, a, 2, shape34, sizeof a[0], 1, &err), NPR_OK);
  assert_i64s(a, want34, 12);
  /* (lambda a: (g.shuffle(a), a, g.random())[1:])(np.zeros((5,0))) -> (..., 0.04872488080912729):
   * an empty array draws nothing */
  seeded_init(&s, 21);
  assert_int_equal(npr_gen_shuffle(&s.gen, a, 2, shape50, sizeof(double), 0, &err), NPR_OK);
  assert_double_exact(next_random(&s), 0.04872488080912729);
  /* g.shuffle(np.arange(3), axis=1) -> AxisError: axis 1 is out of bounds for array of dimension 1 */
  shape1[0] = 3;
  assert_error(npr_gen_shuffle(&s.gen, a, 1, shape1, 8, 1, &err), &err, NPR_AXIS_ERROR,
               "axis 1 is out of bounds for array of dimension 1");
  /* g.shuffle(np.arange(6).reshape(2,3), axis=-3) -> AxisError: axis -3 is out of bounds for array of dimension 2 */
  assert_error(npr_gen_shuffle(&s.gen, a, 2, shape43, 8, -3, &err), &err, NPR_AXIS_ERROR,
               "axis -3 is out of bounds for array of dimension 2");
  /* g.shuffle(np.array(5.0)) -> TypeError: len() of unsized object */
  assert_error(npr_gen_shuffle(&s.gen, a, 0, NULL, 8, 0, &err), &err, NPR_TYPE_ERROR,
               "len() of unsized object");
}

static void test_permutation(void **state) {
  seeded s;
  npr_error err;
  int64_t a[12], out[12];
  size_t shape43[2] = {4, 3}, shape34[2] = {3, 4}, shape50[2] = {5, 0};
  const int64_t want10[10] = {2, 1, 9, 6, 3, 7, 0, 8, 4, 5}; /* seed 22: g.permutation(10) */
  /* g.permutation(np.arange(12).reshape(4,3)) -> [[9, 10, 11], [6, 7, 8], [0, 1, 2], [3, 4, 5]] */
  const int64_t want43[12] = {9, 10, 11, 6, 7, 8, 0, 1, 2, 3, 4, 5};
  /* g.permutation(np.arange(12).reshape(3,4), axis=-1) -> [[3, 2, 0, 1], [7, 6, 4, 5], [11, 10, 8, 9]] */
  const int64_t want34[12] = {3, 2, 0, 1, 7, 6, 4, 5, 11, 10, 8, 9};
  vector_file v = load_vector("permutation_int"); /* 23 -> g.permutation(300) */
  int64_t *big = calloc(v.count, sizeof *big);
  (void)state;
  assert_non_null(big);
  seeded_init(&s, 22);
  npr_gen_permutation_int(&s.gen, 10, out);
  assert_i64s(out, want10, 10);
  seeded_init(&s, v.seed);
  npr_gen_permutation_int(&s.gen, (int64_t)v.count, big);
  assert_i64s(big, (const int64_t *)v.bits, v.count);
  seeded_init(&s, 21);
  iota(a, 12);
  assert_int_equal(npr_gen_permutation(&s.gen, a, out, 2, shape43, 8, 0, &err), NPR_OK);
  assert_i64s(out, want43, 12);
  assert_int_equal(a[0], 0); /* the input is left alone */
  seeded_init(&s, 21);
  iota(a, 12);
  assert_int_equal(npr_gen_permutation(&s.gen, a, a, 2, shape34, 8, -1, &err), NPR_OK);
  assert_i64s(a, want34, 12);
  /* (g.permutation(np.zeros((5,0))), g.random()) -> (..., 0.7209663468312298):
   * unlike shuffle, 4 indices are drawn for the 5 empty rows */
  seeded_init(&s, 21);
  assert_int_equal(npr_gen_permutation(&s.gen, a, out, 2, shape50, 8, 0, &err), NPR_OK);
  assert_double_exact(next_random(&s), 0.7209663468312298);
  /* g.permutation(np.array(5.0)) -> AxisError: axis 0 is out of bounds for array of dimension 0 */
  assert_error(npr_gen_permutation(&s.gen, a, out, 0, NULL, 8, 0, &err), &err, NPR_AXIS_ERROR,
               "axis 0 is out of bounds for array of dimension 0");
  /* g.permutation(-3) -> array([], dtype=int64), nothing drawn */
  seeded_init(&s, 21);
  npr_gen_permutation_int(&s.gen, -3, out);
  assert_double_exact(next_random(&s), 0.04872488080912729);
  free(big);
  free(v.bits);
}

static void test_permuted(void **state) {
  seeded s;
  npr_error err;
  int64_t a[24], out[24];
  size_t shape34[2] = {3, 4}, shape234[3] = {2, 3, 4}, shape1[1] = {3};
  /* g.permuted(np.arange(12).reshape(3,4), axis=1) -> [[3, 1, 0, 2], [4, 6, 7, 5], [10, 9, 11, 8]] */
  const int64_t want_ax1[12] = {3, 1, 0, 2, 4, 6, 7, 5, 10, 9, 11, 8};
  /* g.permuted(np.arange(12).reshape(3,4), axis=0) -> [[0, 9, 2, 11], [4, 5, 10, 3], [8, 1, 6, 7]] */
  const int64_t want_ax0[12] = {0, 9, 2, 11, 4, 5, 10, 3, 8, 1, 6, 7};
  /* g.permuted(np.arange(12).reshape(3,4)) -> [[11, 5, 9, 10], [4, 6, 8, 1], [7, 0, 3, 2]] */
  const int64_t want_none[12] = {11, 5, 9, 10, 4, 6, 8, 1, 7, 0, 3, 2};
  /* g.permuted(np.arange(24).reshape(2,3,4), axis=1)
   *   -> [[[0, 9, 2, 11], [4, 5, 10, 3], [8, 1, 6, 7]], [[20, 13, 22, 15], [16, 17, 14, 23], [12, 21, 18, 19]]] */
  const int64_t want3d[24] = {0,  9,  2,  11, 4,  5,  10, 3,  8,  1,  6,  7,
                              20, 13, 22, 15, 16, 17, 14, 23, 12, 21, 18, 19};
  (void)state;
  iota(a, 24);
  seeded_init(&s, 24);
  assert_int_equal(npr_gen_permuted(&s.gen, a, out, 2, shape34, 8, 1, &err), NPR_OK);
  assert_i64s(out, want_ax1, 12);
  seeded_init(&s, 24);
  assert_int_equal(npr_gen_permuted(&s.gen, a, out, 2, shape34, 8, 0, &err), NPR_OK);
  assert_i64s(out, want_ax0, 12);
  seeded_init(&s, 24);
  assert_int_equal(npr_gen_permuted(&s.gen, a, out, 2, shape34, 8, NPR_AXIS_NONE, &err), NPR_OK);
  assert_i64s(out, want_none, 12);
  seeded_init(&s, 24);
  assert_int_equal(npr_gen_permuted(&s.gen, a, out, 3, shape234, 8, 1, &err), NPR_OK);
  assert_i64s(out, want3d, 24);
  /* in place */
  seeded_init(&s, 24);
  assert_int_equal(npr_gen_permuted(&s.gen, a, a, 2, shape34, 8, -1, &err), NPR_OK);
  assert_i64s(a, want_ax1, 12);
  /* g.permuted(np.arange(3), axis=1) -> AxisError: axis 1 is out of bounds for array of dimension 1 */
  assert_error(npr_gen_permuted(&s.gen, a, out, 1, shape1, 8, 1, &err), &err, NPR_AXIS_ERROR,
               "axis 1 is out of bounds for array of dimension 1");
  /* g.permuted(np.array(3)) -> TypeError: len() of unsized object */
  assert_error(npr_gen_permuted(&s.gen, a, out, 0, NULL, 8, NPR_AXIS_NONE, &err), &err,
               NPR_TYPE_ERROR, "len() of unsized object");
}

/* --- choice ---------------------------------------------------------------- */

static npr_choice_args uniform_args(int64_t pop, bool replace, bool shuffle) {
  npr_choice_args a;
  memset(&a, 0, sizeof a);
  a.pop_size = pop;
  a.a_is_int = true;
  a.replace = replace;
  a.shuffle = shuffle;
  return a;
}

static void test_choice_uniform(void **state) {
  seeded s;
  npr_error err;
  int64_t out[10];
  npr_choice_args a = uniform_args(5, true, true);
  const int64_t want6[6] = {64, 91, 38, 21, 66, 40};
  const int64_t floyd[10] = {30, 20, 89, 58, 73, 26, 95, 63, 34, 2};
  const int64_t floyd_ns[10] = {26, 2, 89, 30, 73, 58, 95, 63, 20, 34};
  const int64_t all5[5] = {0, 1, 4, 2, 3};
  (void)state;
  seeded_init(&s, 30); /* g.choice(5) -> 3 */
  assert_int_equal(npr_gen_choice(&s.gen, &a, 1, out, &err), NPR_OK);
  assert_int_equal(out[0], 3);
  seeded_init(&s, 30); /* g.choice(100, 6) -> [64, 91, 38, 21, 66, 40] */
  a.pop_size = 100;
  assert_int_equal(npr_gen_choice(&s.gen, &a, 6, out, &err), NPR_OK);
  assert_i64s(out, want6, 6);
  /* Floyd: g.choice(100, 10, replace=False) -> [30, 20, 89, 58, 73, 26, 95, 63, 34, 2] */
  seeded_init(&s, 31);
  a = uniform_args(100, false, true);
  assert_int_equal(npr_gen_choice(&s.gen, &a, 10, out, &err), NPR_OK);
  assert_i64s(out, floyd, 10);
  /* g.choice(100, 10, replace=False, shuffle=False) -> [26, 2, 89, 30, 73, 58, 95, 63, 20, 34] */
  seeded_init(&s, 31);
  a.shuffle = false;
  assert_int_equal(npr_gen_choice(&s.gen, &a, 10, out, &err), NPR_OK);
  assert_i64s(out, floyd_ns, 10);
  seeded_init(&s, 31); /* g.choice(5, 5, replace=False) -> [0, 1, 4, 2, 3] */
  a = uniform_args(5, false, true);
  assert_int_equal(npr_gen_choice(&s.gen, &a, 5, out, &err), NPR_OK);
  assert_i64s(out, all5, 5);
  /* g.choice(0, 0), g.random() -> ([], 0.038561680881409655); also for a = -3 */
  seeded_init(&s, 34);
  a = uniform_args(0, true, true);
  assert_int_equal(npr_gen_choice(&s.gen, &a, 0, out, &err), NPR_OK);
  a.pop_size = -3;
  assert_int_equal(npr_gen_choice(&s.gen, &a, 0, out, &err), NPR_OK);
  assert_double_exact(next_random(&s), 0.038561680881409655);
}

static void check_choice_file(const char *name, int64_t pop, bool shuffle) {
  vector_file v = load_vector(name);
  int64_t *out = calloc(v.count, sizeof *out);
  npr_choice_args a = uniform_args(pop, false, shuffle);
  npr_error err;
  seeded s;
  assert_non_null(out);
  seeded_init(&s, v.seed);
  assert_int_equal(npr_gen_choice(&s.gen, &a, v.count, out, &err), NPR_OK);
  assert_i64s(out, (const int64_t *)v.bits, v.count);
  free(out);
  free(v.bits);
}

static void test_choice_large_population(void **state) {
  (void)state;
  /* 17 -> g.choice(20000, 500, replace=False): 500 > 20000 // 50, tail shuffle */
  check_choice_file("choice_tail_shuffle", 20000, true);
  /* 17 -> g.choice(20000, 1500, replace=False, shuffle=False): 1500 > 20000 // 20 */
  check_choice_file("choice_tail_noshuffle", 20000, false);
  /* 19 -> g.choice(20000, 300, replace=False): 300 <= 400, Floyd with a final shuffle */
  check_choice_file("choice_floyd_large", 20000, true);
}

static void test_choice_p(void **state) {
  seeded s;
  npr_error err;
  int64_t out[8];
  const double p4[4] = {0.1, 0.2, 0.3, 0.4};
  const double p5[5] = {0.5, 0.3, 0.1, 0.05, 0.05};
  const double p6[6] = {0.0, 0.5, 0.0, 0.25, 0.25, 0.0};
  const int64_t want8[8] = {3, 2, 2, 3, 3, 3, 1, 3};
  const int64_t want_nr5[4] = {0, 3, 1, 4};
  const int64_t want_nr6[3] = {1, 3, 4};
  npr_choice_args a = uniform_args(4, true, true);
  (void)state;
  a.p = p4;
  a.p_len = 4;
  seeded_init(&s, 32); /* g.choice(4, 8, p=[0.1, 0.2, 0.3, 0.4]) -> [3, 2, 2, 3, 3, 3, 1, 3] */
  assert_int_equal(npr_gen_choice(&s.gen, &a, 8, out, &err), NPR_OK);
  assert_i64s(out, want8, 8);
  seeded_init(&s, 32); /* g.choice(4, p=[0.1, 0.2, 0.3, 0.4]) -> 3 */
  assert_int_equal(npr_gen_choice(&s.gen, &a, 1, out, &err), NPR_OK);
  assert_int_equal(out[0], 3);
  /* g.choice(5, 4, replace=False, p=[0.5, 0.3, 0.1, 0.05, 0.05]), g.random()
   *   -> [0, 3, 1, 4], 0.6804508047310392 (the rounds drew exactly NumPy's uniforms) */
  seeded_init(&s, 33);
  a = uniform_args(5, false, true);
  a.p = p5;
  a.p_len = 5;
  assert_int_equal(npr_gen_choice(&s.gen, &a, 4, out, &err), NPR_OK);
  assert_i64s(out, want_nr5, 4);
  assert_double_exact(next_random(&s), 0.6804508047310392);
  /* g.choice(6, 3, replace=False, p=[0.0, 0.5, 0.0, 0.25, 0.25, 0.0]), g.random()
   *   -> [1, 3, 4], 0.18503992716190498 */
  seeded_init(&s, 33);
  a = uniform_args(6, false, true);
  a.p = p6;
  a.p_len = 6;
  assert_int_equal(npr_gen_choice(&s.gen, &a, 3, out, &err), NPR_OK);
  assert_i64s(out, want_nr6, 3);
  assert_double_exact(next_random(&s), 0.18503992716190498);
}

static void test_choice_errors(void **state) {
  seeded s;
  npr_error err;
  int64_t out[4] = {-7, -7, -7, -7};
  npr_choice_args a = uniform_args(0, true, true);
  const double half[2] = {0.5, 0.5}, with_nan[2] = {NAN, 1.0}, neg[2] = {-0.5, 1.5};
  const double over[2] = {0.5, 0.6}, p100[3] = {1.0, 0.0, 0.0};
  const double inf_first[2] = {INFINITY, 1.0}, inf_last[2] = {1.0, INFINITY};
  const double close[2] = {0.5, 0.5 + 1e-9}, far[2] = {0.5, 0.5 + 1e-7};
  const double loose32[2] = {0.5, 0.5001};
  (void)state;
  seeded_init(&s, 40);
  /* g.choice(0) -> ValueError: a must be a positive integer unless no samples are taken */
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "a must be a positive integer unless no samples are taken");
  a.pop_size = -2; /* g.choice(-2, 3) -> the same */
  assert_error(npr_gen_choice(&s.gen, &a, 3, out, &err), &err, NPR_VALUE_ERROR,
               "a must be a positive integer unless no samples are taken");
  /* g.choice([], 2) -> ValueError: a cannot be empty unless no samples are taken */
  a.pop_size = 0;
  a.a_is_int = false;
  assert_error(npr_gen_choice(&s.gen, &a, 2, out, &err), &err, NPR_VALUE_ERROR,
               "a cannot be empty unless no samples are taken");
  /* g.choice(3, p=[0.5, 0.5]) -> ValueError: a and p must have same size */
  a = uniform_args(3, true, true);
  a.p = half;
  a.p_len = 2;
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "a and p must have same size");
  a.pop_size = 2;
  a.p = with_nan; /* g.choice(2, p=[np.nan, 1.0]) -> ValueError: probabilities contain NaN */
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "probabilities contain NaN");
  a.p = neg; /* g.choice(2, p=[-0.5, 1.5]) -> ValueError: probabilities are not non-negative */
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "probabilities are not non-negative");
  a.p = over; /* g.choice(2, p=[0.5, 0.6]) -> ValueError: probabilities do not sum to 1 */
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "probabilities do not sum to 1");
  /* g.choice(2, p=[np.inf, 1.0]) and g.choice(2, p=[1.0, np.inf]) -> ValueError:
   * probabilities do not sum to 1 (Kahan's sum stays inf, not NaN) */
  a.p = inf_first;
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "probabilities do not sum to 1");
  a.p = inf_last;
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "probabilities do not sum to 1");
  a.p = far; /* g.choice(2, p=[0.5, 0.5 + 1e-7]) -> ValueError: probabilities do not sum to 1 */
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "probabilities do not sum to 1");
  /* g.choice(3, 4, replace=False) -> ValueError: Cannot take a larger sample than population when replace is False */
  a = uniform_args(3, false, true);
  assert_error(npr_gen_choice(&s.gen, &a, 4, out, &err), &err, NPR_VALUE_ERROR,
               "Cannot take a larger sample than population when replace is False");
  /* g.choice(-3, 0, replace=False) -> the same */
  a.pop_size = -3;
  assert_error(npr_gen_choice(&s.gen, &a, 0, out, &err), &err, NPR_VALUE_ERROR,
               "Cannot take a larger sample than population when replace is False");
  /* g.choice(3, 2, replace=False, p=[1.0, 0.0, 0.0]) -> ValueError: Fewer non-zero entries in p than size */
  a.pop_size = 3;
  a.p = p100;
  a.p_len = 3;
  assert_error(npr_gen_choice(&s.gen, &a, 2, out, &err), &err, NPR_VALUE_ERROR,
               "Fewer non-zero entries in p than size");
  assert_int_equal(out[0], -7);
  /* Nothing was drawn by any failing call. */
  {
    seeded fresh;
    seeded_init(&fresh, 40);
    assert_double_exact(next_random(&s), next_random(&fresh));
  }
  /* Seed 40, then on the same g:
   *   g.choice(2, p=[0.5, 0.5 + 1e-9]) -> 0 (within tolerance)
   *   g.choice(2, p=np.array([0.5, 0.5001], dtype=np.float32)) -> 0 (a float32 p widens
   *   the tolerance; the same p as a list is rejected, see below) */
  seeded_init(&s, 40);
  a = uniform_args(2, true, true);
  a.p = close;
  a.p_len = 2;
  assert_int_equal(npr_gen_choice(&s.gen, &a, 1, out, &err), NPR_OK);
  assert_int_equal(out[0], 0);
  a.p = loose32;
  a.p_atol = npr_choice_p_atol(NPR_FLOAT32);
  assert_int_equal(npr_gen_choice(&s.gen, &a, 1, out, &err), NPR_OK);
  assert_int_equal(out[0], 0);
  a.p_atol = 0; /* g.choice(2, p=[0.5, 0.5001]) -> ValueError: probabilities do not sum to 1 */
  assert_error(npr_gen_choice(&s.gen, &a, 1, out, &err), &err, NPR_VALUE_ERROR,
               "probabilities do not sum to 1");
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_integers),
      cmocka_unit_test(test_integers_errors),
      cmocka_unit_test(test_integers_bounds_by_release),
      cmocka_unit_test(test_bytes),
      cmocka_unit_test(test_shuffle),
      cmocka_unit_test(test_permutation),
      cmocka_unit_test(test_permuted),
      cmocka_unit_test(test_choice_uniform),
      cmocka_unit_test(test_choice_large_population),
      cmocka_unit_test(test_choice_p),
      cmocka_unit_test(test_choice_errors),
  };
  if (argc > 1) g_data_dir = argv[1];
  return cmocka_run_group_tests(tests, NULL, NULL);
}
