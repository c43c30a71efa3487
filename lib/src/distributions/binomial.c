/* NumPy 1.24's binomial sampler (distributions.c): inversion for
 * n * p <= 30, BTPE above, each with its setup cached in binomial_t. Both
 * Generator and RandomState (legacy_random_binomial) run this code. */
#include <math.h>

#include "core/npr_math.h"
#include "distributions/discrete_internal.h"

/* Below this reachable mass the inversion restarts its search more than 2**24
 * times per value on average: seconds per value in NumPy 1.24, and 1e11
 * restarts for the inputs that show the problem. */
#define INVERSION_MIN_MASS 0x1p-24

/* exp(n * log(q)) is only wrong by more than a factor e**0.125 when n * 2**-53
 * exceeds 0.125, so smaller n never needs the mass check. */
#define INVERSION_CHECK_MIN_N (INT64_C(1) << 50)

static bool cache_holds(const npr_binomial_cache *cache, npr_binomial_algorithm algorithm,
                        int64_t n, double p) {
  return cache->algorithm == algorithm && cache->n == n && cache->p == p;
}

/* The probability the search can reach: P(X = 0) + ... + P(X = bound), each
 * term from the previous one exactly as the sampling loop computes it. */
static double inversion_mass(int64_t n, double p, double q, double q_pow_n, int64_t bound) {
  double px = q_pow_n, mass = q_pow_n;
  int64_t x;
  for (x = 1; x <= bound; x++) {
    px = ((double)(n - x + 1) * p * px) / ((double)x * q);
    mass += px;
  }
  return mass;
}

static void inversion_setup(npr_binomial_cache *cache, int64_t n, double p) {
  const double q = 1.0 - p;
  const double mean = (double)n * p;
  /* NumPy's MIN(n, ...) compares and yields a double. */
  const double n_as_double = (double)n;
  const double limit = mean + 10.0 * sqrt(mean * q + 1);
  cache->algorithm = NPR_BINOMIAL_INVERSION;
  cache->n = n;
  cache->p = p;
  cache->inversion.q = q;
  cache->inversion.q_pow_n = npr_exp((double)n * npr_log(q));
  cache->inversion.mean = mean;
  cache->inversion.bound = npr_x86_double_to_i64(n_as_double < limit ? n_as_double : limit);
  cache->inversion.stalls =
      n >= INVERSION_CHECK_MIN_N &&
      !(inversion_mass(n, p, q, cache->inversion.q_pow_n, cache->inversion.bound) >=
        INVERSION_MIN_MASS);
}

/* numpy is the release whose inversion runs: from 2.4.0 the search starts at
 * exp(n * log1p(-p)) (commit 72574772c1), accurate for tiny p, where 1.24.2's
 * exp(n * log(1 - p)) loses 1 - p's digits. */
static int64_t binomial_inversion(const npr_bitgen *bg, int64_t n, double p,
                                  npr_binomial_cache *cache, bool modern_fallback,
                                  npr_numpy_version numpy, bool *ok) {
  double q, q_pow_n, px, u;
  int64_t x, bound;
  if (!cache_holds(cache, NPR_BINOMIAL_INVERSION, n, p)) inversion_setup(cache, n, p);
  q = cache->inversion.q;
  q_pow_n = cache->inversion.q_pow_n;
  bound = cache->inversion.bound;
  if (numpy >= NPR_NUMPY_2_4_0) {
    q_pow_n = npr_exp((double)n * npr_log1p(-p));
  } else if (cache->inversion.stalls) {
    if (!modern_fallback) {
      npr_set_ok(ok, false);
      return 0;
    }
    /* NumPy 2.4's setup: the same search from an accurate start. */
    q_pow_n = npr_exp((double)n * npr_log1p(-p));
  }
  x = 0;
  px = q_pow_n;
  u = npr_next_double(bg);
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = q_pow_n;
      u = npr_next_double(bg);
    } else {
      u -= px;
      px = ((double)(n - x + 1) * p * px) / ((double)x * q);
    }
  }
  npr_set_ok(ok, true);
  return x;
}

