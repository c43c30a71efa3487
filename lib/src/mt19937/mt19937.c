#include "nprand/mt19937.h"

#include "core/bulk.h"

void npr_mt19937_seed(npr_mt19937 *mt, uint32_t seed) {
  int pos;
  for (pos = 0; pos < NPR_MT19937_N; pos++) {
    mt->key[pos] = seed;
    seed = 1812433253UL * (seed ^ (seed >> 30)) + (uint32_t)pos + 1;
  }
  mt->pos = NPR_MT19937_N;
}

static void init_genrand(npr_mt19937 *mt, uint32_t s) {
  uint32_t *key = mt->key;
  int i;
  key[0] = s;
  for (i = 1; i < NPR_MT19937_N; i++) {
    key[i] = 1812433253UL * (key[i - 1] ^ (key[i - 1] >> 30)) + (uint32_t)i;
  }
  mt->pos = NPR_MT19937_N;
}

void npr_mt19937_init_by_array(npr_mt19937 *mt, const uint32_t *init_key, size_t key_length) {
  uint32_t *key = mt->key;
  size_t i = 1, j = 0, k;

  init_genrand(mt, 19650218UL);
  k = key_length > NPR_MT19937_N ? key_length : NPR_MT19937_N;
  for (; k; k--) {
    /* j is added as a 32-bit word: mt19937ar's j is at most key_length. */
    uint32_t word = key_length ? init_key[j] : 0;
    key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) * 1664525UL)) + word + (uint32_t)j;
    i++;
    j++;
    if (i >= NPR_MT19937_N) {
      key[0] = key[NPR_MT19937_N - 1];
      i = 1;
    }
    if (j >= key_length) {
      j = 0;
    }
  }
  for (k = NPR_MT19937_N - 1; k; k--) {
    key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) * 1566083941UL)) - (uint32_t)i;
    i++;
    if (i >= NPR_MT19937_N) {
      key[0] = key[NPR_MT19937_N - 1];
      i = 1;
    }
  }
  key[0] = 0x80000000UL; /* MSB set: the state can never be all zero */
  mt->pos = NPR_MT19937_N;
}

static uint64_t vt_next64(void *state) { return npr_mt19937_next64(state); }
static uint32_t vt_next32(void *state) { return npr_mt19937_next32(state); }
static double vt_next_double(void *state) { return npr_mt19937_next_double(state); }
static uint64_t vt_next_raw(void *state) { return npr_mt19937_next32(state); }

enum { PAIR_BLOCK = 256 };

/* next_uint64 is two 32-bit words, high first. */
static void fill64(void *state, size_t n, uint64_t *out) {
  uint32_t words[2 * PAIR_BLOCK];
  size_t done = 0;
  while (done < n) {
    const size_t k = n - done < PAIR_BLOCK ? n - done : PAIR_BLOCK;
    size_t i;
    npr_mt19937_fill32(state, 2 * k, words);
    for (i = 0; i < k; i++) out[done + i] = ((uint64_t)words[2 * i] << 32) | words[2 * i + 1];
    done += k;
  }
}

static void fill32(void *state, size_t n, uint32_t *out) { npr_mt19937_fill32(state, n, out); }

const npr_bulk_ops npr_mt19937_bulk = {vt_next64, fill64, fill32, NPR_DOUBLE_FROM_UINT32_PAIR, 1};

npr_bitgen npr_mt19937_bitgen(npr_mt19937 *mt) {
  npr_bitgen bg = {mt, vt_next64, vt_next32, vt_next_double, vt_next_raw};
  return bg;
}
