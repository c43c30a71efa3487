/* Uniform-based samplers of NumPy 1.24's distributions.c. */
#include <math.h>

#include "nprand/distributions.h"

double npr_standard_uniform(const npr_bitgen *bg) { return npr_next_double(bg); }

float npr_standard_uniform_f(const npr_bitgen *bg) { return npr_next_float(bg); }

void npr_standard_uniform_fill(const npr_bitgen *bg, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_next_double(bg);
}

void npr_standard_uniform_fill_f(const npr_bitgen *bg, size_t n, float *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_next_float(bg);
}

double npr_normal(const npr_bitgen *bg, double loc, double scale) {
  return loc + scale * npr_standard_normal(bg);
}

double npr_exponential(const npr_bitgen *bg, double scale) {
  return scale * npr_standard_exponential(bg);
}

double npr_uniform(const npr_bitgen *bg, double low, double range) {
  return low + range * npr_next_double(bg);
}

double npr_triangular(const npr_bitgen *bg, double left, double mode, double right) {
  /* Products precomputed before the draw, in NumPy's grouping. */
  const double base = right - left;
  const double leftbase = mode - left;
  const double ratio = leftbase / base;
  const double leftprod = leftbase * base;
  const double rightprod = (right - mode) * base;
  const double u = npr_next_double(bg);
  if (u <= ratio) {
    return left + sqrt(u * leftprod);
  }
  return right - sqrt((1.0 - u) * rightprod);
}
