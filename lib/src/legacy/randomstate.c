/* RandomState seeding and state (NumPy's MT19937._legacy_seeding). */
#include "nprand/randomstate.h"

#include "nprand/entropy.h"

#include <stdlib.h>

/* A fresh seed starts without a cached gaussian (NumPy's _reset_gauss) or
 * binomial setup, as a RandomState of the default release. */
static void reset_caches(npr_randomstate *rs) {
  rs->has_gauss = 0;
  rs->gauss = 0.0;
  npr_binomial_cache_reset(&rs->binomial);
  rs->numpy = NPR_NUMPY_DEFAULT;
}

static bool in_seed_range(npr_int128 v) {
  return npr_int128_cmp(v, npr_int128_from_i64(0)) >= 0 &&
         npr_int128_cmp(v, npr_int128_from_u64(UINT32_MAX)) <= 0;
}

npr_status npr_randomstate_seed(npr_randomstate *rs, npr_int128 seed, npr_error *err) {
  if (!in_seed_range(seed)) {
    return npr_fail(err, NPR_VALUE_ERROR, "Seed must be between 0 and 2**32 - 1");
  }
  npr_mt19937_seed(&rs->mt, (uint32_t)seed.lo);
  reset_caches(rs);
  return NPR_OK;
}

/* Most seed arrays fit on the stack; longer ones are copied to the heap. */
enum { SEED_CHUNK = 256 };

npr_status npr_randomstate_seed_array(npr_randomstate *rs, const int64_t *seeds, size_t n,
                                      npr_error *err) {
  size_t i;
  if (n == 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "Seed must be non-empty");
  }
  for (i = 0; i < n; i++) {
    if (seeds[i] < 0 || seeds[i] > (int64_t)UINT32_MAX) {
      return npr_fail(err, NPR_VALUE_ERROR, "Seed must be between 0 and 2**32 - 1");
    }
  }
  {
    uint32_t stack_words[SEED_CHUNK];
    uint32_t *words = n <= SEED_CHUNK ? stack_words : malloc(n * sizeof *words);
    if (words == NULL) {
      return npr_fail(err, NPR_MEMORY_ERROR, "cannot allocate %zu seed words", n);
    }
    for (i = 0; i < n; i++) words[i] = (uint32_t)seeds[i];
    npr_mt19937_init_by_array(&rs->mt, words, n);
    if (words != stack_words) free(words);
  }
  reset_caches(rs);
  return NPR_OK;
}

npr_status npr_randomstate_seed_entropy(npr_randomstate *rs, npr_error *err) {
  uint32_t words[NPR_MT19937_N];
  npr_status st = npr_os_entropy(words, sizeof words, err);
  if (st != NPR_OK) return st;
  npr_mt19937_init_by_array(&rs->mt, words, NPR_MT19937_N);
  reset_caches(rs);
  return NPR_OK;
}

npr_status npr_randomstate_set_state(npr_randomstate *rs, const uint32_t key[NPR_MT19937_N],
                                     int pos, int has_gauss, double gauss, npr_error *err) {
  int i;
  if (pos < 0 || pos > NPR_MT19937_N) {
    return npr_fail(err, NPR_VALUE_ERROR, "pos must be between 0 and 624");
  }
  for (i = 0; i < NPR_MT19937_N; i++) rs->mt.key[i] = key[i];
  rs->mt.pos = pos;
  rs->has_gauss = has_gauss != 0;
  rs->gauss = gauss;
  npr_binomial_cache_reset(&rs->binomial);
  return NPR_OK;
}

npr_bitgen npr_randomstate_bitgen(npr_randomstate *rs) { return npr_mt19937_bitgen(&rs->mt); }
