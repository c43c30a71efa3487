/* NumPy's _rand_<dtype>: bounds checks and dispatch shared by the legacy
 * RandomState.randint (masked) and Generator.integers (Lemire). */
#ifndef NPRAND_INTEGERS_H
#define NPRAND_INTEGERS_H

#include <stdbool.h>
#include <stddef.h>

#include "nprand/bitgen.h"
#include "nprand/dtype.h"
#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Fills out (n elements of dtype's C type) with integers in [low, high)
 * (or [low, high] when closed). Errors, with nothing drawn or written:
 *   ValueError "low is out of bounds for <dtype>", "high is out of bounds for
 *   <dtype>", "high <= 0" / "low >= high" (closed: "high < 0" / "low > high");
 *   TypeError "Unsupported dtype '<dtype>' for randint" for float dtypes.
 * n == 0 succeeds without checking, as NumPy returns an empty array before
 * looking at the bounds. A scalar (size=None) call is n == 1. */
npr_status npr_integers_fill(const npr_bitgen *bg, npr_dtype dtype, npr_int128 low,
                             npr_int128 high, bool closed, bool use_masked, size_t n, void *out,
                             npr_error *err);

/* The bounds of dtype as 128-bit integers. */
void npr_dtype_bounds(npr_dtype dtype, npr_int128 *lowest, npr_int128 *highest);

#ifdef __cplusplus
}
#endif
#endif
