/* Normal and exponential samplers of NumPy 1.24's Generator: the ziggurat
 * (64-bit and float32 variants) and the inversion form of the exponential.
 * Operand types and libm calls follow NumPy's expressions exactly (double exp
 * in the float32 normal wedge, expf in the float32 exponential wedge, log1p
 * of -U in every tail) because each choice changes the last bit. */
#include <math.h>
#include <stdint.h>

#include "nprand/distributions.h"
#include "core/npr_math.h"
#include "ziggurat_tables.h"

double npr_standard_normal(const npr_bitgen *bg) {
  for (;;) {
    /* One word: 8 bits of layer, 1 sign bit, 52 bits of magnitude. */
    uint64_t r = npr_next_uint64(bg);
    const int idx = (int)(r & 0xff);
    uint64_t rabs;
    double x;
    r >>= 8;
    rabs = (r >> 1) & 0x000fffffffffffffULL;
    x = (double)rabs * npr_zig_wi_double[idx];
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
        const double xx = -npr_zig_nor_inv_r * npr_log1p(-npr_next_double(bg));
        const double yy = -npr_log1p(-npr_next_double(bg));
        if (yy + yy > xx * xx) {
          return ((rabs >> 8) & 0x1) ? -(npr_zig_nor_r + xx) : npr_zig_nor_r + xx;
        }
      }
    }
    if ((npr_zig_fi_double[idx - 1] - npr_zig_fi_double[idx]) * npr_next_double(bg) +
            npr_zig_fi_double[idx] <
        npr_exp(-0.5 * x * x)) {
      return x;
    }
  }
}

float npr_standard_normal_f(const npr_bitgen *bg) {
  for (;;) {
    /* 8 bits of layer, 1 sign bit, 23 bits of magnitude. */
    const uint32_t r = npr_next_uint32(bg);
    const int idx = (int)(r & 0xff);
    const uint32_t rabs = (r >> 9) & 0x0007fffffUL;
    float x = (float)rabs * npr_zig_wi_float[idx];
    if ((r >> 8) & 0x1) {
      x = -x;
    }
    if (rabs < npr_zig_ki_float[idx]) {
      return x;
    }
    if (idx == 0) {
      for (;;) {
        const float xx = -npr_zig_nor_inv_r_f * npr_log1pf(-npr_next_float(bg));
        const float yy = -npr_log1pf(-npr_next_float(bg));
        if (yy + yy > xx * xx) {
          return ((rabs >> 8) & 0x1) ? -(npr_zig_nor_r_f + xx) : npr_zig_nor_r_f + xx;
        }
      }
    }
    /* NumPy compares the float wedge against a double exp. */
    if ((npr_zig_fi_float[idx - 1] - npr_zig_fi_float[idx]) * npr_next_float(bg) +
            npr_zig_fi_float[idx] <
        npr_exp(-0.5 * x * x)) {
      return x;
    }
  }
}

double npr_standard_exponential(const npr_bitgen *bg) {
  for (;;) {
    /* The low 3 bits are dropped, then 8 bits of layer, 53 of magnitude. */
    uint64_t ri = npr_next_uint64(bg) >> 3;
    const int idx = (int)(ri & 0xff);
    double x;
    ri >>= 8;
    x = (double)ri * npr_zig_we_double[idx];
    if (ri < npr_zig_ke_double[idx]) {
      return x;
    }
    if (idx == 0) {
      return npr_zig_exp_r - npr_log1p(-npr_next_double(bg));
    }
    if ((npr_zig_fe_double[idx - 1] - npr_zig_fe_double[idx]) * npr_next_double(bg) +
            npr_zig_fe_double[idx] <
        npr_exp(-x)) {
      return x;
    }
    /* NumPy restarts with a fresh draw (a tail call there, a loop here). */
  }
}

float npr_standard_exponential_f(const npr_bitgen *bg) {
  for (;;) {
    uint32_t ri = npr_next_uint32(bg) >> 1;
    const int idx = (int)(ri & 0xff);
    float x;
    ri >>= 8;
    x = (float)ri * npr_zig_we_float[idx];
    if (ri < npr_zig_ke_float[idx]) {
      return x;
    }
    if (idx == 0) {
      return npr_zig_exp_r_f - npr_log1pf(-npr_next_float(bg));
    }
    if ((npr_zig_fe_float[idx - 1] - npr_zig_fe_float[idx]) * npr_next_float(bg) +
            npr_zig_fe_float[idx] <
        npr_expf(-x)) {
      return x;
    }
  }
}

double npr_standard_exponential_inv(const npr_bitgen *bg) {
  return -npr_log1p(-npr_next_double(bg));
}

float npr_standard_exponential_inv_f(const npr_bitgen *bg) {
  /* Double log1p of the widened float, as NumPy's float fill writes it. */
  return (float)-npr_log1p(-(double)npr_next_float(bg));
}

void npr_standard_normal_fill(const npr_bitgen *bg, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_standard_normal(bg);
}

void npr_standard_normal_fill_f(const npr_bitgen *bg, size_t n, float *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_standard_normal_f(bg);
}

void npr_standard_exponential_fill(const npr_bitgen *bg, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_standard_exponential(bg);
}

void npr_standard_exponential_fill_f(const npr_bitgen *bg, size_t n, float *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_standard_exponential_f(bg);
}

void npr_standard_exponential_inv_fill(const npr_bitgen *bg, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_standard_exponential_inv(bg);
}

void npr_standard_exponential_inv_fill_f(const npr_bitgen *bg, size_t n, float *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_standard_exponential_inv_f(bg);
}
