/* Generator's float methods against NumPy 1.24.2 (Debian /usr/bin/python3).
 * "g" below is always MT19937 legacy-seeded with the stated seed:
 *   bg = np.random.MT19937(); bg._legacy_seeding(SEED); g = np.random.Generator(bg)
 * Long vectors live in tests/data/generator (lib/tools/gen_generator_data.py). */
#include <math.h>

#include "test_generator_common.h"

#include "unit_arith.h"

#include "nprand/distributions.h"
#include "nprand/generator.h"

/* --- a bitgen that counts what a sampler draws ------------------------------ */

typedef struct counting {
  const npr_bitgen *inner;
  uint64_t first; /* the first word of the draw (64- or 32-bit) */
  int n64, n32, ndouble;
} counting;

static uint64_t count_u64(void *st) {
  counting *c = st;
  uint64_t w = npr_next_uint64(c->inner);
  if (c->n64++ == 0 && c->n32 == 0) c->first = w;
  return w;
}

static uint32_t count_u32(void *st) {
  counting *c = st;
  uint32_t w = npr_next_uint32(c->inner);
  if (c->n32++ == 0 && c->n64 == 0) c->first = w;
  return w;
}

static double count_double(void *st) {
  counting *c = st;
  c->ndouble++;
  return npr_next_double(c->inner);
}

static uint64_t count_raw(void *st) { return npr_next_raw(((counting *)st)->inner); }

static npr_bitgen counting_bitgen(counting *c, const npr_bitgen *inner) {
  npr_bitgen bg;
  memset(c, 0, sizeof *c);
  c->inner = inner;
  bg.state = c;
  bg.next_uint64 = count_u64;
  bg.next_uint32 = count_u32;
  bg.next_double = count_double;
  bg.next_raw = count_raw;
  return bg;
}

/* Layer-0 thresholds ki[0] / ke[0] from /work/shared/numpy-data/tables.json
 * (= NumPy's ziggurat_constants.h). A first word in layer 0 at or above them
 * sends the sampler into the tail. */
#define KI0_DOUBLE 0x000EF33D8025EF6AULL
#define KI0_FLOAT 0x007799ECUL
#define KE0_DOUBLE 0x001C5214272497C6ULL
#define KE0_FLOAT 0x00714851UL

typedef enum { FIRST_TRY, WEDGE, TAIL } zig_path;

static zig_path normal_path(const counting *c) {
  const uint64_t r = c->first;
  if ((r & 0xff) == 0 && ((r >> 9) & 0x000fffffffffffffULL) >= KI0_DOUBLE) return TAIL;
  return c->ndouble > 0 ? WEDGE : FIRST_TRY;
}

static zig_path normal_path_f(const counting *c) {
  const uint32_t r = (uint32_t)c->first;
  if ((r & 0xff) == 0 && ((r >> 9) & 0x7fffffUL) >= KI0_FLOAT) return TAIL;
  return c->n32 > 1 ? WEDGE : FIRST_TRY;
}

static zig_path exp_path(const counting *c) {
  const uint64_t ri = c->first >> 3;
  if ((ri & 0xff) == 0 && (ri >> 8) >= KE0_DOUBLE) return TAIL;
  return c->ndouble > 0 ? WEDGE : FIRST_TRY;
}

static zig_path exp_path_f(const counting *c) {
  const uint32_t ri = (uint32_t)c->first >> 1;
  if ((ri & 0xff) == 0 && (ri >> 8) >= KE0_FLOAT) return TAIL;
  return c->n32 > 1 ? WEDGE : FIRST_TRY;
}

/* --- stream identity ------------------------------------------------------- */

static void test_legacy_seeded_mt19937_stream(void **state) {
  seeded s;
  (void)state;
  /* bg = np.random.MT19937(); bg._legacy_seeding(5); bg.random_raw(3)
   *   -> [953453411, 236996814, 3739766767] */
  seeded_init(&s, 5);
  assert_int_equal(npr_next_raw(&s.bg), 953453411u);
  assert_int_equal(npr_next_raw(&s.bg), 236996814u);
  assert_int_equal(npr_next_raw(&s.bg), 3739766767u);
}

/* --- scalar forms ---------------------------------------------------------- */

