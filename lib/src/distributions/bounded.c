/* Bounded integers, written to consume generator words exactly as NumPy 1.24's
 * distributions.c does (see bounded.h). */
#include "nprand/bounded.h"

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

static uint32_t buffered_piece(const npr_bitgen *bg, word_buffer *buf, int bits) {
  if (buf->left == 0) {
    buf->word = npr_next_uint32(bg);
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

uint64_t npr_bounded_lemire_uint64(const npr_bitgen *bg, uint64_t rng) {
  const uint64_t rng_excl = rng + 1;
  uint64_t x = npr_next_uint64(bg);
  uint64_t leftover = x * rng_excl; /* low half of the 128-bit product */
  if (leftover < rng_excl) {
    /* rng_excl bounds the threshold, so the modulo is skipped most times. */
    const uint64_t threshold = (UINT64_MAX - rng) % rng_excl;
    while (leftover < threshold) {
      x = npr_next_uint64(bg);
      leftover = x * rng_excl;
    }
  }
  return umulh(x, rng_excl);
}

static uint32_t lemire_uint32(const npr_bitgen *bg, uint32_t rng) {
  const uint32_t rng_excl = rng + 1;
  uint64_t m = (uint64_t)npr_next_uint32(bg) * rng_excl;
  uint32_t leftover = (uint32_t)m;
  if (leftover < rng_excl) {
    const uint32_t threshold = (UINT32_MAX - rng) % rng_excl;
    while (leftover < threshold) {
      m = (uint64_t)npr_next_uint32(bg) * rng_excl;
      leftover = (uint32_t)m;
    }
  }
  return (uint32_t)(m >> 32);
}

/* Lemire on 8- or 16-bit pieces: the product fits in 2*bits bits. */
static uint32_t lemire_small(const npr_bitgen *bg, word_buffer *buf, int bits, uint32_t rng) {
  const uint32_t piece_mask = (1UL << bits) - 1;
  const uint32_t rng_excl = rng + 1;
  uint32_t m = (buffered_piece(bg, buf, bits) & piece_mask) * rng_excl;
  uint32_t leftover = m & piece_mask;
  if (leftover < rng_excl) {
    const uint32_t threshold = (piece_mask - rng) % rng_excl;
    while (leftover < threshold) {
      m = (buffered_piece(bg, buf, bits) & piece_mask) * rng_excl;
      leftover = m & piece_mask;
    }
  }
  return m >> bits;
}

static uint32_t masked_small(const npr_bitgen *bg, word_buffer *buf, int bits, uint32_t rng,
                             uint32_t mask) {
  uint32_t val;
  while ((val = (buffered_piece(bg, buf, bits) & mask)) > rng) {
  }
  return val;
}

static uint32_t masked_uint32(const npr_bitgen *bg, uint32_t rng, uint32_t mask) {
  uint32_t val;
  while ((val = (npr_next_uint32(bg) & mask)) > rng) {
  }
  return val;
}

static uint64_t masked_uint64(const npr_bitgen *bg, uint64_t rng, uint64_t mask) {
  uint64_t val;
  while ((val = (npr_next_uint64(bg) & mask)) > rng) {
  }
  return val;
}

void npr_bounded_uint64_fill(const npr_bitgen *bg, uint64_t off, uint64_t rng, size_t cnt,
                             bool use_masked, uint64_t *out) {
  size_t i;
  if (rng == 0) {
    for (i = 0; i < cnt; i++) out[i] = off;
  } else if (rng <= 0xFFFFFFFFUL) {
    /* NumPy drops to the 32-bit generator whenever the range fits. */
    if (rng == 0xFFFFFFFFUL) {
      for (i = 0; i < cnt; i++) out[i] = off + npr_next_uint32(bg);
    } else if (use_masked) {
      const uint32_t mask = (uint32_t)npr_gen_mask(rng);
      for (i = 0; i < cnt; i++) out[i] = off + masked_uint32(bg, (uint32_t)rng, mask);
    } else {
      for (i = 0; i < cnt; i++) out[i] = off + lemire_uint32(bg, (uint32_t)rng);
    }
  } else if (rng == UINT64_MAX) {
    for (i = 0; i < cnt; i++) out[i] = off + npr_next_uint64(bg);
  } else if (use_masked) {
    const uint64_t mask = npr_gen_mask(rng);
    for (i = 0; i < cnt; i++) out[i] = off + masked_uint64(bg, rng, mask);
  } else {
    for (i = 0; i < cnt; i++) out[i] = off + npr_bounded_lemire_uint64(bg, rng);
  }
}

void npr_bounded_uint32_fill(const npr_bitgen *bg, uint32_t off, uint32_t rng, size_t cnt,
                             bool use_masked, uint32_t *out) {
  size_t i;
  if (rng == 0) {
    for (i = 0; i < cnt; i++) out[i] = off;
  } else if (rng == 0xFFFFFFFFUL) {
    for (i = 0; i < cnt; i++) out[i] = off + npr_next_uint32(bg);
  } else if (use_masked) {
    const uint32_t mask = (uint32_t)npr_gen_mask(rng);
    for (i = 0; i < cnt; i++) out[i] = off + masked_uint32(bg, rng, mask);
  } else {
    for (i = 0; i < cnt; i++) out[i] = off + lemire_uint32(bg, rng);
  }
}

/* The 8- and 16-bit fills differ only in piece width, so both go through here;
 * out_store writes one value of the caller's width. */
static void small_fill(const npr_bitgen *bg, int bits, uint32_t off, uint32_t rng, size_t cnt,
                       bool use_masked, void *out) {
  const uint32_t piece_mask = (1UL << bits) - 1;
  word_buffer buf = {0, 0};
  size_t i;
  for (i = 0; i < cnt; i++) {
    uint32_t val;
    if (rng == 0) {
      val = 0;
    } else if (rng == piece_mask) {
      val = buffered_piece(bg, &buf, bits);
    } else if (use_masked) {
      val = masked_small(bg, &buf, bits, rng, (uint32_t)npr_gen_mask(rng));
    } else {
      val = lemire_small(bg, &buf, bits, rng);
    }
    val = (off + val) & piece_mask;
    if (bits == 8) {
      ((uint8_t *)out)[i] = (uint8_t)val;
    } else {
      ((uint16_t *)out)[i] = (uint16_t)val;
    }
  }
}

void npr_bounded_uint16_fill(const npr_bitgen *bg, uint16_t off, uint16_t rng, size_t cnt,
                             bool use_masked, uint16_t *out) {
  small_fill(bg, 16, off, rng, cnt, use_masked, out);
}

void npr_bounded_uint8_fill(const npr_bitgen *bg, uint8_t off, uint8_t rng, size_t cnt,
                            bool use_masked, uint8_t *out) {
  small_fill(bg, 8, off, rng, cnt, use_masked, out);
}

void npr_bounded_bool_fill(const npr_bitgen *bg, bool off, bool rng, size_t cnt, bool *out) {
  word_buffer buf = {0, 0};
  size_t i;
  for (i = 0; i < cnt; i++) {
    out[i] = rng ? (buffered_piece(bg, &buf, 1) & 1U) != 0 : off;
  }
}

uint64_t npr_bounded_next(const npr_bitgen *bg, int bits, uint64_t off, uint64_t rng, bool use_masked,
                          npr_bounded_buffer *bbuf) {
  word_buffer buf;
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
  buf.word = bbuf->word;
  buf.left = bbuf->left;
  if (bits == 1) {
    val = (buffered_piece(bg, &buf, 1) & 1U) != 0;
  } else {
    const uint32_t piece_mask = (1UL << bits) - 1;
    uint32_t v;
    if (rng == piece_mask) v = buffered_piece(bg, &buf, bits) & piece_mask;
    else if (use_masked) v = masked_small(bg, &buf, bits, (uint32_t)rng, (uint32_t)npr_gen_mask(rng));
    else v = lemire_small(bg, &buf, bits, (uint32_t)rng);
    val = (off + v) & piece_mask;
  }
  bbuf->word = buf.word;
  bbuf->left = buf.left;
  return val;
}
