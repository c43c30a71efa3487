/* Bounded integers, written to consume generator words exactly as NumPy 1.24's
 * distributions.c does (see bounded.h). */
#include "nprand/bounded.h"

#include "core/bulk.h"

/* The fills read words through an npr_words source (core/bulk.h), passing a
 * lower bound on the words still to be drawn: one per value left for the
 * 32- and 64-bit paths, one per word's worth of pieces for 8/16/bool. */

uint64_t npr_gen_mask(uint64_t max) {
  uint64_t mask = max;
  mask |= mask >> 1;
  mask |= mask >> 2;
  mask |= mask >> 4;
  mask |= mask >> 8;
  mask |= mask >> 16;
  mask |= mask >> 32;
  return mask;
}

uint64_t npr_random_interval(const npr_bitgen *bg, uint64_t max) {
  uint64_t mask, value;
  if (max == 0) {
    return 0;
  }
  mask = npr_gen_mask(max);
  if (max <= 0xFFFFFFFFUL) {
    while ((value = (npr_next_uint32(bg) & mask)) > max) {
    }
  } else {
    while ((value = (npr_next_uint64(bg) & mask)) > max) {
    }
  }
  return value;
}

/* A 32-bit word handed out in narrower pieces, low bits first; `left` counts
 * the pieces still in `word` after the current one. */
typedef struct word_buffer {
  uint32_t word;
  int left;
} word_buffer;

/* values_left: values still to produce, this one included. */
static uint32_t buffered_piece(npr_words *w, word_buffer *buf, int bits, size_t values_left) {
  if (buf->left == 0) {
    const size_t per_word = (size_t)(32 / bits);
    buf->word = npr_words_next32(w, (values_left + per_word - 1) / per_word);
    buf->left = 32 / bits - 1;
  } else {
    buf->word >>= bits;
    buf->left -= 1;
  }
  return buf->word;
}

uint64_t npr_umulh_portable(uint64_t a, uint64_t b) {
  uint64_t a0 = a & 0xFFFFFFFFULL, a1 = a >> 32;
  uint64_t b0 = b & 0xFFFFFFFFULL, b1 = b >> 32;
  uint64_t w0 = a0 * b0;
  uint64_t t = a1 * b0 + (w0 >> 32);
  uint64_t w1 = t & 0xFFFFFFFFULL;
  uint64_t w2 = t >> 32;
  w1 += a0 * b1;
  return a1 * b1 + w2 + (w1 >> 32);
}

#if defined(__SIZEOF_INT128__) && !defined(NPRAND_NO_INT128)
__extension__ typedef unsigned __int128 npr_u128; /* pedantic C11 lacks it */
static uint64_t umulh(uint64_t a, uint64_t b) { return (uint64_t)(((npr_u128)a * b) >> 64); }
#else
#define umulh npr_umulh_portable
#endif

static inline uint64_t lemire_uint64(npr_words *w, uint64_t rng, size_t need) {
  const uint64_t rng_excl = rng + 1;
  uint64_t x = npr_words_next64(w, need);
  uint64_t leftover = x * rng_excl; /* low half of the 128-bit product */
  if (leftover < rng_excl) {
    /* rng_excl bounds the threshold, so the modulo is skipped most times. */
    const uint64_t threshold = (UINT64_MAX - rng) % rng_excl;
    while (leftover < threshold) {
      x = npr_words_next64(w, need);
      leftover = x * rng_excl;
    }
  }
  return umulh(x, rng_excl);
}

static void words_direct(npr_words *w, const npr_bitgen *bg) {
  w->bg = bg;
  w->ops = NULL;
  w->pos = w->len = 0;
}

uint64_t npr_bounded_lemire_uint64(const npr_bitgen *bg, uint64_t rng) {
  npr_words w;
  words_direct(&w, bg);
  return lemire_uint64(&w, rng, 1);
}

static inline uint32_t lemire_uint32(npr_words *w, uint32_t rng, size_t need) {
  const uint32_t rng_excl = rng + 1;
  uint64_t m = (uint64_t)npr_words_next32(w, need) * rng_excl;
  uint32_t leftover = (uint32_t)m;
  if (leftover < rng_excl) {
    const uint32_t threshold = (UINT32_MAX - rng) % rng_excl;
    while (leftover < threshold) {
      m = (uint64_t)npr_words_next32(w, need) * rng_excl;
      leftover = (uint32_t)m;
    }
  }
  return (uint32_t)(m >> 32);
}

/* Lemire on 8- or 16-bit pieces: the product fits in 2*bits bits. */
static inline uint32_t lemire_small(npr_words *w, word_buffer *buf, int bits, uint32_t rng,
                                    size_t values_left) {
  const uint32_t piece_mask = (1UL << bits) - 1;
  const uint32_t rng_excl = rng + 1;
  uint32_t m = (buffered_piece(w, buf, bits, values_left) & piece_mask) * rng_excl;
  uint32_t leftover = m & piece_mask;
  if (leftover < rng_excl) {
    const uint32_t threshold = (piece_mask - rng) % rng_excl;
    while (leftover < threshold) {
      m = (buffered_piece(w, buf, bits, values_left) & piece_mask) * rng_excl;
      leftover = m & piece_mask;
    }
  }
  return m >> bits;
}

