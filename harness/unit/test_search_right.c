/* npr_search_right (searchsorted side='right', branch-free) against a plain
 * count of the entries <= u: every length up to 40, cdfs with runs of equal
 * entries (zero probabilities) and u on, between and beyond the entries. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <setjmp.h>
#include <cmocka.h>

#include "distributions/cdf.h"

static int64_t count_le(const double *cdf, size_t n, double u) {
  size_t i;
  int64_t k = 0;
  for (i = 0; i < n; i++) k += cdf[i] <= u;
  return k;
}

static void test_against_count(void **state) {
  double cdf[40];
  size_t n, i;
  uint32_t s = 12345;
  int trial;
  (void)state;
  for (n = 0; n <= 40; n++) {
    for (trial = 0; trial < 50; trial++) {
      double acc = 0.0;
      for (i = 0; i < n; i++) {
        s = s * 1664525u + 1013904223u;
        acc += (s >> 30) == 0 ? 0.0 : (double)(s >> 8) / 16777216.0; /* a quarter are ties */
        cdf[i] = acc;
      }
      for (i = 0; i < n; i++) {
        assert_int_equal(npr_search_right(cdf, n, cdf[i]), count_le(cdf, n, cdf[i]));
        assert_int_equal(npr_search_right(cdf, n, cdf[i] - 1e-9), count_le(cdf, n, cdf[i] - 1e-9));
      }
      assert_int_equal(npr_search_right(cdf, n, -1.0), count_le(cdf, n, -1.0));
      assert_int_equal(npr_search_right(cdf, n, acc + 1.0), (int64_t)n);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_against_count)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
