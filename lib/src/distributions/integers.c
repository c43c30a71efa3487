#include "nprand/integers.h"

#include "nprand/bounded.h"
#include "nprand/method.h"

#include <stdlib.h>
#include <string.h>

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

/* The scalar path's checks on the closed interval [low, high]. */
static npr_status check_scalar(npr_dtype dtype, npr_int128 low, npr_int128 high, bool closed, npr_error *err) {
  npr_int128 lowest, highest;
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
  return NPR_OK;
}

npr_status npr_integers_fill(const npr_bitgen *bg, npr_dtype dtype, npr_int128 low,
                             npr_int128 high, bool closed, bool use_masked, size_t n, void *out,
                             npr_error *err) {
  uint64_t rng, off;
  npr_status st;
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
  if ((st = check_scalar(dtype, low, high, closed, err)) != NPR_OK) return st;
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

/* --- array bounds: _rand_<dtype>_broadcast ----------------------------------- */

static int dtype_bits(npr_dtype dtype) {
  switch (dtype) {
  case NPR_BOOL: return 1;
  case NPR_INT8: case NPR_UINT8: return 8;
  case NPR_INT16: case NPR_UINT16: return 16;
  case NPR_INT32: case NPR_UINT32: return 32;
  default: return 64;
  }
}

static npr_param as_param(const npr_bound_array *b) {
  return npr_param_array(b->ints, b->ndim, b->dims);
}

/* An element compared with an integer bound, as NumPy compares the array
 * with it: floats as floats, integers exactly. Returns <0, 0, >0. */
static int cmp_bound(const npr_bound_array *b, ptrdiff_t i, npr_int128 bound) {
  if (b->floats != NULL) {
    const double x = b->floats[i];
    const double y = bound.hi < 0 ? -(double)(~bound.lo + 1) : (double)bound.lo + (double)bound.hi * 18446744073709551616.0;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return npr_int128_cmp(b->ints[i], bound);
}

static bool any_cmp(const npr_bound_array *b, npr_int128 bound, int sign, bool or_equal) {
  const size_t n = npr_param_count(&(npr_param){NULL, b->ndim, b->dims, NULL});
  size_t i;
  for (i = 0; i < n; i++) {
    const int c = cmp_bound(b, (ptrdiff_t)i, bound);
    if ((sign < 0 && c < 0) || (sign > 0 && c > 0) || (or_equal && c == 0)) return true;
  }
  return false;
}

static bool all_zero(const npr_bound_array *b) {
  const size_t n = npr_param_count(&(npr_param){NULL, b->ndim, b->dims, NULL});
  size_t i;
  for (i = 0; i < n; i++) {
    if (b->floats != NULL ? b->floats[i] != 0 : !npr_int128_is_zero(b->ints[i])) return false;
  }
  return true;
}

static npr_status bounds_error(bool closed, const npr_bound_array *low, npr_error *err) {
  if (all_zero(low)) return npr_fail(err, NPR_VALUE_ERROR, closed ? "high < 0" : "high <= 0");
  return npr_fail(err, NPR_VALUE_ERROR, closed ? "low > high" : "low >= high");
}

/* The dtype np.array gives a list of Python ints: int64 when every value
 * fits, else uint64 when every value fits that, else object. */
typedef enum int_kind { KIND_INT64, KIND_UINT64, KIND_OBJECT, KIND_FLOAT } int_kind;

static int_kind kind_of(const npr_bound_array *b) {
  const size_t n = npr_param_count(&(npr_param){NULL, b->ndim, b->dims, NULL});
  bool all_i64 = true, all_u64 = true;
  size_t i;
  if (b->floats != NULL) return KIND_FLOAT;
  for (i = 0; i < n; i++) {
    all_i64 = all_i64 && npr_int128_cmp(b->ints[i], npr_int128_from_i64(INT64_MAX)) <= 0 &&
              npr_int128_cmp(b->ints[i], npr_int128_from_i64(INT64_MIN)) >= 0;
    all_u64 = all_u64 && b->ints[i].hi == 0;
  }
  return all_i64 ? KIND_INT64 : all_u64 ? KIND_UINT64 : KIND_OBJECT;
}

static bool fits_kind(npr_int128 v, int_kind kind) {
  if (kind == KIND_INT64) {
    return npr_int128_cmp(v, npr_int128_from_i64(INT64_MIN)) >= 0 && npr_int128_cmp(v, npr_int128_from_i64(INT64_MAX)) <= 0;
  }
  return kind == KIND_UINT64 && v.hi == 0;
}

static double as_double(npr_int128 v) {
  return v.hi < 0 ? -(double)(~v.lo + 1) : (double)v.lo;
}

/* np.any(low > high) (or >=), over the broadcast, with np.greater's
 * message when they do not broadcast. NumPy compares in float64 when the
 * two arrays' dtypes have no common integer type (int64 with uint64), so
 * neighbouring values near 2**63 can compare equal there. highs are the
 * integer values to compare (high itself, or high - 1), of kind high_kind. */
static npr_status any_low_above(const npr_bound_array *low, const npr_bound_array *high, const npr_int128 *highs,
                                int_kind high_kind, bool or_equal, bool *found, npr_error *err) {
  int_kind low_kind = kind_of(low);
  bool as_float;
  npr_param pair[2];
  npr_shape shape;
  npr_bcast_iter it;
  size_t i, n;
  npr_status st;
  /* NumPy 1.24's value-based casting: a 0-d integer operand against an
   * array takes the array's integer dtype when its value fits it. */
  if (low->ndim == 0 && high->ndim > 0 && low_kind != KIND_FLOAT && high_kind != KIND_FLOAT &&
      fits_kind(low->ints[0], high_kind)) {
    low_kind = high_kind;
  } else if (high->ndim == 0 && low->ndim > 0 && low_kind != KIND_FLOAT && high_kind != KIND_FLOAT &&
             fits_kind(highs[0], low_kind)) {
    high_kind = low_kind;
  }
  as_float = low_kind == KIND_FLOAT || high_kind == KIND_FLOAT || (low_kind == KIND_INT64 && high_kind == KIND_UINT64) ||
             (low_kind == KIND_UINT64 && high_kind == KIND_INT64);
  pair[0] = as_param(low);
  pair[1] = as_param(high);
  if ((st = npr_method_pair_shape(&pair[0], &pair[1], &shape, err)) != NPR_OK) return st;
  n = npr_shape_count(&shape);
  npr_bcast_iter_init(&it, &shape, pair, 2);
  *found = false;
  for (i = 0; i < n && !*found; i++, npr_bcast_iter_next(&it)) {
    int c;
    if (as_float) {
      const double a = low->floats ? low->floats[it.offset[0]] : as_double(low->ints[it.offset[0]]);
      const double b = high_kind == KIND_FLOAT ? high->floats[it.offset[1]] : as_double(highs[it.offset[1]]);
      c = a < b ? -1 : a > b ? 1 : 0;
    } else {
      c = npr_int128_cmp(low->ints[it.offset[0]], highs[it.offset[1]]);
    }
    *found = c > 0 || (or_equal && c == 0);
  }
  return NPR_OK;
}

static void store_int(npr_dtype dtype, void *out, size_t i, uint64_t v) {
  switch (dtype) {
  case NPR_BOOL: ((bool *)out)[i] = v != 0; break;
  case NPR_INT8: case NPR_UINT8: ((uint8_t *)out)[i] = (uint8_t)v; break;
  case NPR_INT16: case NPR_UINT16: ((uint16_t *)out)[i] = (uint16_t)v; break;
  case NPR_INT32: case NPR_UINT32: ((uint32_t *)out)[i] = (uint32_t)v; break;
  default: ((uint64_t *)out)[i] = v; break;
  }
}

npr_status npr_integers_bcast(const npr_bitgen *bg, npr_dtype dtype, const npr_bound_array *low,
                              const npr_bound_array *high, bool closed, bool use_masked, const npr_shape *size,
                              void *out, size_t out_cap, npr_shape *out_shape, npr_error *err) {
  const char *name = npr_dtype_name(dtype);
  const int bits = dtype_bits(dtype);
  npr_int128 lowest, highest, *high_m1 = NULL;
  npr_shape shape;
  size_t n, i, n_high;
  bool found;
  npr_status st;
  if (!npr_dtype_is_integer(dtype)) {
    return npr_fail(err, NPR_TYPE_ERROR, "Unsupported dtype '%s' for randint", name);
  }
  if (size != NULL) {
    size_t d;
    for (d = 0; d < size->ndim; d++) {
      if (size->dims[d] == 0) { /* np.prod(size) == 0: np.empty(size), bounds unchecked */
        if ((st = npr_shape_check_alloc(size, npr_dtype_size(dtype), err)) != NPR_OK) return st;
        if (out_shape != NULL) *out_shape = *size;
        return NPR_OK;
      }
    }
  }
  if (low->ndim == 0 && high->ndim == 0) {
    npr_int128 lo = low->ints[0], hi = high->ints[0];
    shape = size != NULL ? *size : npr_shape_0d();
    n = npr_shape_count(&shape);
    if (!closed) hi = npr_int128_add_i64(hi, -1);
    if ((st = check_scalar(dtype, lo, hi, closed, err)) != NPR_OK) return st;
    if (size != NULL && (st = npr_shape_check_alloc(size, npr_dtype_size(dtype), err)) != NPR_OK) return st;
    if (out_shape != NULL) *out_shape = shape;
    if (out == NULL) return NPR_OK;
    if (n > out_cap) return npr_fail(err, NPR_VALUE_ERROR, "out has room for %zu values; the result has %zu", out_cap, n);
    return npr_integers_fill(bg, dtype, low->ints[0], high->ints[0], closed, use_masked, n, out, err);
  }
  npr_dtype_bounds(dtype, &lowest, &highest);
  if (any_cmp(low, lowest, -1, false)) return npr_fail(err, NPR_VALUE_ERROR, "low is out of bounds for %s", name);
  n_high = npr_param_count(&(npr_param){NULL, high->ndim, high->dims, NULL});
  if ((high_m1 = malloc((n_high ? n_high : 1) * sizeof *high_m1)) == NULL) {
    return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  }
  for (i = 0; i < n_high; i++) high_m1[i] = closed ? high->ints[i] : npr_int128_add_i64(high->ints[i], -1);
  if (bits < 64) {
    /* The next wider type holds high: NumPy compares high with max + 1
     * (closed: >=, open: >), then low with high (closed: >, open: >=). */
    const npr_int128 upper = npr_int128_add_i64(highest, 1);
    if (any_cmp(high, upper, 1, closed)) {
      st = npr_fail(err, NPR_VALUE_ERROR, "high is out of bounds for %s", name);
      goto done;
    }
    if ((st = any_low_above(low, high, high->ints, kind_of(high), !closed, &found, err)) != NPR_OK) goto done;
  } else {
    if (closed || high->floats == NULL) {
      if (any_cmp(high, lowest, -1, !closed)) {
        st = bounds_error(closed, low, err);
        goto done;
      }
      for (i = 0; i < n_high; i++) {
        if (npr_int128_cmp(high_m1[i], highest) > 0) {
          st = npr_fail(err, NPR_VALUE_ERROR, "high is out of bounds for %s", name);
          goto done;
        }
      }
    } else {
      /* float high, open interval: int(x) - 1 element by element */
      for (i = 0; i < n_high; i++) {
        if (npr_int128_cmp(high_m1[i], highest) > 0) {
          st = npr_fail(err, NPR_VALUE_ERROR, "high is out of bounds for %s", name);
          goto done;
        }
        if (npr_int128_cmp(high_m1[i], lowest) < 0) {
          st = bounds_error(closed, low, err);
          goto done;
        }
      }
    }
    /* NumPy holds high - 1 in the result's dtype by now */
    if ((st = any_low_above(low, high, high_m1, dtype == NPR_UINT64 ? KIND_UINT64 : KIND_INT64, false, &found,
                            err)) != NPR_OK) {
      goto done;
    }
  }
  if (found) {
    st = bounds_error(closed, low, err);
    goto done;
  }
  {
    /* MultiIterNew3(low, high, out): out is the last operand, and NumPy
     * loops over out's elements without comparing its shape. */
    npr_shape shapes[3];
    npr_param pair[2];
    size_t k = 0;
    pair[0] = as_param(low);
    pair[1] = as_param(high);
    shapes[k++] = npr_param_shape(&pair[0]);
    shapes[k++] = npr_param_shape(&pair[1]);
    if (size != NULL) {
      if ((st = npr_shape_check_alloc(size, npr_dtype_size(dtype), err)) != NPR_OK) goto done;
      shapes[k++] = *size;
    }
    if ((st = npr_broadcast_shapes(shapes, k, &shape, err)) != NPR_OK) goto done;
    {
      npr_shape it_shape = shape;
      npr_bcast_iter it;
      npr_bounded_buffer buf = {0, 0};
      if (size != NULL) shape = *size;
      n = npr_shape_count(&shape);
      if (out_shape != NULL) *out_shape = shape;
      if (out == NULL) goto done;
      if (n > out_cap) {
        st = npr_fail(err, NPR_VALUE_ERROR, "out has room for %zu values; the result has %zu", out_cap, n);
        goto done;
      }
      npr_bcast_iter_init(&it, &it_shape, pair, 2);
      for (i = 0; i < n; i++, npr_bcast_iter_next(&it)) {
        const npr_int128 lo = low->ints[it.offset[0]];
        const npr_int128 hi = high_m1[it.offset[1]];
        const uint64_t rng = npr_int128_sub(hi, lo).lo, off = lo.lo;
        const uint64_t mask = bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
        store_int(dtype, out, i, npr_bounded_next(bg, bits, off & mask, rng & mask, use_masked, &buf));
      }
    }
  }
done:
  free(high_m1);
  return st;
}
