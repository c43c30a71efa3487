/* random.Random's integer and sequence methods (randrange, randint,
 * _randbelow, choice, choices, shuffle, sample) against CPython 3.11. Every
 * expected value is what /usr/bin/python3 (3.11.2) gives for the line in the
 * comment beside it, run after `import random, math`; "-> Error: message" is
 * what it raises. Sequences are index ranges, so elements are indices. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/pyrandom.h"
#include "test_pyrandom_common.h"


static void test_randrange(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  int64_t v;
  size_t ix;
  int i;
  (void)state;
  (void)st;
  (void)v;
  (void)ix;
  (void)i;
  npr_error_clear(&e);
  int64_t stop;
  /* r = random.Random(2024); [r.randrange(10), r.randrange(-5, 5), r.randrange(0, 100, 7), r.randrange(100, 0, -7),
   * r.randrange(-2**63, 2**63 - 1), r.randrange(2**63 - 1, -2**63, -1), r.randrange(5, 6), r.randrange(-2**63, 2**63 -
   * 1, 2**62), r.randrange(2**63 - 1, -2**63, -2**63), r.randrange(10, None, 1)], r.random() */
  {
    static const int64_t want[] = {INT64_C(7),
                                   INT64_C(-3),
                                   INT64_C(77),
                                   INT64_C(37),
                                   INT64_C(-5530301851548604889),
                                   INT64_C(-4123121457819941543),
                                   INT64_C(5),
                                   INT64_C(0),
                                   INT64_C(9223372036854775807),
                                   INT64_C(7)};
    int64_t got[10];
    npr_pyrandom_seed_i64(&r, 2024);
    CHECK_OK(npr_pyrandom_randrange(&r, 10, NULL, 1, &got[0], &e), e);
    stop = 5;
    CHECK_OK(npr_pyrandom_randrange(&r, -5, &stop, 1, &got[1], &e), e);
    stop = 100;
    CHECK_OK(npr_pyrandom_randrange(&r, 0, &stop, 7, &got[2], &e), e);
    stop = 0;
    CHECK_OK(npr_pyrandom_randrange(&r, 100, &stop, -7, &got[3], &e), e);
    stop = INT64_MAX;
    CHECK_OK(npr_pyrandom_randrange(&r, INT64_MIN, &stop, 1, &got[4], &e), e);
    stop = INT64_MIN;
    CHECK_OK(npr_pyrandom_randrange(&r, INT64_MAX, &stop, -1, &got[5], &e), e);
    stop = 6;
    CHECK_OK(npr_pyrandom_randrange(&r, 5, &stop, 1, &got[6], &e), e);
    stop = INT64_MAX;
    CHECK_OK(npr_pyrandom_randrange(&r, INT64_MIN, &stop, INT64_C(4611686018427387904), &got[7], &e), e);
    stop = INT64_MIN;
    CHECK_OK(npr_pyrandom_randrange(&r, INT64_MAX, &stop, INT64_MIN, &got[8], &e), e);
    CHECK_OK(npr_pyrandom_randrange(&r, 10, NULL, 1, &got[9], &e), e);
    for (i = 0; i < 10; i++) {
      assert_int_equal(got[i], want[i]);
    }
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.6aac28b53b4c0p-2);
  }
  /* r = random.Random(1); r.randrange(0)  -> ValueError: empty range for randrange() */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_randrange(&r, 0, NULL, 1, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "empty range for randrange()");
  }
  /* r = random.Random(1); r.randrange(-3)  -> ValueError: empty range for randrange() */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_randrange(&r, -3, NULL, 1, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "empty range for randrange()");
  }
  /* r = random.Random(1); r.randrange(10, None, 2)  -> TypeError: Missing a non-None stop argument */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_randrange(&r, 10, NULL, 2, &v, &e);
    CHECK_ERR(st, e, NPR_TYPE_ERROR, "Missing a non-None stop argument");
  }
  /* r = random.Random(1); r.randrange(5, 2)  -> ValueError: empty range for randrange() (5, 2, -3) */
  {
    npr_pyrandom_seed_i64(&r, 1);
    stop = 2;
    st = npr_pyrandom_randrange(&r, 5, &stop, 1, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "empty range for randrange() (5, 2, -3)");
  }
  /* r = random.Random(1); r.randrange(2**63 - 1, -2**63)  -> ValueError: empty range for randrange()
   * (9223372036854775807, -9223372036854775808, -18446744073709551615) */
  {
    npr_pyrandom_seed_i64(&r, 1);
    stop = INT64_MIN;
    st = npr_pyrandom_randrange(&r, INT64_MAX, &stop, 1, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR,
              "empty range for randrange() (9223372036854775807, -9223372036854775808, -18446744073709551615)");
  }
  /* r = random.Random(1); r.randrange(0, 10, 0)  -> ValueError: zero step for randrange() */
  {
    npr_pyrandom_seed_i64(&r, 1);
    stop = 10;
    st = npr_pyrandom_randrange(&r, 0, &stop, 0, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "zero step for randrange()");
  }
  /* r = random.Random(1); r.randrange(0, 10, -1)  -> ValueError: empty range for randrange() */
  {
    npr_pyrandom_seed_i64(&r, 1);
    stop = 10;
    st = npr_pyrandom_randrange(&r, 0, &stop, -1, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "empty range for randrange()");
  }
  /* r = random.Random(1); r.randrange(10, 0, 3)  -> ValueError: empty range for randrange() */
  {
    npr_pyrandom_seed_i64(&r, 1);
    stop = 0;
    st = npr_pyrandom_randrange(&r, 10, &stop, 3, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "empty range for randrange()");
  }
  /* r = random.Random(1); r.randrange(3, 3, -2)  -> ValueError: empty range for randrange() */
  {
    npr_pyrandom_seed_i64(&r, 1);
    stop = 3;
    st = npr_pyrandom_randrange(&r, 3, &stop, -2, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "empty range for randrange()");
  }
}

