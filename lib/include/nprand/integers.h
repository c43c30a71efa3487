/* NumPy's _rand_<dtype>: bounds checks and dispatch shared by the legacy
 * RandomState.randint (masked) and Generator.integers (Lemire). */
#ifndef NPRAND_INTEGERS_H
#define NPRAND_INTEGERS_H

#include <stdbool.h>
#include <stddef.h>

#include "nprand/bitgen.h"
#include "nprand/broadcast.h"
#include "nprand/dtype.h"
#include "nprand/numpy_version.h"
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

/* An array of integer bounds as NumPy holds it: ints (Python ints of any
 * size fit in 128 bits for every comparison that matters), or floats, which
 * NumPy compares as floats and then truncates toward zero. ndim == 0 is a
 * scalar. */
typedef struct npr_bound_array {
  /* every element; floats already truncated toward zero, those at or past
   * +-2**64 held as +-2**64 and NaN as 0 */
  const npr_int128 *ints;
  const double *floats;   /* NULL for an integer array; else the float values */
  size_t ndim;
  const size_t *dims;
} npr_bound_array;

/* _rand_<dtype> with array bounds (NumPy's _rand_<dtype>_broadcast), for
 * randint (use_masked) and integers (Lemire). Both bounds 0-d is the
 * scalar path above (size NULL: one value). Otherwise, in NumPy's order:
 * size with a zero dimension returns an empty result before any check;
 * "low is out of bounds for <dtype>", "high is out of bounds for <dtype>",
 * "low >= high" / "high <= 0" (closed: "low > high" / "high < 0"; "high"
 * when every low is 0) over all elements, with np.greater's message for
 * bounds that do not broadcast ("operands could not be broadcast together
 * with shapes (2,) (3,) "); then the result takes size, or the bounds'
 * broadcast. As in NumPy, size is not checked against the bounds beyond
 * broadcasting: a smaller size takes the first elements of the broadcast.
 * One value per element in row-major order; the 8/16-bit and bool paths
 * share one buffered 32-bit word across elements as NumPy's loop does.
 * out NULL: checks and *out_shape only. */
npr_status npr_integers_bcast(const npr_bitgen *bg, npr_dtype dtype, const npr_bound_array *low,
                              const npr_bound_array *high, bool closed, bool use_masked, const npr_shape *size,
                              void *out, size_t out_cap, npr_shape *out_shape, npr_error *err);

/* npr_integers_bcast as NumPy release numpy gives it. 1.25.0 rewrote the
 * int64/uint64 checks: each bound is converted to the dtype, low first,
 * element by element, so NaN is ValueError "cannot convert float NaN to
 * integer", an infinity OverflowError "cannot convert float infinity to
 * integer", and a low above the dtype's maximum "low is out of bounds for
 * <dtype>" (1.24.2 compared int64 with uint64 in float64, let 2**63 pass
 * as 2**63 - 1 and drew from its forced cast); low and high are then
 * compared exactly. Values for valid bounds, and every answer for the
 * narrower dtypes, are the same at every release. Before 1.25.0 (and for
 * the narrower dtypes) a float bound that is NaN, infinite or past 2**64 is
 * refused, ValueError "bounds must be finite floats within 64-bit range":
 * NumPy casts it to whatever the CPU's conversion gives. */
npr_status npr_integers_bcast_of_release(const npr_bitgen *bg, npr_dtype dtype, const npr_bound_array *low,
                                         const npr_bound_array *high, bool closed, bool use_masked,
                                         const npr_shape *size, void *out, size_t out_cap, npr_shape *out_shape,
                                         npr_numpy_version numpy, npr_error *err);

/* The bounds of dtype as 128-bit integers. */
void npr_dtype_bounds(npr_dtype dtype, npr_int128 *lowest, npr_int128 *highest);

#ifdef __cplusplus
}
#endif
#endif