static void btpe_setup(npr_binomial_cache *cache, int64_t n, double p) {
  double r, q, fm, p1, xm, xl, xr, c, laml, lamr, p2, p3, a;
  int64_t m;
  r = p < 1.0 - p ? p : 1.0 - p;
  q = 1.0 - r;
  fm = (double)n * r + r;
  m = npr_x86_double_to_i64(floor(fm));
  p1 = floor(2.195 * sqrt((double)n * r * q) - 4.6 * q) + 0.5;
  xm = (double)m + 0.5;
  xl = xm - p1;
  xr = xm + p1;
  c = 0.134 + 20.5 / (15.3 + (double)m);
  a = (fm - xl) / (fm - xl * r);
  laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  lamr = a * (1.0 + a / 2.0);
  p2 = p1 * (1.0 + 2.0 * c);
  p3 = p2 + c / laml;
  cache->algorithm = NPR_BINOMIAL_BTPE;
  cache->n = n;
  cache->p = p;
  cache->btpe.r = r;
  cache->btpe.q = q;
  cache->btpe.fm = fm;
  cache->btpe.m = m;
  cache->btpe.p1 = p1;
  cache->btpe.xm = xm;
  cache->btpe.xl = xl;
  cache->btpe.xr = xr;
  cache->btpe.c = c;
  cache->btpe.laml = laml;
  cache->btpe.lamr = lamr;
  cache->btpe.p2 = p2;
  cache->btpe.p3 = p3;
  cache->btpe.p4 = p3 + c / lamr;
}

/* One term of the Stirling correction in BTPE's final test, NumPy 1.24's
 * constant 13680 (a typo of the 1988 paper's 13860, kept to 2.4.x). */
static double stirling_term(double x, double x_squared) {
  return (13680. - (462. - (132. - (99. - 140. / x_squared) / x_squared) / x_squared) / x_squared) /
         x / 166320.;
}

/* NumPy >= 2.5.0 (commit 12e16ab322): the paper's 13860. */
static double stirling_term_2_5(double x, double x_squared) {
  return (13860. - (462. - (132. - (99. - 140. / x_squared) / x_squared) / x_squared) / x_squared) /
         x / 166320.;
}

