/* log1pf(x): glibc 2.36's log1pf (fdlibm's, in float arithmetic). glibc
 * has no FMA variant of it, so nothing is fused: this is the plain
 * evaluation, with contraction off. */
#include <math.h>

#include "libm/libm_internal.h"
#include "libm/npr_libm.h"

static const float log1pf_ln2_hi = 0x1.62e3p-1f;
static const float log1pf_ln2_lo = 0x1.2fefa2p-17f;
static const float log1pf_lp1 = 0x1.555556p-1f;
static const float log1pf_lp2 = 0x1.99999ap-2f;
static const float log1pf_lp3 = 0x1.24924ap-2f;
static const float log1pf_lp4 = 0x1.c71c52p-3f;
static const float log1pf_lp5 = 0x1.74664ap-3f;
static const float log1pf_lp6 = 0x1.39a09ep-3f;
static const float log1pf_lp7 = 0x1.2f112ep-3f;

float npr_libm_log1pf(float x) {
  const int32_t hx = (int32_t)npr_libm_bitsf(x);
  const int32_t ax = hx & 0x7fffffff;
  int32_t k = 1, hu = 0;
  float f = 0.0f, c = 0.0f, hfsq, s, z, r;

  if (hx < 0x3ed413d7) { /* x < 0.41422 */
    if (ax >= 0x3f800000) { /* x <= -1 */
      return x == -1.0f ? npr_libm_divzerof(1) : npr_libm_invalidf(x);
    }
    if (ax < 0x31000000) { /* |x| < 2^-29 */
      (void)npr_libm_opaquef(0x1p25f + x);
      if (ax < 0x24800000) {
        return x;
      }
      return x - x * x * 0.5f;
    }
    if (hx > 0 || hx <= (int32_t)0xbe95f61f) { /* -0.2929 < x < 0.41422 */
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) {
    return x + x;
  }
  if (k != 0) {
    float u;
    if (hx < 0x5a000000) {
      u = 1.0f + x;
      hu = (int32_t)npr_libm_bitsf(u);
      k = (hu >> 23) - 127;
      c = (k > 0) ? 1.0f - (u - x) : x - (u - 1.0f);
      c /= u;
    } else {
      u = x;
      hu = (int32_t)npr_libm_bitsf(u);
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      u = npr_libm_from_bitsf((uint32_t)hu | 0x3f800000);
    } else {
      k += 1;
      u = npr_libm_from_bitsf((uint32_t)hu | 0x3f000000);
      hu = (0x00800000 - hu) >> 2;
    }
    f = u - 1.0f;
  }
  hfsq = 0.5f * f * f;
  if (hu == 0) { /* |f| < 2^-20 */
    if (f == 0.0f) {
      if (k == 0) {
        return 0.0f;
      }
      c += (float)k * log1pf_ln2_lo;
      return (float)k * log1pf_ln2_hi + c;
    }
    r = hfsq * (1.0f - 0x1.555556p-1f * f);
    if (k == 0) {
      return f - r;
    }
    return (float)k * log1pf_ln2_hi - ((r - ((float)k * log1pf_ln2_lo + c)) - f);
  }
  s = f / (2.0f + f);
  z = s * s;
  r = z * (log1pf_lp1 +
           z * (log1pf_lp2 + z * (log1pf_lp3 + z * (log1pf_lp4 + z * (log1pf_lp5 + z * (log1pf_lp6 + z * log1pf_lp7))))));
  if (k == 0) {
    return f - (hfsq - s * (hfsq + r));
  }
  return (float)k * log1pf_ln2_hi - ((hfsq - (s * (hfsq + r) + ((float)k * log1pf_ln2_lo + c))) - f);
}
