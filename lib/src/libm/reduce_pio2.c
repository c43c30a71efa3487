/* Reduction modulo pi/2 for |x| >= 105414350: glibc 2.36's __branred. x is
 * split into two 26-bit halves; each is multiplied by 2/pi in 24-bit digits,
 * from the digit where the product's integer part stops mattering, and the
 * fractional parts are summed exactly. glibc compiles this file without
 * -mfma even in its FMA build, so nothing here is fused. */
#include <math.h>

#include "libm/libm_internal.h"
#include "libm/reduce_pio2.h"

/* 2/pi in base 2^24: 2/pi = sum digit[i] * 2^(-24(i+1)). */
static const double two_over_pi_digits[75] = {
   10680707.0,  7228996.0,  1387004.0,  2578385.0, 16069853.0,
   12639074.0,  9804092.0,  4427841.0, 16666979.0, 11263675.0,
   12935607.0,  2387514.0,  4345298.0, 14681673.0,  3074569.0,
   13734428.0, 16653803.0,  1880361.0, 10960616.0,  8533493.0,
    3062596.0,  8710556.0,  7349940.0,  6258241.0,  3772886.0,
    3769171.0,  3798172.0,  8675211.0, 12450088.0,  3874808.0,
    9961438.0,   366607.0, 15675153.0,  9132554.0,  7151469.0,
    3571407.0,  2607881.0, 12013382.0,  4155038.0,  6285869.0,
    7677882.0, 13102053.0, 15825725.0,   473591.0,  9065106.0,
   15363067.0,  6271263.0,  9264392.0,  5636912.0,  4652155.0,
    7056368.0, 13614112.0, 10155062.0,  1944035.0,  9527646.0,
   15080200.0,  6658437.0,  6231200.0,  6832269.0, 16767104.0,
    5075751.0,  3212806.0,  1398474.0,  7579849.0,  6349435.0,
   12618859.0,  4703257.0, 12806093.0, 14477321.0,  2786137.0,
   12875403.0,  9837734.0, 14528324.0, 13719321.0,   343717.0
};

static const double pio2_big = 0x1.8p+52;
static const double pio2_big1 = 0x1.8p+54;
static const double pio2_split = 0x1.0000002p+27; /* 2^27 + 1 */
static const double pio2_hp0 = 0x1.921fb54442d18p+0;
static const double pio2_hp1 = 0x1.1a62633145c07p-54;
static const double pio2_mp1 = 0x1.921fb58p+0;
static const double pio2_mp2 = -0x1.dde974p-27;

/* The fraction of x * 2/pi (x one half of the split input, scaled by
 * 2^-600) as *b + *bb, and the integer part mod 4 as the return value. */
static double half_product(double x, double *b, double *bb) {
  double r[6], s, t, sum = 0.0, scale;
  int i, k = (int)((npr_libm_bits(x) >> 52) & 2047);
  k = (k - 450) / 24;
  if (k < 0) {
    k = 0;
  }
  scale = npr_libm_from_bits(npr_libm_bits(0x1p576) - ((uint64_t)(k * 24) << 52));
  for (i = 0; i < 6; i++) {
    r[i] = x * two_over_pi_digits[k + i] * scale;
    scale *= 0x1p-24;
  }
  for (i = 0; i < 3; i++) {
    s = (r[i] + pio2_big) - pio2_big;
    sum += s;
    r[i] -= s;
  }
  t = 0;
  for (i = 0; i < 6; i++) {
    t += r[5 - i];
  }
  *bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
  s = (t + pio2_big) - pio2_big;
  sum += s;
  t -= s;
  *b = t + *bb;
  *bb = (t - *b) + *bb;
  s = (sum + pio2_big1) - pio2_big1;
  sum -= s;
  return sum;
}

int npr_libm_reduce_pio2(double x, double *a, double *aa) {
  double t, x1, x2, b, bb, b1, bb1, b2, bb2, sum, s, t1, t2;
  x *= 0x1p-600;
  t = x * pio2_split;
  x1 = t - (t - x);
  x2 = x - x1;
  sum = half_product(x1, &b1, &bb1);
  sum += half_product(x2, &b2, &bb2);
  b = b1 + b2;
  bb = (fabs(b1) > fabs(b2)) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  s = b + (bb + bb1 + bb2);
  t = ((b - s) + bb) + (bb1 + bb2);
  b = s * pio2_split;
  t1 = b - (b - s);
  t2 = s - t1;
  b = s * pio2_hp0;
  bb = (((t1 * pio2_mp1 - b) + t1 * pio2_mp2) + t2 * pio2_mp1) + (t2 * pio2_mp2 + s * pio2_hp1 + t * pio2_hp0);
  s = b + bb;
  t = (b - s) + bb;
  *a = s;
  *aa = t;
  return ((int)sum) & 3;
}
