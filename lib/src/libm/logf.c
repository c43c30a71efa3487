/* logf(x): glibc 2.36's logf (from Arm's optimized-routines) in its FMA
 * build, evaluated in double: x = 2^k z, log(z) = log(c) + log1p(z/c - 1)
 * with c from a 16-entry table. */
#include <math.h>

#include "libm/libm_internal.h"
#include "libm/npr_libm.h"

#define LOGF_TABLE_BITS 4
#define LOGF_TABLE_SIZE (1 << LOGF_TABLE_BITS)
#define LOGF_OFFSET 0x3f330000U

static const double logf_ln2 = 0x1.62e42fefa39efp-1;
static const double logf_poly[3] = {-0x1.00ea348b88334p-2, 0x1.5575b0be00b6ap-2, -0x1.ffffef20a4123p-2};
static const struct {
  double invc, logc;
} logf_table[LOGF_TABLE_SIZE] = {
    {0x1.661ec79f8f3bep+0, -0x1.57bf7808caadep-2},
    {0x1.571ed4aaf883dp+0, -0x1.2bef0a7c06ddbp-2},
    {0x1.49539f0f010bp+0, -0x1.01eae7f513a67p-2},
    {0x1.3c995b0b80385p+0, -0x1.b31d8a68224e9p-3},
    {0x1.30d190c8864a5p+0, -0x1.6574f0ac07758p-3},
    {0x1.25e227b0b8eap+0, -0x1.1aa2bc79c81p-3},
    {0x1.1bb4a4a1a343fp+0, -0x1.a4e76ce8c0e5ep-4},
    {0x1.12358f08ae5bap+0, -0x1.1973c5a611cccp-4},
    {0x1.0953f419900a7p+0, -0x1.252f438e10c1ep-5},
    {0x1p+0, 0x0p+0},
    {0x1.e608cfd9a47acp-1, 0x1.aa5aa5df25984p-5},
    {0x1.ca4b31f026aap-1, 0x1.c5e53aa362eb4p-4},
    {0x1.b2036576afce6p-1, 0x1.526e57720db08p-3},
    {0x1.9c2d163a1aa2dp-1, 0x1.bc2860d22477p-3},
    {0x1.886e6037841edp-1, 0x1.1058bc8a07ee1p-2},
    {0x1.767dcf5534862p-1, 0x1.4043057b6ee09p-2},
};

float npr_libm_logf(float x) {
  uint32_t ix = npr_libm_bitsf(x);
  uint32_t iz, tmp;
  int i, k;
  double z, r, r2, y, y0, invc, logc;

  if (ix == 0x3f800000) {
    return 0;
  }
  if (ix - 0x00800000 >= 0x7f800000 - 0x00800000) {
    /* Subnormal, zero, negative, infinite or NaN. */
    if (ix * 2 == 0) {
      return npr_libm_divzerof(1);
    }
    if (ix == 0x7f800000) {
      return x;
    }
    if ((ix & 0x80000000) || ix * 2 >= 0xff000000) {
      return npr_libm_invalidf(x);
    }
    ix = npr_libm_bitsf(x * 0x1p23f);
    ix -= 23 << 23;
  }
  tmp = ix - LOGF_OFFSET;
  i = (int)((tmp >> (23 - LOGF_TABLE_BITS)) % LOGF_TABLE_SIZE);
  k = (int32_t)tmp >> 23;
  iz = ix - (tmp & 0x1ffU << 23);
  invc = logf_table[i].invc;
  logc = logf_table[i].logc;
  z = (double)npr_libm_from_bitsf(iz);
  r = fma(z, invc, -1.0);
  y0 = fma((double)k, logf_ln2, logc);
  r2 = r * r;
  y = fma(logf_poly[1], r, logf_poly[2]);
  y = fma(logf_poly[0], r2, y);
  y = fma(y, r2, y0 + r);
  return (float)y;
}
