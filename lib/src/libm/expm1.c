/* expm1(x): glibc 2.36's expm1 (fdlibm's) in its FMA build (Debian's 2.36
 * has the x86-64 FMA variant that upstream added in 2.39). x = k ln2 + r,
 * expm1(r) from a rational approximation in r^2/2, then scaled by 2^k with
 * the correction c for the rounding of r. */
#include <math.h>

#include "libm/libm_internal.h"
#include "libm/npr_libm.h"

static const double expm1_huge = 0x1.7e43c8800759cp+996; /* 1e300 */
static const double expm1_tiny = 0x1.56e1fc2f8f359p-997; /* 1e-300 */
static const double expm1_o_threshold = 0x1.62e42fefa39efp+9;
static const double expm1_ln2_hi = 0x1.62e42feep-1;
static const double expm1_ln2_lo = 0x1.a39ef35793c76p-33;
static const double expm1_inv_ln2 = 0x1.71547652b82fep+0;
static const double expm1_q1 = -0x1.11111111110f4p-5;
static const double expm1_q2 = 0x1.a01a019fe5585p-10;
static const double expm1_q3 = -0x1.4ce199eaadbb7p-14;
static const double expm1_q4 = 0x1.0cfca86e65239p-18;
static const double expm1_q5 = -0x1.afdb76e09c32dp-23;

static double with_high_word(double x, uint32_t hi) {
  return npr_libm_from_bits(((uint64_t)hi << 32) | (npr_libm_bits(x) & 0xffffffffULL));
}

/* y * 2^k by adding k to y's exponent field (y and the result normal). */
static double add_to_exponent(double y, int32_t k) {
  return with_high_word(y, (uint32_t)npr_libm_high_word(y) + ((uint32_t)k << 20));
}

double npr_libm_expm1(double x) {
  double hi, lo, c = 0.0, t, e, hxs, hfx, r1, h2, h4, rr1, rr2, rr3, y;
  int32_t k;
  uint32_t hx = (uint32_t)npr_libm_high_word(x);
  const uint32_t xsb = hx & 0x80000000;
  hx &= 0x7fffffff;

  if (hx >= 0x4043687a) { /* |x| >= 56 ln2 */
    if (hx >= 0x40862e42) { /* |x| >= 709.78 */
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | npr_libm_low_word(x)) != 0) {
          return x + x;
        }
        return (xsb == 0) ? x : -1.0;
      }
      if (x > expm1_o_threshold) {
        return npr_libm_with_errno(npr_libm_opaque(expm1_huge) * expm1_huge, ERANGE);
      }
    }
    if (xsb != 0) { /* x < -56 ln2: -1, inexact */
      (void)npr_libm_opaque(x + expm1_tiny);
      return expm1_tiny - 1.0;
    }
  }
  if (hx > 0x3fd62e42) { /* |x| > ln2/2 */
    if (hx < 0x3ff0a2b2) { /* and |x| < 1.5 ln2 */
      if (xsb == 0) {
        hi = x - expm1_ln2_hi;
        lo = expm1_ln2_lo;
        k = 1;
      } else {
        hi = x + expm1_ln2_hi;
        lo = -expm1_ln2_lo;
        k = -1;
      }
    } else {
      /* Not fused: the added half is a join of two branches. */
      k = (int32_t)(expm1_inv_ln2 * x + ((xsb == 0) ? 0.5 : -0.5));
      t = k;
      hi = fma(-t, expm1_ln2_hi, x);
      lo = t * expm1_ln2_lo; /* not fused: lo is a join of the branches */
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) { /* |x| < 2^-54: x */
    t = npr_libm_opaque(expm1_huge + x);
    return x - (t - (expm1_huge + x));
  } else {
    k = 0;
  }
  hfx = 0.5 * x;
  hxs = x * hfx;
  rr1 = fma(hxs, expm1_q1, 1.0);
  h2 = hxs * hxs;
  rr2 = fma(hxs, expm1_q3, expm1_q2);
  h4 = h2 * h2;
  rr3 = fma(hxs, expm1_q5, expm1_q4);
  r1 = fma(h4, rr3, fma(h2, rr2, rr1));
  t = fma(-hfx, r1, 3.0);
  e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k == 0) {
    return x - fma(x, e, -hxs);
  }
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k == -1) {
    return fma(x - e, 0.5, -0.5);
  }
  if (k == 1) {
    if (x < -0.25) {
      return -2.0 * (e - (x + 0.5));
    }
    return fma(x - e, 2.0, 1.0);
  }
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = add_to_exponent(y, k);
    return y - 1.0;
  }
  if (k < 20) {
    t = with_high_word(1.0, 0x3ff00000 - (0x200000 >> k)); /* 1 - 2^-k */
    y = t - (e - x);
    y = add_to_exponent(y, k);
  } else {
    t = with_high_word(1.0, (uint32_t)(0x3ff - k) << 20); /* 2^-k */
    y = x - (e + t);
    y += 1.0;
    y = add_to_exponent(y, k);
  }
  return y;
}