static void test_scalars(void **state) {
  seeded s;
  double d;
  float f;
  npr_error err;
  (void)state;
  seeded_init(&s, 1); /* g.random() -> 0.417022004702574 */
  assert_int_equal(npr_gen_random_fill(&s.gen, NPR_FLOAT64, 1, &d, &err), NPR_OK);
  assert_double_exact(d, 0.417022004702574);
  seeded_init(&s, 1); /* g.random(dtype=np.float32) -> 0.4170219898223877 */
  assert_int_equal(npr_gen_random_fill(&s.gen, NPR_FLOAT32, 1, &f, &err), NPR_OK);
  assert_float_exact(f, (float)0.4170219898223877);
  seeded_init(&s, 2); /* g.standard_normal() -> 0.30102057489745315 */
  assert_int_equal(npr_gen_standard_normal_fill(&s.gen, NPR_FLOAT64, 1, &d, &err), NPR_OK);
  assert_double_exact(d, 0.30102057489745315);
  seeded_init(&s, 2); /* g.standard_normal(dtype=np.float32) -> 0.7945895791053772 */
  assert_int_equal(npr_gen_standard_normal_fill(&s.gen, NPR_FLOAT32, 1, &f, &err), NPR_OK);
  assert_float_exact(f, (float)0.7945895791053772);
  seeded_init(&s, 4); /* g.standard_exponential() -> 0.441823208029213 */
  assert_int_equal(npr_gen_standard_exponential_fill(&s.gen, NPR_FLOAT64, NPR_EXP_ZIG, 1, &d, &err),
                   NPR_OK);
  assert_double_exact(d, 0.441823208029213);
  seeded_init(&s, 4); /* g.standard_exponential(dtype=np.float32) -> 0.8875546455383301 */
  assert_int_equal(npr_gen_standard_exponential_fill(&s.gen, NPR_FLOAT32, NPR_EXP_ZIG, 1, &f, &err),
                   NPR_OK);
  assert_float_exact(f, (float)0.8875546455383301);
  seeded_init(&s, 4); /* g.standard_exponential(method='inv') -> 3.4121523390980637 */
  assert_int_equal(npr_gen_standard_exponential_fill(&s.gen, NPR_FLOAT64, NPR_EXP_INV, 1, &d, &err),
                   NPR_OK);
  assert_double_exact(d, 3.4121523390980637);
  seeded_init(&s, 4);
  /* g.standard_exponential(dtype=np.float32, method='inv') -> 3.412151575088501 */
  assert_int_equal(npr_gen_standard_exponential_fill(&s.gen, NPR_FLOAT32, NPR_EXP_INV, 1, &f, &err),
                   NPR_OK);
  assert_float_exact(f, (float)3.412151575088501);
  seeded_init(&s, 5); /* g.normal(-1.5, 3.0) -> 3.543711287469482 */
  assert_int_equal(npr_gen_normal(&s.gen, -1.5, 3.0, &d, &err), NPR_OK);
  assert_double_exact(d, 3.543711287469482);
  seeded_init(&s, 6); /* g.exponential(2.0) -> 2.1760308788704283 */
  assert_int_equal(npr_gen_exponential(&s.gen, 2.0, &d, &err), NPR_OK);
  assert_double_exact(d, 2.1760308788704283);
  seeded_init(&s, 7); /* g.uniform(1.0, 2.0) -> 1.0763082893739573 */
  assert_int_equal(npr_gen_uniform(&s.gen, 1.0, 2.0, &d, &err), NPR_OK);
  assert_double_exact(d, 1.0763082893739573);
  seeded_init(&s, 8); /* g.triangular(0.0, 0.5, 1.0) -> 0.7484343055897886 */
  assert_int_equal(npr_gen_triangular(&s.gen, 0.0, 0.5, 1.0, &d, &err), NPR_OK);
  assert_double_exact(d, 0.7484343055897886);
  /* The algorithm-level scalar forms draw the same. */
  seeded_init(&s, 2);
  assert_double_exact(npr_standard_normal(&s.bg), 0.30102057489745315);
  seeded_init(&s, 4);
  assert_float_exact(npr_standard_exponential_f(&s.bg), (float)0.8875546455383301);
}

