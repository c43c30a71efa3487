#include "nprand/integers.h"

#include "nprand/bounded.h"

void npr_dtype_bounds(npr_dtype dtype, npr_int128 *lowest, npr_int128 *highest) {
  switch (dtype) {
  case NPR_BOOL: *lowest = npr_int128_from_i64(0); *highest = npr_int128_from_i64(1); return;
  case NPR_INT8: *lowest = npr_int128_from_i64(INT8_MIN); *highest = npr_int128_from_i64(INT8_MAX); return;
  case NPR_INT16: *lowest = npr_int128_from_i64(INT16_MIN); *highest = npr_int128_from_i64(INT16_MAX); return;
  case NPR_INT32: *lowest = npr_int128_from_i64(INT32_MIN); *highest = npr_int128_from_i64(INT32_MAX); return;
  case NPR_INT64: *lowest = npr_int128_from_i64(INT64_MIN); *highest = npr_int128_from_i64(INT64_MAX); return;
  case NPR_UINT8: *lowest = npr_int128_from_i64(0); *highest = npr_int128_from_u64(UINT8_MAX); return;
  case NPR_UINT16: *lowest = npr_int128_from_i64(0); *highest = npr_int128_from_u64(UINT16_MAX); return;
  case NPR_UINT32: *lowest = npr_int128_from_i64(0); *highest = npr_int128_from_u64(UINT32_MAX); return;
  case NPR_UINT64: *lowest = npr_int128_from_i64(0); *highest = npr_int128_from_u64(UINT64_MAX); return;
  case NPR_FLOAT32:
  case NPR_FLOAT64: break;
  }
  *lowest = *highest = npr_int128_from_i64(0);
}

npr_status npr_integers_fill(const npr_bitgen *bg, npr_dtype dtype, npr_int128 low,
                             npr_int128 high, bool closed, bool use_masked, size_t n, void *out,
                             npr_error *err) {
  npr_int128 lowest, highest;
  uint64_t rng, off;
  if (!npr_dtype_is_integer(dtype)) {
    return npr_fail(err, NPR_TYPE_ERROR, "Unsupported dtype '%s' for randint", npr_dtype_name(dtype));
  }
  if (n == 0) {
    return NPR_OK;
  }
  /* NumPy works on the closed interval [low, high]. */
  if (!closed) {
    high = npr_int128_add_i64(high, -1);
  }
  npr_dtype_bounds(dtype, &lowest, &highest);
  if (npr_int128_cmp(low, lowest) < 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "low is out of bounds for %s", npr_dtype_name(dtype));
  }
  if (npr_int128_cmp(high, highest) > 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "high is out of bounds for %s", npr_dtype_name(dtype));
  }
  if (npr_int128_cmp(low, high) > 0) {
    /* NumPy words the common one-argument case (low == 0) around high. */
    if (npr_int128_is_zero(low)) {
      return npr_fail(err, NPR_VALUE_ERROR, closed ? "high < 0" : "high <= 0");
    }
    return npr_fail(err, NPR_VALUE_ERROR, closed ? "low > high" : "low >= high");
  }
  rng = npr_int128_sub(high, low).lo;
  off = low.lo; /* two's complement: the signed low reinterpreted */
  switch (dtype) {
  case NPR_BOOL: npr_bounded_bool_fill(bg, off != 0, rng != 0, n, out); break;
  case NPR_INT8:
  case NPR_UINT8: npr_bounded_uint8_fill(bg, (uint8_t)off, (uint8_t)rng, n, use_masked, out); break;
  case NPR_INT16:
  case NPR_UINT16: npr_bounded_uint16_fill(bg, (uint16_t)off, (uint16_t)rng, n, use_masked, out); break;
  case NPR_INT32:
  case NPR_UINT32: npr_bounded_uint32_fill(bg, (uint32_t)off, (uint32_t)rng, n, use_masked, out); break;
  case NPR_INT64:
  case NPR_UINT64: npr_bounded_uint64_fill(bg, off, rng, n, use_masked, out); break;
  case NPR_FLOAT32:
  case NPR_FLOAT64: break;
  }
  return NPR_OK;
}
