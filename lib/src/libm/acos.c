/* acos(x): glibc 2.36's IBM-derived acos in its FMA build. |x| < 0.125: a
 * Taylor polynomial; up to 0.96875: a polynomial about the centre of one of
 * the table's subintervals; beyond: 2*asin(sqrt((1-|x|)/2)) with the square
 * root from a table-seeded Newton step. */
#include <math.h>

#include "libm/asincos_table.h"
#include "libm/libm_internal.h"
#include "libm/npr_libm.h"

#define ASNCS npr_libm_asincos_table

/* asin's Taylor coefficients (x^3 ... x^13). */
static const double acos_f1 = 0x1.55555555554f9p-3;
static const double acos_f2 = 0x1.333333336127dp-4;
static const double acos_f3 = 0x1.6db6dae42c0e4p-5;
static const double acos_f4 = 0x1.f1c7e04f4ad99p-6;
static const double acos_f5 = 0x1.6e442c822d419p-6;
static const double acos_f6 = 0x1.292d80f453c72p-6;
/* 1/sqrt(1 - r) ~ rt0 + r*(rt1 + r*(rt2 + r*rt3)): the Newton refinement. */
static const double acos_rt0 = 0x1.fffffffecc1ddp-1;
static const double acos_rt1 = 0x1.fffffff757304p-2;
static const double acos_rt2 = 0x1.800496769c91ap-2;
static const double acos_rt3 = 0x1.4006318d1dab9p-2;
static const double acos_t27 = 0x1p27;
/* pi/2 = hp0 + hp1. */
static const double acos_hp0 = 0x1.921fb54442d18p+0;
static const double acos_hp1 = 0x1.1a62633145c07p-54;