static void test_randint(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  int64_t v;
  size_t ix;
  int i;
  (void)state;
  (void)st;
  (void)v;
  (void)ix;
  (void)i;
  npr_error_clear(&e);
  /* r = random.Random(31); [r.randint(1, 6) for _ in range(5)] + [r.randint(-2**63, 2**63 - 1) for _ in range(3)] +
   * [r.randint(2**63 - 2, 2**63 - 1), r.randint(5, 5), r.randint(-2**63, -2**63 + 1)], r.random() */
  {
    static const int64_t want[] = {INT64_C(1),
                                   INT64_C(4),
                                   INT64_C(1),
                                   INT64_C(4),
                                   INT64_C(2),
                                   INT64_C(-8425214402758591823),
                                   INT64_C(-6703942953745474153),
                                   INT64_C(4286539571738517725),
                                   INT64_C(9223372036854775807),
                                   INT64_C(5),
                                   (-INT64_C(9223372036854775807) - 1)};
    int64_t got[11];
    npr_pyrandom_seed_i64(&r, 31);
    for (i = 0; i < 5; i++) {
      CHECK_OK(npr_pyrandom_randint(&r, 1, 6, &got[i], &e), e);
    }
    for (i = 5; i < 8; i++) {
      CHECK_OK(npr_pyrandom_randint(&r, INT64_MIN, INT64_MAX, &got[i], &e), e);
    }
    CHECK_OK(npr_pyrandom_randint(&r, INT64_MAX - 1, INT64_MAX, &got[8], &e), e);
    CHECK_OK(npr_pyrandom_randint(&r, 5, 5, &got[9], &e), e);
    CHECK_OK(npr_pyrandom_randint(&r, INT64_MIN, INT64_MIN + 1, &got[10], &e), e);
    for (i = 0; i < 11; i++) {
      assert_int_equal(got[i], want[i]);
    }
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.e3ef5c0a6d788p-4);
  }
  /* r = random.Random(1); r.randint(5, 3)  -> ValueError: empty range for randrange() (5, 4, -1) */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_randint(&r, 5, 3, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "empty range for randrange() (5, 4, -1)");
  }
  /* r = random.Random(1); r.randint(2**63 - 1, -2**63)  -> ValueError: empty range for randrange()
   * (9223372036854775807, -9223372036854775807, -18446744073709551614) */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_randint(&r, INT64_MAX, INT64_MIN, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR,
              "empty range for randrange() (9223372036854775807, -9223372036854775807, -18446744073709551614)");
  }
  /* r = random.Random(1); r.randint(0, -2**63)  -> ValueError: empty range for randrange() (0, -9223372036854775807,
   * -9223372036854775807) */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_randint(&r, 0, INT64_MIN, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "empty range for randrange() (0, -9223372036854775807, -9223372036854775807)");
  }
}

