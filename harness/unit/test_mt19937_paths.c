/* The MT19937 kernel paths (scalar, SSE2, AVX2, AVX-512) against a reference written
 * here from mt19937ar.c, over many seeds and positions, fills starting and
 * ending mid-block; and NPRAND_MT19937_PATH. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <setjmp.h>
#include <cmocka.h>

#include "nprand/mt19937.h"

/* mt19937ar.c's genrand_int32, on its own copy of the state. */
typedef struct ref_mt {
  uint32_t key[NPR_MT19937_N];
  int pos;
} ref_mt;

static void ref_twist(uint32_t *mt) {
  const int n = NPR_MT19937_N, m = 397;
  int kk;
  uint32_t y;
  for (kk = 0; kk < n - m; kk++) {
    y = (mt[kk] & 0x80000000UL) | (mt[kk + 1] & 0x7fffffffUL);
    mt[kk] = mt[kk + m] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfUL : 0);
  }
  for (; kk < n - 1; kk++) {
    y = (mt[kk] & 0x80000000UL) | (mt[kk + 1] & 0x7fffffffUL);
    mt[kk] = mt[kk + (m - n)] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfUL : 0);
  }
  y = (mt[n - 1] & 0x80000000UL) | (mt[0] & 0x7fffffffUL);
  mt[n - 1] = mt[m - 1] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfUL : 0);
}

static uint32_t ref_next(ref_mt *r) {
  uint32_t y;
  if (r->pos >= NPR_MT19937_N) {
    ref_twist(r->key);
    r->pos = 0;
  }
  y = r->key[r->pos++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680UL;
  y ^= (y << 15) & 0xefc60000UL;
  y ^= (y >> 18);
  return y;
}

static void ref_from(ref_mt *r, const npr_mt19937 *mt) {
  memcpy(r->key, mt->key, sizeof r->key);
  r->pos = mt->pos;
}

static const npr_mt19937_path all_paths[] = {NPR_MT19937_PATH_SCALAR, NPR_MT19937_PATH_SSE2,
                                             NPR_MT19937_PATH_AVX2, NPR_MT19937_PATH_AVX512};
#define N_PATHS (sizeof all_paths / sizeof all_paths[0])

static void test_twist_every_path(void **state) {
  size_t p;
  uint32_t seed;
  (void)state;
  for (p = 0; p < N_PATHS; p++) {
    if (!npr_mt19937_path_available(all_paths[p])) continue;
    for (seed = 0; seed < 300; seed++) {
      npr_mt19937 mt;
      uint32_t want[NPR_MT19937_N];
      int round;
      npr_mt19937_seed(&mt, seed * 2654435761u);
      memcpy(want, mt.key, sizeof want);
      for (round = 0; round < 3; round++) {
        ref_twist(want);
        npr_mt19937_twist_path(&mt, all_paths[p]);
        assert_memory_equal(mt.key, want, sizeof want);
        assert_int_equal(mt.pos, 0);
      }
    }
  }
}

/* Fills of every length from 0 to 1,900 words (three twists), from starting
 * positions all over the block, each followed by single draws. */
static void test_fills_every_path(void **state) {
  static uint32_t got[2000];
  size_t p;
  (void)state;
  for (p = 0; p < N_PATHS; p++) {
    uint32_t seed;
    if (!npr_mt19937_path_available(all_paths[p])) continue;
    for (seed = 0; seed < 40; seed++) {
      npr_mt19937 mt;
      ref_mt ref;
      size_t len;
      npr_mt19937_seed(&mt, seed + 17u * (uint32_t)p);
      ref_from(&ref, &mt);
      for (len = seed; len < 1900; len += 37 + seed) {
        size_t i;
        const size_t skip = (len * 7919u) % 700u;
        for (i = 0; i < skip; i++) assert_int_equal(npr_mt19937_next32(&mt), ref_next(&ref));
        npr_mt19937_fill32_path(&mt, all_paths[p], len, got);
        for (i = 0; i < len; i++) assert_int_equal(got[i], ref_next(&ref));
        assert_int_equal(mt.pos, ref.pos);
        assert_memory_equal(mt.key, ref.key, sizeof ref.key);
      }
    }
  }
}

/* The active path as the fills use it, from a fresh seed at pos = N and
 * from NumPy's new-API pos = 623. */
static void test_active_fill_matches_reference(void **state) {
  static uint32_t got[5000];
  npr_mt19937 mt;
  ref_mt ref;
  size_t i;
  (void)state;
  npr_mt19937_seed(&mt, 5489u);
  mt.pos = NPR_MT19937_N - 1;
  ref_from(&ref, &mt);
  npr_mt19937_fill32(&mt, 5000, got);
  for (i = 0; i < 5000; i++) assert_int_equal(got[i], ref_next(&ref));
  /* mt19937ar's first output for init_genrand(5489) after a full twist */
  npr_mt19937_seed(&mt, 5489u);
  npr_mt19937_fill32(&mt, 1, got);
  assert_int_equal(got[0], 3499211612u);
}

static void test_path_environment(void **state) {
  (void)state;
  assert_true(npr_mt19937_path_available(NPR_MT19937_PATH_SCALAR));
#if defined(__x86_64__)
  assert_true(npr_mt19937_path_available(NPR_MT19937_PATH_SSE2));
#endif
  assert_int_equal(setenv("NPRAND_MT19937_PATH", "scalar", 1), 0);
  assert_int_equal(npr_mt19937_active_path(), NPR_MT19937_PATH_SCALAR);
  if (npr_mt19937_path_available(NPR_MT19937_PATH_SSE2)) {
    assert_int_equal(setenv("NPRAND_MT19937_PATH", "sse2", 1), 0);
    assert_int_equal(npr_mt19937_active_path(), NPR_MT19937_PATH_SSE2);
  }
  if (npr_mt19937_path_available(NPR_MT19937_PATH_AVX2)) {
    assert_int_equal(setenv("NPRAND_MT19937_PATH", "avx2", 1), 0);
    assert_int_equal(npr_mt19937_active_path(), NPR_MT19937_PATH_AVX2);
  }
  if (npr_mt19937_path_available(NPR_MT19937_PATH_AVX512)) {
    assert_int_equal(setenv("NPRAND_MT19937_PATH", "avx512", 1), 0);
    assert_int_equal(npr_mt19937_active_path(), NPR_MT19937_PATH_AVX512);
    assert_int_equal(npr_mt19937_best_path(), NPR_MT19937_PATH_AVX512);
  }
  assert_int_equal(setenv("NPRAND_MT19937_PATH", "no-such-path", 1), 0);
  assert_int_equal(npr_mt19937_active_path(), npr_mt19937_best_path());
  assert_int_equal(unsetenv("NPRAND_MT19937_PATH"), 0);
  assert_int_equal(npr_mt19937_active_path(), npr_mt19937_best_path());
  assert_string_equal(npr_mt19937_path_name(NPR_MT19937_PATH_AVX2), "avx2");
  assert_string_equal(npr_mt19937_path_name(NPR_MT19937_PATH_AVX512), "avx512");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_twist_every_path),
      cmocka_unit_test(test_fills_every_path),
      cmocka_unit_test(test_active_fill_matches_reference),
      cmocka_unit_test(test_path_environment),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