static void test_degenerate_parameters(void **state) {
  seeded s;
  double v[3];
  size_t i;
  npr_error err;
  (void)state;
  seeded_init(&s, 5); /* g.normal(1.0, 0.0, 3) -> [1.0, 1.0, 1.0] */
  assert_int_equal(npr_gen_normal_fill(&s.gen, 1.0, 0.0, 3, v, &err), NPR_OK);
  for (i = 0; i < 3; i++) assert_double_exact(v[i], 1.0);
  seeded_init(&s, 5); /* g.normal(1.0, np.nan, 2) -> [nan, nan] (NaN passes the check) */
  assert_int_equal(npr_gen_normal_fill(&s.gen, 1.0, NAN, 2, v, &err), NPR_OK);
  assert_true(isnan(v[0]) && isnan(v[1]));
  seeded_init(&s, 7); /* g.uniform(5.0, 5.0, 2) -> [5.0, 5.0] */
  assert_int_equal(npr_gen_uniform_fill(&s.gen, 5.0, 5.0, 2, v, &err), NPR_OK);
  assert_double_exact(v[0], 5.0);
  assert_double_exact(v[1], 5.0);
  /* Both triangular branches at their degenerate ends:
   * g.triangular(0.0, 0.0, 1.0, 3) -> [0.6442323831372735, 0.8226321980204185, 0.6383296255067605] */
  seeded_init(&s, 8);
  assert_int_equal(npr_gen_triangular_fill(&s.gen, 0.0, 0.0, 1.0, 3, v, &err), NPR_OK);
  assert_double_exact(v[0], 0.6442323831372735);
  assert_double_exact(v[1], 0.8226321980204185);
  assert_double_exact(v[2], 0.6383296255067605);
  /* g.triangular(0.0, 1.0, 1.0, 3) -> [0.9345744501064729, 0.9841446351126099, 0.932306033560826] */
  seeded_init(&s, 8);
  assert_int_equal(npr_gen_triangular_fill(&s.gen, 0.0, 1.0, 1.0, 3, v, &err), NPR_OK);
  assert_double_exact(v[0], 0.9345744501064729);
  assert_double_exact(v[1], 0.9841446351126099);
  assert_double_exact(v[2], 0.932306033560826);
}

/* --- long vectors ------------------------------------------------------------ */

typedef enum { K_RANDOM, K_EXP_INV, K_NORMAL_LS, K_EXPONENTIAL_S, K_UNIFORM, K_TRIANGULAR } kind;

static void check_fill64(const char *name, kind k) {
  vector_file v = load_vector(name);
  double *out = calloc(v.count, sizeof *out);
  npr_error err;
  npr_status st = NPR_OK;
  seeded s;
  size_t i;
  assert_non_null(out);
  seeded_init(&s, v.seed);
  switch (k) {
  case K_RANDOM: st = npr_gen_random_fill(&s.gen, NPR_FLOAT64, v.count, out, &err); break;
  case K_EXP_INV:
    st = npr_gen_standard_exponential_fill(&s.gen, NPR_FLOAT64, NPR_EXP_INV, v.count, out, &err);
    break;
  case K_NORMAL_LS: st = npr_gen_normal_fill(&s.gen, 2.5, 0.75, v.count, out, &err); break;
  case K_EXPONENTIAL_S: st = npr_gen_exponential_fill(&s.gen, 4.0, v.count, out, &err); break;
  case K_UNIFORM: st = npr_gen_uniform_fill(&s.gen, -3.0, 5.0, v.count, out, &err); break;
  case K_TRIANGULAR: st = npr_gen_triangular_fill(&s.gen, -1.0, 0.25, 2.0, v.count, out, &err); break;
  }
  assert_int_equal(st, NPR_OK);
  for (i = 0; i < v.count; i++) {
    if (dbits(out[i]) != v.bits[i]) fail_msg("%s[%zu]: %a != %a", name, i, out[i], bits_to_double(v.bits[i]));
  }
  free(out);
  free(v.bits);
}

static void check_fill32(const char *name, kind k) {
  vector_file v = load_vector(name);
  float *out = calloc(v.count, sizeof *out);
  npr_error err;
  npr_status st;
  seeded s;
  size_t i;
  assert_non_null(out);
  seeded_init(&s, v.seed);
  st = k == K_RANDOM
           ? npr_gen_random_fill(&s.gen, NPR_FLOAT32, v.count, out, &err)
           : npr_gen_standard_exponential_fill(&s.gen, NPR_FLOAT32, NPR_EXP_INV, v.count, out, &err);
  assert_int_equal(st, NPR_OK);
  for (i = 0; i < v.count; i++) {
    if (fbits(out[i]) != (uint32_t)v.bits[i]) fail_msg("%s[%zu]: %a != %a", name, i, out[i], bits_to_float(v.bits[i]));
  }
  free(out);
  free(v.bits);
}

/* Files: "12345 -> g.random(1000)", "7 -> g.standard_exponential(1000, method='inv')",
 * "3 -> g.normal(2.5, 0.75, 1000)", "3 -> g.exponential(4.0, 1000)",
 * "11 -> g.uniform(-3.0, 5.0, 1000)", "13 -> g.triangular(-1.0, 0.25, 2.0, 1000)". */
