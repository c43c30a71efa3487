/* random.Random seeding (int of any size, decimal strings, str/bytes in
 * versions 1 and 2, float via hash(float)), getrandbits, randbytes and
 * getstate/setstate, against CPython 3.11. Every expected value is what
 * /usr/bin/python3 (3.11.2) gives for the line in the comment beside it,
 * run after `import random, math`; "-> Error: message" is what it raises. */
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

#define CHECK_DOUBLES(r, want) check_doubles((r), (want), sizeof(want) / sizeof(want)[0], __LINE__)
static void check_doubles(npr_pyrandom *r, const double *want, size_t n, int line) {
  size_t i;
  for (i = 0; i < n; i++) {
    check_double(npr_pyrandom_random(r), want[i], line);
  }
}


static void test_reference_implementation(void **state) {
  static const uint32_t key[4] = {61731, 24903, 614, 42143};
  /* Lib/test/test_random.py, test_strong_reference_implementation */
  static const uint64_t cpython_suite[10] = {0x0eab3258d2231f, 0x1b89db315277a5, 0x1db622a5518016, 0x0b7f9af0d575bf,
                                             0x029e4c4db82240, 0x04961892f5d673, 0x02b291598e4589, 0x11388382c15694,
                                             0x02dad977c9e1fe, 0x191d96d4d334c6};
  double got[2000];
  int i, pass;
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  for (pass = 0; pass < 2; pass++) {
    if (pass == 0) {
      npr_pyrandom_seed_words(&r, 0, key, 4);
    } else {
      /* str(61731 + (24903<<32) + (614<<64) + (42143<<96)) */
      CHECK_OK(npr_pyrandom_seed_decimal(&r, "3338912452849968280172937934336291", &e), e);
    }
    for (i = 0; i < 2000; i++) {
      got[i] = npr_pyrandom_random(&r);
    }
    for (i = 0; i < 10; i++) {
      assert_int_equal((uint64_t)ldexp(got[1990 + i], 53), cpython_suite[i]);
    }
  }

  /* r = random.Random(61731 + (24903<<32) + (614<<64) + (42143<<96)); [int(math.ldexp(r.random(), 53)) for _ in
   * range(2000)][-10:] */
  {
    static const uint64_t want[] = {INT64_C(4128882400830239), INT64_C(7751398889519013), INT64_C(8363034243334166),
                                    INT64_C(3236528186029503), INT64_C(737000512037440),  INT64_C(1290932195808883),
                                    INT64_C(759287295919497),  INT64_C(4847212089661076), INT64_C(803577505899006),
                                    INT64_C(7069408070677702)};
    for (i = 0; i < 10; i++) {
      assert_int_equal((uint64_t)ldexp(got[1990 + i], 53), want[i]);
    }
  }
}

