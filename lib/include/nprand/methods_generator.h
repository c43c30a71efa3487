/* The Generator's distribution methods, one row each: NumPy 1.24's
 * _generator.pyx cont()/disc() calls as data. Every consumer includes this
 * list with its own row macros (X0 .. X3 by parameter count): the public
 * prototypes (generator.h), the method descriptions and public functions
 * (lib/src/generator/generator_methods.c), the engine's method table,
 * `nprand --list --json` and through it the oracle and the fuzz targets.
 *
 * Columns: name, stable id (never reused or renumbered: fuzz inputs pick
 * methods by it), Python signature, output type (F64, F32, I64), how the
 * kernel takes its state (BG: `const npr_bitgen *`; SELF: the
 * npr_generator), the kernel, NumPy's hand-written check (or NULL; a method
 * with one checks the constraints itself, in NumPy's order), then per
 * parameter its name, type (D: double, I: int64) and NumPy's constraint
 * (NPR_CONS_<kind>). Output I64OK: an int64 kernel taking a trailing
 * `bool *ok` that it clears where no NumPy version returns.
 *
 * Append rows; never reorder or renumber. */
#ifndef NPRAND_METHODS_GENERATOR_H
#define NPRAND_METHODS_GENERATOR_H

#define NPR_GENERATOR_METHODS(X0, X1, X2, X3)                                                                   \
  X2(normal, 1, "loc=0.0, scale=1.0, size=None", F64, BG, npr_normal, NULL, loc, D, NONE, scale, D,            \
     NON_NEGATIVE)                                                                                              \
  X1(exponential, 2, "scale=1.0, size=None", F64, BG, npr_exponential, NULL, scale, D, NON_NEGATIVE)          \
  X2(uniform, 3, "low=0.0, high=1.0, size=None", F64, BG, npr_uniform_low_high, npr_gen_uniform_check, low, D, \
     NONE, high, D, NONE)                                                                                       \
  X3(triangular, 4, "left, mode, right, size=None", F64, BG, npr_triangular, npr_triangular_check, left, D,     \
     NONE, mode, D, NONE, right, D, NONE) \
  X1(standard_gamma, 5, "shape, size=None, dtype='float64', out=None", F64, BG, npr_standard_gamma, NULL, shape, D, NON_NEGATIVE) \
  X2(gamma, 6, "shape, scale=1.0, size=None", F64, BG, npr_gamma, NULL, shape, D, NON_NEGATIVE, scale, D, NON_NEGATIVE) \
  X2(beta, 7, "a, b, size=None", F64, SELF, beta_kernel, npr_gen_beta_check, a, D, POSITIVE, b, D, POSITIVE) \
  X1(chisquare, 8, "df, size=None", F64, BG, npr_chisquare, NULL, df, D, POSITIVE) \
  X2(f, 9, "dfnum, dfden, size=None", F64, BG, npr_f, NULL, dfnum, D, POSITIVE, dfden, D, POSITIVE) \
  X2(noncentral_chisquare, 10, "df, nonc, size=None", F64, BG, npr_noncentral_chisquare, NULL, df, D, POSITIVE, nonc, D, NON_NEGATIVE) \
  X3(noncentral_f, 11, "dfnum, dfden, nonc, size=None", F64, BG, npr_noncentral_f, NULL, dfnum, D, POSITIVE, dfden, D, POSITIVE, nonc, D, NON_NEGATIVE) \
  X2(gumbel, 12, "loc=0.0, scale=1.0, size=None", F64, BG, npr_gumbel, NULL, loc, D, NONE, scale, D, NON_NEGATIVE) \
  X2(laplace, 13, "loc=0.0, scale=1.0, size=None", F64, BG, npr_laplace, NULL, loc, D, NONE, scale, D, NON_NEGATIVE) \
  X2(logistic, 14, "loc=0.0, scale=1.0, size=None", F64, BG, npr_logistic, NULL, loc, D, NONE, scale, D, NON_NEGATIVE) \
  X2(lognormal, 15, "mean=0.0, sigma=1.0, size=None", F64, BG, npr_lognormal, NULL, mean, D, NONE, sigma, D, NON_NEGATIVE) \
  X1(pareto, 16, "a, size=None", F64, BG, npr_pareto, NULL, a, D, POSITIVE) \
  X1(power, 17, "a, size=None", F64, BG, npr_power, NULL, a, D, POSITIVE) \
  X1(rayleigh, 18, "scale=1.0, size=None", F64, BG, npr_rayleigh, NULL, scale, D, NON_NEGATIVE) \
  X0(standard_cauchy, 19, "size=None", F64, BG, npr_standard_cauchy, NULL) \
  X1(standard_t, 20, "df, size=None", F64, BG, npr_standard_t, NULL, df, D, POSITIVE) \
  X2(vonmises, 21, "mu, kappa, size=None", F64, BG, npr_vonmises, NULL, mu, D, NONE, kappa, D, NON_NEGATIVE) \
  X2(wald, 22, "mean, scale, size=None", F64, SELF, wald_kernel, NULL, mean, D, POSITIVE, scale, D, POSITIVE) \
  X1(weibull, 23, "a, size=None", F64, BG, npr_weibull, NULL, a, D, NON_NEGATIVE) \
  X2(binomial, 24, "n, p, size=None", I64, SELF, binomial_kernel, npr_binomial_check, n, I, NON_NEGATIVE, p, D, BOUNDED_0_1) \
  X1(geometric, 25, "p, size=None", I64OK, SELF, geometric_kernel, NULL, p, D, BOUNDED_GT_0_1) \
  X3(hypergeometric, 26, "ngood, nbad, nsample, size=None", I64, BG, npr_hypergeometric, npr_gen_hypergeometric_check, ngood, I, NON_NEGATIVE, nbad, I, NON_NEGATIVE, nsample, I, NON_NEGATIVE) \
  X1(logseries, 27, "p, size=None", I64, BG, npr_logseries, NULL, p, D, BOUNDED_LT_0_1) \
  X2(negative_binomial, 28, "n, p, size=None", I64, BG, npr_negative_binomial, npr_gen_negative_binomial_check, n, D, POSITIVE_NOT_NAN, p, D, BOUNDED_GT_0_1) \
  X1(poisson, 29, "lam=1.0, size=None", I64, BG, npr_poisson, NULL, lam, D, POISSON) \
  X1(zipf, 30, "a, size=None", I64, SELF, zipf_kernel, NULL, a, D, GT_1)


/* The float32 rows: dtype='float32' of the method of the same name, NumPy's
 * cont_f() (parameters narrowed to float32 before they are checked). Their
 * public functions are npr_gen_<name>_f32, _f32_fill and _f32_bcast. */
#define NPR_GENERATOR_F32_METHODS(X0, X1, X2, X3)                                                                \
  X1(standard_gamma, 1, "shape, size=None, dtype='float64', out=None", F32, BG, npr_standard_gamma_f, NULL, shape, \
     D, NON_NEGATIVE)

#endif
