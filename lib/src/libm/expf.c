/* expf(x): glibc 2.36's expf (from Arm's optimized-routines) in its FMA
 * build, evaluated in double: exp(x) = 2^(k/32) * 2^(r/32) with 2^(k/32)
 * from the shared table and a cubic for 2^(r/32). */
#include <math.h>

#include "libm/expf_table.h"
#include "libm/libm_internal.h"
#include "libm/npr_libm.h"

static const double expf_inv_ln2_n = 0x1.71547652b82fep+5;
/* 1.5 * 2^52: adding it rounds to an integer held in the low mantissa bits. */
static const double expf_shift = 0x1.8p+52;
static const double expf_poly[3] = {0x1.c6af84b912394p-20, 0x1.ebfce50fac4f3p-13, 0x1.62e42ff0c52d6p-6};

static uint32_t top12f(float x) { return npr_libm_bitsf(x) >> 20; }

float npr_libm_expf(float x) {
  const double xd = (double)x;
  const uint32_t abstop = top12f(x) & 0x7ff;
  uint64_t ki, t;
  double kd, z, r, r2, y, s;

  if (abstop >= top12f(88.0f)) {
    /* |x| >= 88 or NaN. */
    if (npr_libm_bitsf(x) == npr_libm_bitsf(-INFINITY)) {
      return 0.0f;
    }
    if (abstop >= top12f(INFINITY)) {
      return x + x;
    }
    if (x > 0x1.62e42ep6f) {
      return npr_libm_oflowf(0);
    }
    if (x < -0x1.9fe368p6f) {
      return npr_libm_uflowf(0);
    }
    if (x < -0x1.9d1d9ep6f) {
      /* glibc's __math_may_uflowf: the result may round to 0 in other
       * rounding modes; errno is set all the same. */
      const float tiny = npr_libm_opaquef(0x1.4p-75f);
      return npr_libm_with_errnof(tiny * 0x1.4p-75f, ERANGE);
    }
  }
  /* x*32/ln2 is not rounded on its own: the FMA build fuses it both into
   * the shift and into r. */
  kd = fma(expf_inv_ln2_n, xd, expf_shift);
  ki = npr_libm_bits(kd);
  kd -= expf_shift;
  r = fma(expf_inv_ln2_n, xd, -kd);
  t = npr_libm_expf_table[ki % NPR_LIBM_EXPF_TABLE_SIZE];
  t += ki << (52 - NPR_LIBM_EXPF_TABLE_BITS);
  s = npr_libm_from_bits(t);
  z = fma(expf_poly[0], r, expf_poly[1]);
  r2 = r * r;
  y = fma(expf_poly[2], r, 1.0);
  y = fma(z, r2, y);
  y = y * s;
  return (float)y;
}