static void test_randbelow(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  int64_t v;
  size_t ix;
  int i;
  (void)state;
  (void)st;
  (void)v;
  (void)ix;
  (void)i;
  npr_error_clear(&e);
  uint64_t u;
  /* r = random.Random(8); [r._randbelow(n) for n in (1, 2, 10, 2**32, 2**32 + 1, 2**63, 2**64 - 1)], r.random() */
  {
    static const uint64_t n[] = {
        1, 2, 10, UINT64_C(4294967296), UINT64_C(4294967297), UINT64_C(9223372036854775808), UINT64_MAX};
    static const uint64_t want[] = {INT64_C(0),
                                    INT64_C(1),
                                    INT64_C(6),
                                    INT64_C(542587089),
                                    INT64_C(3027165658),
                                    INT64_C(2524308075868763041),
                                    UINT64_C(14965180156557675220)};
    npr_pyrandom_seed_i64(&r, 8);
    for (i = 0; i < 7; i++) {
      CHECK_OK(npr_pyrandom_randbelow(&r, n[i], &u, &e), e);
      assert_int_equal(u, want[i]);
    }
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.ff8dc6a068356p-1);
  }
  /* _randbelow(0) never returns in CPython; nprand refuses it */
  st = npr_pyrandom_randbelow(&r, 0, &u, &e);
  assert_int_equal(st, NPR_VALUE_ERROR);
}

static void test_choice(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  int64_t v;
  size_t ix;
  int i;
  (void)state;
  (void)st;
  (void)v;
  (void)ix;
  (void)i;
  npr_error_clear(&e);
  /* r = random.Random(3); [r.choice(range(n)) for n in (1, 7, 1000, 2**33)], r.random() */
  {
    static const size_t n[] = {1, 7, 1000, (size_t)(SIZE_MAX > 0xffffffffu ? UINT64_C(1) << 33 : 1)};
    static const int64_t want[] = {INT64_C(0), INT64_C(4), INT64_C(557), INT64_C(4855128937)};
    npr_pyrandom_seed_i64(&r, 3);
    for (i = 0; i < (sizeof(size_t) >= 8 ? 4 : 3); i++) {
      CHECK_OK(npr_pyrandom_choice(&r, n[i], &ix, &e), e);
      assert_int_equal(ix, want[i]);
    }
    if (sizeof(size_t) >= 8) {
      CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.d4f6b7e6a6a03p-1);
    }
  }
  /* r = random.Random(1); r.choice([])  -> IndexError: Cannot choose from an empty sequence */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_choice(&r, 0, &ix, &e);
    CHECK_ERR(st, e, NPR_INDEX_ERROR, "Cannot choose from an empty sequence");
  }
}

