/* Bounded integers, written to consume generator words exactly as NumPy 1.24's
 * distributions.c does (see bounded.h). */
#include "nprand/bounded.h"

#include <string.h>

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

/* ---- Bulk paths -----------------------------------------------------------
 * For nprand's own generators the words come a block at a time, and every
 * word (or piece of one) yields a candidate that is stored unconditionally;
 * the output index moves on only when the candidate is accepted, so a
 * rejection costs no mispredicted branch. A block holds at most as many words
 * as values still wanted (for pieces: whole words' worth), so every word
 * drawn is one that single draws would draw, in the same order. The Lemire
 * threshold is the same number NumPy computes inside its loop, computed
 * once per fill. */

typedef enum rule_kind { RULE_FULL, RULE_MASKED, RULE_LEMIRE } rule_kind;

/* How a word becomes a value in [0, rng]: the whole word, masked rejection,
 * or Lemire's multiply with its threshold. */
typedef struct rule {
  rule_kind kind;
  uint64_t rng, mask, rng_excl, threshold;
} rule;

static rule make_rule(uint64_t rng, uint64_t word_max, bool use_masked) {
  rule r;
  r.rng = rng;
  r.mask = npr_gen_mask(rng);
  r.rng_excl = rng + 1;
  r.threshold = 0;
  if (rng == word_max) {
    r.kind = RULE_FULL;
  } else if (use_masked) {
    r.kind = RULE_MASKED;
  } else {
    r.kind = RULE_LEMIRE;
    r.threshold = (word_max - rng) % r.rng_excl;
  }
  return r;
}

/* cnt values in [off, off + rng] of type T from 32-bit words. */
#define BULK32(T)                                                                  \
  do {                                                                             \
    const rule r = make_rule(rng32, UINT32_MAX, use_masked);                       \
    const uint32_t mask = (uint32_t)r.mask, lim = (uint32_t)r.rng;                 \
    const uint32_t excl = (uint32_t)r.rng_excl, thr = (uint32_t)r.threshold;       \
    uint32_t words[2 * NPR_WORD_BLOCK];                                            \
    size_t k = 0;                                                                  \
    while (k < cnt) {                                                              \
      const size_t blk = cnt - k < 2 * NPR_WORD_BLOCK ? cnt - k : 2 * NPR_WORD_BLOCK; \
      size_t j;                                                                    \
      ops->fill_uint32(bg->state, blk, words);                                     \
      if (r.kind == RULE_FULL) {                                                   \
        for (j = 0; j < blk; j++) out[k++] = (T)(off + words[j]);                  \
      } else if (r.kind == RULE_MASKED) {                                          \
        for (j = 0; j < blk; j++) {                                                \
          const uint32_t v = words[j] & mask;                                      \
          out[k] = (T)(off + v);                                                   \
          k += v <= lim;                                                           \
        }                                                                          \
      } else {                                                                     \
        for (j = 0; j < blk; j++) {                                                \
          const uint64_t m = (uint64_t)words[j] * excl;                            \
          out[k] = (T)(off + (uint32_t)(m >> 32));                                 \
          k += (uint32_t)m >= thr;                                                 \
        }                                                                          \
      }                                                                            \
    }                                                                              \
  } while (0)

/* BULK32 for 64-bit outputs, the masked and Lemire blocks on the widest
 * vector unit (core/convert_simd.c: the same values, the same words). */
static void bulk32_to_u64(const npr_bitgen *bg, const npr_bulk_ops *ops, uint64_t off,
                          uint32_t rng32, size_t cnt, bool use_masked, uint64_t *out) {
  const rule r = make_rule(rng32, UINT32_MAX, use_masked);
  const npr_convert_path path = npr_convert_best_path();
  npr_bounded32_rule vr;
  uint32_t words[2 * NPR_WORD_BLOCK];
  size_t k = 0;
  vr.masked = r.kind == RULE_MASKED;
  vr.mask = (uint32_t)r.mask;
  vr.rng = (uint32_t)r.rng;
  vr.rng_excl = (uint32_t)r.rng_excl;
  vr.threshold = (uint32_t)r.threshold;
  vr.off = off;
  while (k < cnt) {
    const size_t blk = cnt - k < 2 * NPR_WORD_BLOCK ? cnt - k : 2 * NPR_WORD_BLOCK;
    size_t j;
    ops->fill_uint32(bg->state, blk, words);
    if (r.kind == RULE_FULL) {
      for (j = 0; j < blk; j++) out[k++] = off + words[j];
    } else {
      k += npr_bounded32_to_u64_path(path, words, blk, &vr, out + k);
    }
  }
}

