/* Normal and exponential samplers of NumPy 1.24's Generator: the ziggurat
 * (64-bit and float32 variants) and the inversion form of the exponential.
 * Operand types and libm calls follow NumPy's expressions exactly (double exp
 * in the float32 normal wedge, expf in the float32 exponential wedge, log1p
 * of -U in every tail) because each choice changes the last bit. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/bulk.h"
#include "core/npr_math.h"
#include "nprand/distributions.h"
#include "core/npr_math.h"
#include "ziggurat_tables.h"

/* Each sampler is written once, against a word source; `need` is the number
 * of values the caller still has to produce, this one included: every value
 * takes at least one more word, so it bounds the words still to be drawn
 * (see npr_words). The scalar forms draw word by word. */

/* The fast paths: the value a word gives when it falls inside its layer's
 * rectangle (about 99% of words), or false. The kernels below start with
 * them; the fills run them over a block of words in a tight loop and hand
 * the first word that misses to the kernel, which re-reads it. */
/* -v when bit 0 of sign is set, else v: IEEE negation is the sign bit
 * flipped, done here without a branch (the sign is a coin toss, which a
 * branch predictor loses half the time). */
static inline double flip_sign(uint64_t sign, double v) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  bits ^= (sign & 0x1) << 63;
  memcpy(&v, &bits, sizeof v);
  return v;
}

static inline float flip_sign_f(uint32_t sign, float v) {
  uint32_t bits;
  memcpy(&bits, &v, sizeof bits);
  bits ^= (sign & 0x1) << 31;
  memcpy(&v, &bits, sizeof v);
  return v;
}

static inline bool normal_fast(uint64_t r, double *x) {
  /* One word: 8 bits of layer, 1 sign bit, 52 bits of magnitude. */
  const int idx = (int)(r & 0xff);
  const uint64_t rabs = (r >> 9) & 0x000fffffffffffffULL;
  /* The magnitudes are far below 2**63: converting them as signed is exact
   * and one instruction. */
  *x = flip_sign(r >> 8, (double)(int64_t)rabs * npr_zig_wi_double[idx]);
  return rabs < npr_zig_ki_double[idx];
}

static inline bool normal_f_fast(uint32_t r, float *x) {
  /* 8 bits of layer, 1 sign bit, 23 bits of magnitude. */
  const int idx = (int)(r & 0xff);
  const uint32_t rabs = (r >> 9) & 0x0007fffffUL;
  *x = flip_sign_f(r >> 8, (float)(int32_t)rabs * npr_zig_wi_float[idx]);
  return rabs < npr_zig_ki_float[idx];
}

static inline bool exponential_fast(uint64_t r, double *x) {
  /* The low 3 bits are dropped, then 8 bits of layer, 53 of magnitude. */
  const uint64_t ri = r >> 3;
  const int idx = (int)(ri & 0xff);
  *x = (double)(int64_t)(ri >> 8) * npr_zig_we_double[idx];
  return (ri >> 8) < npr_zig_ke_double[idx];
}

static inline bool exponential_f_fast(uint32_t r, float *x) {
  const uint32_t ri = r >> 1;
  const int idx = (int)(ri & 0xff);
  *x = (float)(int32_t)(ri >> 8) * npr_zig_we_float[idx];
  return (ri >> 8) < npr_zig_ke_float[idx];
}

static inline double normal_from(npr_words *w, size_t need) {
  for (;;) {
    const uint64_t r = npr_words_next64(w, need);
    const int idx = (int)(r & 0xff);
    const uint64_t rabs = (r >> 9) & 0x000fffffffffffffULL;
    double x;
    if (normal_fast(r, &x)) {
      return x;
    }
    if (idx == 0) {
      /* Marsaglia's tail beyond r; 1 - U keeps log away from 0. The sign
       * comes from a magnitude bit because the sign bit was spent above. */
      for (;;) {
        const double xx = -npr_zig_nor_inv_r * npr_log1p(-npr_words_double(w, need));
        const double yy = -npr_log1p(-npr_words_double(w, need));
        if (yy + yy > xx * xx) {
          return ((rabs >> 8) & 0x1) ? -(npr_zig_nor_r + xx) : npr_zig_nor_r + xx;
        }
      }
    }
    if ((npr_zig_fi_double[idx - 1] - npr_zig_fi_double[idx]) * npr_words_double(w, need) +
            npr_zig_fi_double[idx] <
        npr_exp(-0.5 * x * x)) {
      return x;
    }
  }
}

static inline float normal_f_from(npr_words *w, size_t need) {
  for (;;) {
    const uint32_t r = npr_words_next32(w, need);
    const int idx = (int)(r & 0xff);
    const uint32_t rabs = (r >> 9) & 0x0007fffffUL;
    float x;
    if (normal_f_fast(r, &x)) {
      return x;
    }
    if (idx == 0) {
      for (;;) {
        const float xx = -npr_zig_nor_inv_r_f * npr_log1pf(-npr_words_float(w, need));
        const float yy = -npr_log1pf(-npr_words_float(w, need));
        if (yy + yy > xx * xx) {
          return ((rabs >> 8) & 0x1) ? -(npr_zig_nor_r_f + xx) : npr_zig_nor_r_f + xx;
        }
      }
    }
    /* NumPy compares the float wedge against a double exp. */
    if ((npr_zig_fi_float[idx - 1] - npr_zig_fi_float[idx]) * npr_words_float(w, need) +
            npr_zig_fi_float[idx] <
        npr_exp(-0.5 * x * x)) {
      return x;
    }
  }
}