static void test_int_seeds(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  /* r = random.Random(0); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.b0580f98a7dbep-1, 0x1.84129978f9c1ap-1, 0x1.aeaa51052e978p-2};
    npr_pyrandom_seed_i64(&r, 0);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(0); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.b0580f98a7dbep-1, 0x1.84129978f9c1ap-1, 0x1.aeaa51052e978p-2};
    npr_pyrandom_seed_words(&r, 0, NULL, 0);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(5); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.3eecf89059360p-1, 0x1.7bcb8116f23eep-1, 0x1.97239c6c3047fp-1};
    npr_pyrandom_seed_i64(&r, 5);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(-5); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.3eecf89059360p-1, 0x1.7bcb8116f23eep-1, 0x1.97239c6c3047fp-1};
    npr_pyrandom_seed_i64(&r, -5);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(-2**63); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.1b5fa2193586fp-1, 0x1.e198384d65bb9p-1, 0x1.ef9ab7f81e664p-3};
    npr_pyrandom_seed_i64(&r, INT64_MIN);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(2**63 - 1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.443e8e5409ca6p-2, 0x1.43346b887de9dp-1, 0x1.9b6b765f6b847p-1};
    npr_pyrandom_seed_i64(&r, INT64_MAX);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(2**64 - 1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.659799fd7f980p-6, 0x1.5a35a94f333d8p-2, 0x1.b21c0274c09a4p-3};
    {
      static const uint32_t w[2] = {0xffffffffu, 0xffffffffu};
      npr_pyrandom_seed_words(&r, 0, w, 2);
    };
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(2**32); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.ced31cb3df170p-4, 0x1.abdb5477a4f26p-2, 0x1.1139c02ebd380p-6};
    {
      static const uint32_t w[4] = {0, 1, 0, 0};
      npr_pyrandom_seed_words(&r, 0, w, 4);
    };
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(-(2**32)); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.ced31cb3df170p-4, 0x1.abdb5477a4f26p-2, 0x1.1139c02ebd380p-6};
    {
      static const uint32_t w[2] = {0, 1};
      npr_pyrandom_seed_words(&r, 1, w, 2);
    };
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(10**50 + 7); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.33bcedcc323f0p-2, 0x1.4f76f84b282a4p-3, 0x1.c112b83f126b7p-1};
    CHECK_OK(npr_pyrandom_seed_decimal(&r, "100000000000000000000000000000000000000000000000007", &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(-(2**200)); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.236b6f5c504dep-1, 0x1.21aed035df9fbp-1, 0x1.58145fd89d2aep-1};
    CHECK_OK(npr_pyrandom_seed_decimal(&r, "-1606938044258990275541962092341162602522202993782792835301376", &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(int(" +1_000_000\t")); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.d928fbc59a557p-1, 0x1.8e38a70927eebp-1, 0x1.dce4f1c2b6031p-1};
    CHECK_OK(npr_pyrandom_seed_decimal(&r, " +1_000_000\t", &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(int("-0")); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.b0580f98a7dbep-1, 0x1.84129978f9c1ap-1, 0x1.aeaa51052e978p-2};
    CHECK_OK(npr_pyrandom_seed_decimal(&r, "-0", &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(int("0007")); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.4b9ad0f953a6ep-2, 0x1.34f0696513270p-3, 0x1.4d474883171ffp-1};
    CHECK_OK(npr_pyrandom_seed_decimal(&r, "0007", &e), e);
    CHECK_DOUBLES(&r, want);
  }
}

static void test_parse_decimal(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  uint32_t w[8];
  size_t n;
  int neg;
  /* int("4294967296") */
  {
    CHECK_OK(npr_pyrandom_parse_decimal("4294967296", &neg, w, 8, &n, &e), e);
    assert_int_equal(n, 2);
    assert_int_equal(w[0], 0);
    assert_int_equal(w[1], 1);
    assert_int_equal(neg, 0);
    assert_int_equal(((uint64_t)w[1] << 32 | w[0]), INT64_C(4294967296));
  }
  /* int('\x1f5') -> ValueError: invalid literal for int() with base 10: '\x1f5'
   * (int() strips only space and \t..\r, not the \x1c..\x1f separators;
   * regression input corpora/fuzz/fuzz_pyrandom_seed/694abc7d...) */
  {
    st = npr_pyrandom_parse_decimal("\x1f" "5", &neg, w, 8, &n, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid literal for int() with base 10: '\\x1f5'");
  }
  /* int("-18446744073709551617") */
  {
    CHECK_OK(npr_pyrandom_parse_decimal("-18446744073709551617", &neg, w, 8, &n, &e), e);
    assert_int_equal(n, 3);
    assert_int_equal(w[0], 1);
    assert_int_equal(w[1], 0);
    assert_int_equal(w[2], 1);
    assert_int_equal(neg, 1); /* INT64_C(-18446744073709551617) */
  }
  /* int("-0") */
  {
    CHECK_OK(npr_pyrandom_parse_decimal("-0", &neg, w, 8, &n, &e), e);
    assert_int_equal(n, 1);
    assert_int_equal(w[0], INT64_C(0));
    assert_int_equal(neg, 0);
  }
  /* int("12a")  -> ValueError: invalid literal for int() with base 10: '12a' */
  {
    st = npr_pyrandom_parse_decimal("12a", &neg, w, 8, &n, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid literal for int() with base 10: '12a'");
  }
  /* int("")  -> ValueError: invalid literal for int() with base 10: '' */
  {
    st = npr_pyrandom_seed_decimal(&r, "", &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid literal for int() with base 10: ''");
  }
  /* int("1__0")  -> ValueError: invalid literal for int() with base 10: '1__0' */
  {
    st = npr_pyrandom_seed_decimal(&r, "1__0", &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid literal for int() with base 10: '1__0'");
  }
  /* int("_1")  -> ValueError: invalid literal for int() with base 10: '_1' */
  {
    st = npr_pyrandom_seed_decimal(&r, "_1", &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid literal for int() with base 10: '_1'");
  }
  /* int("1_")  -> ValueError: invalid literal for int() with base 10: '1_' */
  {
    st = npr_pyrandom_seed_decimal(&r, "1_", &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid literal for int() with base 10: '1_'");
  }
  /* int(" - 1")  -> ValueError: invalid literal for int() with base 10: ' - 1' */
  {
    st = npr_pyrandom_seed_decimal(&r, " - 1", &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid literal for int() with base 10: ' - 1'");
  }
  /* int("it's\n")  -> ValueError: invalid literal for int() with base 10: "it's\n" */
  {
    st = npr_pyrandom_seed_decimal(&r, "it's\n", &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid literal for int() with base 10: \"it's\\n\"");
  }
  /* int("9" * 250 + "x")  -> ValueError: invalid literal for int() with base 10:
   * '9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999
   */
  {
    char s[260];
    memset(s, '9', 250);
    s[250] = 'x';
    s[251] = 0;
    st = npr_pyrandom_seed_decimal(&r, s, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR,
              "invalid literal for int() with base 10: "
              "'9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
              "999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999");
  }
  /* not a Python behaviour: a caller buffer too small for the value */
  {
    st = npr_pyrandom_parse_decimal("18446744073709551616", &neg, w, 2, &n, &e);
    assert_int_equal(st, NPR_VALUE_ERROR);
  }
}

static void test_str_and_bytes_seeds(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  /* r = random.Random(); r.seed('hello', version=2); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.6a441bebd6e04p-2, 0x1.538ec3b087282p-1, 0x1.185fbb071334cp-1};
    CHECK_OK(npr_pyrandom_seed_str(&r, "hello", 5, 2, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed(b'hello', version=2); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.6a441bebd6e04p-2, 0x1.538ec3b087282p-1, 0x1.185fbb071334cp-1};
    CHECK_OK(npr_pyrandom_seed_bytes(&r, "hello", 5, 2, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed('', version=2); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.eba2b25d163e4p-1, 0x1.30d9d60d3da22p-1, 0x1.8d52f16ea3076p-2};
    CHECK_OK(npr_pyrandom_seed_str(&r, "", 0, 2, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed(b'', version=2); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.eba2b25d163e4p-1, 0x1.30d9d60d3da22p-1, 0x1.8d52f16ea3076p-2};
    CHECK_OK(npr_pyrandom_seed_bytes(&r, "", 0, 2, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed('h\u00e9llo \u4e16\U0001f600', version=2); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.02dcfbece1ad3p-1, 0x1.0ca0cb45c2614p-1, 0x1.b0bf3fab5bfd0p-2};
    CHECK_OK(npr_pyrandom_seed_str(&r, "h\xc3\xa9llo \xe4\xb8\x96\xf0\x9f\x98\x80", 14, 2, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed(b'\x00\x00\xff', version=2); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.565fbaff92275p-1, 0x1.36c7d63b98f00p-2, 0x1.efd01f7f738d8p-1};
    CHECK_OK(npr_pyrandom_seed_bytes(&r, "\x00\x00\xff", 3, 2, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed('hello', version=1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.a2d606431d886p-1, 0x1.fb62e45145d7ap-2, 0x1.c1c5bec5f7318p-3};
    CHECK_OK(npr_pyrandom_seed_str(&r, "hello", 5, 1, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed(b'h\xe9llo', version=1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.d58770c968a20p-1, 0x1.2fea166191633p-1, 0x1.f82d51fe5e7e7p-1};
    CHECK_OK(npr_pyrandom_seed_bytes(&r, "h\xe9llo", 5, 1, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed('h\u00e9llo', version=1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.d58770c968a20p-1, 0x1.2fea166191633p-1, 0x1.f82d51fe5e7e7p-1};
    CHECK_OK(npr_pyrandom_seed_str(&r, "h\xc3\xa9llo", 6, 1, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed('\u4e16\U0001f600', version=1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.93267f4ac3a3bp-1, 0x1.500d236e92304p-1, 0x1.5d7db610ac962p-2};
    CHECK_OK(npr_pyrandom_seed_str(&r, "\xe4\xb8\x96\xf0\x9f\x98\x80", 7, 1, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed('', version=1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.b0580f98a7dbep-1, 0x1.84129978f9c1ap-1, 0x1.aeaa51052e978p-2};
    CHECK_OK(npr_pyrandom_seed_str(&r, "", 0, 1, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(); r.seed('\ud800x', version=1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.3b3428c6032c0p-7, 0x1.dafec511e77d8p-4, 0x1.176f9884769d7p-1};
    CHECK_OK(npr_pyrandom_seed_str(&r, "\xed\xa0\x80x", 4, 1, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* random.Random().seed('\ud800', version=2)  -> UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in
   * position 0: surrogates not allowed */
  {
    st = npr_pyrandom_seed_str(&r, "\xed\xa0\x80", 3, 2, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR,
              "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
  }
  /* random.Random().seed('a\ud800\udc00b', version=2)  -> UnicodeEncodeError: 'utf-8' codec can't encode characters in
   * position 1-2: surrogates not allowed */
  {
    st = npr_pyrandom_seed_str(&r,
                               "a\xed\xa0\x80\xed\xb0\x80"
                               "b",
                               8, 2, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "'utf-8' codec can't encode characters in position 1-2: surrogates not allowed");
  }
  /* random.Random().seed('ab\udfff', version=2)  -> UnicodeEncodeError: 'utf-8' codec can't encode character '\udfff'
   * in position 2: surrogates not allowed */
  {
    st = npr_pyrandom_seed_str(&r, "ab\xed\xbf\xbf", 5, 2, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR,
              "'utf-8' codec can't encode character '\\udfff' in position 2: surrogates not allowed");
  }
  /* Not reproducible in CPython (randomized str hash) or not a str at all:
   * nprand's own refusals. */
  st = npr_pyrandom_seed_str(&r, "hello", 5, 3, &e);
  assert_int_equal(st, NPR_NOT_IMPLEMENTED);
  st = npr_pyrandom_seed_bytes(&r, "hello", 5, 0, &e);
  assert_int_equal(st, NPR_NOT_IMPLEMENTED);
  st = npr_pyrandom_seed_str(&r, "\xc3", 1, 2, &e);
  assert_int_equal(st, NPR_VALUE_ERROR);
  st = npr_pyrandom_seed_str(&r, "\xc0\x80", 2, 1, &e);
  assert_int_equal(st, NPR_VALUE_ERROR);
}

static void test_float_seeds(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  int64_t h;
  /* r = random.Random(1.5); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.1a80c674aba1ap-1, 0x1.063d44129e0e2p-2, 0x1.2aab9f9cbbe85p-1};
    CHECK_OK(npr_pyrandom_seed_double(&r, 1.5, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(-1.5); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.6b943c9c3f231p-1, 0x1.9ea742497c800p-11, 0x1.f1edf987f152cp-1};
    CHECK_OK(npr_pyrandom_seed_double(&r, -1.5, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(1e300); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.0bb03504c5e90p-2, 0x1.158f45670f798p-4, 0x1.aab20593be774p-2};
    CHECK_OK(npr_pyrandom_seed_double(&r, 1e300, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(float('inf')); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.89f60746564c8p-3, 0x1.25ba070ca1b2ep-2, 0x1.e3f6cb2424848p-4};
    CHECK_OK(npr_pyrandom_seed_double(&r, INFINITY, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(float('-inf')); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.a4443ff3d6a92p-1, 0x1.2b2cf14f7549cp-2, 0x1.d2ed93e6e3ef5p-1};
    CHECK_OK(npr_pyrandom_seed_double(&r, -INFINITY, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(5.0); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.3eecf89059360p-1, 0x1.7bcb8116f23eep-1, 0x1.97239c6c3047fp-1};
    CHECK_OK(npr_pyrandom_seed_double(&r, 5.0, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(5); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.3eecf89059360p-1, 0x1.7bcb8116f23eep-1, 0x1.97239c6c3047fp-1};
    npr_pyrandom_seed_i64(&r, 5);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(-5.0); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.7a73bb4444fc0p-6, 0x1.22993caf712f9p-1, 0x1.02a2fcaeab340p-7};
    CHECK_OK(npr_pyrandom_seed_double(&r, -5.0, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(-0.0); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.b0580f98a7dbep-1, 0x1.84129978f9c1ap-1, 0x1.aeaa51052e978p-2};
    CHECK_OK(npr_pyrandom_seed_double(&r, -0.0, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(2.0**-1074); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.ea35527d8daaep-2, 0x1.a86e6a34d6a8cp-2, 0x1.6dbb9fbe1991cp-3};
    CHECK_OK(npr_pyrandom_seed_double(&r, 0x1p-1074, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(-1.0); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.0cb013be2b120p-3, 0x1.37613fdd521b8p-2, 0x1.aa6c8ba75b690p-4};
    CHECK_OK(npr_pyrandom_seed_double(&r, -1.0, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* r = random.Random(0.1); [r.random() for _ in range(3)] */
  {
    static const double want[] = {0x1.9ccdd8cf794a7p-1, 0x1.1b3e85f69ad30p-3, 0x1.b9d8055188f80p-2};
    CHECK_OK(npr_pyrandom_seed_double(&r, 0.1, &e), e);
    CHECK_DOUBLES(&r, want);
  }
  /* hash(-1.0) */
  {
    CHECK_OK(npr_py_hash_double(-1.0, &h, &e), e);
    assert_int_equal(h, INT64_C(-2));
  }
  /* hash(1e300) */
  {
    CHECK_OK(npr_py_hash_double(1e300, &h, &e), e);
    assert_int_equal(h, INT64_C(1224995262755759164));
  }
  /* hash(-1.5) */
  {
    CHECK_OK(npr_py_hash_double(-1.5, &h, &e), e);
    assert_int_equal(h, INT64_C(-1152921504606846977));
  }
  /* hash(float('-inf')) */
  {
    CHECK_OK(npr_py_hash_double(-INFINITY, &h, &e), e);
    assert_int_equal(h, INT64_C(-314159));
  }
  /* hash(2.0**-1074) */
  {
    CHECK_OK(npr_py_hash_double(0x1p-1074, &h, &e), e);
    assert_int_equal(h, INT64_C(16777216));
  }
  /* hash(0.1) */
  {
    CHECK_OK(npr_py_hash_double(0.1, &h, &e), e);
    assert_int_equal(h, INT64_C(230584300921369408));
  }
  /* hash(-2.0**70) */
  {
    CHECK_OK(npr_py_hash_double(-0x1p70, &h, &e), e);
    assert_int_equal(h, INT64_C(-512));
  }
  /* hash(-0.0) */
  {
    CHECK_OK(npr_py_hash_double(-0.0, &h, &e), e);
    assert_int_equal(h, INT64_C(0));
  }
  /* hash(2.0**61 - 1.0), hash(2.0**61) */
  {
    CHECK_OK(npr_py_hash_double(0x1p61 - 1.0, &h, &e), e);
    assert_int_equal(h, INT64_C(1));
    CHECK_OK(npr_py_hash_double(0x1p61, &h, &e), e);
    assert_int_equal(h, INT64_C(1));
  }
  /* r = random.Random(float('nan')); s = random.Random(float('nan')); r.random() != s.random() */
  { /* 0: a NaN seed hashes by address, so nprand refuses it */
    st = npr_pyrandom_seed_double(&r, NAN, &e);
    assert_int_equal(st, NPR_NOT_IMPLEMENTED);
    st = npr_py_hash_double(NAN, &h, &e);
    assert_int_equal(st, NPR_NOT_IMPLEMENTED);
  }
}

static void test_getrandbits(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  uint64_t v;
  uint32_t w[4];
  size_t n;
  int i;
  /* r = random.Random(12345); [r.getrandbits(k) for k in (0, 1, 31, 32, 33, 64)], (lambda v: [(v >> s) & 0xffffffff for
   * s in (0, 32, 64, 96)])(r.getrandbits(100)), (lambda v: [(v >> s) & 0xffffffff for s in (0, 32,
   * 64)])(r.getrandbits(65)), r.random() */
  {
    static const uint64_t want[] = {INT64_C(0),        INT64_C(0),          INT64_C(1573429661),
                                    INT64_C(43676229), INT64_C(7817590892), INT64_C(5508932873585391847)};
    static const int ks[] = {0, 1, 31, 32, 33, 64};
    static const uint32_t want100[] = {INT64_C(3672791226), INT64_C(1582316135), INT64_C(4001984784), INT64_C(3)};
    static const uint32_t want65[] = {INT64_C(1160692746), INT64_C(2430986565), INT64_C(0)};
    npr_pyrandom_seed_i64(&r, 12345);
    for (i = 0; i < 6; i++) {
      CHECK_OK(npr_pyrandom_getrandbits(&r, ks[i], &v, &e), e);
      assert_int_equal(v, want[i]);
    }
    CHECK_OK(npr_pyrandom_getrandbits_words(&r, 100, w, 4, &n, &e), e);
    assert_int_equal(n, 4);
    assert_memory_equal(w, want100, sizeof want100);
    CHECK_OK(npr_pyrandom_getrandbits_words(&r, 65, w, 4, &n, &e), e);
    assert_int_equal(n, 3);
    assert_memory_equal(w, want65, sizeof want65);
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.4b22fc5f811c8p-3);
  }
  /* getrandbits(0) is 0 in zero words and draws nothing (shown by the
   * random() check above, which follows two k == 0 calls' worth of nothing). */
  npr_pyrandom_seed_i64(&r, 1);
  CHECK_OK(npr_pyrandom_getrandbits_words(&r, 0, w, 0, &n, &e), e);
  assert_int_equal(n, 0);
  /* random.Random(1).getrandbits(-1)  -> ValueError: number of bits must be non-negative */
  {
    st = npr_pyrandom_getrandbits(&r, -1, &v, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "number of bits must be non-negative");
  }
  /* random.Random(1).getrandbits(2**31)  -> OverflowError: Python int too large to convert to C int */
  {
    st = npr_pyrandom_getrandbits_words(&r, INT64_C(2147483648), w, 4, &n, &e);
    CHECK_ERR(st, e, NPR_OVERFLOW_ERROR, "Python int too large to convert to C int");
  }
  /* random.Random(1).getrandbits(-2**31 - 1)  -> OverflowError: Python int too large to convert to C int */
  {
    st = npr_pyrandom_getrandbits(&r, INT64_C(-2147483649), &v, &e);
    CHECK_ERR(st, e, NPR_OVERFLOW_ERROR, "Python int too large to convert to C int");
  }
  /* nprand's limits, not Python's: 65 bits through the 64-bit form, and a
   * word buffer too small */
  st = npr_pyrandom_getrandbits(&r, 65, &v, &e);
  assert_int_equal(st, NPR_NOT_IMPLEMENTED);
  st = npr_pyrandom_getrandbits_words(&r, 65, w, 2, &n, &e);
  assert_int_equal(st, NPR_VALUE_ERROR);
}

static void test_randbytes(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  unsigned char b[16];
  /* r = random.Random(7); r.randbytes(0), r.randbytes(1), r.randbytes(5), r.randbytes(8), r.randbytes(3), r.random() */
  {
    npr_pyrandom_seed_i64(&r, 7);
    CHECK_OK(npr_pyrandom_randbytes(&r, 0, b, &e), e);
    CHECK_OK(npr_pyrandom_randbytes(&r, 1, b, &e), e);
    assert_memory_equal(b, "\x52", 1);
    CHECK_OK(npr_pyrandom_randbytes(&r, 5, b, &e), e);
    assert_memory_equal(b, "\xe4\x4d\xa7\xf2\x26", 5);
    CHECK_OK(npr_pyrandom_randbytes(&r, 8, b, &e), e);
    assert_memory_equal(b, "\x0e\x27\x13\x65\x50\xa4\xa3\xa6", 8);
    CHECK_OK(npr_pyrandom_randbytes(&r, 3, b, &e), e);
    assert_memory_equal(b, "\x7f\x5c\x0c", 3);
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.28b2f3a47e100p-4);
  }
  /* random.Random(1).randbytes(-1)  -> ValueError: number of bits must be non-negative */
  {
    st = npr_pyrandom_randbytes(&r, -1, b, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "number of bits must be non-negative");
  }
  /* random.Random(1).randbytes(2**28)  -> OverflowError: Python int too large to convert to C int */
  {
    st = npr_pyrandom_randbytes(&r, INT64_C(268435456), b, &e);
    CHECK_ERR(st, e, NPR_OVERFLOW_ERROR, "Python int too large to convert to C int");
  }
}

static void test_state(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  npr_pyrandom_state s, saved;
  double g;
  int i;
  /* r = random.Random(99); [r.random() for _ in range(5)]; s = r.getstate(); s[0], s[1][624], s[1][0], s[1][1],
   * s[1][623], s[2] is None */
  {
    npr_pyrandom_seed_i64(&r, 99);
    for (i = 0; i < 5; i++) {
      (void)npr_pyrandom_random(&r);
    }
    npr_pyrandom_getstate(&r, &s);
    assert_int_equal(s.version, INT64_C(3));
    assert_int_equal(s.pos, INT64_C(10));
    assert_int_equal(s.key[0], INT64_C(1999501197));
    assert_int_equal(s.key[1], INT64_C(1912025996));
    assert_int_equal(s.key[623], INT64_C(2317024160));
    assert_int_equal(!s.has_gauss_next, 1);
  }
  /* r = random.Random(99); r.gauss(); s = r.getstate(); s[1][624], s[2] */
  {
    npr_pyrandom_seed_i64(&r, 99);
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &g, &e), e);
    npr_pyrandom_getstate(&r, &s);
    assert_int_equal(s.pos, INT64_C(4));
    assert_true(s.has_gauss_next);
    CHECK_DOUBLE(s.gauss_next, 0x1.8437983ebf4dfp-2);
  }
  /* r = random.Random(99); r.gauss(); s = r.getstate(); a = [r.random(), r.gauss()]; r.setstate(s); [r.random(),
   * r.gauss(), r.gauss()] */
  {
    double a[3];
    npr_pyrandom_seed_i64(&r, 99);
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &g, &e), e);
    npr_pyrandom_getstate(&r, &saved);
    (void)npr_pyrandom_random(&r);
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &g, &e), e);
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &g, &e), e);
    CHECK_OK(npr_pyrandom_setstate(&r, &saved, &e), e);
    a[0] = npr_pyrandom_random(&r);
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &a[1], &e), e);
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &a[2], &e), e);
    {
      static const double want[] = {0x1.6e2fe93af27f8p-3, 0x1.8437983ebf4dfp-2, 0x1.10c4c9d7e65c1p-6};
      for (i = 0; i < 3; i++) {
        CHECK_DOUBLE(a[i], want[i]);
      }
    }
  }
  /* r = random.Random(5); s = r.getstate(); r.setstate((4,) + s[1:])  -> ValueError: state with version 4 passed to
   * Random.setstate() of version 3 */
  {
    npr_pyrandom_seed_i64(&r, 5);
    npr_pyrandom_getstate(&r, &s);
    s.version = 4;
    st = npr_pyrandom_setstate(&r, &s, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "state with version 4 passed to Random.setstate() of version 3");
  }
  /* r = random.Random(5); s = r.getstate(); r.setstate((3, s[1][:624] + (625,), 0.25))  -> ValueError: invalid state */
  {
    npr_pyrandom_seed_i64(&r, 5);
    npr_pyrandom_getstate(&r, &s);
    s.pos = 625;
    s.has_gauss_next = 1;
    s.gauss_next = 0.25;
    st = npr_pyrandom_setstate(&r, &s, &e);
    CHECK_ERR(st, e, NPR_VALUE_ERROR, "invalid state");
  }
  /* r = random.Random(5); s = r.getstate(); exec('try: r.setstate((3, s[1][:624] + (625,), 0.25))\nexcept ValueError:
   * pass'); r.gauss(), r.random() */
  { /* the failed setstate above already replaced gauss_next, as random.py does */
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &g, &e), e);
    CHECK_DOUBLE(g, 0x1.0000000000000p-2);
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.3eecf89059360p-1);
  }
  /* r = random.Random(5); s = r.getstate(); r.setstate((2,) + s[1:]); r.random() */
  {
    npr_pyrandom_seed_i64(&r, 5);
    npr_pyrandom_getstate(&r, &s);
    s.version = 2;
    CHECK_OK(npr_pyrandom_setstate(&r, &s, &e), e);
    CHECK_DOUBLE(npr_pyrandom_random(&r), 0x1.3eecf89059360p-1);
  }
  /* r = random.Random(5); r.gauss(); r.seed(5); r.gauss() */
  {
    npr_pyrandom_seed_i64(&r, 5);
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &g, &e), e);
    npr_pyrandom_seed_i64(&r, 5);
    CHECK_OK(npr_pyrandom_gauss(&r, 0.0, 1.0, &g, &e), e);
    CHECK_DOUBLE(g, -0x1.2dc892b0b1f24p+0);
  }
}

