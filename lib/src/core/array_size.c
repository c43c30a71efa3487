/* NumPy's array size checks (PyArray_NewFromDescr's overflow test, arange's
 * length). */
#include "nprand/array_size.h"

npr_status npr_array_size_check(int64_t count, size_t itemsize, npr_error *err) {
  if (itemsize != 0 && (uint64_t)count > (uint64_t)INT64_MAX / itemsize) {
    return npr_fail(err, NPR_VALUE_ERROR,
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
  }
  /* A 64-bit NumPy would go on to ask for the memory; a smaller address
   * space has already run out of it. */
  if (itemsize != 0 && (uint64_t)count > (uint64_t)SIZE_MAX / itemsize) {
    return npr_fail(err, NPR_MEMORY_ERROR, "Unable to allocate an array of %lld values", (long long)count);
  }
  return NPR_OK;
}

int64_t npr_arange_length(int64_t n) {
  /* 2**63 as a double; every int64 at or above 2**63 - 512 rounds to it */
  const double two63 = 9223372036854775808.0;
  if (n <= 0 || (double)n >= two63) return 0;
  return n;
}