/* 1/sqrt(m) for the 128 leading-mantissa buckets of m in [1, 4). */
static const double acos_inverse_root[128] = {
    0x1.68a1f80d7182p+0, 0x1.65de82af9631fp+0, 0x1.632b1201d39e5p+0, 0x1.60870d91bf3c2p+0,
    0x1.5df1e4be5e7a2p+0, 0x1.5b6b0e361668bp+0, 0x1.58f2077eca742p+0, 0x1.568654873c1e3p+0,
    0x1.54277f40d6cb8p+0, 0x1.51d51741283ap+0, 0x1.4f8eb16a59835p+0, 0x1.4d53e79a0e15cp+0,
    0x1.4b24585e1ca16p+0, 0x1.48ffa6aea45fep+0, 0x1.46e579ad0c47ap+0, 0x1.44d57c6785455p+0,
    0x1.42cf5da0b1da2p+0, 0x1.40d2cf9b1e1cbp+0, 0x1.3edf87e83b18ep+0, 0x1.3cf53f3a97317p+0,
    0x1.3b13b13b13b1p+0, 0x1.393a9c60dd0e1p+0, 0x1.3769c1cbf0b05p+0, 0x1.35a0e521ff992p+0,
    0x1.33dfcc6d81367p+0, 0x1.32263ffecdbddp+0, 0x1.30740a4f1a8ep+0, 0x1.2ec8f7e53640dp+0,
    0x1.2d24d73be4ec9p+0, 0x1.2b8778a9bf8ecp+0, 0x1.29f0ae4a7bd6fp+0, 0x1.28604be983e91p+0,
    0x1.26d626edc7332p+0, 0x1.25521646af854p+0, 0x1.23d3f25a271bcp+0, 0x1.225b94f39da5bp+0,
    0x1.20e8d933fbc46p+0, 0x1.1f7b9b8275ccep+0, 0x1.1e13b97e2f7f2p+0, 0x1.1cb111f0a37d1p+0,
    0x1.1b5384c0c28bcp+0, 0x1.19faf2e6beff6p+0, 0x1.18a73e6079ee1p+0, 0x1.17584a268851ep+0,
    0x1.160dfa21c700dp+0, 0x1.14c8332174f8cp+0, 0x1.1386dad1cc065p+0, 0x1.1249d7b3107fbp+0,
    0x1.111111111112p+0, 0x1.0fdc6efb1043ep+0, 0x1.0eabda3c11a68p+0, 0x1.0d7f3c53851c1p+0,
    0x1.0c567f6e4acefp+0, 0x1.0b318e600b285p+0, 0x1.0a10549cddf4fp+0, 0x1.08f2be333c85cp+0,
    0x1.07d8b7c63aadfp+0, 0x1.06c22e8802d59p+0, 0x1.05af103491a22p+0, 0x1.049f4b0cadb27p+0,
    0x1.0392cdd118774p+0, 0x1.028987bdf5125p+0, 0x1.0183688662733p+0, 0x1.00806050463f7p+0,
    0x1.fe02fb08b05a2p-1, 0x1.fa1a7bb61d36fp-1, 0x1.f648a3a321fb7p-1, 0x1.f28c9b380ebap-1,
    0x1.eee595eba94cp-1, 0x1.eb52d18b3d37dp-1, 0x1.e7d3959112457p-1, 0x1.e4673287f9dc5p-1,
    0x1.e10d017ac51a6p-1, 0x1.ddc4636e9573ep-1, 0x1.da8cc0e7149eep-1, 0x1.d7658973b887cp-1,
    0x1.d44e33454e185p-1, 0x1.d1463acb186adp-1, 0x1.ce4d2256e352ep-1, 0x1.cb6271c77707cp-1,
    0x1.c885b638e9087p-1, 0x1.c5b681ba51d6p-1, 0x1.c2f46b087a5e7p-1, 0x1.c03f0d4d1e1bp-1,
    0x1.bd9607e2670d9p-1, 0x1.baf8fe1a51499p-1, 0x1.b8679709aaac2p-1, 0x1.b5e17d566a055p-1,
    0x1.b3665f091e62bp-1, 0x1.b0f5ed613d3f1p-1, 0x1.ae8fdcac1a25dp-1, 0x1.ac33e41e57a2dp-1,
    0x1.a9e1bdafa4be1p-1, 0x1.a79925f89def6p-1, 0x1.a559dc12abd3ap-1, 0x1.a323a179bcde9p-1,
    0x1.a0f639efb9e4bp-1, 0x1.9ed16b6197fd7p-1, 0x1.9cb4fdcdec59dp-1, 0x1.9aa0bb2ce89c8p-1,
    0x1.98946f59a8bebp-1, 0x1.968fe7fcbc524p-1, 0x1.9492f477d78d4p-1, 0x1.929d65d2990a8p-1,
    0x1.90af0ea853815p-1, 0x1.8ec7c316cae0fp-1, 0x1.8ce758add657p-1, 0x1.8b0da65fd9394p-1,
    0x1.893a847305ac9p-1, 0x1.876dcc735d942p-1, 0x1.85a75925660f9p-1, 0x1.83e706798349dp-1,
    0x1.822cb17ff2eb2p-1, 0x1.8078385d5c0dep-1, 0x1.7ec97a3fec01p-1, 0x1.7d205754f8264p-1,
    0x1.7b7cb0bf1d70fp-1, 0x1.79de688cd6672p-1, 0x1.784561af81485p-1, 0x1.76b17ff2d032cp-1,
    0x1.7522a7f49d736p-1, 0x1.7398bf1d1ee54p-1, 0x1.7213ab9772ee3p-1, 0x1.7093544a82bc7p-1,
    0x1.6f17a0d23510ep-1, 0x1.6da07978eda76p-1, 0x1.6c2dc73154e64p-1, 0x1.6abf7390648fep-1,
};