static void test_entropy_seed(void **state) {
  npr_pyrandom r;
  npr_error e;
  npr_status st;
  (void)state;
  (void)st;
  npr_error_clear(&e);
  /* Two OS-seeded streams: nothing to compare with Python, only that the
   * call succeeds and yields numbers in range, and gauss_next is cleared. */
  {
    npr_pyrandom q;
    double a, b;
    r.has_gauss_next = 1;
    CHECK_OK(npr_pyrandom_seed_entropy(&r, &e), e);
    CHECK_OK(npr_pyrandom_seed_entropy(&q, &e), e);
    assert_false(r.has_gauss_next);
    a = npr_pyrandom_random(&r);
    b = npr_pyrandom_random(&q);
    assert_true(a >= 0.0 && a < 1.0);
    assert_true(b >= 0.0 && b < 1.0);
    assert_true(memcmp(r.mt.key, q.mt.key, sizeof r.mt.key) != 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_reference_implementation),
      cmocka_unit_test(test_int_seeds),
      cmocka_unit_test(test_parse_decimal),
      cmocka_unit_test(test_str_and_bytes_seeds),
      cmocka_unit_test(test_float_seeds),
      cmocka_unit_test(test_getrandbits),
      cmocka_unit_test(test_randbytes),
      cmocka_unit_test(test_state),
      cmocka_unit_test(test_entropy_seed),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