static void test_choices(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  int64_t v;
  size_t ix;
  int i;
  (void)state;
  (void)st;
  (void)v;
  (void)ix;
  (void)i;
  npr_error_clear(&e);
  size_t out[8];
  static const double one = 1.0;
  /* r = random.Random(11); r.choices(range(5), k=4), r.choices(range(5), [1, 2, 3, 0, 4], k=5), r.choices(range(4),
   * cum_weights=[1, 1.5, 4, 10], k=5), r.choices(range(3), [0.5, 0.25, 0.25], k=-2), r.choices(range(3), [2.5, -1.0,
   * 1e-3], k=3), r.random() */
  {
    static const size_t want0[] = {INT64_C(2), INT64_C(2), INT64_C(4), INT64_C(2)},
                        want1[] = {INT64_C(2), INT64_C(2), INT64_C(1), INT64_C(2), INT64_C(4)},
                        want2[] = {INT64_C(3), INT64_C(0), INT64_C(2), INT64_C(0), INT64_C(3)},
                        want4[] = {INT64_C(0), INT64_C(0), INT64_C(0)};
    static const double w1[] = {1, 2, 3, 0, 4}, cw[] = {1, 1.5, 4, 10}, w3[] = {0.5, 0.25, 0.25},
                        w4[] = {2.5, -1.0, 1e-3};
    npr_pyrandom_seed_i64(&r, 11);
    CHECK_OK(npr_pyrandom_choices(&r, 5, NULL, 0, NULL, 0, 4, out, &e), e);
    assert_memory_equal(out, want0, sizeof want0);
    CHECK_OK(npr_pyrandom_choices(&r, 5, w1, 5, NULL, 0, 5, out, &e), e);
    assert_memory_equal(out, want1, sizeof want1);
    CHECK_OK(npr_pyrandom_choices(&r, 4, NULL, 0, cw, 4, 5, out, &e), e);
    assert_memory_equal(out, want2, sizeof want2);
    /* {0}: a negative k draws nothing */
    CHECK_OK(npr_pyrandom_choices(&r, 3, w3, 3, NULL, 0, -2, out, &e), e);
    CHECK_OK(npr_pyrandom_choices(&r, 3, w4, 3, NULL, 0, 3, out, &e), e);
    assert_memory_equal(out, want4, sizeof want4);
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.edf4bb5cfdde2p-1);
  }
  /* r = random.Random(1); r.choices(range(2), [1, 2], cum_weights=[1, 3])  -> TypeError: Cannot specify both weights
   * and cumulative weights */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const double w[] = {1, 2}, c[] = {1, 3};
      st = npr_pyrandom_choices(&r, 2, w, 2, c, 2, 1, out, &e);
    }
    CHECK_ERR(st, e, NPR_TYPE_ERROR, "Cannot specify both weights and cumulative weights");
  }
  /* r = random.Random(1); r.choices(range(2), [1])  -> ValueError: The number of weights does not match the population
   */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_choices(&r, 2, &one, 1, NULL, 0, 1, out, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "The number of weights does not match the population");
  }
  /* r = random.Random(1); r.choices(range(2), cum_weights=[1])  -> ValueError: The number of weights does not match the
   * population */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_choices(&r, 2, NULL, 0, &one, 1, 1, out, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "The number of weights does not match the population");
  }
  /* r = random.Random(1); r.choices(range(2), [0.0, 0.0])  -> ValueError: Total of weights must be greater than zero */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const double w[] = {0.0, 0.0};
      st = npr_pyrandom_choices(&r, 2, w, 2, NULL, 0, 1, out, &e);
    }
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Total of weights must be greater than zero");
  }
  /* r = random.Random(1); r.choices(range(2), [1.0, -3.0])  -> ValueError: Total of weights must be greater than zero
   */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const double w[] = {1.0, -3.0};
      st = npr_pyrandom_choices(&r, 2, w, 2, NULL, 0, 1, out, &e);
    }
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Total of weights must be greater than zero");
  }
  /* r = random.Random(1); r.choices(range(2), [1.0, float('inf')])  -> ValueError: Total of weights must be finite */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const double w[] = {1.0, INFINITY};
      st = npr_pyrandom_choices(&r, 2, w, 2, NULL, 0, 1, out, &e);
    }
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Total of weights must be finite");
  }
  /* r = random.Random(1); r.choices(range(2), cum_weights=[1.0, float('nan')])  -> ValueError: Total of weights must be
   * finite */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const double c[] = {1.0, NAN};
      st = npr_pyrandom_choices(&r, 2, NULL, 0, c, 2, 1, out, &e);
    }
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Total of weights must be finite");
  }
  /* r = random.Random(1); r.choices([], k=1)  -> IndexError: list index out of range */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_choices(&r, 0, NULL, 0, NULL, 0, 1, out, &e);
    CHECK_ERR(st, e, NPR_INDEX_ERROR, "list index out of range");
  }
  /* r = random.Random(1); r.choices([], [], k=1)  -> IndexError: list index out of range */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_choices(&r, 0, &one, 0, NULL, 0, 1, out, &e);
    CHECK_ERR(st, e, NPR_INDEX_ERROR, "list index out of range");
  }
  /* r = random.Random(1); r.choices([], k=0) */
  { /* {0} */
    CHECK_OK(npr_pyrandom_choices(&r, 0, NULL, 0, NULL, 0, 0, out, &e), e);
  }
}

