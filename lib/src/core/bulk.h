/* Bulk word draws for nprand's own bit generators (library-internal).
 *
 * A fill that calls bg->next_uint64 once per value pays an indirect call per
 * draw. Each of nprand's generators therefore also has loops that produce n
 * words at once with the state held in locals; npr_bulk_ops_of recognises a
 * bitgen made by npr_<gen>_bitgen (by its next_uint64 member, so npr_bitgen
 * keeps its layout and a caller's own bitgen is never misread) and hands
 * out those loops. Every loop leaves the state exactly as n single calls do. */
#ifndef NPRAND_SRC_BULK_H
#define NPRAND_SRC_BULK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/bitgen.h"

/* How the generator's next_double is made from its words. */
typedef enum npr_double_layout {
  NPR_DOUBLE_FROM_UINT64,     /* npr_double_from_uint64(next_uint64()) */
  NPR_DOUBLE_FROM_UINT32_PAIR /* npr_double_from_uint32_pair of two next_uint32(),
                                 which are next_uint64's high and low halves */
} npr_double_layout;

typedef struct npr_bulk_ops {
  uint64_t (*next_uint64)(void *state); /* the bitgen member that identifies it */
  void (*fill_uint64)(void *state, size_t n, uint64_t *out);
  void (*fill_uint32)(void *state, size_t n, uint32_t *out);
  npr_double_layout double_layout;
  int raw_is_uint32; /* next_raw is next_uint32 widened (MT19937) */
} npr_bulk_ops;

extern const npr_bulk_ops npr_mt19937_bulk;
extern const npr_bulk_ops npr_pcg64_bulk;
extern const npr_bulk_ops npr_pcg64dxsm_bulk;
extern const npr_bulk_ops npr_philox_bulk;
extern const npr_bulk_ops npr_sfc64_bulk;

/* The bulk loops of bg's generator, or NULL for a bitgen nprand did not make. */
static inline const npr_bulk_ops *npr_bulk_ops_of(const npr_bitgen *bg) {
  if (bg->next_uint64 == npr_mt19937_bulk.next_uint64) return &npr_mt19937_bulk;
  if (bg->next_uint64 == npr_pcg64_bulk.next_uint64) return &npr_pcg64_bulk;
  if (bg->next_uint64 == npr_sfc64_bulk.next_uint64) return &npr_sfc64_bulk;
  if (bg->next_uint64 == npr_philox_bulk.next_uint64) return &npr_philox_bulk;
  if (bg->next_uint64 == npr_pcg64dxsm_bulk.next_uint64) return &npr_pcg64dxsm_bulk;
  return NULL;
}

static inline double npr_bulk_double(npr_double_layout layout, uint64_t word) {
  if (layout == NPR_DOUBLE_FROM_UINT32_PAIR) {
    return npr_double_from_uint32_pair((uint32_t)(word >> 32), (uint32_t)word);
  }
  return npr_double_from_uint64(word);
}

/* ---- Words to doubles over a block (convert_simd.c) --------------------- */

/* The instruction sets the block conversions can use; every path gives the
 * scalar formulas' doubles bit for bit. */
typedef enum npr_convert_path { NPR_CONVERT_SCALAR, NPR_CONVERT_AVX2, NPR_CONVERT_AVX512 } npr_convert_path;

bool npr_convert_path_available(npr_convert_path path);
npr_convert_path npr_convert_best_path(void);

/* out[i] = npr_double_from_uint64(words[i]), i < n. */
void npr_doubles_from_uint64_path(npr_convert_path path, const uint64_t *words, size_t n,
                                  double *out);
/* out[i] = npr_double_from_uint32_pair(words[2i], words[2i + 1]), i < n. */
void npr_doubles_from_uint32_pairs_path(npr_convert_path path, const uint32_t *words, size_t n,
                                        double *out);

