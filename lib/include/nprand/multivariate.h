/* Multivariate distributions of both APIs: dirichlet, multinomial, and the
 * Generator's multivariate_hypergeometric.
 *
 * Their results carry a trailing vector dimension: the output shape is
 * size + (k,) (size NULL is None: just (k,)), written row-major. As
 * elsewhere, out == NULL only checks and reports *out_shape (may be NULL);
 * otherwise out must hold out_cap >= prod(shape) values, or ValueError.
 * Checks run in NumPy 1.24.2's order with its messages; on error nothing
 * is drawn and nothing is written. Each follows the NumPy release of its
 * state (g->numpy, rs->numpy): see the notes per function. */
#ifndef NPRAND_MULTIVARIATE_H
#define NPRAND_MULTIVARIATE_H

#include <stddef.h>
#include <stdint.h>

#include "nprand/broadcast.h"
#include "nprand/generator.h"
#include "nprand/randomstate.h"
#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* RandomState.dirichlet(alpha, size): normalised legacy gammas.
 * ValueError "alpha <= 0" when any alpha <= 0 (NaN passes). */
npr_status npr_rs_dirichlet(npr_randomstate *rs, const double *alpha, size_t k, const npr_shape *size,
                            double *out, size_t out_cap, npr_shape *out_shape, npr_error *err);

/* RandomState.multinomial(n, pvals, size), pvals 1-D of d values: pvals
 * bounded to [0, 1] ("pvals < 0, pvals > 1 or pvals contains NaNs"), then
 * "sum(pvals[:-1]) > 1.0" (a Kahan sum against 1 + 1e-12), what np.zeros
 * refuses of the shape, then "n < 0". Release: 2.4.x draws its binomials
 * as the Generator's of 2.4.0 (tiny-p inversion); from 2.5.0 a category
 * before the last with probability 0 (of what is left), and any n = 0 row,
 * draws one double that 1.24.2 does not. */
npr_status npr_rs_multinomial(npr_randomstate *rs, int64_t n, const double *pvals, size_t d,
                              const npr_shape *size, int64_t *out, size_t out_cap, npr_shape *out_shape,
                              npr_error *err);

/* Generator.dirichlet(alpha, size): stick-breaking betas when every alpha
 * is below 0.1 (NaN anywhere takes the gamma path, as np.max propagates it),
 * normalised gammas otherwise. Checks as npr_rs_dirichlet before 1.25.0;
 * from 1.25.0 zeros pass and a negative alpha is "alpha < 0". Before 1.26.0
 * a stick-breaking beta that never returns in NumPy (tiny alpha, or two
 * trailing zeros) is NotImplementedError, nothing drawn; from 1.26.0 an
 * all-zero alpha gives zeros without drawing and a row stops once the rest
 * of alpha is 0; the betas are the release's (npr_beta_of_release). */
npr_status npr_gen_dirichlet(npr_generator *g, const double *alpha, size_t k, const npr_shape *size,
                             double *out, size_t out_cap, npr_shape *out_shape, npr_error *err);

/* Generator.multinomial(n, pvals, size), with the release's binomial
 * (2.4.0 inversion, 2.5.0 BTPE): n an int64 parameter, pvals a
 * C-contiguous double array of at least one dimension whose last one (d)
 * is the vector. A 0-d n with 1-D pvals gives size + (d,); otherwise n
 * broadcasts against pvals.shape[:-1] (and size, which must equal the
 * broadcast shape) and the result is that shape + (d,). Errors, in order:
 * "pvals must have at least 1 dimension and the last dimension of pvals
 * must be greater than 0.", the pvals bounds, "sum(pvals[:-1]) > 1.0" (or
 * "sum(pvals[...,:-1]) > 1.0" for N-D pvals) per row, "n < 0", then the
 * shape errors. */
npr_status npr_gen_multinomial(npr_generator *g, const npr_param *n, const npr_param *pvals, const npr_shape *size,
                               int64_t *out, size_t out_cap, npr_shape *out_shape, npr_error *err);

/* multivariate_hypergeometric's method. */
typedef enum npr_mvhg_method { NPR_MVHG_MARGINALS, NPR_MVHG_COUNT } npr_mvhg_method;

/* Generator.multivariate_hypergeometric(colors, nsample, size, method).
 * Errors, in NumPy's order: "nsample must be nonnegative.", "colors must be
 * a one-dimensional sequence of nonnegative integers not exceeding
 * 9223372036854775807." (a negative color), "sum(colors) must not exceed
 * the maximum value of a 64 bit signed integer (9223372036854775807)",
 * "When method is \"marginals\", sum(colors) must be less than 1000000000.",
 * "When method is 'count', sum(colors) must not exceed 1152921504606846975",
 * "nsample > sum(colors)", what np.zeros refuses of size + (k,), then
 * MemoryError when 'count' cannot allocate its sum(colors) indices. */
npr_status npr_gen_multivariate_hypergeometric(npr_generator *g, const int64_t *colors, size_t num_colors,
                                               int64_t nsample, const npr_shape *size, npr_mvhg_method method,
                                               int64_t *out, size_t out_cap, npr_shape *out_shape, npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
