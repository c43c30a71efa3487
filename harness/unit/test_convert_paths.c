/* The block conversions (core/convert_simd.c), every path the CPU has,
 * against NumPy's formulas written out here: words to doubles over random
 * words and the edge words (0, all ones, each bit alone), and 32-bit words to
 * bounded integers (masked rejection and Lemire, with ranges that reject
 * often and never); every length up to 70 (vector bodies and scalar tails),
 * unaligned buffers, nothing written past the accepted values' room. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <setjmp.h>
#include <cmocka.h>

#include "core/bulk.h"

#define MAX_N 70
#define WORDS 4096

static uint64_t splitmix(uint64_t *s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* NumPy's next_double of a 64-bit generator and of MT19937's two words. */
static double ref_from_uint64(uint64_t w) { return (double)(w >> 11) * (1.0 / 9007199254740992.0); }
static double ref_from_pair(uint32_t a, uint32_t b) {
  return ((double)(a >> 5) * 67108864.0 + (double)(b >> 6)) / 9007199254740992.0;
}

static uint64_t words64[WORDS + 1];

static void make_words(void) {
  uint64_t s = 20261202u;
  int i;
  for (i = 0; i < WORDS; i++) words64[i] = splitmix(&s);
  words64[0] = 0;
  words64[1] = ~(uint64_t)0;
  for (i = 0; i < 64; i++) words64[2 + i] = (uint64_t)1 << i;
  for (i = 0; i < 64; i++) words64[66 + i] = ~((uint64_t)1 << i);
}

static const npr_convert_path paths[] = {NPR_CONVERT_SCALAR, NPR_CONVERT_AVX2, NPR_CONVERT_AVX512};

static void test_uint64_every_path(void **state) {
  static double got[MAX_N + 9], want[MAX_N + 9];
  size_t p;
  (void)state;
  make_words();
  assert_true(npr_convert_path_available(NPR_CONVERT_SCALAR));
  assert_true(npr_convert_path_available(npr_convert_best_path()));
  for (p = 0; p < sizeof paths / sizeof paths[0]; p++) {
    size_t start, n, i;
    if (!npr_convert_path_available(paths[p])) continue;
    for (start = 0; start + MAX_N <= WORDS; start += 37) {
      for (n = 0; n <= MAX_N; n++) {
        memset(got, 0xA5, sizeof got);
        memset(want, 0xA5, sizeof want);
        for (i = 0; i < n; i++) want[1 + i] = ref_from_uint64(words64[start + i]);
        /* out + 1: an output not 32-byte aligned */
        npr_doubles_from_uint64_path(paths[p], words64 + start, n, got + 1);
        assert_memory_equal(got, want, sizeof got);
      }
    }
  }
}

static void test_pairs_every_path(void **state) {
  static uint32_t words32[2 * WORDS + 1];
  static double got[MAX_N + 9], want[MAX_N + 9];
  size_t p, i;
  (void)state;
  make_words();
  for (i = 0; i < WORDS; i++) {
    words32[2 * i] = (uint32_t)words64[i];
    words32[2 * i + 1] = (uint32_t)(words64[i] >> 32);
  }
  for (p = 0; p < sizeof paths / sizeof paths[0]; p++) {
    size_t start, n;
    if (!npr_convert_path_available(paths[p])) continue;
    /* odd starts: pairs that straddle the input's 64-bit words */
    for (start = 0; start + 2 * MAX_N + 1 <= 2 * WORDS; start += 37) {
      for (n = 0; n <= MAX_N; n++) {
        memset(got, 0xA5, sizeof got);
        memset(want, 0xA5, sizeof want);
        for (i = 0; i < n; i++) {
          want[1 + i] = ref_from_pair(words32[start + 2 * i], words32[start + 2 * i + 1]);
        }
        npr_doubles_from_uint32_pairs_path(paths[p], words32 + start, n, got + 1);
        assert_memory_equal(got, want, sizeof got);
      }
    }
  }
}

/* NumPy's buffered_bounded_masked_uint32 / buffered_bounded_lemire_uint32
 * on a stream of words: how many values n words give, and the values. */
static size_t ref_bounded(const uint32_t *words, size_t n, int masked, uint32_t rng, uint64_t off,
                          uint64_t *out) {
  size_t j, k = 0;
  uint32_t mask = rng;
  mask |= mask >> 1, mask |= mask >> 2, mask |= mask >> 4, mask |= mask >> 8, mask |= mask >> 16;
  for (j = 0; j < n; j++) {
    if (masked) {
      if ((words[j] & mask) <= rng) out[k++] = off + (words[j] & mask);
    } else {
      const uint32_t excl = rng + 1;
      const uint64_t m = (uint64_t)words[j] * excl;
      uint32_t leftover = (uint32_t)m;
      if (leftover < excl) {
        const uint32_t threshold = (UINT32_MAX - rng) % excl;
        if (leftover < threshold) continue; /* NumPy draws again: the next word */
      }
      out[k++] = off + (uint32_t)(m >> 32);
    }
  }
  return k;
}

static void test_bounded32_every_path(void **state) {
  static const uint32_t rngs[] = {1, 2, 99, 100, 127, 128, 1000, 0x7fffffffU, 0x80000000U,
                                  0x80000001U, 0xc0000000U, 0xfffffffeU};
  static uint32_t words32[WORDS];
  static uint64_t got[MAX_N + 2], want[MAX_N + 2];
  size_t p, i;
  (void)state;
  make_words();
  for (i = 0; i < WORDS; i++) words32[i] = (uint32_t)(words64[i] >> (i % 2 ? 32 : 0));
  for (p = 0; p < sizeof paths / sizeof paths[0]; p++) {
    size_t ri;
    if (!npr_convert_path_available(paths[p])) continue;
    for (ri = 0; ri < sizeof rngs / sizeof rngs[0]; ri++) {
      int masked;
      for (masked = 0; masked < 2; masked++) {
        npr_bounded32_rule rule;
        size_t start, n;
        uint32_t mask = rngs[ri];
        mask |= mask >> 1, mask |= mask >> 2, mask |= mask >> 4, mask |= mask >> 8, mask |= mask >> 16;
        rule.masked = masked != 0;
        rule.mask = mask;
        rule.rng = rngs[ri];
        rule.rng_excl = rngs[ri] + 1;
        rule.threshold = (UINT32_MAX - rngs[ri]) % (rngs[ri] + 1);
        rule.off = 0xfedcba9876543210ULL + ri;
        for (start = 0; start + MAX_N <= WORDS; start += 113) {
          for (n = 0; n <= MAX_N; n++) {
            size_t k_want, k_got;
            memset(got, 0xA5, sizeof got);
            memset(want, 0xA5, sizeof want);
            k_want = ref_bounded(words32 + start, n, masked, rngs[ri], rule.off, want + 1);
            k_got = npr_bounded32_to_u64_path(paths[p], words32 + start, n, &rule, got + 1);
            assert_int_equal(k_got, k_want);
            assert_memory_equal(got, want, (k_want + 1) * sizeof got[0]);
            assert_memory_equal(got + 1 + n, want + 1 + n, (MAX_N + 1 - n) * sizeof got[0]);
          }
        }
      }
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_uint64_every_path),
      cmocka_unit_test(test_pairs_every_path),
      cmocka_unit_test(test_bounded32_every_path),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
