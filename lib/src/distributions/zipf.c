/* Generator.zipf: random_zipf's rejection loop of NumPy 1.24, which
 * RandomState shares, and where it cannot end, NumPy >= 2.1's. */
#include <math.h>

#include "core/npr_math.h"
#include "distributions/discrete_internal.h"

/* Below this a - 1, NumPy 1.24 rejects all but ~30 * (a - 1) of its draws
 * (pow(U, -1/(a-1)) exceeds int64 for nearly every U): 2**-31 means ~7e7
 * draws, over 10 s per value in NumPy, and a - 1 = 1e-15 means years. */
#define ZIPF_MIN_AM1 0x1p-31

bool npr_zipf_1_24_stalls(double a) {
  /* a >= 1025: pow(2, a - 1) is inf and every candidate is rejected.
   * a <= 1 and NaN: no candidate is ever accepted either. */
  return !(a > 1.0 && a < 1025.0 && a - 1.0 >= ZIPF_MIN_AM1);
}

/* The acceptance test shared by both loops. */
static bool zipf_accepts(double x, double v, double am1, double b) {
  const double t = npr_pow(1.0 + 1.0 / x, am1);
  return v * x * (t - 1.0) / (b - 1.0) <= t / b;
}

int64_t npr_zipf_1_24(const npr_bitgen *bg, double a) {
  const double am1 = a - 1.0;
  const double b = npr_pow(2.0, am1);
  for (;;) {
    const double u = 1.0 - npr_next_double(bg);
    const double v = npr_next_double(bg);
    const double x = floor(npr_pow(u, -1.0 / am1));
    /* A value above int64 is rejected: a zipf truncated at 2**63. */
    if (x > (double)INT64_MAX || x < 1.0) continue;
    if (zipf_accepts(x, v, am1, b)) return npr_x86_double_to_i64(x);
  }
}

/* NumPy >= 2.1: U from (Umin, 1], where Umin is the U below which X would be
 * rejected as too large, so (nearly) every candidate counts. */
static int64_t zipf_2_1(const npr_bitgen *bg, double a) {
  const double am1 = a - 1.0;
  const double b = npr_pow(2.0, am1);
  const double umin = npr_pow((double)INT64_MAX, -am1);
  for (;;) {
    const double u01 = npr_next_double(bg);
    const double u = u01 * umin + (1 - u01);
    const double v = npr_next_double(bg);
    const double x = floor(npr_pow(u, -1.0 / am1));
    if (x > (double)INT64_MAX || x < 1.0) continue;
    if (zipf_accepts(x, v, am1, b)) return npr_x86_double_to_i64(x);
  }
}

int64_t npr_zipf_2_1(const npr_bitgen *bg, double a) {
  /* pow(2, a - 1) overflows from 1025 on; a value above 1 has probability
   * below 3e-309 there, so NumPy returns 1 without drawing. */
  if (a >= 1025) return 1;
  if (!(a > 1.0)) return 1; /* NumPy raises first: no draw reaches here */
  return zipf_2_1(bg, a);
}

int64_t npr_zipf(const npr_bitgen *bg, double a) {
  if (!npr_zipf_1_24_stalls(a)) return npr_zipf_1_24(bg, a);
  if (a > 1.0 && a < 1025.0) return zipf_2_1(bg, a);
  return 1;
}
