/* RandomState's distribution methods, one row each: NumPy 1.24's mtrand.pyx
 * cont()/disc() calls as data. The columns are those of
 * methods_generator.h; the state is the npr_randomstate (SELF: legacy
 * kernels that take it; BG: the Generator kernels that mtrand.pyx calls on
 * the MT19937 itself, `&self._bitgen`).
 *
 * Append rows; never reorder or renumber. */
#ifndef NPRAND_METHODS_LEGACY_H
#define NPRAND_METHODS_LEGACY_H

#define NPR_LEGACY_METHODS(X0, X1, X2, X3)                                                                      \
  X2(normal, 1, "loc=0.0, scale=1.0, size=None", F64, SELF, npr_legacy_normal, NULL, loc, D, NONE, scale, D,   \
     NON_NEGATIVE)                                                                                              \
  X1(exponential, 2, "scale=1.0, size=None", F64, SELF, npr_legacy_exponential, NULL, scale, D, NON_NEGATIVE)  \
  X2(uniform, 3, "low=0.0, high=1.0, size=None", F64, BG, npr_uniform_low_high, npr_rs_uniform_check, low, D,  \
     NONE, high, D, NONE)                                                                                       \
  X3(triangular, 4, "left, mode, right, size=None", F64, BG, npr_triangular, npr_triangular_check, left, D,     \
     NONE, mode, D, NONE, right, D, NONE) \
  X1(standard_gamma, 5, "shape, size=None", F64, SELF, npr_legacy_standard_gamma, NULL, shape, D, NON_NEGATIVE) \
  X2(gamma, 6, "shape, scale=1.0, size=None", F64, SELF, npr_legacy_gamma, NULL, shape, D, NON_NEGATIVE, scale, D, NON_NEGATIVE) \
  X2(beta, 7, "a, b, size=None", F64, SELF, npr_legacy_beta, NULL, a, D, POSITIVE, b, D, POSITIVE) \
  X1(chisquare, 8, "df, size=None", F64, SELF, npr_legacy_chisquare, NULL, df, D, POSITIVE) \
  X2(f, 9, "dfnum, dfden, size=None", F64, SELF, npr_legacy_f, NULL, dfnum, D, POSITIVE, dfden, D, POSITIVE) \
  X2(noncentral_chisquare, 10, "df, nonc, size=None", F64, SELF, npr_legacy_noncentral_chisquare, NULL, df, D, POSITIVE, nonc, D, NON_NEGATIVE) \
  X3(noncentral_f, 11, "dfnum, dfden, nonc, size=None", F64, SELF, npr_legacy_noncentral_f, NULL, dfnum, D, POSITIVE, dfden, D, POSITIVE, nonc, D, NON_NEGATIVE) \
  X2(gumbel, 12, "loc=0.0, scale=1.0, size=None", F64, BG, npr_gumbel, NULL, loc, D, NONE, scale, D, NON_NEGATIVE) \
  X2(laplace, 13, "loc=0.0, scale=1.0, size=None", F64, BG, npr_laplace, NULL, loc, D, NONE, scale, D, NON_NEGATIVE) \
  X2(logistic, 14, "loc=0.0, scale=1.0, size=None", F64, BG, npr_logistic, NULL, loc, D, NONE, scale, D, NON_NEGATIVE) \
  X2(lognormal, 15, "mean=0.0, sigma=1.0, size=None", F64, SELF, npr_legacy_lognormal, NULL, mean, D, NONE, sigma, D, NON_NEGATIVE) \
  X1(pareto, 16, "a, size=None", F64, SELF, npr_legacy_pareto, NULL, a, D, POSITIVE) \
  X1(power, 17, "a, size=None", F64, SELF, npr_legacy_power, NULL, a, D, POSITIVE) \
  X1(rayleigh, 18, "scale=1.0, size=None", F64, SELF, npr_legacy_rayleigh, NULL, scale, D, NON_NEGATIVE) \
  X0(standard_cauchy, 19, "size=None", F64, SELF, npr_legacy_standard_cauchy, NULL) \
  X1(standard_t, 20, "df, size=None", F64, SELF, npr_legacy_standard_t, NULL, df, D, POSITIVE) \
  X2(vonmises, 21, "mu, kappa, size=None", F64, SELF, npr_legacy_vonmises, npr_rs_vonmises_check, mu, D, NONE, kappa, D, NON_NEGATIVE) \
  X2(wald, 22, "mean, scale, size=None", F64, SELF, npr_legacy_wald, NULL, mean, D, POSITIVE, scale, D, POSITIVE) \
  X1(weibull, 23, "a, size=None", F64, SELF, npr_legacy_weibull, NULL, a, D, NON_NEGATIVE) \
  X2(binomial, 24, "n, p, size=None", I64OK, SELF, npr_legacy_binomial, npr_binomial_check, n, I, NON_NEGATIVE, p, D, BOUNDED_0_1) \
  X1(geometric, 25, "p, size=None", I64OK, SELF, npr_legacy_geometric, NULL, p, D, BOUNDED_GT_0_1) \
  X3(hypergeometric, 26, "ngood, nbad, nsample, size=None", I64OK, SELF, npr_legacy_hypergeometric, npr_rs_hypergeometric_check, ngood, I, NON_NEGATIVE, nbad, I, NON_NEGATIVE, nsample, I, GTE_1) \
  X1(logseries, 27, "p, size=None", I64, SELF, npr_legacy_logseries, NULL, p, D, BOUNDED_LT_0_1) \
  X2(negative_binomial, 28, "n, p, size=None", I64, SELF, npr_legacy_negative_binomial, NULL, n, D, POSITIVE, p, D, BOUNDED_0_1) \
  X1(poisson, 29, "lam=1.0, size=None", I64, SELF, npr_legacy_poisson, NULL, lam, D, LEGACY_POISSON) \
  X1(zipf, 30, "a, size=None", I64OK, SELF, npr_legacy_zipf, NULL, a, D, GT_1)

#endif