/* A bounded rule on 32-bit words (bounded.c): masked rejection (value
 * word & mask, accepted when <= rng) or Lemire (value the high half of
 * word * rng_excl, accepted when the low half is >= threshold). */
typedef struct npr_bounded32_rule {
  bool masked;
  uint32_t mask, rng, rng_excl, threshold;
  uint64_t off;
} npr_bounded32_rule;

/* The accepted values of words[0..n) in order, off added, written to out
 * (which has room for n: rejected values may be written and overwritten);
 * returns how many were accepted. */
size_t npr_bounded32_to_u64_path(npr_convert_path path, const uint32_t *words, size_t n,
                                 const npr_bounded32_rule *rule, uint64_t *out);

/* 32-bit words for a 64-bit generator with NumPy's buffered half: the
 * waiting half first, then each fresh word's low half before its high half;
 * an odd count leaves the last high half waiting, as next_uint32 does. */
void npr_bulk_fill_uint32_from_64(void *state, int *has_half, uint32_t *half,
                                  void (*fill_uint64)(void *state, size_t n, uint64_t *out),
                                  size_t n, uint32_t *out);

/* ---- Word sources: draw ahead in blocks, never past the end ------------- */

enum { NPR_WORD_BLOCK = 256 };

/* Words are read ahead in blocks so the sampler loop makes no call per word;
 * the caller passes, with each draw, a lower bound on the words it will
 * still draw (this one included), and a block is never longer than that, so
 * every word drawn is used and the generator ends exactly where single draws
 * leave it. A bitgen nprand did not make is drawn from word by word. */
typedef struct npr_words {
  const npr_bitgen *bg;
  const npr_bulk_ops *ops;
  size_t pos, len;
  union {
    uint64_t w64[NPR_WORD_BLOCK];
    uint32_t w32[2 * NPR_WORD_BLOCK];
  } buf;
} npr_words;

static inline void npr_words_init(npr_words *w, const npr_bitgen *bg) {
  w->bg = bg;
  w->ops = npr_bulk_ops_of(bg);
  w->pos = w->len = 0;
}

static inline size_t npr_words_block(size_t need, size_t cap) {
  return need < cap ? (need > 0 ? need : 1) : cap;
}

/* Start a fresh block of 64-bit (32-bit) words; only for a bitgen nprand
 * made (w->ops != NULL) and when the block is used up (pos == len). */
static inline void npr_words_refill64(npr_words *w, size_t need) {
  w->len = npr_words_block(need, NPR_WORD_BLOCK);
  w->pos = 0;
  w->ops->fill_uint64(w->bg->state, w->len, w->buf.w64);
}

static inline void npr_words_refill32(npr_words *w, size_t need) {
  w->len = npr_words_block(need, 2 * NPR_WORD_BLOCK);
  w->pos = 0;
  w->ops->fill_uint32(w->bg->state, w->len, w->buf.w32);
}

static inline uint64_t npr_words_next64(npr_words *w, size_t need) {
  if (w->pos == w->len) {
    if (w->ops == NULL) return npr_next_uint64(w->bg);
    npr_words_refill64(w, need);
  }
  return w->buf.w64[w->pos++];
}

static inline uint32_t npr_words_next32(npr_words *w, size_t need) {
  if (w->pos == w->len) {
    if (w->ops == NULL) return npr_next_uint32(w->bg);
    npr_words_refill32(w, need);
  }
  return w->buf.w32[w->pos++];
}

/* next_double from the same 64-bit words as npr_words_next64. */
static inline double npr_words_double(npr_words *w, size_t need) {
  if (w->ops == NULL) return npr_next_double(w->bg);
  return npr_bulk_double(w->ops->double_layout, npr_words_next64(w, need));
}

/* next_float (24 bits of one 32-bit word) from npr_words_next32's words. */
static inline float npr_words_float(npr_words *w, size_t need) {
  return (float)(npr_words_next32(w, need) >> 8) * (1.0f / 16777216.0f);
}

#endif