static inline uint32_t masked_small(npr_words *w, word_buffer *buf, int bits, uint32_t rng,
                                    uint32_t mask, size_t values_left) {
  uint32_t val;
  while ((val = (buffered_piece(w, buf, bits, values_left) & mask)) > rng) {
  }
  return val;
}

static inline uint32_t masked_uint32(npr_words *w, uint32_t rng, uint32_t mask, size_t need) {
  uint32_t val;
  while ((val = (npr_words_next32(w, need) & mask)) > rng) {
  }
  return val;
}

static inline uint64_t masked_uint64(npr_words *w, uint64_t rng, uint64_t mask, size_t need) {
  uint64_t val;
  while ((val = (npr_words_next64(w, need) & mask)) > rng) {
  }
  return val;
}

/* The 32-bit paths of the uint32 and uint64 fills, one body for both. */
#define FILL32(T)                                                                 \
  do {                                                                            \
    if (rng32 == 0xFFFFFFFFUL) {                                                  \
      for (i = 0; i < cnt; i++) out[i] = (T)(off + npr_words_next32(&w, cnt - i)); \
    } else if (use_masked) {                                                      \
      const uint32_t mask = (uint32_t)npr_gen_mask(rng32);                        \
      for (i = 0; i < cnt; i++) out[i] = (T)(off + masked_uint32(&w, rng32, mask, cnt - i)); \
    } else {                                                                      \
      for (i = 0; i < cnt; i++) out[i] = (T)(off + lemire_uint32(&w, rng32, cnt - i)); \
    }                                                                             \
  } while (0)

void npr_bounded_uint64_fill(const npr_bitgen *bg, uint64_t off, uint64_t rng, size_t cnt,
                             bool use_masked, uint64_t *out) {
  npr_words w;
  size_t i;
  if (rng == 0) {
    for (i = 0; i < cnt; i++) out[i] = off;
    return;
  }
  npr_words_init(&w, bg);
  if (rng <= 0xFFFFFFFFUL) {
    /* NumPy drops to the 32-bit generator whenever the range fits. */
    const uint32_t rng32 = (uint32_t)rng;
    FILL32(uint64_t);
  } else if (rng == UINT64_MAX) {
    for (i = 0; i < cnt; i++) out[i] = off + npr_words_next64(&w, cnt - i);
  } else if (use_masked) {
    const uint64_t mask = npr_gen_mask(rng);
    for (i = 0; i < cnt; i++) out[i] = off + masked_uint64(&w, rng, mask, cnt - i);
  } else {
    for (i = 0; i < cnt; i++) out[i] = off + lemire_uint64(&w, rng, cnt - i);
  }
}

void npr_bounded_uint32_fill(const npr_bitgen *bg, uint32_t off, uint32_t rng, size_t cnt,
                             bool use_masked, uint32_t *out) {
  npr_words w;
  const uint32_t rng32 = rng;
  size_t i;
  if (rng == 0) {
    for (i = 0; i < cnt; i++) out[i] = off;
    return;
  }
  npr_words_init(&w, bg);
  FILL32(uint32_t);
}

/* The 8- and 16-bit fills differ only in piece width and store type; both
 * are this one body. */
#define SMALL_FILL(T, BITS)                                                       \
  do {                                                                            \
    const uint32_t piece_mask = (1UL << (BITS)) - 1;                              \
    word_buffer buf = {0, 0};                                                     \
    npr_words w;                                                                  \
    size_t i;                                                                     \
    if (rng == 0) {                                                               \
      for (i = 0; i < cnt; i++) out[i] = off;                                     \
      return;                                                                     \
    }                                                                             \
    npr_words_init(&w, bg);                                                       \
    if (rng == piece_mask) {                                                      \
      for (i = 0; i < cnt; i++) {                                                 \
        out[i] = (T)((off + buffered_piece(&w, &buf, BITS, cnt - i)) & piece_mask); \
      }                                                                           \
    } else if (use_masked) {                                                      \
      const uint32_t mask = (uint32_t)npr_gen_mask(rng);                          \
      for (i = 0; i < cnt; i++) {                                                 \
        out[i] = (T)((off + masked_small(&w, &buf, BITS, rng, mask, cnt - i)) & piece_mask); \
      }                                                                           \
    } else {                                                                      \
      for (i = 0; i < cnt; i++) {                                                 \
        out[i] = (T)((off + lemire_small(&w, &buf, BITS, rng, cnt - i)) & piece_mask); \
      }                                                                           \
    }                                                                             \
  } while (0)

void npr_bounded_uint16_fill(const npr_bitgen *bg, uint16_t off, uint16_t rng, size_t cnt,
                             bool use_masked, uint16_t *out) {
  SMALL_FILL(uint16_t, 16);
}

void npr_bounded_uint8_fill(const npr_bitgen *bg, uint8_t off, uint8_t rng, size_t cnt,
                            bool use_masked, uint8_t *out) {
  SMALL_FILL(uint8_t, 8);
}

void npr_bounded_bool_fill(const npr_bitgen *bg, bool off, bool rng, size_t cnt, bool *out) {
  word_buffer buf = {0, 0};
  npr_words w;
  size_t i;
  if (!rng) {
    for (i = 0; i < cnt; i++) out[i] = off;
    return;
  }
  npr_words_init(&w, bg);
  for (i = 0; i < cnt; i++) out[i] = (buffered_piece(&w, &buf, 1, cnt - i) & 1U) != 0;
}
