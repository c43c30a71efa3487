/* log1p(x): glibc 2.36's log1p (fdlibm's) in its FMA build (Debian's 2.36
 * has the x86-64 FMA variant of log1p that upstream added in 2.39).
 * 1 + x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2); log(1 + f) from
 * s = f/(2 + f) and a polynomial in s^2, plus a correction c for the
 * rounding of 1 + x. */
#include <math.h>

#include "libm/libm_internal.h"
#include "libm/npr_libm.h"

static const double log1p_ln2_hi = 0x1.62e42feep-1;
static const double log1p_ln2_lo = 0x1.a39ef35793c76p-33;
static const double log1p_lp1 = 0x1.5555555555593p-1;
static const double log1p_lp2 = 0x1.999999997fa04p-2;
static const double log1p_lp3 = 0x1.2492494229359p-2;
static const double log1p_lp4 = 0x1.c71c51d8e78afp-3;
static const double log1p_lp5 = 0x1.7466496cb03dep-3;
static const double log1p_lp6 = 0x1.39a09d078c69fp-3;
static const double log1p_lp7 = 0x1.2f112df3e5244p-3;

static double with_high_word(double x, uint32_t hi) {
  return npr_libm_from_bits(((uint64_t)hi << 32) | (npr_libm_bits(x) & 0xffffffffULL));
}

double npr_libm_log1p(double x) {
  const int32_t hx = npr_libm_high_word(x);
  const int32_t ax = hx & 0x7fffffff;
  int32_t k = 1, hu = 0;
  double f = 0.0, c = 0.0, hfsq, s, z, z2, z4, z6, r, sr;

  if (hx < 0x3fda827a) { /* x < 0.41422 */
    if (ax >= 0x3ff00000) { /* x <= -1 */
      return x == -1.0 ? npr_libm_divzero(1) : npr_libm_invalid(x);
    }
    if (ax < 0x3e200000) { /* |x| < 2^-29 */
      (void)npr_libm_opaque(0x1p54 + x);
      if (ax < 0x3c900000) {
        return x;
      }
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (int32_t)0xbfd2bec3) { /* -0.2929 < x < 0.41422 */
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k != 0) {
    double u;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = npr_libm_high_word(u);
      k = (hu >> 20) - 1023;
      c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = npr_libm_high_word(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = with_high_word(u, (uint32_t)hu | 0x3ff00000);
    } else {
      k += 1;
      u = with_high_word(u, (uint32_t)hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  hfsq = 0.5 * f * f;
  if (hu == 0) { /* |f| < 2^-20 */
    if (f == 0.0) {
      if (k == 0) {
        return 0.0;
      }
      c = fma(k, log1p_ln2_lo, c);
      return fma(k, log1p_ln2_hi, c);
    }
    r = hfsq * fma(-f, 0.66666666666666666, 1.0);
    if (k == 0) {
      return f - r;
    }
    return fma(k, log1p_ln2_hi, -((r - fma(k, log1p_ln2_lo, c)) - f));
  }
  s = f / (2.0 + f);
  z = s * s;
  z2 = z * z;
  z4 = z2 * z2;
  z6 = z4 * z2;
  /* GCC fuses the first product of the sum, z*lp1, with z2*R2 unfused. */
  r = fma(z, log1p_lp1, z2 * fma(z, log1p_lp3, log1p_lp2));
  r = fma(fma(z, log1p_lp5, log1p_lp4), z4, r);
  r = fma(fma(z, log1p_lp7, log1p_lp6), z6, r);
  /* s*(hfsq + r) is not fused: GCC computes it once, before the branch, so
   * its uses are in other blocks. */
  sr = s * (hfsq + r);
  if (k == 0) {
    return f - (hfsq - sr);
  }
  return fma(k, log1p_ln2_hi, -((hfsq - (sr + fma(k, log1p_ln2_lo, c))) - f));
}
