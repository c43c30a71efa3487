/* The bit-generator interface every distribution is written against.
 *
 * Same shape as NumPy's bitgen_t, so a distribution ported from NumPy draws
 * exactly the words NumPy draws. A bitgen only points at a generator's state;
 * make one when needed (npr_mt19937_bitgen, npr_pcg64_bitgen, ...) and keep
 * the state struct itself wherever you like: states hold no self-pointers and
 * can be copied with memcpy. */
#ifndef NPRAND_BITGEN_H
#define NPRAND_BITGEN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct npr_bitgen {
  void *state;
  uint64_t (*next_uint64)(void *state);
  uint32_t (*next_uint32)(void *state);
  double (*next_double)(void *state); /* [0, 1), 53 significant bits */
  uint64_t (*next_raw)(void *state);  /* what NumPy's random_raw() returns */
} npr_bitgen;

static inline uint64_t npr_next_uint64(const npr_bitgen *bg) { return bg->next_uint64(bg->state); }
static inline uint32_t npr_next_uint32(const npr_bitgen *bg) { return bg->next_uint32(bg->state); }
static inline double npr_next_double(const npr_bitgen *bg) { return bg->next_double(bg->state); }
static inline uint64_t npr_next_raw(const npr_bitgen *bg) { return bg->next_raw(bg->state); }

/* n words at once, exactly what n calls of npr_next_uint64 / npr_next_uint32 /
 * npr_next_raw return, leaving the state exactly as those calls leave it
 * (the buffered 32-bit half included). For nprand's own generators these run
 * without a call per word; any other bitgen is called once per word. */
void npr_bitgen_fill_uint64(const npr_bitgen *bg, size_t n, uint64_t *out);
void npr_bitgen_fill_uint32(const npr_bitgen *bg, size_t n, uint32_t *out);
void npr_bitgen_fill_raw(const npr_bitgen *bg, size_t n, uint64_t *out);
/* The first `keep` bytes (keep <= 4 * n_words) of n_words 32-bit draws laid
 * out little endian: NumPy's bytes(). All n_words words are drawn. */
void npr_bitgen_fill_bytes(const npr_bitgen *bg, size_t n_words, size_t keep, uint8_t *out);

/* float32 in [0, 1) from the top 24 bits of one 32-bit draw (NumPy's
 * next_float). */
static inline float npr_next_float(const npr_bitgen *bg) {
  return (float)(npr_next_uint32(bg) >> 8) * (1.0f / 16777216.0f);
}

/* The 53-bit double NumPy and CPython build from two 32-bit words. */
static inline double npr_double_from_uint32_pair(uint32_t a, uint32_t b) {
  return ((double)(int32_t)(a >> 5) * 67108864.0 + (double)(int32_t)(b >> 6)) / 9007199254740992.0;
}

/* The 53-bit double NumPy builds from one 64-bit word. */
static inline double npr_double_from_uint64(uint64_t word) {
  /* Through int64_t: the same value (it is below 2**53), and a single
   * signed conversion instruction where unsigned ones need a branch. */
  return (double)(int64_t)(word >> 11) * (1.0 / 9007199254740992.0);
}

#ifdef __cplusplus
}
#endif
#endif
