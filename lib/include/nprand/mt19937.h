/* MT19937, the Mersenne Twister of NumPy's RandomState and MT19937 bit
 * generator and of CPython's random module (all three share this core). */
#ifndef NPRAND_MT19937_H
#define NPRAND_MT19937_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/bitgen.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NPR_MT19937_N 624

/* key and pos are exactly what NumPy's get_state() shows ('key', 'pos'). */
typedef struct npr_mt19937 {
  uint32_t key[NPR_MT19937_N];
  int pos; /* index of the next word to temper; N means "twist first" */
} npr_mt19937;

/* NumPy's mt19937_seed (legacy RandomState(int)): Knuth's linear recurrence,
 * pos = N. */
void npr_mt19937_seed(npr_mt19937 *mt, uint32_t seed);

/* The reference init_by_array (mt19937ar.c); key_length may be 0 only in the
 * sense of "no words", which is treated like {0}'s length-1 loop count. */
void npr_mt19937_init_by_array(npr_mt19937 *mt, const uint32_t *init_key, size_t key_length);

/* Regenerates all N words (the "twist") and sets pos to 0, on the active
 * path (below). */
void npr_mt19937_twist(npr_mt19937 *mt);

/* ---- Kernel paths --------------------------------------------------------
 * The twist and the tempering of bulk fills run on the widest vector unit
 * the CPU has (SSE2 is the x86-64 baseline; AVX2 and AVX-512F are detected
 * at run time; elsewhere only the portable C). Every path gives the same
 * words and leaves the same key and pos. NPRAND_MT19937_PATH=scalar|sse2|
 * avx2|avx512 pins a path (an unavailable or unknown name means the best
 * available one); it is read at the first twist or bulk fill of the process
 * and again at each call of npr_mt19937_active_path, whose answer the later
 * twists and fills use. */
typedef enum npr_mt19937_path {
  NPR_MT19937_PATH_SCALAR,
  NPR_MT19937_PATH_SSE2,
  NPR_MT19937_PATH_AVX2,
  NPR_MT19937_PATH_AVX512
} npr_mt19937_path;

bool npr_mt19937_path_available(npr_mt19937_path path);
npr_mt19937_path npr_mt19937_best_path(void);
/* NPRAND_MT19937_PATH when set and available, else npr_mt19937_best_path;
 * from now on the path of the twists and fills. */
npr_mt19937_path npr_mt19937_active_path(void);
const char *npr_mt19937_path_name(npr_mt19937_path path); /* "scalar", "sse2", "avx2", "avx512" */
/* The twist on one path (NPR_MT19937_PATH_SCALAR is the reference). The path
 * must be available. */
void npr_mt19937_twist_path(npr_mt19937 *mt, npr_mt19937_path path);

/* n outputs of npr_mt19937_next32, in bulk, on one path or the active one. */
void npr_mt19937_fill32_path(npr_mt19937 *mt, npr_mt19937_path path, size_t n, uint32_t *out);
void npr_mt19937_fill32(npr_mt19937 *mt, size_t n, uint32_t *out);

static inline uint32_t npr_mt19937_next32(npr_mt19937 *mt) {
  uint32_t y;
  if (mt->pos >= NPR_MT19937_N) {
    npr_mt19937_twist(mt);
  }
  y = mt->key[mt->pos++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680UL;
  y ^= (y << 15) & 0xefc60000UL;
  y ^= (y >> 18);
  return y;
}

/* High word first, as NumPy's mt19937_next64. */
static inline uint64_t npr_mt19937_next64(npr_mt19937 *mt) {
  uint64_t hi = npr_mt19937_next32(mt);
  return (hi << 32) | npr_mt19937_next32(mt);
}

static inline double npr_mt19937_next_double(npr_mt19937 *mt) {
  uint32_t a = npr_mt19937_next32(mt);
  uint32_t b = npr_mt19937_next32(mt);
  return npr_double_from_uint32_pair(a, b);
}

/* A bitgen reading mt; next_raw is the 32-bit output widened. */
npr_bitgen npr_mt19937_bitgen(npr_mt19937 *mt);

/* ---- New-API seeding and jumping (NumPy's MT19937 bit generator) --------- */

struct npr_seedsequence;

/* MT19937(seed_seq): 624 words from generate_state; key[0] = 0x80000000 so
 * the state is never all zero, word 0 is dropped, and pos is left at 623 as
 * NumPy leaves it, so the first output comes before the first twist. */
void npr_mt19937_from_seedseq(npr_mt19937 *mt, const struct npr_seedsequence *ss);

/* Advances mt in place as if 2**128 words had been drawn (NumPy's
 * mt19937_jump: Horner evaluation of a precomputed jump polynomial). A pos of
 * N or more is first reset to 0 without a twist, exactly as NumPy does. */
void npr_mt19937_jump(npr_mt19937 *mt);

/* MT19937.jumped(jumps): out = src jumped `jumps` times; jumps <= 0 copies
 * src unchanged (NumPy's loop runs no times). out may be src. */
void npr_mt19937_jumped(const npr_mt19937 *src, int64_t jumps, npr_mt19937 *out);

#ifdef __cplusplus
}
#endif
#endif
