#include "distributions/cdf.h"

double npr_kahan_sum(const double *v, size_t n) {
  double sum, c = 0.0;
  size_t i;
  if (n == 0) return 0.0;
  sum = v[0];
  for (i = 1; i < n; i++) {
    const double y = v[i] - c;
    const double t = sum + y;
    c = (t - sum) - y;
    sum = t;
  }
  return sum;
}

void npr_normalized_cdf(const double *p, size_t n, double *cdf) {
  double acc = 0.0, last;
  size_t i;
  if (n == 0) return;
  for (i = 0; i < n; i++) {
    acc += p[i];
    cdf[i] = acc;
  }
  last = cdf[n - 1];
  for (i = 0; i < n; i++) cdf[i] /= last;
}

int64_t npr_search_right(const double *cdf, size_t n, double u) {
  /* Branch-free halving: the answer stays in [base, base + len], and the
   * step is a conditional move, where a branch on u (random) would be
   * mispredicted every other step. */
  const double *base = cdf;
  size_t len = n;
  if (len == 0) return 0;
  while (len > 1) {
    const size_t half = len / 2;
    base = base[half] <= u ? base + half : base;
    len -= half;
  }
  return (int64_t)(base - cdf) + (*base <= u);
}