double npr_libm_acos(double x) {
  const int32_t m = npr_libm_high_word(x);
  int32_t k = m & 0x7fffffff;
  double xx, t, p, y, res, r, cor, cc, c, z, res1, x2;
  int n;

  if (k < 0x3c880000) { /* |x| < 2^-55 */
    return acos_hp0;
  }
  if (k < 0x3fc00000) { /* |x| < 0.125 */
    x2 = x * x;
    p = fma(fma(fma(fma(fma(x2, acos_f6, acos_f5), x2, acos_f4), x2, acos_f3), x2, acos_f2), x2, acos_f1);
    r = acos_hp0 - x;
    /* t = p * x^3 is fused into the subtraction that uses it. */
    cor = fma(-p, x2 * x, ((acos_hp0 - r) - x) + acos_hp1);
    return r + cor;
  }
  if (k < 0x3fef0000) { /* |x| < 0.96875: one table subinterval */
    /* At n: the subinterval's centre, the degree-1 coefficient, 5 to 9
     * Horner coefficients in xx, the constant term and asin(centre). */
    int degree;
    if (k < 0x3fe00000) {
      n = (k < 0x3fd00000) ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
      degree = 5;
    } else if (k < 0x3fe80000) {
      n = 1056 + ((k & 0x000fe000) >> 11) * 3;
      degree = 6;
    } else if (k < 0x3fed8000) {
      n = 992 + ((k & 0x000fe000) >> 13) * 13;
      degree = 7;
    } else if (k < 0x3fee8000) {
      n = 884 + ((k & 0x000fe000) >> 13) * 14;
      degree = 8;
    } else {
      n = 768 + ((k & 0x000fe000) >> 13) * 15;
      degree = 9;
    }
    xx = (m > 0) ? x - ASNCS[n] : -x - ASNCS[n];
    p = ASNCS[n + 1 + degree];
    for (int j = n + degree; j >= n + 2; j--) {
      p = fma(xx, p, ASNCS[j]);
    }
    p = fma(xx * xx, p, ASNCS[n + 2 + degree]);
    t = fma(ASNCS[n + 1], xx, p);
    y = (m > 0) ? (acos_hp0 - ASNCS[n + 3 + degree]) : (acos_hp0 + ASNCS[n + 3 + degree]);
    t = (m > 0) ? (acos_hp1 - t) : (acos_hp1 + t);
    return y + t;
  }
  if (k < 0x3ff00000) { /* |x| < 1 */
    z = 0.5 * ((m > 0) ? (1.0 - x) : (1.0 + x));
    k = npr_libm_high_word(z);
    /* powtwo[511 - (k >> 21)] of glibc: 2^(511 - (k >> 21)), built exactly. */
    t = acos_inverse_root[(k & 0x001fffff) >> 14] *
        npr_libm_from_bits((uint64_t)(1023 + 511 - (k >> 21)) << 52);
    r = fma(-(t * t), z, 1.0);
    t = t * fma(fma(fma(r, acos_rt3, acos_rt2), r, acos_rt1), r, acos_rt0);
    c = t * z;
    /* y: c with its low 27 bits cleared (t27 * c is exact, fused or not). */
    y = (acos_t27 * c + c) - acos_t27 * c;
    /* The Newton step's product t = c * (1.5 - 0.5*t*c) is fused into t + y. */
    cc = fma(-y, y, z) / fma(c, fma(-(0.5 * t), c, 1.5), y);
    p = fma(fma(fma(fma(fma(z, acos_f6, acos_f5), z, acos_f4), z, acos_f3), z, acos_f2), z, acos_f1) * z;
    /* (y + cc) * p is not fused: GCC computes it once before the branch. */
    if (m < 0) {
      cor = (acos_hp1 - cc) - (y + cc) * p;
      res1 = acos_hp0 - y;
      res = res1 + cor;
      return res + res;
    }
    cor = cc + p * (y + cc);
    res = y + cor;
    return res + res;
  }
  if (k == 0x3ff00000 && npr_libm_low_word(x) == 0) {
    return (m > 0) ? 0 : 2.0 * acos_hp0;
  }
  if (k > 0x7ff00000 || (k == 0x7ff00000 && npr_libm_low_word(x) != 0)) {
    return x + x;
  }
  return npr_libm_invalid(x);
}
