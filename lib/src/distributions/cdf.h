/* The probability-vector helpers both choice() implementations share
 * (library-internal). */
#ifndef NPRAND_SRC_CDF_H
#define NPRAND_SRC_CDF_H

#include <stddef.h>
#include <stdint.h>

/* NumPy's kahan_sum; its NaN and inf behaviour decides which error shows.
 * 0 for n == 0. */
double npr_kahan_sum(const double *v, size_t n);

/* cdf = cumsum(p) / cumsum(p)[-1], summed left to right as NumPy does. */
void npr_normalized_cdf(const double *p, size_t n, double *cdf);

/* searchsorted(cdf, u, side='right') on a non-decreasing cdf: how many
 * entries are <= u. */
int64_t npr_search_right(const double *cdf, size_t n, double u);

#endif
