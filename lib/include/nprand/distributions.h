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

#ifdef __cplusplus
}
#endif
#endif