static void test_shuffle(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  int64_t v;
  size_t ix;
  int i;
  (void)state;
  (void)st;
  (void)v;
  (void)ix;
  (void)i;
  npr_error_clear(&e);
  /* r = random.Random(17); x = list(range(10)); r.shuffle(x); y = []; r.shuffle(y); z = [1]; r.shuffle(z); x,
   * r.random() */
  {
    static const int64_t want[] = {INT64_C(7), INT64_C(3), INT64_C(0), INT64_C(5), INT64_C(1),
                                   INT64_C(9), INT64_C(2), INT64_C(4), INT64_C(6), INT64_C(8)};
    int64_t x[10], z = 1;
    npr_pyrandom_seed_i64(&r, 17);
    for (i = 0; i < 10; i++) {
      x[i] = i;
    }
    npr_pyrandom_shuffle(&r, x, 10, sizeof x[0]);
    assert_memory_equal(x, want, sizeof want);
    npr_pyrandom_shuffle(&r, NULL, 0, sizeof x[0]);
    npr_pyrandom_shuffle(&r, &z, 1, sizeof z);
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.fdc0e96259098p-3);
  }
  /* r = random.Random(17); x = list('abcdefghij'); r.shuffle(x); ''.join(x) */
  { /* any element size: 3-byte records permute exactly as the ints did */
    char rec[10][3], joined[11];
    npr_pyrandom_seed_i64(&r, 17);
    for (i = 0; i < 10; i++) {
      rec[i][0] = (char)('a' + i);
      rec[i][1] = rec[i][2] = '-';
    }
    npr_pyrandom_shuffle(&r, rec, 10, 3);
    for (i = 0; i < 10; i++) {
      assert_int_equal(rec[i][1], '-');
      joined[i] = rec[i][0];
    }
    joined[10] = 0;
    assert_string_equal(joined, "hdafbjcegi");
  }
}

