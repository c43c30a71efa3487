/* Bulk raw draws: the public npr_bitgen_fill_* and the buffered-half helper
 * the 64-bit generators share. */
#include "core/bulk.h"

#include <string.h>

enum { HALF_BLOCK = 256 };

void npr_bulk_fill_uint32_from_64(void *state, int *has_half, uint32_t *half,
                                  void (*fill_uint64)(void *state, size_t n, uint64_t *out),
                                  size_t n, uint32_t *out) {
  uint64_t block[HALF_BLOCK];
  size_t i = 0;
  if (n == 0) return;
  if (*has_half) {
    *has_half = 0;
    out[i++] = *half;
  }
  while (n - i >= 2) {
    const size_t pairs = (n - i) / 2 < HALF_BLOCK ? (n - i) / 2 : HALF_BLOCK;
    size_t k;
    fill_uint64(state, pairs, block);
    for (k = 0; k < pairs; k++) {
      out[i++] = (uint32_t)block[k];
      out[i++] = (uint32_t)(block[k] >> 32);
    }
  }
  if (i < n) {
    fill_uint64(state, 1, block);
    out[i] = (uint32_t)block[0];
    *half = (uint32_t)(block[0] >> 32);
    *has_half = 1;
  }
}

void npr_bitgen_fill_uint64(const npr_bitgen *bg, size_t n, uint64_t *out) {
  const npr_bulk_ops *ops = npr_bulk_ops_of(bg);
  size_t i;
  if (ops != NULL) {
    ops->fill_uint64(bg->state, n, out);
    return;
  }
  for (i = 0; i < n; i++) out[i] = npr_next_uint64(bg);
}

void npr_bitgen_fill_uint32(const npr_bitgen *bg, size_t n, uint32_t *out) {
  const npr_bulk_ops *ops = npr_bulk_ops_of(bg);
  size_t i;
  if (ops != NULL) {
    ops->fill_uint32(bg->state, n, out);
    return;
  }
  for (i = 0; i < n; i++) out[i] = npr_next_uint32(bg);
}

void npr_bitgen_fill_raw(const npr_bitgen *bg, size_t n, uint64_t *out) {
  const npr_bulk_ops *ops = npr_bulk_ops_of(bg);
  size_t i;
  if (ops == NULL) {
    for (i = 0; i < n; i++) out[i] = npr_next_raw(bg);
  } else if (!ops->raw_is_uint32) {
    ops->fill_uint64(bg->state, n, out);
  } else {
    /* MT19937: the 32-bit words, widened. */
    uint32_t block[2 * HALF_BLOCK];
    size_t done = 0;
    while (done < n) {
      const size_t k = n - done < 2 * HALF_BLOCK ? n - done : 2 * HALF_BLOCK;
      ops->fill_uint32(bg->state, k, block);
      for (i = 0; i < k; i++) out[done + i] = block[i];
      done += k;
    }
  }
}

void npr_bitgen_fill_bytes(const npr_bitgen *bg, size_t n_words, size_t keep, uint8_t *out) {
  uint32_t block[2 * HALF_BLOCK];
  size_t done = 0;
  while (done < n_words) {
    const size_t k = n_words - done < 2 * HALF_BLOCK ? n_words - done : 2 * HALF_BLOCK;
    size_t i = 0;
    npr_bitgen_fill_uint32(bg, k, block);
    /* Words whose four bytes are all kept: little-endian bytes of each word,
     * which on a little-endian machine is the block as it lies in memory. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    {
      const size_t whole = keep / 4 > done ? keep / 4 - done : 0;
      i = whole < k ? whole : k;
      memcpy(out + 4 * done, block, 4 * i);
    }
#endif
    for (; i < k; i++) {
      const size_t at = 4 * (done + i);
      unsigned b;
      for (b = 0; b < 4 && at + b < keep; b++) out[at + b] = (uint8_t)(block[i] >> (8 * b));
    }
    done += k;
  }
}
