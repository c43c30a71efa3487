/* RandomState's continuous kernels: NumPy 1.24.2's legacy-distributions.c,
 * the code of NumPy 1.16 kept so that RandomState's streams never change.
 *
 * Typed and unchecked, parameters in the Python method's order: the caller
 * applies NumPy's constraints first. Kernels that mtrand.pyx calls on
 * &self._aug_state take the gaussian cache from rs (npr_rs_standard_normal,
 * Marsaglia's polar method) and -log(1 - U) exponentials
 * (npr_rs_standard_exponential); vonmises and rayleigh are called on
 * &self._bitgen and use only the MT19937.
 *
 * RandomState's laplace, gumbel and logistic have no legacy copy: mtrand.pyx
 * calls the Generator kernels random_laplace/random_gumbel/random_logistic on
 * its MT19937, i.e. npr_laplace, npr_gumbel, npr_logistic (distributions.h)
 * on npr_randomstate_bitgen(rs); uniform and triangular likewise
 * (npr_uniform, npr_triangular). The checks with NumPy's messages are the
 * method rows' (methods_legacy.h). */
#ifndef NPRAND_LEGACY_DISTRIBUTIONS_H
#define NPRAND_LEGACY_DISTRIBUTIONS_H

#include "nprand/randomstate.h"

#ifdef __cplusplus
extern "C" {
#endif

/* loc + scale * the polar-method gaussian (legacy_normal). */
double npr_legacy_normal(npr_randomstate *rs, double loc, double scale);
/* scale * -log(1 - U) (legacy_exponential). */
double npr_legacy_exponential(npr_randomstate *rs, double scale);
/* shape == 1: one legacy exponential; shape == 0: 0.0, nothing drawn;
 * shape < 1: rejection on U and a legacy exponential; otherwise (NaN too)
 * Marsaglia-Tsang on the cached polar gaussian. */
double npr_legacy_standard_gamma(npr_randomstate *rs, double shape);
/* scale * legacy standard_gamma(shape). */
double npr_legacy_gamma(npr_randomstate *rs, double shape, double scale);
/* Johnk's algorithm when a <= 1 and b <= 1, with a log-space answer when
 * both powers underflow; else Ga / (Ga + Gb). */
double npr_legacy_beta(npr_randomstate *rs, double a, double b);
/* 2 * legacy standard_gamma(df / 2). */
double npr_legacy_chisquare(npr_randomstate *rs, double df);
/* (chisquare(dfnum) * dfden) / (chisquare(dfden) * dfnum), numerator drawn
 * first. */
double npr_legacy_f(npr_randomstate *rs, double dfnum, double dfden);
/* nonc == 0: chisquare(df); df > 1: chisquare(df - 1) + (gauss +
 * sqrt(nonc))^2; otherwise chisquare(df + 2i), i = the Generator poisson on
 * the MT19937, and NaN for a NaN nonc only after those draws. */
double npr_legacy_noncentral_chisquare(npr_randomstate *rs, double df, double nonc);
/* noncentral_chisquare(dfnum, nonc) * dfden / (chisquare(dfden) * dfnum). */
double npr_legacy_noncentral_f(npr_randomstate *rs, double dfnum, double dfden, double nonc);
/* exp(mean + sigma * gauss). */
double npr_legacy_lognormal(npr_randomstate *rs, double mean, double sigma);
/* exp(E / a) - 1 (not expm1). */
double npr_legacy_pareto(npr_randomstate *rs, double a);
/* pow(1 - exp(-E), 1 / a) (not expm1). */
double npr_legacy_power(npr_randomstate *rs, double a);
/* scale * sqrt(-2 * log1p(-U)) on the MT19937 (no ziggurat). */
double npr_legacy_rayleigh(npr_randomstate *rs, double scale);
/* gauss / gauss, numerator drawn first. */
double npr_legacy_standard_cauchy(npr_randomstate *rs);
/* sqrt(df / 2) * gauss / sqrt(standard_gamma(df / 2)). */
double npr_legacy_standard_t(npr_randomstate *rs, double df);
/* On the MT19937 only. NaN kappa: NaN, nothing drawn; kappa < 1e-8: uniform
 * on (-pi, pi); otherwise Best-Fisher rejection for every larger kappa (no
 * wrapped-normal branch). NumPy 1.24.2 never returns, and neither does this,
 * where s rounds to exactly 1 (then W == 1 and Y == 0 reject every pair):
 * every kappa above about 1.8e16 and some from about 6.0e15; above about
 * 5.6e153, 4 * kappa * kappa overflows and s is NaN, with the same effect.
 * (1e16 returns; 1e100 hangs.) */
double npr_legacy_vonmises(npr_randomstate *rs, double mu, double kappa);
/* Michael-Schucany-Haas on one gauss and one U. */
double npr_legacy_wald(npr_randomstate *rs, double mean, double scale);
/* a == 0: 0.0, nothing drawn; else pow(E, 1 / a). */
double npr_legacy_weibull(npr_randomstate *rs, double a);

#ifdef __cplusplus
}
#endif
#endif
