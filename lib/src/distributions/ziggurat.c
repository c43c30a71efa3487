/* Normal and exponential samplers of NumPy 1.24's Generator: the ziggurat
 * (64-bit and float32 variants) and the inversion form of the exponential.
 * Operand types and libm calls follow NumPy's expressions exactly (double exp
 * in the float32 normal wedge, expf in the float32 exponential wedge, log1p
 * of -U in every tail) because each choice changes the last bit. */
#include <stdint.h>

#include "core/bulk.h"
#include "core/npr_math.h"
#include "nprand/distributions.h"
#include "core/npr_math.h"
#include "ziggurat_tables.h"

/* Each sampler is written once, against a word source; `need` is the number
 * of values the caller still has to produce, this one included: every value
 * takes at least one more word, so it bounds the words still to be drawn
 * (see npr_words). The scalar forms draw word by word. */

static inline double normal_from(npr_words *w, size_t need) {
  for (;;) {
    /* One word: 8 bits of layer, 1 sign bit, 52 bits of magnitude. */
    uint64_t r = npr_words_next64(w, need);
    const int idx = (int)(r & 0xff);
    uint64_t rabs;
    double x;
    r >>= 8;
    rabs = (r >> 1) & 0x000fffffffffffffULL;
    /* The magnitudes are far below 2**63: converting them as signed is exact
     * and one instruction. */
    x = (double)(int64_t)rabs * npr_zig_wi_double[idx];
    if (r & 0x1) {
      x = -x;
    }
    if (rabs < npr_zig_ki_double[idx]) {
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
    /* 8 bits of layer, 1 sign bit, 23 bits of magnitude. */
    const uint32_t r = npr_words_next32(w, need);
    const int idx = (int)(r & 0xff);
    const uint32_t rabs = (r >> 9) & 0x0007fffffUL;
    float x = (float)(int32_t)rabs * npr_zig_wi_float[idx];
    if ((r >> 8) & 0x1) {
      x = -x;
    }
    if (rabs < npr_zig_ki_float[idx]) {
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
    /* The low 3 bits are dropped, then 8 bits of layer, 53 of magnitude. */
    uint64_t ri = npr_words_next64(w, need) >> 3;
    const int idx = (int)(ri & 0xff);
    double x;
    ri >>= 8;
    x = (double)(int64_t)ri * npr_zig_we_double[idx];
    if (ri < npr_zig_ke_double[idx]) {
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
    uint32_t ri = npr_words_next32(w, need) >> 1;
    const int idx = (int)(ri & 0xff);
    float x;
    ri >>= 8;
    x = (float)(int32_t)ri * npr_zig_we_float[idx];
    if (ri < npr_zig_ke_float[idx]) {
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

/* The scalar and fill forms of each sampler, from one macro. */
#define SAMPLER_FORMS(name, type, kernel)                                 \
  type name(const npr_bitgen *bg) {                                       \
    npr_words w;                                                          \
    w.bg = bg;                                                            \
    w.ops = NULL;                                                         \
    w.pos = w.len = 0;                                                    \
    return kernel(&w, 1);                                                 \
  }                                                                       \
  void name##_fill(const npr_bitgen *bg, size_t n, type *out) {           \
    npr_words w;                                                          \
    size_t i;                                                             \
    npr_words_init(&w, bg);                                               \
    for (i = 0; i < n; i++) out[i] = kernel(&w, n - i);                   \
  }

SAMPLER_FORMS(npr_standard_normal, double, normal_from)
SAMPLER_FORMS(npr_standard_exponential, double, exponential_from)
SAMPLER_FORMS(npr_standard_exponential_inv, double, exponential_inv_from)

/* The float32 forms are named with a trailing _f, after _fill for fills. */
#define SAMPLER_FORMS_F(name, kernel)                                     \
  float name##_f(const npr_bitgen *bg) {                                  \
    npr_words w;                                                          \
    w.bg = bg;                                                            \
    w.ops = NULL;                                                         \
    w.pos = w.len = 0;                                                    \
    return kernel(&w, 1);                                                 \
  }                                                                       \
  void name##_fill_f(const npr_bitgen *bg, size_t n, float *out) {        \
    npr_words w;                                                          \
    size_t i;                                                             \
    npr_words_init(&w, bg);                                               \
    for (i = 0; i < n; i++) out[i] = kernel(&w, n - i);                   \
  }

SAMPLER_FORMS_F(npr_standard_normal, normal_f_from)
SAMPLER_FORMS_F(npr_standard_exponential, exponential_f_from)
SAMPLER_FORMS_F(npr_standard_exponential_inv, exponential_inv_f_from)
