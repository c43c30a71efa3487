/* Generator.shuffle, permutation and permuted on row-major arrays. All three
 * are Fisher-Yates from the last index down, with random_interval (masked
 * rejection) picking the partner, as NumPy 1.24's _shuffle_raw and its N-D
 * shuffle loop do. */
#include <stdint.h>
#include <string.h>

#include "core/bulk.h"
#include "nprand/bounded.h"
#include "nprand/generator.h"
#include "nprand/shuffle.h"

/* Fixed sizes become register moves; other sizes go through a small buffer. */
#define SWAP_AS(T, a, b)     \
  do {                       \
    T ta_, tb_;              \
    memcpy(&ta_, a, sizeof ta_); \
    memcpy(&tb_, b, sizeof tb_); \
    memcpy(a, &tb_, sizeof tb_); \
    memcpy(b, &ta_, sizeof ta_); \
  } while (0)

/* The branch-free attempts over the block of words in hand in
 * npr_shuffle_items, for items of type T. */
#define SHUFFLE_BLOCK(T)                                                        \
  for (; pos < len; pos++) {                                                    \
    const uint32_t v = w.buf.w32[pos] & mask;                                   \
    const size_t accept = v <= i;                                               \
    const size_t j = accept ? v : i;                                            \
    SWAP_AS(T, base + i * sizeof(T), base + j * sizeof(T));                     \
    i -= accept;                                                                \
    if (i <= (mask >> 1)) mask >>= 1;                                           \
  }

static inline void swap_bytes(unsigned char *a, unsigned char *b, size_t n) {
  unsigned char tmp[64];
  size_t off;
  switch (n) {
  case 1: SWAP_AS(uint8_t, a, b); return;
  case 2: SWAP_AS(uint16_t, a, b); return;
  case 4: SWAP_AS(uint32_t, a, b); return;
  case 8: SWAP_AS(uint64_t, a, b); return;
  default: break;
  }
  for (off = 0; off < n; off += sizeof tmp) {
    const size_t len = n - off < sizeof tmp ? n - off : sizeof tmp;
    memcpy(tmp, a + off, len);
    memcpy(a + off, b + off, len);
    memcpy(b + off, tmp, len);
  }
}

/* random_interval(i) on 32-bit words from a source: the index steps down by
 * one, so the mask (the smallest 2**k - 1 >= i) is carried along rather
 * than recomputed; i steps remain, each drawing at least one word. */
static inline size_t interval32(npr_words *w, uint32_t i, uint32_t mask) {
  uint32_t value;
  while ((value = (npr_words_next32(w, i) & mask)) > i) {
  }
  return value;
}

void npr_shuffle_items(const npr_bitgen *bg, void *items, size_t n, size_t item_size) {
  unsigned char *base = items;
  npr_words w;
  uint32_t mask;
  size_t i = n > 0 ? n - 1 : 0;
  /* Indices beyond 32 bits draw 64-bit words; those steps come first. */
  for (; i > 0xFFFFFFFFUL; i--) {
    const size_t j = (size_t)npr_random_interval(bg, i);
    if (j != i) swap_bytes(base + i * item_size, base + j * item_size, item_size);
  }
  if (i == 0) return;
  npr_words_init(&w, bg);
  mask = (uint32_t)npr_gen_mask(i);
  if (w.ops != NULL && (item_size == 8 || item_size == 4)) {
    /* One attempt per word, without a branch on the outcome: a rejected
     * word swaps item i with itself and leaves i where it is, an accepted
     * one swaps i and j and steps i down (NumPy skips the swap when j == i;
     * swapping an item with itself is the same). The rejection loop's exit,
     * taken at random, was mispredicted about once a step. A block holds at
     * most i words (each of the i steps left takes one at least) and every
     * word takes one attempt, so the block is used up exactly when i is 0
     * or a refill is due. */
    while (i >= 1) {
      size_t pos, len;
      npr_words_refill32(&w, i);
      pos = w.pos;
      len = w.len;
      if (item_size == 8) {
        SHUFFLE_BLOCK(uint64_t);
      } else {
        SHUFFLE_BLOCK(uint32_t);
      }
      w.pos = pos;
    }
    return;
  }
  for (; i >= 1; i--) {
    size_t j;
    if (i <= (mask >> 1)) mask >>= 1;
    j = interval32(&w, (uint32_t)i, mask);
    if (j == i) continue;
    switch (item_size) {
    case 8: SWAP_AS(uint64_t, base + i * 8, base + j * 8); break;
    case 4: SWAP_AS(uint32_t, base + i * 4, base + j * 4); break;
    default: swap_bytes(base + i * item_size, base + j * item_size, item_size); break;
    }
  }
}

/* NumPy's normalize_axis_index. */
static npr_status normalize_axis(int axis, size_t ndim, size_t *out, npr_error *err) {
  const long long nd = (long long)ndim;
  if ((long long)axis < -nd || (long long)axis >= nd) {
    return npr_fail(err, NPR_AXIS_ERROR, "axis %d is out of bounds for array of dimension %zu",
                    axis, ndim);
  }
  *out = axis < 0 ? (size_t)((long long)axis + nd) : (size_t)axis;
  return NPR_OK;
}