static void test_vectors_float64(void **state) {
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  check_fill64("random_f64", K_RANDOM);
  check_fill64("exp_inv_f64", K_EXP_INV);
  check_fill64("normal_loc_scale", K_NORMAL_LS);
  check_fill64("exponential_scale", K_EXPONENTIAL_S);
  check_fill64("uniform", K_UNIFORM);
  check_fill64("triangular", K_TRIANGULAR);
}

/* Files: "12345 -> g.random(1000, dtype=np.float32)",
 * "7 -> g.standard_exponential(1000, dtype=np.float32, method='inv')". */
static void test_vectors_float32(void **state) {
  (void)state;
  check_fill32("random_f32", K_RANDOM);
  check_fill32("exp_inv_f32", K_EXP_INV);
}

/* --- ziggurats, one draw at a time so each draw's path is known -------------- */

typedef enum { Z_NORMAL, Z_NORMAL_F, Z_EXP, Z_EXP_F } zig;

static void check_ziggurat(const char *name, zig z) {
  vector_file v = load_vector(name);
  int paths[3] = {0, 0, 0};
  seeded s;
  size_t i;
  seeded_init(&s, v.seed);
  for (i = 0; i < v.count; i++) {
    counting c;
    npr_bitgen cbg = counting_bitgen(&c, &s.bg);
    zig_path path;
    int same;
    switch (z) {
    case Z_NORMAL:
      same = dbits(npr_standard_normal(&cbg)) == v.bits[i];
      path = normal_path(&c);
      break;
    case Z_NORMAL_F:
      same = fbits(npr_standard_normal_f(&cbg)) == (uint32_t)v.bits[i];
      path = normal_path_f(&c);
      break;
    case Z_EXP:
      same = dbits(npr_standard_exponential(&cbg)) == v.bits[i];
      path = exp_path(&c);
      break;
    default:
      same = fbits(npr_standard_exponential_f(&cbg)) == (uint32_t)v.bits[i];
      path = exp_path_f(&c);
      break;
    }
    if (!same) fail_msg("%s[%zu] differs from NumPy (path %d)", name, i, (int)path);
    paths[path]++;
  }
  /* The file's seed was chosen so that the tail is reached; the wedge test
   * runs about once per hundred draws. */
  if (paths[TAIL] == 0 || paths[WEDGE] == 0) {
    fail_msg("%s: tail %d, wedge %d", name, paths[TAIL], paths[WEDGE]);
  }
  free(v.bits);
}

/* Files: "0 -> g.standard_normal(1000)" and the float32, standard_exponential
 * variants (see each file's first line). */
static void test_ziggurat_normal(void **state) {
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  check_ziggurat("normal_f64", Z_NORMAL);
  check_ziggurat("normal_f32", Z_NORMAL_F);
}

static void test_ziggurat_exponential(void **state) {
  (void)state;
  check_ziggurat("exp_zig_f64", Z_EXP);
  check_ziggurat("exp_zig_f32", Z_EXP_F);
}

/* The fill forms of the Generator wrappers equal the per-draw loop. */
static void test_ziggurat_fill_matches_file(void **state) {
  vector_file v = load_vector("normal_f32");
  float *out = calloc(v.count, sizeof *out);
  npr_error err;
  seeded s;
  size_t i;
  (void)state;
  assert_non_null(out);
  seeded_init(&s, v.seed);
  assert_int_equal(npr_gen_standard_normal_fill(&s.gen, NPR_FLOAT32, v.count, out, &err), NPR_OK);
  for (i = 0; i < v.count; i++) assert_int_equal(fbits(out[i]), (uint32_t)v.bits[i]);
  free(out);
  free(v.bits);
}

/* --- errors ------------------------------------------------------------------ */

/* Nothing drawn: the next raw word is still the seed's first one. */
static void assert_untouched(seeded *s, uint32_t seed) {
  seeded fresh;
  seeded_init(&fresh, seed);
  assert_int_equal(npr_next_raw(&s->bg), npr_next_raw(&fresh.bg));
}

