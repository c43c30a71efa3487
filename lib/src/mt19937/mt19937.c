#include "nprand/mt19937.h"

enum { MT_M = 397 };
#define MT_MATRIX_A 0x9908b0dfUL
#define MT_UPPER_MASK 0x80000000UL
#define MT_LOWER_MASK 0x7fffffffUL

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

void npr_mt19937_twist(npr_mt19937 *mt) {
  uint32_t *key = mt->key;
  uint32_t y;
  int i;
  for (i = 0; i < NPR_MT19937_N - MT_M; i++) {
    y = (key[i] & MT_UPPER_MASK) | (key[i + 1] & MT_LOWER_MASK);
    key[i] = key[i + MT_M] ^ (y >> 1) ^ (-(y & 1) & MT_MATRIX_A);
  }
  for (; i < NPR_MT19937_N - 1; i++) {
    y = (key[i] & MT_UPPER_MASK) | (key[i + 1] & MT_LOWER_MASK);
    key[i] = key[i + (MT_M - NPR_MT19937_N)] ^ (y >> 1) ^ (-(y & 1) & MT_MATRIX_A);
  }
  y = (key[NPR_MT19937_N - 1] & MT_UPPER_MASK) | (key[0] & MT_LOWER_MASK);
  key[NPR_MT19937_N - 1] = key[MT_M - 1] ^ (y >> 1) ^ (-(y & 1) & MT_MATRIX_A);
  mt->pos = 0;
}

static uint64_t vt_next64(void *state) { return npr_mt19937_next64(state); }
static uint32_t vt_next32(void *state) { return npr_mt19937_next32(state); }
static double vt_next_double(void *state) { return npr_mt19937_next_double(state); }
static uint64_t vt_next_raw(void *state) { return npr_mt19937_next32(state); }

npr_bitgen npr_mt19937_bitgen(npr_mt19937 *mt) {
  npr_bitgen bg = {mt, vt_next64, vt_next32, vt_next_double, vt_next_raw};
  return bg;
}
