/* Generator.logseries: random_logseries of NumPy 1.24 (Kemp's second
 * accept-reject algorithm, in log1p/expm1 form; RandomState keeps the
 * log(1 - p) form). */
#include <math.h>

#include "core/npr_math.h"
#include "distributions/discrete_internal.h"

int64_t npr_logseries(const npr_bitgen *bg, double p) {
  const double r = npr_log1p(-p);
  for (;;) {
    const double v = npr_next_double(bg);
    double u, q;
    if (v >= p) return 1;
    u = npr_next_double(bg);
    q = -npr_expm1(r * u);
    if (v <= q * q) {
      const int64_t result = npr_x86_double_to_i64(floor(1 + npr_log(v) / npr_log(q)));
      if ((result < 1) || (v == 0.0)) continue;
      return result;
    }
    if (v >= q) return 1;
    return 2;
  }
}
