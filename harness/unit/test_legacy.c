/* Unit tests for MT19937 and the legacy RandomState: reference outputs,
 * seeding and its errors, state round trips, bounded-integer edges per
 * dtype. Expected values come from NumPy 1.24.2 / CPython 3.11 (Debian's
 * /usr/bin/python3); the Python that printed each is in the comment. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "unit_arith.h"

#include "nprand/integers.h"
#include "nprand/mt19937.h"
#include "nprand/randomstate.h"

static void test_mt19937ar_reference(void **unused) {
  /* mt19937ar.out; random.Random(0x456_00000345_00000234_00000123) seeds
   * init_by_array({0x123, 0x234, 0x345, 0x456}):
   * [r.getrandbits(32) for _ in range(1000)] -> first 5 and last 5 */
  static const uint32_t first[5] = {1067595299u, 955945823u, 477289528u, 4107218783u, 4228976476u};
  static const uint32_t last[5] = {2643151863u, 3896204135u, 2416995901u, 1397735321u, 3460025646u};
  const uint32_t key[4] = {0x123, 0x234, 0x345, 0x456};
  npr_mt19937 mt;
  int i;
  (void)unused;
  npr_mt19937_init_by_array(&mt, key, 4);
  for (i = 0; i < 5; i++) assert_int_equal(npr_mt19937_next32(&mt), first[i]);
  for (; i < 995; i++) npr_mt19937_next32(&mt);
  for (i = 0; i < 5; i++) assert_int_equal(npr_mt19937_next32(&mt), last[i]);
}

static npr_randomstate seeded(uint32_t seed) {
  npr_randomstate rs;
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_u64(seed), NULL), NPR_OK);
  return rs;
}

