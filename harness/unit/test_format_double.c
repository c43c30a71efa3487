/* npr_format_double against the reference formatter it replaced (the
 * smallest "%.*e" precision strtod reads back): the same bytes for random
 * bit patterns of every exponent, random [0, 1) doubles, powers of two, ties,
 * short decimals and range edges, and every result reads back exactly. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <setjmp.h>
#include <cmocka.h>

#include "../engine/format_double.c"

static uint64_t splitmix(uint64_t *s) {
  uint64_t z = (*s += UINT64_C(0x9E3779B97F4A7C15));
  z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static double from_bits(uint64_t b) {
  double d;
  memcpy(&d, &b, sizeof d);
  return d;
}

static void check(double v) {
  char fast[40], ref[40];
  npr_format_double(v, fast);
  npr_format_double_reference(v, ref);
  if (strcmp(fast, ref) != 0) {
    uint64_t b;
    memcpy(&b, &v, sizeof b);
    fail_msg("bits %016llx: new '%s', reference '%s'", (unsigned long long)b, fast, ref);
  }
  if (v == v) {
    const double back = strtod(fast, NULL);
    assert_memory_equal(&back, &v, sizeof v);
  }
}

static void test_random_bit_patterns(void **state) {
  uint64_t s = 1;
  int i;
  (void)state;
  for (i = 0; i < 20000; i++) check(from_bits(splitmix(&s)));
}

/* Exponents where the fast path works (1e-14 .. 1e17) and just outside. */
static void test_random_in_range(void **state) {
  uint64_t s = 2;
  int i;
  (void)state;
  for (i = 0; i < 40000; i++) {
    const uint64_t r = splitmix(&s);
    const uint64_t biased = 1023 - 50 + (r >> 52) % 110; /* 2**-50 .. 2**60 */
    const uint64_t sign = (uint64_t)(i & 1) << 63;
    check(from_bits((r & ((UINT64_C(1) << 52) - 1)) | (biased << 52) | sign));
  }
}

/* What the library's samplers emit: 53-bit uniforms, float32 uniforms,
 * and their simple transforms. */
static void test_sampler_like_values(void **state) {
  uint64_t s = 3;
  int i;
  (void)state;
  for (i = 0; i < 15000; i++) {
    const uint64_t r = splitmix(&s);
    const double u = (double)(int64_t)(r >> 11) * (1.0 / 9007199254740992.0);
    check(u);
    check((double)(float)((float)(uint32_t)(r >> 40) * (1.0f / 16777216.0f)));
    check(-log1p(-u));
    check(u * 200.0 - 100.0);
    check((double)(r >> 30));
  }
}

static void test_special_values(void **state) {
  static const double values[] = {
      0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1e-5, 1e-4, 0.0001234, 1e-14, 1e-15, 9.99e-15,
      1e15, 1e16, 9999999999999998.0, 1e17, 1e22, 123456789012345680.0, 100.0, 1e300,
      5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.30000000000000004,
      9.5, 0.95, 99.5, 2.5, 0.125, 1.5e-10, 4.35, 5e-5, 9.999999999999999e16,
      0.9999999999999999, 0.6, 1234.5678, 3.141592653589793, 2.718281828459045};
  size_t i;
  int e;
  (void)state;
  for (i = 0; i < sizeof values / sizeof values[0]; i++) {
    check(values[i]);
    check(-values[i]);
    check(nextafter(values[i], 0.0));
    check(nextafter(values[i], 1e308));
  }
  /* powers of two: the narrower gap below */
  for (e = -60; e <= 70; e++) {
    const double p = ldexp(1.0, e);
    check(p);
    check(nextafter(p, 0.0));
    check(nextafter(p, 1e308));
    check(3 * p);
  }
  /* every integer-valued and short decimal near the range ends */
  for (e = 0; e < 3000; e++) {
    check((double)e / 1000.0);
    check((double)e * 1e13);
    check((double)e * 1e-17);
  }
  check(NAN);
  check(INFINITY);
  check(-INFINITY);
}

/* The exact path, not the fallback, handles the values random output is
 * made of (else the test above would prove nothing about it). */
static void test_fast_path_taken(void **state) {
  uint64_t s = 4;
  char out[40];
  int i;
  (void)state;
#if HAVE_U128
  for (i = 0; i < 10000; i++) {
    const double u = (double)(int64_t)(splitmix(&s) >> 11) * (1.0 / 9007199254740992.0);
    if (u < 1e-3) continue;
    assert_true(format_fast(u, out));
    assert_true(format_fast(u * 1e16, out));
    assert_true(format_fast(-u * 1e-10, out));
  }
#else
  (void)s;
  (void)out;
  (void)i;
  skip();
#endif
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_random_bit_patterns),
      cmocka_unit_test(test_random_in_range),
      cmocka_unit_test(test_sampler_like_values),
      cmocka_unit_test(test_special_values),
      cmocka_unit_test(test_fast_path_taken),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