/* The array seen as [outer][len][inner] around axis; inner in bytes. */
typedef struct axis_view {
  size_t outer, len, inner;
} axis_view;

static axis_view view_around(size_t ndim, const size_t *shape, size_t itemsize, size_t axis) {
  axis_view v;
  size_t d;
  v.outer = 1;
  v.inner = itemsize;
  v.len = shape[axis];
  for (d = 0; d < axis; d++) v.outer *= shape[d];
  for (d = axis + 1; d < ndim; d++) v.inner *= shape[d];
  return v;
}

static size_t total_items(size_t ndim, const size_t *shape) {
  size_t d, n = 1;
  for (d = 0; d < ndim; d++) n *= shape[d];
  return n;
}

/* Swaps whole slices along the axis; draws len - 1 indices whatever the
 * slice size, which permutation relies on. */
static void shuffle_slices(const npr_bitgen *bg, unsigned char *data, axis_view v) {
  size_t i;
  if (v.outer == 1) {
    npr_shuffle_items(bg, data, v.len, v.inner);
    return;
  }
  for (i = v.len; i-- > 1;) {
    const size_t j = (size_t)npr_random_interval(bg, i);
    size_t o;
    if (j == i) continue;
    for (o = 0; o < v.outer; o++) {
      unsigned char *row = data + o * v.len * v.inner;
      swap_bytes(row + i * v.inner, row + j * v.inner, v.inner);
    }
  }
}

npr_status npr_gen_shuffle(npr_generator *g, void *data, size_t ndim, const size_t *shape,
                           size_t itemsize, int axis, npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  size_t ax = 0;
  npr_status st;
  /* len(x) comes before the axis check in NumPy. */
  if (ndim == 0) return npr_fail(err, NPR_TYPE_ERROR, "len() of unsized object");
  st = normalize_axis(axis, ndim, &ax, err);
  if (st != NPR_OK) return st;
  if (total_items(ndim, shape) == 0) return NPR_OK; /* NumPy returns before drawing */
  shuffle_slices(bg, data, view_around(ndim, shape, itemsize, ax));
  return NPR_OK;
}

void npr_gen_permutation_int(npr_generator *g, int64_t n, int64_t *out) {
  const npr_bitgen *bg = &g->bg;
  int64_t i;
  axis_view v;
  if (n <= 0) return;
  for (i = 0; i < n; i++) out[i] = i;
  v.outer = 1;
  v.len = (size_t)n;
  v.inner = sizeof(int64_t);
  shuffle_slices(bg, (unsigned char *)out, v);
}

npr_status npr_gen_permutation(npr_generator *g, const void *x, void *out, size_t ndim,
                               const size_t *shape, size_t itemsize, int axis, npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  size_t ax = 0;
  npr_status st = normalize_axis(axis, ndim, &ax, err);
  if (st != NPR_OK) return st;
  if (out != x) memcpy(out, x, total_items(ndim, shape) * itemsize);
  /* NumPy shuffles arange(shape[axis]) and indexes with it; swapping the
   * slices directly gives the same array from the same draws. */
  shuffle_slices(bg, out, view_around(ndim, shape, itemsize, ax));
  return NPR_OK;
}

npr_status npr_gen_permuted(npr_generator *g, const void *x, void *out, size_t ndim,
                            const size_t *shape, size_t itemsize, int axis, npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  const size_t total = total_items(ndim, shape);
  unsigned char *base = out;
  axis_view v;
  size_t ax = 0, o, k, inner_items, d;
  npr_status st;
  if (axis == NPR_AXIS_NONE) {
    size_t flat_shape[1];
    if (ndim == 0) return npr_fail(err, NPR_TYPE_ERROR, "len() of unsized object");
    if (out != x) memcpy(out, x, total * itemsize);
    flat_shape[0] = total;
    return npr_gen_shuffle(g, out, 1, flat_shape, itemsize, 0, err);
  }
  st = normalize_axis(axis, ndim, &ax, err);
  if (st != NPR_OK) return st;
  if (out != x) memcpy(out, x, total * itemsize);
  v = view_around(ndim, shape, itemsize, ax);
  inner_items = 1;
  for (d = ax + 1; d < ndim; d++) inner_items *= shape[d];
  /* One independent shuffle per 1-D slice, slices in row-major order of the
   * remaining axes: outer index major, inner element minor. */
  for (o = 0; o < v.outer; o++) {
    for (k = 0; k < inner_items; k++) {
      unsigned char *first = base + o * v.len * v.inner + k * itemsize;
      size_t i;
      for (i = v.len; i-- > 1;) {
        const size_t j = (size_t)npr_random_interval(bg, i);
        swap_bytes(first + i * v.inner, first + j * v.inner, itemsize);
      }
    }
  }
  return NPR_OK;
}