static void bulk64(const npr_bitgen *bg, const npr_bulk_ops *ops, uint64_t off, uint64_t rng,
                   size_t cnt, bool use_masked, uint64_t *out) {
  const rule r = make_rule(rng, UINT64_MAX, use_masked);
  uint64_t words[NPR_WORD_BLOCK];
  size_t k = 0;
  while (k < cnt) {
    const size_t blk = cnt - k < NPR_WORD_BLOCK ? cnt - k : NPR_WORD_BLOCK;
    size_t j;
    ops->fill_uint64(bg->state, blk, words);
    if (r.kind == RULE_FULL) {
      for (j = 0; j < blk; j++) out[k++] = off + words[j];
    } else if (r.kind == RULE_MASKED) {
      for (j = 0; j < blk; j++) {
        const uint64_t v = words[j] & r.mask;
        out[k] = off + v;
        k += v <= r.rng;
      }
    } else {
      for (j = 0; j < blk; j++) {
        out[k] = off + umulh(words[j], r.rng_excl);
        k += words[j] * r.rng_excl >= r.threshold;
      }
    }
  }
}

/* Pieces of BITS bits, PER to a word, low bits first; whole words only, while
 * at least PER values are wanted. Returns how many values were written. */
#define BULK_PIECES(T, BITS)                                                       \
  do {                                                                             \
    enum { PER = 32 / (BITS) };                                                    \
    const uint32_t piece_mask = (1UL << (BITS)) - 1;                               \
    const rule r = make_rule(rng, piece_mask, use_masked);                         \
    const uint32_t mask = (uint32_t)r.mask, lim = (uint32_t)r.rng;                 \
    const uint32_t excl = (uint32_t)r.rng_excl, thr = (uint32_t)r.threshold;       \
    uint32_t words[2 * NPR_WORD_BLOCK];                                            \
    while (cnt - k >= PER) {                                                       \
      size_t blk = (cnt - k) / PER, j;                                             \
      int t;                                                                       \
      if (blk > 2 * NPR_WORD_BLOCK) blk = 2 * NPR_WORD_BLOCK;                      \
      ops->fill_uint32(bg->state, blk, words);                                     \
      for (j = 0; j < blk; j++) {                                                  \
        const uint32_t x = words[j];                                               \
        for (t = 0; t < PER; t++) {                                                \
          const uint32_t piece = (x >> (t * (BITS))) & piece_mask;                 \
          if (r.kind == RULE_FULL) {                                               \
            out[k++] = (T)((off + piece) & piece_mask);                            \
          } else if (r.kind == RULE_MASKED) {                                      \
            const uint32_t v = piece & mask;                                       \
            out[k] = (T)((off + v) & piece_mask);                                  \
            k += v <= lim;                                                         \
          } else {                                                                 \
            const uint32_t m = piece * excl;                                       \
            out[k] = (T)((off + (m >> (BITS))) & piece_mask);                      \
            k += (m & piece_mask) >= thr;                                          \
          }                                                                        \
        }                                                                          \
      }                                                                            \
    }                                                                              \
  } while (0)

/* Below this many values the bulk set-up (the Lemire modulo, a block call)
 * costs more than it saves; scalar calls (size=None) are fills of one. */
enum { BULK_MIN = 16 };

static const npr_bulk_ops *bulk_for(const npr_bitgen *bg, size_t cnt) {
  return cnt >= BULK_MIN ? npr_bulk_ops_of(bg) : NULL;
}

/* ---- Word-at-a-time paths (a caller's own bitgen, and short tails) ------- */

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
  const npr_bulk_ops *ops;
  npr_words w;
  size_t i;
  if (rng == 0) {
    for (i = 0; i < cnt; i++) out[i] = off;
    return;
  }
  ops = bulk_for(bg, cnt);
  if (rng <= 0xFFFFFFFFUL) {
    /* NumPy drops to the 32-bit generator whenever the range fits. */
    const uint32_t rng32 = (uint32_t)rng;
    if (ops != NULL) {
      bulk32_to_u64(bg, ops, off, rng32, cnt, use_masked, out);
      return;
    }
    words_direct(&w, bg);
    FILL32(uint64_t);
  } else if (ops != NULL) {
    bulk64(bg, ops, off, rng, cnt, use_masked, out);
  } else if (rng == UINT64_MAX) {
    words_direct(&w, bg);
    for (i = 0; i < cnt; i++) out[i] = off + npr_words_next64(&w, cnt - i);
  } else if (use_masked) {
    const uint64_t mask = npr_gen_mask(rng);
    words_direct(&w, bg);
    for (i = 0; i < cnt; i++) out[i] = off + masked_uint64(&w, rng, mask, cnt - i);
  } else {
    words_direct(&w, bg);
    for (i = 0; i < cnt; i++) out[i] = off + lemire_uint64(&w, rng, cnt - i);
  }
}

void npr_bounded_uint32_fill(const npr_bitgen *bg, uint32_t off, uint32_t rng, size_t cnt,
                             bool use_masked, uint32_t *out) {
  const npr_bulk_ops *ops;
  npr_words w;
  const uint32_t rng32 = rng;
  size_t i;
  if (rng == 0) {
    for (i = 0; i < cnt; i++) out[i] = off;
    return;
  }
  ops = bulk_for(bg, cnt);
  if (ops != NULL) {
    BULK32(uint32_t);
    return;
  }
  words_direct(&w, bg);
  FILL32(uint32_t);
}

