/* The continuous samplers of NumPy 1.24's distributions.c that Generator is
 * built on, written once against the bitgen interface so they serve every bit
 * generator. These take their parameters as given and never fail: argument
 * checks with NumPy's messages live in the Generator wrappers (generator.h).
 *
 * Every sampler has a scalar form and a fill form (n values into out); the
 * fill form is exactly n scalar draws in order, as NumPy's fill loops are. */
#ifndef NPRAND_DISTRIBUTIONS_H
#define NPRAND_DISTRIBUTIONS_H

#include <stddef.h>

#include "nprand/bitgen.h"
#include "nprand/numpy_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* [0, 1): npr_next_double / npr_next_float (one 32-bit word for float32). */
double npr_standard_uniform(const npr_bitgen *bg);
float npr_standard_uniform_f(const npr_bitgen *bg);
void npr_standard_uniform_fill(const npr_bitgen *bg, size_t n, double *out);
void npr_standard_uniform_fill_f(const npr_bitgen *bg, size_t n, float *out);

/* Marsaglia-Tsang ziggurat on one 64-bit word (float32: one 32-bit word) per
 * attempt, with NumPy's tables and its log1p(-U) tail. */
double npr_standard_normal(const npr_bitgen *bg);
float npr_standard_normal_f(const npr_bitgen *bg);
void npr_standard_normal_fill(const npr_bitgen *bg, size_t n, double *out);
void npr_standard_normal_fill_f(const npr_bitgen *bg, size_t n, float *out);

/* Exponential ziggurat (method="zig"). */
double npr_standard_exponential(const npr_bitgen *bg);
float npr_standard_exponential_f(const npr_bitgen *bg);
void npr_standard_exponential_fill(const npr_bitgen *bg, size_t n, double *out);
void npr_standard_exponential_fill_f(const npr_bitgen *bg, size_t n, float *out);

/* Inversion (method="inv"): -log1p(-U). The float32 form widens its float
 * uniform and takes the double log1p, then narrows, as NumPy does. */
double npr_standard_exponential_inv(const npr_bitgen *bg);
float npr_standard_exponential_inv_f(const npr_bitgen *bg);
void npr_standard_exponential_inv_fill(const npr_bitgen *bg, size_t n, double *out);
void npr_standard_exponential_inv_fill_f(const npr_bitgen *bg, size_t n, float *out);

/* loc + scale * standard_normal. */
double npr_normal(const npr_bitgen *bg, double loc, double scale);
/* scale * standard_exponential. */
double npr_exponential(const npr_bitgen *bg, double scale);
/* low + range * U; NumPy passes range = high - low already computed. */
double npr_uniform(const npr_bitgen *bg, double low, double range);
/* Inversion on one U, left branch when U <= (mode - left) / (right - left). */
double npr_triangular(const npr_bitgen *bg, double left, double mode, double right);

/* --- NumPy 1.24.2's remaining continuous kernels (Generator) ---------------
 * Parameters in the Python method's order; unchecked (the caller applies
 * NumPy's constraints first). Each draws exactly the words NumPy's
 * random_<name> in distributions.c draws. Scalar kernels only: the
 * broadcasting driver calls them once per element, as NumPy's cont() does.
 * RandomState's laplace, gumbel and logistic call these same kernels on its
 * MT19937 (legacy_distributions.h). */

/* shape == 1: one standard_exponential; shape == 0: 0.0, nothing drawn;
 * shape < 1: Johnk-Marsaglia rejection on U and an exponential (pow(U, 1/shape)
 * or the -log((1 - U) / shape) branch); otherwise (NaN too) Marsaglia-Tsang on
 * the ziggurat normal and U. */
double npr_standard_gamma(const npr_bitgen *bg, double shape);
/* The float32 kernel (dtype=np.float32): the same branches on the float
 * ziggurats, next_float, powf/logf and float constants. */