static void test_sample(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  int64_t v;
  size_t ix;
  int i;
  (void)state;
  (void)st;
  (void)v;
  (void)ix;
  (void)i;
  npr_error_clear(&e);
  size_t out[16];
  int64_t big[5];
  /* r = random.Random(19); r.sample(range(10), 4), r.sample(range(100), 3), r.sample(range(50), 10),
   * r.sample(range(1000), 10), r.sample(range(85), 10), r.sample(range(86), 10), r.sample(range(21), 5),
   * r.sample(range(22), 5), r.random() */
  { /* pool for n <= setsize (21, or 85 once k = 10), a set of picks above it */
    static const size_t w0[] = {INT64_C(0), INT64_C(8), INT64_C(1), INT64_C(4)},
                        w1[] = {INT64_C(25), INT64_C(50), INT64_C(44)},
                        w2[] = {INT64_C(33), INT64_C(18), INT64_C(37), INT64_C(9),  INT64_C(38),
                                INT64_C(16), INT64_C(6),  INT64_C(44), INT64_C(26), INT64_C(20)},
                        w3[] = {INT64_C(991), INT64_C(274), INT64_C(854), INT64_C(110), INT64_C(791),
                                INT64_C(333), INT64_C(918), INT64_C(318), INT64_C(23),  INT64_C(582)},
                        w4[] = {INT64_C(79), INT64_C(25), INT64_C(9),  INT64_C(83), INT64_C(14),
                                INT64_C(69), INT64_C(58), INT64_C(49), INT64_C(82), INT64_C(12)},
                        w5[] = {INT64_C(53), INT64_C(2),  INT64_C(12), INT64_C(74), INT64_C(54),
                                INT64_C(50), INT64_C(56), INT64_C(84), INT64_C(38), INT64_C(73)},
                        w6[] = {INT64_C(16), INT64_C(5), INT64_C(13), INT64_C(7), INT64_C(3)},
                        w7[] = {INT64_C(6), INT64_C(12), INT64_C(4), INT64_C(20), INT64_C(15)};
    npr_pyrandom_seed_i64(&r, 19);
    CHECK_OK(npr_pyrandom_sample(&r, 10, 4, NULL, 0, out, &e), e);
    assert_memory_equal(out, w0, sizeof w0);
    CHECK_OK(npr_pyrandom_sample(&r, 100, 3, NULL, 0, out, &e), e);
    assert_memory_equal(out, w1, sizeof w1);
    CHECK_OK(npr_pyrandom_sample(&r, 50, 10, NULL, 0, out, &e), e);
    assert_memory_equal(out, w2, sizeof w2);
    CHECK_OK(npr_pyrandom_sample(&r, 1000, 10, NULL, 0, out, &e), e);
    assert_memory_equal(out, w3, sizeof w3);
    CHECK_OK(npr_pyrandom_sample(&r, 85, 10, NULL, 0, out, &e), e);
    assert_memory_equal(out, w4, sizeof w4);
    CHECK_OK(npr_pyrandom_sample(&r, 86, 10, NULL, 0, out, &e), e);
    assert_memory_equal(out, w5, sizeof w5);
    CHECK_OK(npr_pyrandom_sample(&r, 21, 5, NULL, 0, out, &e), e);
    assert_memory_equal(out, w6, sizeof w6);
    CHECK_OK(npr_pyrandom_sample(&r, 22, 5, NULL, 0, out, &e), e);
    assert_memory_equal(out, w7, sizeof w7);
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.ac9cf1182ca18p-4);
  }
  /* r = random.Random(23); r.sample(range(3), 5, counts=[2, 0, 4]), r.sample(range(4), 3, counts=[3, -1, 2, 1]),
   * r.sample(range(10**12), 5), r.sample(range(5), 0), r.random() */
  {
    static const size_t w0[] = {INT64_C(2), INT64_C(0), INT64_C(2), INT64_C(2), INT64_C(0)},
                        w1[] = {INT64_C(2), INT64_C(3), INT64_C(2)};
    static const int64_t w2[] = {INT64_C(143271861996), INT64_C(213571347614), INT64_C(486479701140),
                                 INT64_C(240578624392), INT64_C(500879775606)};
    static const int64_t c0[] = {2, 0, 4}, c1[] = {3, -1, 2, 1};
    npr_pyrandom_seed_i64(&r, 23);
    CHECK_OK(npr_pyrandom_sample(&r, 3, 5, c0, 3, out, &e), e);
    assert_memory_equal(out, w0, sizeof w0);
    CHECK_OK(npr_pyrandom_sample(&r, 4, 3, c1, 4, out, &e), e);
    assert_memory_equal(out, w1, sizeof w1);
    CHECK_OK(npr_pyrandom_sample_range(&r, INT64_C(1000000000000), 5, big, &e), e);
    assert_memory_equal(big, w2, sizeof w2);
    /* {0} */
    CHECK_OK(npr_pyrandom_sample(&r, 5, 0, NULL, 0, out, &e), e);
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.cda61e0195c83p-1);
  }
  /* r = random.Random(1); r.sample(range(3), 4)  -> ValueError: Sample larger than population or is negative */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_sample(&r, 3, 4, NULL, 0, out, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Sample larger than population or is negative");
  }
  /* r = random.Random(1); r.sample(range(3), -1)  -> ValueError: Sample larger than population or is negative */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_sample(&r, 3, -1, NULL, 0, out, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Sample larger than population or is negative");
  }
  /* r = random.Random(1); r.sample(range(2), 1, counts=[1])  -> ValueError: The number of counts does not match the
   * population */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const int64_t c[] = {1};
      st = npr_pyrandom_sample(&r, 2, 1, c, 1, out, &e);
    }
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "The number of counts does not match the population");
  }
  /* r = random.Random(1); r.sample([], 0, counts=[])  -> IndexError: pop from empty list */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const int64_t c[] = {1};
      st = npr_pyrandom_sample(&r, 0, 0, c, 0, out, &e);
    }
    CHECK_ERR(st, e, NPR_INDEX_ERROR, "pop from empty list");
  }
  /* r = random.Random(1); r.sample(range(2), 1, counts=[1, -1])  -> ValueError: Total of counts must be greater than
   * zero */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const int64_t c[] = {1, -1};
      st = npr_pyrandom_sample(&r, 2, 1, c, 2, out, &e);
    }
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Total of counts must be greater than zero");
  }
  /* r = random.Random(1); r.sample(range(2), 4, counts=[1, 2])  -> ValueError: Sample larger than population or is
   * negative */
  {
    npr_pyrandom_seed_i64(&r, 1);
    {
      static const int64_t c[] = {1, 2};
      st = npr_pyrandom_sample(&r, 2, 4, c, 2, out, &e);
    }
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Sample larger than population or is negative");
  }
  /* r = random.Random(1); r.sample(range(5), 6)  -> ValueError: Sample larger than population or is negative */
  {
    npr_pyrandom_seed_i64(&r, 1);
    st = npr_pyrandom_sample_range(&r, 5, 6, big, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "Sample larger than population or is negative");
  }
  /* cumulative counts pass int64 on the way to a total that fits:
   * r = random.Random(1); r.sample(range(3), 6, counts=[2**61, 2**61, 2**61]) -> [2, 0, 0, 1, 1, 0]
   * r = random.Random(1); r.sample(range(3), 1, counts=[2**63-1, 1, -5]) -> [0] */
  {
    static const int64_t c[] = {(int64_t)1 << 61, (int64_t)1 << 61, (int64_t)1 << 61};
    static const size_t want[] = {2, 0, 0, 1, 1, 0};
    npr_pyrandom_seed_i64(&r, 1);
    CHECK_OK(npr_pyrandom_sample(&r, 3, 6, c, 3, out, &e), e);
    for (i = 0; i < 6; i++) assert_int_equal(out[i], want[i]);
  }
  {
    static const int64_t c[] = {INT64_MAX, 1, -5};
    npr_pyrandom_seed_i64(&r, 1);
    CHECK_OK(npr_pyrandom_sample(&r, 3, 1, c, 3, out, &e), e);
    assert_int_equal(out[0], 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_randrange), cmocka_unit_test(test_randint), cmocka_unit_test(test_randbelow),
      cmocka_unit_test(test_choice),    cmocka_unit_test(test_choices), cmocka_unit_test(test_shuffle),
      cmocka_unit_test(test_sample),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
