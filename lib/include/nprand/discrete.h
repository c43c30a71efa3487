/* NumPy 1.24.2's discrete samplers behind Generator.binomial, geometric,
 * hypergeometric, logseries, negative_binomial, poisson and zipf
 * (distributions.c and random_hypergeometric.c), written against the bitgen
 * interface so they serve every bit generator.
 *
 * These are kernels: they take their parameters as given, in the Python
 * method's argument order, and never check them. NumPy's parameter checks
 * (the CONS_* constraints and the hand-written ones of binomial,
 * negative_binomial and hypergeometric) are the caller's job and run before
 * anything is drawn. A fill of n values is n kernel calls in order, as
 * NumPy's loops are.
 *
 * No hang: NumPy 1.24 never returns for a few inputs (listed at each
 * kernel). There these kernels return what NumPy >= 2.1's Generator returns,
 * or, where no NumPy version returns, report "no result" through the bool
 * *ok out-parameter (set to true when a value was drawn; ok may be NULL).
 * Inputs that NumPy's checks reject are never an infinite loop either. */
#ifndef NPRAND_DISCRETE_H
#define NPRAND_DISCRETE_H

#include <stdbool.h>
#include <stdint.h>

#include "nprand/bitgen.h"
#include "nprand/numpy_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* NumPy's binomial_t: the setup of the last (n, p) the binomial sampler ran
 * with, reused while the next call has the same n and p. Generator keeps one
 * per Generator object, RandomState one per RandomState (npr_randomstate has
 * its own). The setup is a pure function of (n, p), so a reset cache never
 * changes a stream, only costs a new setup. Zero-initialise it (or call
 * npr_binomial_cache_reset) before first use. */
typedef enum npr_binomial_algorithm {
  NPR_BINOMIAL_NONE = 0,
  NPR_BINOMIAL_INVERSION, /* n * min(p, 1-p) <= 30 */
  NPR_BINOMIAL_BTPE       /* Kachitvichyanukul & Schmeiser's BTPE above */
} npr_binomial_algorithm;

typedef struct npr_binomial_cache {
  npr_binomial_algorithm algorithm; /* NONE: empty (NumPy's has_binomial == 0) */
  int64_t n;                        /* nsave */
  double p;                         /* psave: min(p, 1 - p), the p the algorithm ran with */
  struct {
    double q;        /* 1 - p */
    double q_pow_n;  /* P(X = 0) = exp(n * log(q)), where the search starts */
    double mean;     /* n * p */
    int64_t bound;   /* the search restarts beyond this X */
    bool stalls;     /* the search covers too little mass to ever end (see npr_binomial) */
  } inversion;
  struct {
    double r, q, fm;     /* r = min(p, 1-p), q = 1 - r, fm = n*r + r */
    int64_t m;           /* the mode, floor(fm) */
    double p1, xm, xl, xr, c, laml, lamr, p2, p3, p4; /* region bounds and tail slopes */
  } btpe;
} npr_binomial_cache;

static inline void npr_binomial_cache_reset(npr_binomial_cache *cache) {
  cache->algorithm = NPR_BINOMIAL_NONE;
}

/* binomial(n, p): random_binomial. 0 without drawing when n == 0 or p == 0;
 * p > 0.5 runs on 1 - p and returns n - X; inversion while n * p <= 30, BTPE
 * above. cache may be NULL (no reuse).
 * No-hang input: the inversion's start P(X = 0) = exp(n * log(1 - p)) loses
 * all precision for n beyond ~1e17 with tiny p (e.g. n = 5e17, p = 6e-17), and
 * NumPy 1.24 then restarts its search ~1/mass times (1e11 and more). Where the
 * mass the search can reach is below 2**-24, the setup takes NumPy >= 2.4's
 * exp(n * log1p(-p)) instead: NumPy 2.4's answer, same loop. */
int64_t npr_binomial(const npr_bitgen *bg, int64_t n, double p, npr_binomial_cache *cache);
/* binomial as NumPy release `numpy` draws it: from 2.4.0 the inversion starts
 * at exp(n * log1p(-p)); from 2.5.0 BTPE's Stirling correction is the
 * paper's (13860, the x1 and w terms subtracted). One cache serves one
 * release. */
int64_t npr_binomial_of_release(const npr_bitgen *bg, int64_t n, double p,
                                npr_binomial_cache *cache, npr_numpy_version numpy);

/* geometric(p): random_geometric. Sequential search for p >= 1/3 (the double
 * nearest 1/3), else inversion ceil(-E / log1p(-p)) with E the ziggurat
 * exponential. An inversion result beyond int64 converts as x86-64 converts
 * it: INT64_MIN (NumPy 1.24 returns that, e.g. for p = 1e-300).
 * No-hang input (no NumPy version returns): in the search, once the running
 * sum of probabilities stops growing (its terms underflowed) below the drawn
 * U, NumPy loops forever; e.g. p = 0.7 stalls at 0.9999999999999997 and any U
 * above it (a 1-in-2**51 draw) never ends. Then *ok = false and the result is
 * 0 (one double was drawn). */
int64_t npr_geometric(const npr_bitgen *bg, double p, bool *ok);
/* geometric as NumPy >= 1.25.0: an inversion result >= 2**63 is INT64_MAX. */
int64_t npr_geometric_1_25(const npr_bitgen *bg, double p, bool *ok);

/* hypergeometric(ngood, nbad, nsample): random_hypergeometric. Stadlober's
 * ratio-of-uniforms HRUA when 10 <= nsample <= ngood + nbad - 10, else the
 * simple urn walk on random_interval draws. Assumes NumPy's checks: all three
 * >= 0, ngood and nbad < 10**9, nsample <= ngood + nbad. */
int64_t npr_hypergeometric(const npr_bitgen *bg, int64_t ngood, int64_t nbad, int64_t nsample);

/* logseries(p): random_logseries (Kemp's second algorithm, log1p/expm1
 * forms). */
int64_t npr_logseries(const npr_bitgen *bg, double p);

/* negative_binomial(n, p): poisson(gamma(n, (1 - p) / p)), the gamma from
 * random_standard_gamma scaled as random_gamma scales it. */
int64_t npr_negative_binomial(const npr_bitgen *bg, double n, double p);

/* poisson(lam): random_poisson. 0 without drawing for lam == 0; Knuth's
 * multiplication below 10; Hoermann's PTRS from 10 on. A PTRS candidate
 * beyond int64 converts to INT64_MIN as on x86-64 (NumPy 1.24's answer for
 * lam = inf, reachable through negative_binomial). */
int64_t npr_poisson(const npr_bitgen *bg, double lam);

/* zipf(a): random_zipf's rejection loop.
 * No-hang inputs: a >= 1025 and a = inf (pow(2, a - 1) overflows and NumPy
 * 1.24 rejects forever): 1 without drawing, NumPy >= 2.1's answer. a - 1 <
 * 2**-31 (NumPy 1.24 rejects all but a ~30*(a-1) fraction of its draws,
 * > 10 s per value in NumPy): NumPy >= 2.1's loop, which draws U from
 * (Umin, 1] instead. a <= 1 and NaN (NumPy raises "a <= 1 or a is NaN"): 1
 * without drawing. */
int64_t npr_zipf(const npr_bitgen *bg, double a);
/* zipf as NumPy >= 2.1.0: U from (Umin, 1] with Umin = INT64_MAX**-(a-1);
 * a >= 1025 returns 1 without drawing. */
int64_t npr_zipf_2_1(const npr_bitgen *bg, double a);

#ifdef __cplusplus
}
#endif
#endif
