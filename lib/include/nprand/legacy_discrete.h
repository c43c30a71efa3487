/* RandomState's discrete samplers: NumPy 1.24.2's mtrand.pyx calls of
 * legacy-distributions.c (binomial, geometric, hypergeometric, logseries,
 * negative_binomial, poisson, zipf), on the MT19937 of npr_randomstate.
 *
 * Kernels, as in discrete.h: parameters in the Python method's order, as
 * given, unchecked (NumPy's checks are the caller's job, before any draw).
 * Which of them share Generator's C code: poisson and zipf are Generator's
 * random_poisson / random_zipf on the MT19937; binomial is Generator's
 * inversion/BTPE pair without its n == 0 / p == 0 shortcut, on the
 * RandomState's own cache; geometric shares the search below p = 1/3 and has
 * its own inversion; negative_binomial is the legacy gamma (polar normals
 * with the cached gaussian, -log(1 - U) exponentials) then random_poisson.
 *
 * No hang: where NumPy 1.24 never returns and NumPy 2.x's RandomState (whose
 * legacy kernels are frozen copies) does not either, *ok is set to false and
 * the result is 0; the inputs are listed at each kernel. ok is set to true
 * otherwise; it may be NULL. */
#ifndef NPRAND_LEGACY_DISCRETE_H
#define NPRAND_LEGACY_DISCRETE_H

#include <stdbool.h>
#include <stdint.h>

#include "nprand/randomstate.h"

#ifdef __cplusplus
extern "C" {
#endif

/* binomial(n, p): p <= 0.5 inversion while n * p <= 30, else BTPE; p > 0.5
 * mirrored. n == 0 and p == 0 still draw one double (the inversion runs).
 * The setup is cached in rs->binomial, as RandomState caches it.
 * No result (no NumPy version returns): the inversion with n >= 2**50 whose
 * exp(n * log(1 - p)) start leaves the search less than 2**-24 of the mass
 * (e.g. n = 5e17, p = 6e-17: NumPy restarts ~1e11 times); nothing drawn. */
int64_t npr_legacy_binomial(npr_randomstate *rs, int64_t n, double p, bool *ok);

/* geometric(p): the shared search for p >= 1/3, else
 * ceil(log1p(-U) / log(1 - p)) (INT64_MIN beyond int64, as on x86-64; NumPy
 * 1.24 returns that for p < 1.1e-16).
 * No result: the search's stall described at npr_geometric (one double
 * drawn). */
int64_t npr_legacy_geometric(npr_randomstate *rs, double p, bool *ok);

/* hypergeometric(ngood, nbad, nsample): nsample > 10 HRUA (Stadlober's
 * ratio of uniforms, with random_loggam, the pre-1.18 form), 1..10 HYP (the
 * urn walk on doubles), else 0 without drawing.
 * No result: ngood + nbad >= 2**63 - 2 with nsample > 10, where NumPy's
 * popsize + 2 wraps negative and the mode comes out below -1: loggam of a
 * negative number makes every candidate NaN (or loops 2**61 times) and NumPy
 * never returns; nothing drawn. (With the mode at -1 NumPy does return, and
 * so does this kernel, with NumPy's value.) */
int64_t npr_legacy_hypergeometric(npr_randomstate *rs, int64_t ngood, int64_t nbad,
                                  int64_t nsample, bool *ok);

/* logseries(p): the log(1 - p) / 1 - exp form of Kemp's algorithm. */
int64_t npr_legacy_logseries(npr_randomstate *rs, double p);

/* negative_binomial(n, p): random_poisson(legacy_gamma(n, (1 - p) / p)).
 * RandomState checks neither NaN n nor a huge mean: NaN n gives 0, p = 0
 * and inf n give INT64_MIN through poisson's cast, promptly, as in NumPy. */
int64_t npr_legacy_negative_binomial(npr_randomstate *rs, double n, double p);

/* poisson(lam): random_poisson on the MT19937 (see npr_poisson). */
int64_t npr_legacy_poisson(npr_randomstate *rs, double lam);

/* zipf(a): random_zipf's NumPy 1.24 loop on the MT19937.
 * No result (NumPy 2.x's RandomState keeps the same loop): a >= 1025 and
 * inf (every candidate rejected), a - 1 < 2**-31 (~7e7 and more draws per
 * value; NumPy needs over 10 s per value, years at a - 1 = 1e-15), and the
 * inputs NumPy's check rejects, a <= 1 and NaN; nothing drawn. */
int64_t npr_legacy_zipf(npr_randomstate *rs, double a, bool *ok);

#ifdef __cplusplus
}
#endif
#endif
