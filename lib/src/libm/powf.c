/* powf(x, y): glibc 2.36's powf (from Arm's optimized-routines) in its FMA
 * build: exp2(y * log2(x)) in double, log2 from a 16-entry table and a
 * degree-5 polynomial, exp2 from the shared 2^(i/32) table. */
#include <math.h>

#include "libm/expf_table.h"
#include "libm/libm_internal.h"
#include "libm/npr_libm.h"

#define POWF_LOG2_TABLE_BITS 4
#define POWF_LOG2_TABLE_SIZE (1 << POWF_LOG2_TABLE_BITS)
#define POWF_OFFSET 0x3f330000U
/* Added to k's bits in exp2: flips the result's sign bit. */
#define POWF_SIGN_BIAS (1 << (NPR_LIBM_EXPF_TABLE_BITS + 11))

static const struct {
  double invc, logc;
} powf_log2_table[POWF_LOG2_TABLE_SIZE] = {
    {0x1.661ec79f8f3bep+0, -0x1.efec65b963019p-2},
    {0x1.571ed4aaf883dp+0, -0x1.b0b6832d4fca4p-2},
    {0x1.49539f0f010bp+0, -0x1.7418b0a1fb77bp-2},
    {0x1.3c995b0b80385p+0, -0x1.39de91a6dcf7bp-2},
    {0x1.30d190c8864a5p+0, -0x1.01d9bf3f2b631p-2},
    {0x1.25e227b0b8eap+0, -0x1.97c1d1b3b7afp-3},
    {0x1.1bb4a4a1a343fp+0, -0x1.2f9e393af3c9fp-3},
    {0x1.12358f08ae5bap+0, -0x1.960cbbf788d5cp-4},
    {0x1.0953f419900a7p+0, -0x1.a6f9db6475fcep-5},
    {0x1p+0, 0x0p+0},
    {0x1.e608cfd9a47acp-1, 0x1.338ca9f24f53dp-4},
    {0x1.ca4b31f026aap-1, 0x1.476a9543891bap-3},
    {0x1.b2036576afce6p-1, 0x1.e840b4ac4e4d2p-3},
    {0x1.9c2d163a1aa2dp-1, 0x1.40645f0c6651cp-2},
    {0x1.886e6037841edp-1, 0x1.88e9c2c1b9ff8p-2},
    {0x1.767dcf5534862p-1, 0x1.ce0a44eb17bccp-2},
};
static const double powf_log2_poly[5] = {0x1.27616c9496e0bp-2, -0x1.71969a075c67ap-2, 0x1.ec70a6ca7baddp-2,
                                         -0x1.7154748bef6c8p-1, 0x1.71547652ab82bp+0};
/* 1.5 * 2^47: adding it rounds to a multiple of 1/32. */
static const double powf_exp2_shift = 0x1.8p+47;
static const double powf_exp2_poly[3] = {0x1.c6af84b912394p-5, 0x1.ebfce50fac4f3p-3, 0x1.62e42ff0c52d6p-1};

/* log2(x), ix the bits of x (subnormals normalised, negative exponent). */
static double powf_log2(uint32_t ix) {
  const double *a = powf_log2_poly;
  const uint32_t tmp = ix - POWF_OFFSET;
  const int i = (int)((tmp >> (23 - POWF_LOG2_TABLE_BITS)) % POWF_LOG2_TABLE_SIZE);
  const uint32_t top = tmp & 0xff800000;
  const uint32_t iz = ix - top;
  const int k = (int32_t)top >> 23;
  const double invc = powf_log2_table[i].invc;
  const double logc = powf_log2_table[i].logc;
  const double z = (double)npr_libm_from_bitsf(iz);
  double r, r2, r4, p, q, y, y0;
  r = fma(z, invc, -1.0);
  y0 = logc + (double)k;
  r2 = r * r;
  y = fma(a[0], r, a[1]);
  p = fma(a[2], r, a[3]);
  r4 = r2 * r2;
  q = fma(a[4], r, y0);
  q = fma(p, r2, q);
  y = fma(y, r4, q);
  return y;
}