static void test_errors(void **state) {
  seeded s;
  double out[2] = {-7.0, -7.0};
  npr_error err;
  (void)state;
  seeded_init(&s, 99);
  /* g.random(dtype=np.int64) -> TypeError: Unsupported dtype dtype('int64') for random */
  assert_error(npr_gen_random_fill(&s.gen, NPR_INT64, 2, out, &err), &err, NPR_TYPE_ERROR,
               "Unsupported dtype dtype('int64') for random");
  /* g.standard_normal(dtype=np.int64) -> TypeError: Unsupported dtype dtype('int64') for standard_normal */
  assert_error(npr_gen_standard_normal_fill(&s.gen, NPR_INT64, 2, out, &err), &err, NPR_TYPE_ERROR,
               "Unsupported dtype dtype('int64') for standard_normal");
  /* g.standard_exponential(dtype=np.int64) -> TypeError: Unsupported dtype dtype('int64') for standard_exponential */
  assert_error(npr_gen_standard_exponential_fill(&s.gen, NPR_INT64, NPR_EXP_ZIG, 2, out, &err), &err,
               NPR_TYPE_ERROR, "Unsupported dtype dtype('int64') for standard_exponential");
  /* g.normal(0, -1.0) -> ValueError: scale < 0 */
  assert_error(npr_gen_normal_fill(&s.gen, 0.0, -1.0, 2, out, &err), &err, NPR_VALUE_ERROR, "scale < 0");
  /* g.normal(0, -0.0) -> ValueError: scale < 0 (the sign bit counts) */
  assert_error(npr_gen_normal(&s.gen, 0.0, -0.0, out, &err), &err, NPR_VALUE_ERROR, "scale < 0");
  /* g.exponential(-0.0) -> ValueError: scale < 0 */
  assert_error(npr_gen_exponential_fill(&s.gen, -0.0, 2, out, &err), &err, NPR_VALUE_ERROR, "scale < 0");
  /* g.uniform(0.0, -0.0) -> ValueError: high - low < 0 */
  assert_error(npr_gen_uniform_fill(&s.gen, 0.0, -0.0, 2, out, &err), &err, NPR_VALUE_ERROR, "high - low < 0");
  /* g.uniform(2.0, 1.0) -> ValueError: high - low < 0 */
  assert_error(npr_gen_uniform(&s.gen, 2.0, 1.0, out, &err), &err, NPR_VALUE_ERROR, "high - low < 0");
  /* g.uniform(np.nan, 1.0) -> OverflowError: high - low range exceeds valid bounds */
  assert_error(npr_gen_uniform(&s.gen, NAN, 1.0, out, &err), &err, NPR_OVERFLOW_ERROR,
               "high - low range exceeds valid bounds");
  /* g.uniform(-1e308, 1e308) -> OverflowError: high - low range exceeds valid bounds */
  assert_error(npr_gen_uniform_fill(&s.gen, -1e308, 1e308, 2, out, &err), &err, NPR_OVERFLOW_ERROR,
               "high - low range exceeds valid bounds");
  /* g.triangular(2.0, 1.0, 3.0) -> ValueError: left > mode */
  assert_error(npr_gen_triangular(&s.gen, 2.0, 1.0, 3.0, out, &err), &err, NPR_VALUE_ERROR, "left > mode");
  /* g.triangular(0.0, 4.0, 3.0) -> ValueError: mode > right */
  assert_error(npr_gen_triangular(&s.gen, 0.0, 4.0, 3.0, out, &err), &err, NPR_VALUE_ERROR, "mode > right");
  /* g.triangular(1.0, 1.0, 1.0) -> ValueError: left == right */
  assert_error(npr_gen_triangular_fill(&s.gen, 1.0, 1.0, 1.0, 2, out, &err), &err, NPR_VALUE_ERROR,
               "left == right");
  /* A NULL err is allowed. */
  assert_int_equal(npr_gen_normal(&s.gen, 0.0, -1.0, out, NULL), NPR_VALUE_ERROR);
  assert_double_exact(out[0], -7.0);
  assert_double_exact(out[1], -7.0);
  assert_untouched(&s, 99);
}

static void test_nan_parameters_pass(void **state) {
  seeded s;
  double d;
  npr_error err;
  (void)state;
  /* g.exponential(np.nan) -> nan; g.triangular(np.nan, 1.0, 1.0) -> nan */
  seeded_init(&s, 1);
  assert_int_equal(npr_gen_exponential(&s.gen, NAN, &d, &err), NPR_OK);
  assert_true(isnan(d));
  assert_int_equal(npr_gen_triangular(&s.gen, NAN, 1.0, 1.0, &d, &err), NPR_OK);
  assert_true(isnan(d));
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_legacy_seeded_mt19937_stream),
      cmocka_unit_test(test_scalars),
      cmocka_unit_test(test_degenerate_parameters),
      cmocka_unit_test(test_vectors_float64),
      cmocka_unit_test(test_vectors_float32),
      cmocka_unit_test(test_ziggurat_normal),
      cmocka_unit_test(test_ziggurat_exponential),
      cmocka_unit_test(test_ziggurat_fill_matches_file),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_nan_parameters_pass),
  };
  if (argc > 1) g_data_dir = argv[1];
  return cmocka_run_group_tests(tests, NULL, NULL);
}