/* The 8- and 16-bit fills differ only in piece width and store type; both
 * are this one body: whole words in bulk, then the last few values (or all
 * of them, for a caller's own bitgen) piece by piece. */
#define SMALL_FILL(T, BITS)                                                       \
  do {                                                                            \
    const uint32_t piece_mask = (1UL << (BITS)) - 1;                              \
    const npr_bulk_ops *ops;                                                      \
    word_buffer buf = {0, 0};                                                     \
    npr_words w;                                                                  \
    size_t i, k = 0;                                                              \
    if (rng == 0) {                                                               \
      for (i = 0; i < cnt; i++) out[i] = off;                                     \
      return;                                                                     \
    }                                                                             \
    ops = bulk_for(bg, cnt);                                                    \
    if (ops != NULL) BULK_PIECES(T, BITS);                                        \
    npr_words_init(&w, bg);                                                       \
    if (rng == piece_mask) {                                                      \
      for (i = k; i < cnt; i++) {                                                 \
        out[i] = (T)((off + buffered_piece(&w, &buf, BITS, cnt - i)) & piece_mask); \
      }                                                                           \
    } else if (use_masked) {                                                      \
      const uint32_t mask = (uint32_t)npr_gen_mask(rng);                          \
      for (i = k; i < cnt; i++) {                                                 \
        out[i] = (T)((off + masked_small(&w, &buf, BITS, rng, mask, cnt - i)) & piece_mask); \
      }                                                                           \
    } else {                                                                      \
      for (i = k; i < cnt; i++) {                                                 \
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

/* out[t] = bit t of word, t < 32: the buffered bool draws of one word. Where
 * bool is a byte holding 0 or 1 and the byte order is little-endian, eight
 * at a time: each byte of b * 0x0101010101010101 is b, byte k keeps bit k
 * (mask 0x8040201008040201), and adding 0x7f carries a set bit to the byte's
 * top bit without reaching the next byte. */
static inline void bools_from_word(uint32_t word, bool *out) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (sizeof(bool) == 1) {
    int t;
    for (t = 0; t < 32; t += 8) {
      const uint64_t spread = ((word >> t) & 0xffU) * 0x0101010101010101ULL;
      const uint64_t bytes =
          (((spread & 0x8040201008040201ULL) + 0x7f7f7f7f7f7f7f7fULL) >> 7) & 0x0101010101010101ULL;
      memcpy(out + t, &bytes, sizeof bytes);
    }
    return;
  }
#endif
  {
    int t;
    for (t = 0; t < 32; t++) out[t] = ((word >> t) & 1U) != 0;
  }
}

void npr_bounded_bool_fill(const npr_bitgen *bg, bool off, bool rng, size_t cnt, bool *out) {
  const npr_bulk_ops *ops;
  word_buffer buf = {0, 0};
  npr_words w;
  size_t i = 0;
  if (!rng) {
    for (i = 0; i < cnt; i++) out[i] = off;
    return;
  }
  ops = bulk_for(bg, cnt);
  if (ops != NULL) {
    /* 32 values to a word, no rejection: whole words while 32 are wanted. */
    uint32_t words[NPR_WORD_BLOCK];
    while (cnt - i >= 32) {
      size_t blk = (cnt - i) / 32, j;
      if (blk > NPR_WORD_BLOCK) blk = NPR_WORD_BLOCK;
      ops->fill_uint32(bg->state, blk, words);
      for (j = 0; j < blk; j++, i += 32) bools_from_word(words[j], out + i);
    }
  }
  npr_words_init(&w, bg);
  for (; i < cnt; i++) out[i] = (buffered_piece(&w, &buf, 1, cnt - i) & 1U) != 0;
}

uint64_t npr_bounded_next(const npr_bitgen *bg, int bits, uint64_t off, uint64_t rng, bool use_masked,
                          npr_bounded_buffer *bbuf) {
  word_buffer buf;
  npr_words w; /* one word at a time (need 1): nothing is read ahead */
  uint64_t val;
  if (rng == 0) return off;
  if (bits == 64) {
    npr_bounded_uint64_fill(bg, off, rng, 1, use_masked, &val);
    return val;
  }
  if (bits == 32) {
    uint32_t v;
    npr_bounded_uint32_fill(bg, (uint32_t)off, (uint32_t)rng, 1, use_masked, &v);
    return v;
  }
  npr_words_init(&w, bg);
  buf.word = bbuf->word;
  buf.left = bbuf->left;
  if (bits == 1) {
    val = (buffered_piece(&w, &buf, 1, 1) & 1U) != 0;
  } else {
    const uint32_t piece_mask = (1UL << bits) - 1;
    uint32_t v;
    if (rng == piece_mask) v = buffered_piece(&w, &buf, bits, 1) & piece_mask;
    else if (use_masked) v = masked_small(&w, &buf, bits, (uint32_t)rng, (uint32_t)npr_gen_mask(rng), 1);
    else v = lemire_small(&w, &buf, bits, (uint32_t)rng, 1);
    val = (off + v) & piece_mask;
  }
  bbuf->word = buf.word;
  bbuf->left = buf.left;
  return val;
}
