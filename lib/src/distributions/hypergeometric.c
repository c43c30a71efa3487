/* Generator.hypergeometric: NumPy 1.24's random_hypergeometric.c. (RandomState
 * keeps the older HYP/HRUA pair: legacy_discrete_kernels.c.) */
#include <math.h>

#include "core/npr_math.h"
#include "distributions/discrete_internal.h"
#include "nprand/bounded.h"

/* Draw the smaller of sample and total - sample one item at a time, stopping
 * early once only good or no good items remain. */
static int64_t hypergeometric_sample(const npr_bitgen *bg, int64_t good, int64_t bad,
                                     int64_t sample) {
  const int64_t total = good + bad;
  const bool complement = sample > total / 2;
  int64_t computed_sample = complement ? total - sample : sample;
  int64_t remaining_total = total, remaining_good = good;
  while ((computed_sample > 0) && (remaining_good > 0) && (remaining_total > remaining_good)) {
    /* random_interval's bound is inclusive. */
    --remaining_total;
    if ((int64_t)npr_random_interval(bg, (uint64_t)remaining_total) < remaining_good) {
      --remaining_good;
    }
    --computed_sample;
  }
  if (remaining_total == remaining_good) remaining_good -= computed_sample;
  return complement ? remaining_good : good - remaining_good;
}

/* 2*sqrt(2/e) and 3 - 2*sqrt(3/e), the table-mountain constants. */
#define HRUA_D1 1.7155277699214135
#define HRUA_D2 0.8989161620588988

static double log_pmf_denominator(int64_t k, int64_t mingoodbad, int64_t maxgoodbad,
                                  int64_t computed_sample) {
  return npr_logfactorial(k) + npr_logfactorial(mingoodbad - k) +
         npr_logfactorial(computed_sample - k) +
         npr_logfactorial(maxgoodbad - computed_sample + k);
}

/* Stadlober's ratio-of-uniforms "Algorithm HRUA" (1989 thesis, p. 82);
 * variable names follow it. */
static int64_t hypergeometric_hrua(const npr_bitgen *bg, int64_t good, int64_t bad,
                                   int64_t sample) {
  const int64_t popsize = good + bad;
  const int64_t computed_sample = sample < popsize - sample ? sample : popsize - sample;
  const int64_t mingoodbad = good < bad ? good : bad;
  const int64_t maxgoodbad = good > bad ? good : bad;
  const double p = ((double)mingoodbad) / (double)popsize;
  const double q = ((double)maxgoodbad) / (double)popsize;
  const double mu = (double)computed_sample * p;
  const double a = mu + 0.5;
  const double var =
      ((double)(popsize - computed_sample) * (double)computed_sample * p * q / (double)(popsize - 1));
  const double c = sqrt(var + 0.5);
  const double h = HRUA_D1 * c + HRUA_D2;
  const int64_t m = npr_x86_double_to_i64(
      floor((double)(computed_sample + 1) * (double)(mingoodbad + 1) / (double)(popsize + 2)));
  const double g = log_pmf_denominator(m, mingoodbad, maxgoodbad, computed_sample);
  /* Upper bound: the support's end or 16 standard deviations out. */
  const double support_end = (double)((computed_sample < mingoodbad ? computed_sample : mingoodbad) + 1);
  const double b = support_end < floor(a + 16 * c) ? support_end : floor(a + 16 * c);
  int64_t k;
  for (;;) {
    const double u = npr_next_double(bg);
    const double v = npr_next_double(bg);
    const double x = a + h * (v - 0.5) / u;
    double t;
    if ((x < 0.0) || (x >= b)) continue;
    k = npr_x86_double_to_i64(floor(x));
    t = g - log_pmf_denominator(k, mingoodbad, maxgoodbad, computed_sample);
    if ((u * (4.0 - u) - 3.0) <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2.0 * npr_log(u) <= t) break;
  }
  if (good > bad) k = computed_sample - k;
  if (computed_sample < sample) k = good - k;
  return k;
}

int64_t npr_hypergeometric(const npr_bitgen *bg, int64_t ngood, int64_t nbad, int64_t nsample) {
  if ((nsample >= 10) && (nsample <= ngood + nbad - 10)) {
    return hypergeometric_hrua(bg, ngood, nbad, nsample);
  }
  return hypergeometric_sample(bg, ngood, nbad, nsample);
}