static void test_seed_errors(void **unused) {
  npr_randomstate rs = seeded(1), before;
  npr_error err;
  const int64_t bad_word[2] = {1, 4294967296LL};
  const int64_t negative_word[1] = {-1};
  (void)unused;
  before = rs;
  /* RandomState(-1), RandomState(2**32) -> ValueError */
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(-1), &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "Seed must be between 0 and 2**32 - 1");
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_u64(1ULL << 32), &err), NPR_VALUE_ERROR);
  /* RandomState([]) */
  assert_int_equal(npr_randomstate_seed_array(&rs, NULL, 0, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "Seed must be non-empty");
  /* RandomState([1, 2**32]), RandomState([-1]) */
  assert_int_equal(npr_randomstate_seed_array(&rs, bad_word, 2, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "Seed must be between 0 and 2**32 - 1");
  assert_int_equal(npr_randomstate_seed_array(&rs, negative_word, 1, &err), NPR_VALUE_ERROR);
  /* a failed seeding leaves the state untouched */
  assert_memory_equal(&rs, &before, sizeof rs);
  assert_string_equal(npr_status_name(err.status), "ValueError");
}

static void test_array_seed(void **unused) {
  /* np.random.RandomState([1,2,3]).randint(0,2**32,size=3,dtype='uint32') */
  static const uint32_t want[3] = {2619334238u, 1552691353u, 3808334787u};
  const int64_t key[3] = {1, 2, 3};
  npr_randomstate rs;
  uint32_t got[3];
  (void)unused;
  assert_int_equal(npr_randomstate_seed_array(&rs, key, 3, NULL), NPR_OK);
  assert_int_equal(npr_rs_randint_fill(&rs, NPR_UINT32, npr_int128_from_i64(0), npr_int128_from_u64(1ULL << 32), 3,
                                       got, NULL),
                   NPR_OK);
  assert_memory_equal(got, want, sizeof want);
}

static void test_state_round_trip_with_gauss(void **unused) {
  /* rs=np.random.RandomState(3); rs.standard_normal(); rs.get_state()[2:]
   *   -> (4, 1, 0.43650985051198943); then rs.standard_normal() twice
   *   -> 0.43650985051198943, 0.09649746807200862 */
  npr_randomstate rs = seeded(3), copy;
  npr_error err;
  double cached, next;
  (void)unused;
  npr_rs_standard_normal(&rs);
  assert_int_equal(rs.mt.pos, 4);
  assert_int_equal(rs.has_gauss, 1);
  assert_int_equal(npr_randomstate_set_state(&copy, rs.mt.key, rs.mt.pos, rs.has_gauss, rs.gauss, NULL), NPR_OK);
  /* the copy goes on as the original does, the cached gaussian first */
  cached = npr_rs_standard_normal(&copy);
  next = npr_rs_standard_normal(&copy);
  assert_true(cached == rs.gauss);
  assert_true(npr_rs_standard_normal(&rs) == cached);
  assert_true(npr_rs_standard_normal(&rs) == next);
  /* set_state with an impossible pos is refused (NumPy would read out of bounds) */
  assert_int_equal(npr_randomstate_set_state(&copy, rs.mt.key, 625, 0, 0.0, &err), NPR_VALUE_ERROR);
  assert_int_equal(npr_randomstate_set_state(&copy, rs.mt.key, -1, 0, 0.0, &err), NPR_VALUE_ERROR);
  /* NumPy's values */
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  assert_true(cached == 0.43650985051198943);
  assert_true(next == 0.09649746807200862);
}

/* np.random.RandomState(7).randint(lo, hi, size=6, dtype=dt) over the full
 * range, and RandomState(7).randint(lo, lo + 3, size=6, dtype=dt). */
static void test_randint_dtype_edges(void **unused) {
  static const struct {
    npr_dtype dtype;
    int64_t full_lo;
    int64_t full[6];
    int64_t small[6];
  } signed_cases[] = {
      {NPR_INT8, -128, {47, 112, 8, -109, 68, 100}, {-128, -128, -128, -128, -126, -126}},
      {NPR_INT16, -32768, {28847, -27768, 25796, -17870, 16921, 18344}, {-32768, -32768, -32766, -32767, -32768, -32766}},
      {NPR_INT32,
       INT32_MIN,
       {-1819742033, -1171069756, 1202242073, -777508362, -264530365, 2053951699},
       {INT32_MIN, INT32_MIN + 1, INT32_MIN + 2, INT32_MIN, INT32_MIN + 1, INT32_MIN + 2}},
      {NPR_INT64,
       INT64_MIN,
       {-7815732517915138876LL, 5163590386780219894LL, -1136149262272507693LL, 4122204982959224423LL,
        8817350276967689401LL, 710123494352685591LL},
       {INT64_MIN, INT64_MIN + 1, INT64_MIN + 2, INT64_MIN, INT64_MIN + 1, INT64_MIN + 2}},
  };
  static const struct {
    npr_dtype dtype;
    uint64_t full_hi_excl_minus_1;
    uint64_t full[6];
    uint64_t small[6];
  } unsigned_cases[] = {
      {NPR_UINT8, 255, {175, 240, 136, 19, 196, 228}, {0, 0, 0, 0, 2, 2}},
      {NPR_UINT16, 65535, {61615, 5000, 58564, 14898, 49689, 51112}, {0, 0, 2, 1, 0, 2}},
      {NPR_UINT32, 4294967295u, {327741615, 976413892, 3349725721u, 1369975286, 1882953283, 4201435347u}, {0, 1, 2, 0, 1, 2}},
      {NPR_UINT64,
       UINT64_MAX,
       {1407639518939636932ULL, 14386962423634995702ULL, 8087222774582268115ULL, 13345577019814000231ULL,
        18040722313822465209ULL, 9933495531207461399ULL},
       {0, 1, 2, 0, 1, 2}},
  };
  size_t c;
  int i;
  (void)unused;
  for (c = 0; c < sizeof signed_cases / sizeof signed_cases[0]; c++) {
    int64_t buf[6];
    npr_randomstate rs = seeded(7);
    npr_int128 lowest, highest;
    npr_dtype_bounds(signed_cases[c].dtype, &lowest, &highest);
    assert_int_equal(npr_rs_randint_fill(&rs, signed_cases[c].dtype, lowest, npr_int128_add_i64(highest, 1), 6, buf, NULL),
                     NPR_OK);
    for (i = 0; i < 6; i++) {
      int64_t v = signed_cases[c].dtype == NPR_INT8    ? ((int8_t *)buf)[i]
                  : signed_cases[c].dtype == NPR_INT16 ? ((int16_t *)buf)[i]
                  : signed_cases[c].dtype == NPR_INT32 ? ((int32_t *)buf)[i]
                                                       : buf[i];
      assert_int_equal(v, signed_cases[c].full[i]);
    }
    rs = seeded(7);
    assert_int_equal(npr_rs_randint_fill(&rs, signed_cases[c].dtype, lowest, npr_int128_add_i64(lowest, 3), 6, buf, NULL),
                     NPR_OK);
    for (i = 0; i < 6; i++) {
      int64_t v = signed_cases[c].dtype == NPR_INT8    ? ((int8_t *)buf)[i]
                  : signed_cases[c].dtype == NPR_INT16 ? ((int16_t *)buf)[i]
                  : signed_cases[c].dtype == NPR_INT32 ? ((int32_t *)buf)[i]
                                                       : buf[i];
      assert_int_equal(v, signed_cases[c].small[i]);
    }
  }
  for (c = 0; c < sizeof unsigned_cases / sizeof unsigned_cases[0]; c++) {
    uint64_t buf[6];
    npr_randomstate rs = seeded(7);
    npr_int128 high = npr_int128_add_i64(npr_int128_from_u64(unsigned_cases[c].full_hi_excl_minus_1), 1);
    assert_int_equal(npr_rs_randint_fill(&rs, unsigned_cases[c].dtype, npr_int128_from_i64(0), high, 6, buf, NULL), NPR_OK);
    for (i = 0; i < 6; i++) {
      uint64_t v = unsigned_cases[c].dtype == NPR_UINT8    ? ((uint8_t *)buf)[i]
                   : unsigned_cases[c].dtype == NPR_UINT16 ? ((uint16_t *)buf)[i]
                   : unsigned_cases[c].dtype == NPR_UINT32 ? ((uint32_t *)buf)[i]
                                                           : buf[i];
      assert_true(v == unsigned_cases[c].full[i]);
    }
    rs = seeded(7);
    assert_int_equal(npr_rs_randint_fill(&rs, unsigned_cases[c].dtype, npr_int128_from_i64(0), npr_int128_from_i64(3), 6,
                                         buf, NULL),
                     NPR_OK);
    for (i = 0; i < 6; i++) {
      uint64_t v = unsigned_cases[c].dtype == NPR_UINT8    ? ((uint8_t *)buf)[i]
                   : unsigned_cases[c].dtype == NPR_UINT16 ? ((uint16_t *)buf)[i]
                   : unsigned_cases[c].dtype == NPR_UINT32 ? ((uint32_t *)buf)[i]
                                                           : buf[i];
      assert_true(v == unsigned_cases[c].small[i]);
    }
  }
  {
    /* np.random.RandomState(7).randint(0, 2, size=6, dtype=bool) */
    static const bool want[6] = {true, true, true, true, false, true};
    bool got[6];
    npr_randomstate rs = seeded(7);
    assert_int_equal(npr_rs_randint_fill(&rs, NPR_BOOL, npr_int128_from_i64(0), npr_int128_from_i64(2), 6, got, NULL), NPR_OK);
    assert_memory_equal(got, want, sizeof want);
  }
}

static void test_randint_32_bit_boundary(void **unused) {
  /* np.random.RandomState(5).randint(0, 2**33, size=3)       -> 64-bit masked path
   * np.random.RandomState(5).randint(0, 2**32 + 1, size=3)   -> rng == 2**32: 64-bit path */
  static const int64_t want33[3] = {4531964110LL, 7865493181LL, 1562238070LL};
  static const int64_t want32p1[3] = {1562238070LL, 4206684233LL, 385778404LL};
  int64_t got[3];
  npr_randomstate rs = seeded(5);
  (void)unused;
  assert_int_equal(npr_rs_randint_fill(&rs, NPR_INT64, npr_int128_from_i64(0), npr_int128_from_i64(1LL << 33), 3, got, NULL),
                   NPR_OK);
  assert_memory_equal(got, want33, sizeof want33);
  rs = seeded(5);
  assert_int_equal(npr_rs_randint_fill(&rs, NPR_INT64, npr_int128_from_i64(0), npr_int128_from_i64((1LL << 32) + 1), 3, got,
                                       NULL),
                   NPR_OK);
  assert_memory_equal(got, want32p1, sizeof want32p1);
}

static void test_randint_errors_write_nothing(void **unused) {
  npr_randomstate rs = seeded(1), before = rs;
  npr_error err;
  int8_t out[2] = {42, 42};
  (void)unused;
  /* randint(5, 5) -> "low >= high"; randint(0) -> "high <= 0";
   * randint(-129, 0, dtype=int8) -> "low is out of bounds for int8";
   * randint(0, 5, dtype=float) -> TypeError */
  assert_int_equal(npr_rs_randint_fill(&rs, NPR_INT8, npr_int128_from_i64(5), npr_int128_from_i64(5), 2, out, &err),
                   NPR_VALUE_ERROR);
  assert_string_equal(err.message, "low >= high");
  assert_int_equal(npr_rs_randint_fill(&rs, NPR_INT8, npr_int128_from_i64(0), npr_int128_from_i64(0), 2, out, &err),
                   NPR_VALUE_ERROR);
  assert_string_equal(err.message, "high <= 0");
  assert_int_equal(npr_rs_randint_fill(&rs, NPR_INT8, npr_int128_from_i64(-129), npr_int128_from_i64(0), 2, out, &err),
                   NPR_VALUE_ERROR);
  assert_string_equal(err.message, "low is out of bounds for int8");
  assert_int_equal(npr_rs_randint_fill(&rs, NPR_INT8, npr_int128_from_i64(0), npr_int128_from_i64(129), 2, out, &err),
                   NPR_VALUE_ERROR);
  assert_string_equal(err.message, "high is out of bounds for int8");
  assert_int_equal(npr_rs_randint_fill(&rs, NPR_FLOAT64, npr_int128_from_i64(0), npr_int128_from_i64(5), 2, out, &err),
                   NPR_TYPE_ERROR);
  assert_string_equal(err.message, "Unsupported dtype dtype('float64') for randint");
  assert_int_equal(out[0], 42);
  assert_int_equal(out[1], 42);
  assert_memory_equal(&rs, &before, sizeof rs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mt19937ar_reference),
      cmocka_unit_test(test_seed_errors),
      cmocka_unit_test(test_array_seed),
      cmocka_unit_test(test_state_round_trip_with_gauss),
      cmocka_unit_test(test_randint_dtype_edges),
      cmocka_unit_test(test_randint_32_bit_boundary),
      cmocka_unit_test(test_randint_errors_write_nothing),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
