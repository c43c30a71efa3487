/* TEMPORARY, deleted when the discrete-kernels branch (which owns
 * npr_poisson) is merged: a faithful port of NumPy 1.24.2's random_poisson
 * (multiplication below lam = 10, Hoermann's PTRS above) and random_loggam,
 * so that noncentral_chisquare's df <= 1 branch builds and is tested here. */
#include <stdint.h>

#include "core/npr_math.h"
#include "distributions/poisson_for_noncentral.h"

/* C leaves an out-of-range double-to-int64 conversion undefined; x86-64's
 * cvttsd2si, which NumPy's build uses, gives INT64_MIN for it (NaN too). */
static int64_t to_int64_like_x86(double x) {
  if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) return (int64_t)x;
  return INT64_MIN;
}

static double loggam(double x) {
  static const double a[10] = {8.333333333333333e-02, -2.777777777777778e-03,
                               7.936507936507937e-04, -5.952380952380952e-04,
                               8.417508417508418e-04, -1.917526917526918e-03,
                               6.410256410256410e-03, -2.955065359477124e-02,
                               1.796443723688307e-01, -1.39243221690590e+00};
  double x0, x2, gl, gl0;
  const double lg2pi = 1.8378770664093453e+00;
  int64_t k, n;
  if ((x == 1.0) || (x == 2.0)) return 0.0;
  n = x < 7.0 ? (int64_t)(7 - x) : 0;
  x0 = x + n;
  x2 = (1.0 / x0) * (1.0 / x0);
  gl0 = a[9];
  for (k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += a[k];
  }
  gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * npr_log(x0) - x0;
  if (x < 7.0) {
    for (k = 1; k <= n; k++) {
      gl -= npr_log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}

static int64_t poisson_mult(const npr_bitgen *bg, double lam) {
  const double enlam = npr_exp(-lam);
  double prod = 1.0;
  int64_t x = 0;
  for (;;) {
    prod *= npr_next_double(bg);
    if (prod > enlam) {
      x += 1;
    } else {
      return x;
    }
  }
}

static int64_t poisson_ptrs(const npr_bitgen *bg, double lam) {
  const double slam = sqrt(lam);
  const double loglam = npr_log(lam);
  const double b = 0.931 + 2.53 * slam;
  const double a = -0.059 + 0.02483 * b;
  const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const double vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const double u = npr_next_double(bg) - 0.5;
    const double v = npr_next_double(bg);
    const double us = 0.5 - fabs(u);
    const int64_t k = to_int64_like_x86(floor((2 * a / us + b) * u + lam + 0.43));
    if ((us >= 0.07) && (v <= vr)) return k;
    if ((k < 0) || ((us < 0.013) && (v > us))) continue;
    if ((npr_log(v) + npr_log(invalpha) - npr_log(a / (us * us) + b)) <=
        (-lam + (double)k * loglam - loggam((double)(k + 1)))) {
      return k;
    }
  }
}

int64_t npr_poisson(const npr_bitgen *bg, double lam) {
  if (lam >= 10) return poisson_ptrs(bg, lam);
  if (lam == 0) return 0;
  return poisson_mult(bg, lam);
}