static inline double exponential_from(npr_words *w, size_t need) {
  for (;;) {
    const uint64_t r = npr_words_next64(w, need);
    const int idx = (int)((r >> 3) & 0xff);
    double x;
    if (exponential_fast(r, &x)) {
      return x;
    }
    if (idx == 0) {
      return npr_zig_exp_r - npr_log1p(-npr_words_double(w, need));
    }
    if ((npr_zig_fe_double[idx - 1] - npr_zig_fe_double[idx]) * npr_words_double(w, need) +
            npr_zig_fe_double[idx] <
        npr_exp(-x)) {
      return x;
    }
    /* NumPy restarts with a fresh draw (a tail call there, a loop here). */
  }
}

static inline float exponential_f_from(npr_words *w, size_t need) {
  for (;;) {
    const uint32_t r = npr_words_next32(w, need);
    const int idx = (int)((r >> 1) & 0xff);
    float x;
    if (exponential_f_fast(r, &x)) {
      return x;
    }
    if (idx == 0) {
      return npr_zig_exp_r_f - npr_log1pf(-npr_words_float(w, need));
    }
    if ((npr_zig_fe_float[idx - 1] - npr_zig_fe_float[idx]) * npr_words_float(w, need) +
            npr_zig_fe_float[idx] <
        npr_expf(-x)) {
      return x;
    }
  }
}

static inline double exponential_inv_from(npr_words *w, size_t need) {
  return -npr_log1p(-npr_words_double(w, need));
}

static inline float exponential_inv_f_from(npr_words *w, size_t need) {
  /* Double log1p of the widened float, as NumPy's float fill writes it. */
  return (float)-npr_log1p(-(double)npr_words_float(w, need));
}

/* The scalar and fill forms of each sampler, from one macro. A ziggurat
 * fill (fast != NULL) runs the fast path over the block of words in hand,
 * with the position in a register, and calls the kernel only at the first
 * word that misses; a block never holds more words than values are left
 * (npr_words), so a word in hand always has a value to go to. */
#define SAMPLER_SCALAR(name, type, kernel)                                \
  type name(const npr_bitgen *bg) {                                       \
    npr_words w;                                                          \
    w.bg = bg;                                                            \
    w.ops = NULL;                                                         \
    w.pos = w.len = 0;                                                    \
    return kernel(&w, 1);                                                 \
  }

#define SAMPLER_FILL(fill_name, type, kernel)                             \
  void fill_name(const npr_bitgen *bg, size_t n, type *out) {             \
    npr_words w;                                                          \
    size_t i;                                                             \
    npr_words_init(&w, bg);                                               \
    for (i = 0; i < n; i++) out[i] = kernel(&w, n - i);                   \
  }

#define ZIGGURAT_FILL(fill_name, type, kernel, fast, bits)                \
  void fill_name(const npr_bitgen *bg, size_t n, type *out) {             \
    npr_words w;                                                          \
    size_t i = 0;                                                         \
    npr_words_init(&w, bg);                                               \
    if (w.ops == NULL) {                                                  \
      for (; i < n; i++) out[i] = kernel(&w, n - i);                      \
      return;                                                             \
    }                                                                     \
    while (i < n) {                                                       \
      const uint##bits##_t *words = w.buf.w##bits;                        \
      size_t pos, len;                                                    \
      if (w.pos == w.len) npr_words_refill##bits(&w, n - i);              \
      pos = w.pos;                                                        \
      len = w.len;                                                        \
      while (pos < len) {                                                 \
        type x;                                                           \
        if (!fast(words[pos], &x)) break;                                 \
        out[i++] = x;                                                     \
        pos++;                                                            \
      }                                                                   \
      w.pos = pos;                                                        \
      if (pos < len) {                                                    \
        out[i] = kernel(&w, n - i);                                       \
        i++;                                                              \
      }                                                                   \
    }                                                                     \
  }

SAMPLER_SCALAR(npr_standard_normal, double, normal_from)
ZIGGURAT_FILL(npr_standard_normal_fill, double, normal_from, normal_fast, 64)
SAMPLER_SCALAR(npr_standard_exponential, double, exponential_from)
ZIGGURAT_FILL(npr_standard_exponential_fill, double, exponential_from, exponential_fast, 64)
SAMPLER_SCALAR(npr_standard_exponential_inv, double, exponential_inv_from)
SAMPLER_FILL(npr_standard_exponential_inv_fill, double, exponential_inv_from)

/* The float32 forms are named with a trailing _f, after _fill for fills. */
SAMPLER_SCALAR(npr_standard_normal_f, float, normal_f_from)
ZIGGURAT_FILL(npr_standard_normal_fill_f, float, normal_f_from, normal_f_fast, 32)
SAMPLER_SCALAR(npr_standard_exponential_f, float, exponential_f_from)
ZIGGURAT_FILL(npr_standard_exponential_fill_f, float, exponential_f_from, exponential_f_fast, 32)
SAMPLER_SCALAR(npr_standard_exponential_inv_f, float, exponential_inv_f_from)
SAMPLER_FILL(npr_standard_exponential_inv_fill_f, float, exponential_inv_f_from)