/* sign * 2^xd for xd in [-150, 128]; sign_bias is 0 or POWF_SIGN_BIAS. */
static double powf_exp2(double xd, uint32_t sign_bias) {
  const double *c = powf_exp2_poly;
  uint64_t ki, ski, t;
  double kd, z, r, r2, y, s;
  kd = (double)(xd + powf_exp2_shift);
  ki = npr_libm_bits(kd);
  kd -= powf_exp2_shift;
  r = xd - kd;
  t = npr_libm_expf_table[ki % NPR_LIBM_EXPF_TABLE_SIZE];
  ski = ki + sign_bias;
  t += ski << (52 - NPR_LIBM_EXPF_TABLE_BITS);
  s = npr_libm_from_bits(t);
  z = fma(c[0], r, c[1]);
  r2 = r * r;
  y = fma(c[2], r, 1.0);
  y = fma(z, r2, y);
  y = y * s;
  return y;
}

/* 0: not an integer, 1: odd, 2: even; iy a non-zero finite value's bits. */
static int check_intf(uint32_t iy) {
  const int e = (int)(iy >> 23 & 0xff);
  if (e < 0x7f) {
    return 0;
  }
  if (e > 0x7f + 23) {
    return 2;
  }
  if (iy & ((1U << (0x7f + 23 - e)) - 1)) {
    return 0;
  }
  if (iy & (1U << (0x7f + 23 - e))) {
    return 1;
  }
  return 2;
}

static int zero_inf_nanf(uint32_t ix) { return 2 * ix - 1 >= 2U * 0x7f800000 - 1; }

static int is_signalingf(float x) {
  const uint32_t ix = npr_libm_bitsf(x);
  return 2 * (ix ^ 0x00400000) > 2U * 0x7fc00000;
}

/* glibc's xflowf: the signed square of a tiny or huge float, with ERANGE. */
static float xflowf(uint32_t sign, float y) {
  const float v = npr_libm_opaquef(sign ? -y : y);
  return npr_libm_with_errnof(v * y, ERANGE);
}

float npr_libm_powf(float x, float y) {
  uint32_t sign_bias = 0;
  uint32_t ix = npr_libm_bitsf(x);
  const uint32_t iy = npr_libm_bitsf(y);
  double logx, ylogx;

  if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || zero_inf_nanf(iy)) {
    /* x subnormal, zero, negative, infinite or NaN, or y zero, infinite or
     * NaN. */
    if (zero_inf_nanf(iy)) {
      if (2 * iy == 0) {
        return is_signalingf(x) ? x + y : 1.0f;
      }
      if (ix == 0x3f800000) {
        return is_signalingf(y) ? x + y : 1.0f;
      }
      if (2 * ix > 2U * 0x7f800000 || 2 * iy > 2U * 0x7f800000) {
        return x + y;
      }
      if (2 * ix == 2 * 0x3f800000) {
        return 1.0f;
      }
      if ((2 * ix < 2 * 0x3f800000) == !(iy & 0x80000000)) {
        return 0.0f;
      }
      return y * y;
    }
    if (zero_inf_nanf(ix)) {
      float x2 = x * x;
      if (ix & 0x80000000 && check_intf(iy) == 1) {
        x2 = -x2;
        sign_bias = 1;
      }
      if (2 * ix == 0 && iy & 0x80000000) {
        return npr_libm_divzerof(sign_bias);
      }
      return iy & 0x80000000 ? 1 / x2 : x2;
    }
    if (ix & 0x80000000) {
      const int yint = check_intf(iy);
      if (yint == 0) {
        return npr_libm_invalidf(x);
      }
      if (yint == 1) {
        sign_bias = POWF_SIGN_BIAS;
      }
      ix &= 0x7fffffff;
    }
    if (ix < 0x00800000) {
      ix = npr_libm_bitsf(x * 0x1p23f);
      ix &= 0x7fffffff;
      ix -= 23 << 23;
    }
  }
  logx = powf_log2(ix);
  ylogx = y * logx;
  if ((npr_libm_bits(ylogx) >> 47 & 0xffff) >= npr_libm_bits(126.0) >> 47) {
    /* |y*log2(x)| >= 126. (glibc's further overflow test for results just
     * above 0x1.fffffep127 only fires in directed rounding modes.) */
    if (ylogx > 0x1.fffffffd1d571p+6) {
      return xflowf(sign_bias, 0x1p97f);
    }
    if (ylogx <= -150.0) {
      return xflowf(sign_bias, 0x1p-95f);
    }
    if (ylogx < -149.0) {
      return xflowf(sign_bias, 0x1.4p-75f);
    }
  }
  return (float)powf_exp2(ylogx, sign_bias);
}