/* Steps 5.0-5.3 of BTPE: is y accepted for the point v? */
static bool btpe_accepts(const npr_binomial_cache *cache, int64_t n, int64_t y, double v,
                         double nrq, npr_numpy_version numpy) {
  const double r = cache->btpe.r, q = cache->btpe.q, xm = cache->btpe.xm;
  const int64_t m = cache->btpe.m;
  const int64_t k = y > m ? y - m : m - y;
  double rho, t, big_a, x1, f1, z, w;
  if (!(k > 20 && (double)k < nrq / 2.0 - 1)) {
    /* Step 5.1: the exact ratio f(y) / f(m) by recursion. */
    const double s = r / q;
    const double a = s * (double)npr_wrap_add_i64(n, 1);
    double f = 1.0;
    int64_t i;
    if (m < y) {
      for (i = m + 1; i <= y; i++) f *= (a / (double)i - s);
    } else if (m > y) {
      for (i = y + 1; i <= m; i++) f /= (a / (double)i - s);
    }
    return !(v > f);
  }
  /* Step 5.2: squeeze on log(v); 5.3: the final test. -k * k is an int64
   * product in NumPy, wrapping for k beyond 3e9. */
  rho = ((double)k / nrq) *
        (((double)k * ((double)k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
  t = (double)npr_wrap_mul_i64(-k, k) / (2 * nrq);
  big_a = npr_log(v);
  if (big_a < (t - rho)) return true;
  if (big_a > (t + rho)) return false;
  x1 = (double)npr_wrap_add_i64(y, 1);
  f1 = (double)npr_wrap_add_i64(m, 1);
  z = (double)npr_wrap_sub_i64(npr_wrap_add_i64(n, 1), m);
  w = (double)npr_wrap_add_i64(n - y, 1);
  if (numpy >= NPR_NUMPY_2_5_0) {
    /* 2.5.0 fixed the signs too: the x1 and w terms are subtracted. */
    return !(big_a > (xm * npr_log(f1 / x1) + ((double)(n - m) + 0.5) * npr_log(z / w) +
                      (double)(y - m) * npr_log(w * r / (x1 * q)) + stirling_term_2_5(f1, f1 * f1) +
                      stirling_term_2_5(z, z * z) - stirling_term_2_5(x1, x1 * x1) -
                      stirling_term_2_5(w, w * w)));
  }
  return !(big_a > (xm * npr_log(f1 / x1) + ((double)(n - m) + 0.5) * npr_log(z / w) +
                    (double)(y - m) * npr_log(w * r / (x1 * q)) + stirling_term(f1, f1 * f1) +
                    stirling_term(z, z * z) + stirling_term(x1, x1 * x1) +
                    stirling_term(w, w * w)));
}

static int64_t binomial_btpe(const npr_bitgen *bg, int64_t n, double p,
                             npr_binomial_cache *cache, npr_numpy_version numpy) {
  int64_t y;
  if (!cache_holds(cache, NPR_BINOMIAL_BTPE, n, p)) btpe_setup(cache, n, p);
  for (;;) {
    const double nrq = (double)n * cache->btpe.r * cache->btpe.q;
    const double u = npr_next_double(bg) * cache->btpe.p4;
    double v = npr_next_double(bg);
    if (u <= cache->btpe.p1) {
      /* Step 1: the triangle, accepted outright. */
      y = npr_x86_double_to_i64(floor(cache->btpe.xm - cache->btpe.p1 * v + u));
      break;
    }
    if (u <= cache->btpe.p2) {
      /* Step 2: the parallelograms. */
      const double x = cache->btpe.xl + (u - cache->btpe.p1) / cache->btpe.c;
      v = v * cache->btpe.c + 1.0 - fabs((double)cache->btpe.m - x + 0.5) / cache->btpe.p1;
      if (v > 1.0) continue;
      y = npr_x86_double_to_i64(floor(x));
    } else if (u <= cache->btpe.p3) {
      /* Step 3: the left exponential tail (v == 0 is rejected: log(0)). */
      y = npr_x86_double_to_i64(floor(cache->btpe.xl + npr_log(v) / cache->btpe.laml));
      if (y < 0 || v == 0.0) continue;
      v = v * (u - cache->btpe.p2) * cache->btpe.laml;
    } else {
      /* Step 4: the right tail. */
      y = npr_x86_double_to_i64(floor(cache->btpe.xr - npr_log(v) / cache->btpe.lamr));
      if (y > n || v == 0.0) continue;
      v = v * (u - cache->btpe.p3) * cache->btpe.lamr;
    }
    if (btpe_accepts(cache, n, y, v, nrq, numpy)) break;
  }
  if (p > 0.5) y = n - y;
  return y;
}

static int64_t binomial_of_release(const npr_bitgen *bg, int64_t n, double p,
                                   npr_binomial_cache *cache, bool modern_fallback,
                                   npr_numpy_version numpy, bool *ok) {
  npr_binomial_cache scratch;
  if (cache == NULL) {
    npr_binomial_cache_reset(&scratch);
    cache = &scratch;
  }
  if (p <= 0.5) {
    if (p * (double)n <= 30.0) return binomial_inversion(bg, n, p, cache, modern_fallback, numpy, ok);
    npr_set_ok(ok, true);
    return binomial_btpe(bg, n, p, cache, numpy);
  } else {
    const double q = 1.0 - p;
    if (q * (double)n <= 30.0) {
      bool drawn = true;
      const int64_t x = binomial_inversion(bg, n, q, cache, modern_fallback, numpy, &drawn);
      npr_set_ok(ok, drawn);
      return drawn ? n - x : 0;
    }
    npr_set_ok(ok, true);
    return n - binomial_btpe(bg, n, q, cache, numpy);
  }
}

int64_t npr_binomial_mirrored(const npr_bitgen *bg, int64_t n, double p, npr_binomial_cache *cache,
                              bool modern_fallback, bool *ok) {
  return binomial_of_release(bg, n, p, cache, modern_fallback, NPR_NUMPY_1_24_2, ok);
}

int64_t npr_binomial(const npr_bitgen *bg, int64_t n, double p, npr_binomial_cache *cache) {
  return npr_binomial_of_release(bg, n, p, cache, NPR_NUMPY_1_24_2);
}

int64_t npr_binomial_of_release(const npr_bitgen *bg, int64_t n, double p,
                                npr_binomial_cache *cache, npr_numpy_version numpy) {
  if (n == 0 || p == 0.0f) return 0;
  return binomial_of_release(bg, n, p, cache, true, numpy, NULL);
}
