/* Generator.geometric (random_geometric in NumPy 1.24's distributions.c) and
 * the sequential search RandomState shares with it. */
#include <math.h>

#include "core/npr_math.h"
#include "distributions/discrete_internal.h"
#include "nprand/distributions.h"

int64_t npr_geometric_search(const npr_bitgen *bg, double p, bool *ok) {
  const double q = 1.0 - p;
  const double u = npr_next_double(bg);
  double sum = p, prod = p;
  int64_t x = 1;
  while (u > sum) {
    double next_sum;
    prod *= q;
    next_sum = sum + prod;
    /* The terms only shrink: once one no longer moves the sum, none will, and
     * NumPy's loop would never end. */
    if (next_sum == sum) {
      npr_set_ok(ok, false);
      return 0;
    }
    sum = next_sum;
    x++;
  }
  npr_set_ok(ok, true);
  return x;
}

int64_t npr_geometric(const npr_bitgen *bg, double p, bool *ok) {
  if (p >= 0.333333333333333333333333) return npr_geometric_search(bg, p, ok);
  npr_set_ok(ok, true);
  return npr_x86_double_to_i64(ceil(-npr_standard_exponential(bg) / npr_log1p(-p)));
}

int64_t npr_geometric_1_25(const npr_bitgen *bg, double p, bool *ok) {
  double z;
  if (p >= 0.333333333333333333333333) return npr_geometric_search(bg, p, ok);
  npr_set_ok(ok, true);
  z = ceil(-npr_standard_exponential(bg) / npr_log1p(-p));
  /* 9.223372036854776e+18 is 2**63, the first double above INT64_MAX. */
  if (z >= 9.223372036854776e+18) return INT64_MAX;
  return (int64_t)z;
}
