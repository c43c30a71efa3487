/* RandomState's discrete kernels (NumPy 1.24's legacy-distributions.c and the
 * distributions.c code mtrand.pyx calls on the MT19937). */
#include <math.h>

#include "core/npr_math.h"
#include "distributions/discrete_internal.h"
#include "nprand/distributions.h"
#include "nprand/legacy_distributions.h"
#include "nprand/legacy_discrete.h"

int64_t npr_legacy_binomial(npr_randomstate *rs, int64_t n, double p, bool *ok) {
  const npr_bitgen bg = npr_randomstate_bitgen(rs);
  return npr_binomial_mirrored(&bg, n, p, &rs->binomial, false, ok);
}

int64_t npr_legacy_geometric(npr_randomstate *rs, double p, bool *ok) {
  const npr_bitgen bg = npr_randomstate_bitgen(rs);
  double u;
  if (p >= 0.333333333333333333333333) return npr_geometric_search(&bg, p, ok);
  npr_set_ok(ok, true);
  u = npr_next_double(&bg);
  return npr_x86_double_to_i64(ceil(npr_log1p(-u) / npr_log(1 - p)));
}

/* HYP: walk the sample's draws with doubles, for samples of 1 to 10. */
static int64_t hypergeometric_hyp(const npr_bitgen *bg, int64_t good, int64_t bad,
                                  int64_t sample) {
  const int64_t d1 = bad + good - sample;
  const double d2 = (double)(bad < good ? bad : good);
  double y = d2;
  int64_t k = sample;
  int64_t z;
  while (y > 0.0) {
    const double u = npr_next_double(bg);
    y -= (double)npr_x86_double_to_i64(floor(u + y / (double)(d1 + k)));
    k--;
    if (k == 0) break;
  }
  z = npr_x86_double_to_i64(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

#define HRUA_D1 1.7155277699214135 /* 2*sqrt(2/e) */
#define HRUA_D2 0.8989161620588988 /* 3 - 2*sqrt(3/e) */

static double loggam_sum(int64_t z, int64_t mingoodbad, int64_t maxgoodbad, int64_t m) {
  return npr_loggam((double)(z + 1)) + npr_loggam((double)(mingoodbad - z + 1)) +
         npr_loggam((double)(m - z + 1)) + npr_loggam((double)(maxgoodbad - m + z + 1));
}

/* HRUA in NumPy 1.16's form: random_loggam instead of logfactorial, and the
 * variance term multiplies by sample, not by min(sample, popsize - sample).
 * Returns false (nothing drawn) where NumPy never returns. */
static bool hypergeometric_hrua(const npr_bitgen *bg, int64_t good, int64_t bad, int64_t sample,
                                int64_t *out) {
  const int64_t mingoodbad = good < bad ? good : bad;
  const int64_t popsize = good + bad;
  const int64_t maxgoodbad = good > bad ? good : bad;
  const int64_t m = sample < popsize - sample ? sample : popsize - sample;
  const double d4 = ((double)mingoodbad) / (double)popsize;
  const double d5 = 1.0 - d4;
  const double d6 = (double)m * d4 + 0.5;
  const double d7 =
      sqrt((double)(popsize - m) * (double)sample * d4 * d5 / (double)(popsize - 1) + 0.5);
  const double d8 = HRUA_D1 * d7 + HRUA_D2;
  /* popsize + 2 wraps for popsize >= 2**63 - 2, as in NumPy's build. */
  const int64_t d9 = npr_x86_double_to_i64(floor((double)(m + 1) * (double)(mingoodbad + 1) /
                                                 (double)npr_wrap_add_i64(popsize, 2)));
  double d10, d11;
  int64_t z;
  /* A mode below -1 only arises from that wrap; loggam(d9 + 1) is then NaN
   * (or a 2**61-step loop) and no candidate is ever accepted. */
  if (d9 < -1) return false;
  d10 = loggam_sum(d9, mingoodbad, maxgoodbad, m);
  {
    const double support_end = (double)(m < mingoodbad ? m : mingoodbad) + 1.0;
    const double tail_end = floor(d6 + 16 * d7); /* 16 for 16-digit D1 and D2 */
    d11 = support_end < tail_end ? support_end : tail_end;
  }
  for (;;) {
    const double x = npr_next_double(bg);
    const double y = npr_next_double(bg);
    const double w = d6 + d8 * (y - 0.5) / x;
    double t;
    if ((w < 0.0) || (w >= d11)) continue;
    z = npr_x86_double_to_i64(floor(w));
    t = d10 - loggam_sum(z, mingoodbad, maxgoodbad, m);
    if ((x * (4.0 - x) - 3.0) <= t) break;
    if (x * (x - t) >= 1) continue;
    if (2.0 * npr_log(x) <= t) break;
  }
  /* Ivan Frohne's corrections (rv.py): the larger colour, and samples past
   * half the population. */
  if (good > bad) z = m - z;
  if (m < sample) z = good - z;
  *out = z;
  return true;
}

int64_t npr_legacy_hypergeometric(npr_randomstate *rs, int64_t ngood, int64_t nbad,
                                  int64_t nsample, bool *ok) {
  const npr_bitgen bg = npr_randomstate_bitgen(rs);
  int64_t result = 0;
  if (nsample > 10) {
    const bool drawn = hypergeometric_hrua(&bg, ngood, nbad, nsample, &result);
    npr_set_ok(ok, drawn);
    return drawn ? result : 0;
  }
  npr_set_ok(ok, true);
  if (nsample > 0) return hypergeometric_hyp(&bg, ngood, nbad, nsample);
  return 0;
}

int64_t npr_legacy_logseries(npr_randomstate *rs, double p) {
  const npr_bitgen bg = npr_randomstate_bitgen(rs);
  const double r = npr_log(1.0 - p);
  for (;;) {
    const double v = npr_next_double(&bg);
    double u, q;
    if (v >= p) return 1;
    u = npr_next_double(&bg);
    q = 1.0 - npr_exp(r * u);
    if (v <= q * q) {
      const int64_t result = npr_x86_double_to_i64(floor(1 + npr_log(v) / npr_log(q)));
      if ((result < 1) || (v == 0.0)) continue;
      return result;
    }
    if (v >= q) return 1;
    return 2;
  }
}

int64_t npr_legacy_negative_binomial(npr_randomstate *rs, double n, double p) {
  const double scale = (1 - p) / p;
  const double mean = scale * npr_legacy_standard_gamma(rs, n);
  const npr_bitgen bg = npr_randomstate_bitgen(rs);
  return npr_poisson(&bg, mean);
}

int64_t npr_legacy_poisson(npr_randomstate *rs, double lam) {
  const npr_bitgen bg = npr_randomstate_bitgen(rs);
  return npr_poisson(&bg, lam);
}

int64_t npr_legacy_zipf(npr_randomstate *rs, double a, bool *ok) {
  const npr_bitgen bg = npr_randomstate_bitgen(rs);
  if (npr_zipf_1_24_stalls(a)) {
    npr_set_ok(ok, false);
    return 0;
  }
  npr_set_ok(ok, true);
  return npr_zipf_1_24(&bg, a);
}
