/* log Gamma and log k! as NumPy 1.24 computes them (random_loggam in
 * distributions.c, logfactorial.c): the stream's accept/reject decisions
 * compare against these, so their last bits matter. */
#include "core/npr_math.h"
#include "distributions/discrete_internal.h"
#include "distributions/logfactorial_table.h"

double npr_loggam(double x) {
  /* SPECFUN's Stirling coefficients, NumPy's literals. */
  static const double coef[10] = {8.333333333333333e-02, -2.777777777777778e-03,
                                  7.936507936507937e-04, -5.952380952380952e-04,
                                  8.417508417508418e-04, -1.917526917526918e-03,
                                  6.410256410256410e-03, -2.955065359477124e-02,
                                  1.796443723688307e-01, -1.39243221690590e+00};
  const double log_2pi = 1.8378770664093453e+00;
  int64_t shift, k;
  double x0, x2, series, result;

  if (x == 1.0 || x == 2.0) return 0.0;
  /* The series is accurate from 7 on: shift up, then divide the product
   * x (x+1) ... back out term by term. */
  shift = x < 7.0 ? npr_x86_double_to_i64(7 - x) : 0;
  x0 = x + (double)shift;
  x2 = (1.0 / x0) * (1.0 / x0);
  series = coef[9];
  for (k = 8; k >= 0; k--) {
    series *= x2;
    series += coef[k];
  }
  result = series / x0 + 0.5 * log_2pi + (x0 - 0.5) * npr_log(x0) - x0;
  if (x < 7.0) {
    for (k = 1; k <= shift; k++) {
      result -= npr_log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return result;
}

double npr_logfactorial(int64_t k) {
  const double half_log_2pi = 0.9189385332046728;
  const double kd = (double)k;
  if (k < (int64_t)(sizeof npr_logfact_table / sizeof npr_logfact_table[0])) {
    return npr_logfact_table[k];
  }
  return (kd + 0.5) * npr_log(kd) - kd + (half_log_2pi + (1.0 / kd) * (1 / 12.0 - 1 / (360.0 * kd * kd)));
}
