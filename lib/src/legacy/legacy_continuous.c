/* RandomState's uniform floats, the polar normal with its cache, and
 * -log(1-U) exponentials (legacy-distributions.c in NumPy). */
#include <math.h>

#include "core/bulk.h"
#include "core/npr_math.h"
#include "nprand/distributions.h"
#include "nprand/legacy_distributions.h"
#include "nprand/randomstate.h"

static double legacy_double(npr_randomstate *rs) { return npr_mt19937_next_double(&rs->mt); }

double npr_rs_random_sample(npr_randomstate *rs) { return legacy_double(rs); }

void npr_rs_random_sample_fill(npr_randomstate *rs, size_t n, double *out) {
  npr_bitgen bg = npr_randomstate_bitgen(rs);
  npr_standard_uniform_fill(&bg, n, out);
}

double npr_rs_standard_normal(npr_randomstate *rs) {
  double f, x1, x2, r2;
  if (rs->has_gauss) {
    const double cached = rs->gauss;
    rs->has_gauss = 0;
    rs->gauss = 0.0;
    return cached;
  }
  do {
    x1 = 2.0 * legacy_double(rs) - 1.0;
    x2 = 2.0 * legacy_double(rs) - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  f = sqrt(-2.0 * npr_log(r2) / r2);
  /* The pair's first value is kept for the next call, even across methods. */
  rs->gauss = f * x1;
  rs->has_gauss = 1;
  return f * x2;
}

/* npr_rs_standard_normal n times, the doubles read in blocks: each pair of
 * values left takes at least one attempt of two doubles, which bounds the
 * words drawn ahead; an odd last value leaves its partner in the cache. */
void npr_rs_standard_normal_fill(npr_randomstate *rs, size_t n, double *out) {
  npr_bitgen bg = npr_randomstate_bitgen(rs);
  npr_words w;
  size_t i = 0;
  if (n == 0) return;
  if (rs->has_gauss) {
    out[i++] = rs->gauss;
    rs->has_gauss = 0;
    rs->gauss = 0.0;
  }
  npr_words_init(&w, &bg);
  while (i < n) {
    const size_t need = 2 * ((n - i + 1) / 2);
    double f, x1, x2, r2;
    do {
      x1 = 2.0 * npr_words_double(&w, need) - 1.0;
      x2 = 2.0 * npr_words_double(&w, need - 1) - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    f = sqrt(-2.0 * npr_log(r2) / r2);
    out[i++] = f * x2;
    if (i < n) {
      out[i++] = f * x1;
    } else {
      rs->gauss = f * x1;
      rs->has_gauss = 1;
    }
  }
}

double npr_rs_standard_exponential(npr_randomstate *rs) { return -npr_log(1.0 - legacy_double(rs)); }

void npr_rs_standard_exponential_fill(npr_randomstate *rs, size_t n, double *out) {
  npr_bitgen bg = npr_randomstate_bitgen(rs);
  npr_words w;
  size_t i;
  npr_words_init(&w, &bg);
  for (i = 0; i < n; i++) out[i] = -npr_log(1.0 - npr_words_double(&w, n - i));
}


double npr_legacy_normal(npr_randomstate *rs, double loc, double scale) {
  return loc + scale * npr_rs_standard_normal(rs);
}

double npr_legacy_exponential(npr_randomstate *rs, double scale) {
  return scale * npr_rs_standard_exponential(rs);
}
