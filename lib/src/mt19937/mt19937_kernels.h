/* The MT19937 twist and tempering, one pair of kernels per instruction set
 * (library-internal). Every kernel computes exactly the scalar reference's
 * words: the state layout and the stream do not depend on the path. */
#ifndef NPRAND_SRC_MT19937_KERNELS_H
#define NPRAND_SRC_MT19937_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "nprand/mt19937.h"

enum { NPR_MT_M = 397 };
#define NPR_MT_MATRIX_A 0x9908b0dfUL
#define NPR_MT_UPPER_MASK 0x80000000UL
#define NPR_MT_LOWER_MASK 0x7fffffffUL

/* One word of the twist: key[i] from key[i], key[i + 1] and key[i + M]
 * (indices mod N), the three given here as values. */
static inline uint32_t npr_mt_twist_word(uint32_t here, uint32_t next, uint32_t far) {
  const uint32_t y = (here & NPR_MT_UPPER_MASK) | (next & NPR_MT_LOWER_MASK);
  return far ^ (y >> 1) ^ (-(y & 1) & NPR_MT_MATRIX_A);
}

static inline uint32_t npr_mt_temper(uint32_t y) {
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680UL;
  y ^= (y << 15) & 0xefc60000UL;
  y ^= (y >> 18);
  return y;
}

/* Scalar twist of words [from, to) of the second phase (i >= N - M, where
 * key[i + M - N] is already new) or the first (i < N - M). */
static inline void npr_mt_twist_range(uint32_t *key, int from, int to) {
  int i;
  for (i = from; i < to && i < NPR_MT19937_N - NPR_MT_M; i++) {
    key[i] = npr_mt_twist_word(key[i], key[i + 1], key[i + NPR_MT_M]);
  }
  for (; i < to && i < NPR_MT19937_N - 1; i++) {
    key[i] = npr_mt_twist_word(key[i], key[i + 1], key[i + NPR_MT_M - NPR_MT19937_N]);
  }
  if (i < to) {
    key[NPR_MT19937_N - 1] =
        npr_mt_twist_word(key[NPR_MT19937_N - 1], key[0], key[NPR_MT_M - 1]);
  }
}

#if defined(__x86_64__) && defined(__GNUC__) /* SSE2 is baseline there */
#define NPR_MT_HAVE_X86 1
void npr_mt_twist_sse2(uint32_t *key);
void npr_mt_temper_sse2(const uint32_t *key, size_t n, uint32_t *out);
void npr_mt_twist_avx2(uint32_t *key);
void npr_mt_temper_avx2(const uint32_t *key, size_t n, uint32_t *out);
void npr_mt_twist_avx512(uint32_t *key);
void npr_mt_temper_avx512(const uint32_t *key, size_t n, uint32_t *out);
#else
#define NPR_MT_HAVE_X86 0
#endif

#endif
