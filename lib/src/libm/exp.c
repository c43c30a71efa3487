/* exp(x): glibc 2.36's exp (from Arm's optimized-routines) in its FMA build.
 * exp(x) = 2^(k/128) * exp(r) with |r| <= ln2/256, 2^(k/128) from the shared
 * table and exp(r) - 1 from a degree-5 polynomial. */
#include <math.h>

#include "libm/exp_table.h"
#include "libm/libm_internal.h"
#include "libm/npr_libm.h"

#define EXP_N NPR_LIBM_EXP_TABLE_SIZE

static const double exp_inv_ln2_n = 0x1.71547652b82fep+7;
static const double exp_neg_ln2_hi_n = -0x1.62e42fefap-8;
static const double exp_neg_ln2_lo_n = -0x1.cf79abc9e3b3ap-47;
/* 1.5 * 2^52: adding it rounds to an integer held in the low mantissa bits. */
static const double exp_shift = 0x1.8p+52;
static const double exp_c2 = 0x1.ffffffffffdbdp-2;
static const double exp_c3 = 0x1.555555555543cp-3;
static const double exp_c4 = 0x1.55555cf172b91p-5;
static const double exp_c5 = 0x1.1111167a4d017p-7;

static uint32_t top12(double x) { return (uint32_t)(npr_libm_bits(x) >> 52); }

/* scale * (1 + tmp) where scale's exponent (in sbits) has overflowed or
 * underflowed; k's sign (in ki) says which. */
static double exp_special_case(double tmp, uint64_t sbits, uint64_t ki) {
  double scale, y;
  if ((ki & 0x80000000) == 0) {
    sbits -= 1009ULL << 52;
    scale = npr_libm_from_bits(sbits);
    y = 0x1p1009 * fma(scale, tmp, scale);
    return isinf(y) ? npr_libm_with_errno(y, ERANGE) : y;
  }
  sbits += 1022ULL << 52;
  scale = npr_libm_from_bits(sbits);
  /* Not fused here: GCC fuses a product only when every use of it is in the
   * same block, and scale * tmp is used again inside the branch. */
  y = scale + scale * tmp;
  if (y < 1.0) {
    /* Round to the subnormal precision once, not twice. */
    double hi, lo;
    lo = scale - y + scale * tmp;
    hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y == 0.0) {
      y = 0.0;
    }
    (void)npr_libm_opaque(npr_libm_opaque(0x1p-1022) * 0x1p-1022);
  }
  y = 0x1p-1022 * y;
  return y == 0.0 ? npr_libm_with_errno(y, ERANGE) : y;
}

double npr_libm_exp(double x) {
  uint32_t abstop = top12(x) & 0x7ff;
  uint64_t ki, idx, top, sbits;
  double kd, r, r2, scale, tail, tmp;

  if (abstop - top12(0x1p-54) >= top12(512.0) - top12(0x1p-54)) {
    if (abstop - top12(0x1p-54) >= 0x80000000) {
      /* |x| < 2^-54, and 0: exp(x) rounds to 1 + x. */
      return 1.0 + x;
    }
    if (abstop >= top12(1024.0)) {
      if (npr_libm_bits(x) == npr_libm_bits(-INFINITY)) {
        return 0.0;
      }
      if (abstop >= top12(INFINITY)) {
        return 1.0 + x;
      }
      return (npr_libm_bits(x) >> 63) ? npr_libm_uflow(0) : npr_libm_oflow(0);
    }
    /* 512 <= |x| < 1024: the scale needs the special case below. */
    abstop = 0;
  }

  /* The FMA build rounds x*128/ln2 + shift once. */
  kd = fma(x, exp_inv_ln2_n, exp_shift);
  ki = npr_libm_bits(kd);
  kd -= exp_shift;
  r = fma(kd, exp_neg_ln2_lo_n, fma(kd, exp_neg_ln2_hi_n, x));
  idx = 2 * (ki % EXP_N);
  top = ki << (52 - NPR_LIBM_EXP_TABLE_BITS);
  tail = npr_libm_from_bits(npr_libm_exp_table[idx]);
  sbits = npr_libm_exp_table[idx + 1] + top;
  r2 = r * r;
  tmp = fma(r2 * r2, fma(r, exp_c5, exp_c4), fma(fma(r, exp_c3, exp_c2), r2, tail + r));
  if (abstop == 0) {
    return exp_special_case(tmp, sbits, ki);
  }
  scale = npr_libm_from_bits(sbits);
  return fma(scale, tmp, scale);
}
