/* The checks NumPy makes on an array's size before it allocates one, so a
 * huge count gets NumPy's exception instead of a wrapped multiplication. */
#ifndef NPRAND_ARRAY_SIZE_H
#define NPRAND_ARRAY_SIZE_H

#include <stddef.h>
#include <stdint.h>

#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* count items of itemsize bytes: ValueError "array is too big; ..." when the
 * bytes exceed 2**63 - 1 (64-bit NumPy's npy_intp, whatever this machine's
 * size_t), MemoryError when they exceed this machine's size_t, else NPR_OK.
 * count >= 0. */
npr_status npr_array_size_check(int64_t count, size_t itemsize, npr_error *err);

/* len(np.arange(n)) for an int n, as NumPy 1.24 computes it: 0 for n <= 0,
 * and 0 too where the length, computed in double, rounds to 2**63
 * (n >= 2**63 - 512: NumPy casts the overflowing double to npy_intp). */
int64_t npr_arange_length(int64_t n);

#ifdef __cplusplus
}
#endif

#endif