float npr_standard_gamma_f(const npr_bitgen *bg, float shape);
/* scale * standard_gamma(shape). */
double npr_gamma(const npr_bitgen *bg, double shape, double scale);
/* Johnk's algorithm on two uniforms when a <= 1 and b <= 1 (a pair whose
 * powers both underflow is redrawn: for a and b so small that they always do,
 * e.g. both 1e-300, NumPy 1.24.2 never returns and neither does this), else
 * Ga / (Ga + Gb) of two standard gammas (a's first). */
double npr_beta(const npr_bitgen *bg, double a, double b);
/* beta as NumPy release `numpy` draws it: from 1.26.0 a, b < 3e-103 draw
 * one uniform and give (a + b) * U < a, and Johnk keeps a pair when U + V > 0
 * (log-space result when X + Y underflowed); from 2.1.0 the log-space result
 * whenever X or Y underflowed. */
double npr_beta_of_release(const npr_bitgen *bg, double a, double b, npr_numpy_version numpy);
/* 2 * standard_gamma(df / 2). */
double npr_chisquare(const npr_bitgen *bg, double df);
/* (chisquare(dfnum) * dfden) / (chisquare(dfden) * dfnum), numerator drawn
 * first. */
double npr_f(const npr_bitgen *bg, double dfnum, double dfden);
/* NaN nonc: NaN, nothing drawn; nonc == 0: chisquare(df); df > 1:
 * chisquare(df - 1) + (normal + sqrt(nonc))^2; otherwise chisquare(df + 2i)
 * with i = poisson(nonc / 2), 2i wrapping in int64 as in NumPy (huge nonc). */
double npr_noncentral_chisquare(const npr_bitgen *bg, double df, double nonc);
/* noncentral_chisquare(dfnum, nonc) * dfden / (chisquare(dfden) * dfnum). */
double npr_noncentral_f(const npr_bitgen *bg, double dfnum, double dfden, double nonc);

/* loc - scale * log(-log(1 - U)), redrawing when 1 - U == 1. */
double npr_gumbel(const npr_bitgen *bg, double loc, double scale);
/* Inversion on one U, redrawing U == 0. */
double npr_laplace(const npr_bitgen *bg, double loc, double scale);
/* loc + scale * log(U / (1 - U)), redrawing U == 0. */
double npr_logistic(const npr_bitgen *bg, double loc, double scale);
/* exp(mean + sigma * standard_normal). */
double npr_lognormal(const npr_bitgen *bg, double mean, double sigma);
/* expm1(standard_exponential / a). */
double npr_pareto(const npr_bitgen *bg, double a);
/* pow(-expm1(-standard_exponential), 1 / a). */
double npr_power(const npr_bitgen *bg, double a);
/* scale * sqrt(2 * standard_exponential). */
double npr_rayleigh(const npr_bitgen *bg, double scale);
/* standard_normal / standard_normal, numerator drawn first. */
double npr_standard_cauchy(const npr_bitgen *bg);
/* sqrt(df / 2) * normal / sqrt(standard_gamma(df / 2)). */
double npr_standard_t(const npr_bitgen *bg, double df);
/* NaN kappa: NaN, nothing drawn; kappa < 1e-8: uniform on (-pi, pi), mu
 * ignored; kappa < 1e-5: Taylor-expanded s; kappa > 1e6 (inf too): wrapped
 * normal (one normal, 2 pi added or taken once); otherwise Best-Fisher rejection
 * on two uniforms, a third for the sign, fmod back into [-pi, pi]. */
double npr_vonmises(const npr_bitgen *bg, double mu, double kappa);
/* Michael-Schucany-Haas on one normal and one U (NumPy 1.24's formula). */
double npr_wald(const npr_bitgen *bg, double mean, double scale);
/* wald as NumPy >= 2.3.4 computes it: d = 1 + sqrt(1 + 4 * scale / y),
 * x = mean * (1 - 2 / d); the same draws, other last bits. */
double npr_wald_2_3_4(const npr_bitgen *bg, double mean, double scale);
/* a == 0: 0.0, nothing drawn; else pow(standard_exponential, 1 / a). */
double npr_weibull(const npr_bitgen *bg, double a);

#ifdef __cplusplus
}
#endif
#endif
