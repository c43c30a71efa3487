#include "nprand/integers.h"

#include "nprand/bounded.h"
#include "nprand/method.h"
#include "nprand/numpy_version.h"

#include <math.h>
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

/* What a comparison with NaN gives: every ufunc comparison is false. */
#define CMP_UNORDERED 2

/* -1, 0, 1 as x is below, equal to or above y; CMP_UNORDERED for NaN. */
static int cmp_doubles(double x, double y) {
  return x < y ? -1 : x > y ? 1 : x == y ? 0 : CMP_UNORDERED;
}

/* A Python int compared with a Python float, exactly, as Python compares
 * them (an object array's elements against a float array's). */
static int cmp_int_float(npr_int128 v, double x) {
  double t;
  int c;
  if (x != x) return CMP_UNORDERED;
  if (x >= 170141183460469231731687303715884105728.0) return -1; /* 2**127: past every held int */
  if (x <= -170141183460469231731687303715884105728.0) return 1;
  t = trunc(x);
  if ((c = npr_int128_cmp(v, npr_int128_of_double(t))) != 0) return c;
  return x > t ? -1 : x < t ? 1 : 0;
}

/* An element compared with an integer bound, as NumPy compares the array
 * with it: floats as floats, integers exactly. -1, 0, 1 or CMP_UNORDERED. */
static int cmp_bound(const npr_bound_array *b, ptrdiff_t i, npr_int128 bound) {
  if (b->floats != NULL) {
    const double y = bound.hi < 0 ? -(double)(~bound.lo + 1) : (double)bound.lo + (double)bound.hi * 18446744073709551616.0;
    return cmp_doubles(b->floats[i], y);
  }
  return npr_int128_cmp(b->ints[i], bound);
}

static bool any_cmp(const npr_bound_array *b, npr_int128 bound, int sign, bool or_equal) {
  const size_t n = npr_param_count(&(npr_param){NULL, b->ndim, b->dims, NULL});
  size_t i;
  for (i = 0; i < n; i++) {
    const int c = cmp_bound(b, (ptrdiff_t)i, bound);
    if ((sign < 0 && c == -1) || (sign > 0 && c == 1) || (or_equal && c == 0)) return true;
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
typedef enum int_kind {
  KIND_INT64,
  KIND_UINT64,
  KIND_OBJECT,
  KIND_FLOAT,
  KIND_EXACT /* values already held in the result's dtype: compared exactly */
} int_kind;

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
  bool as_float, mixed;
  npr_param pair[2];
  npr_shape shape;
  npr_bcast_iter it;
  size_t i, n;
  npr_status st;
  /* NumPy 1.24's value-based casting: a 0-d integer operand against an
   * array takes the array's integer dtype when its value fits it. */
  if (high_kind == KIND_EXACT) {
    low_kind = KIND_EXACT; /* both already converted to the result's dtype */
  } else if (low->ndim == 0 && high->ndim > 0 && low_kind != KIND_FLOAT && high_kind != KIND_FLOAT &&
      fits_kind(low->ints[0], high_kind)) {
    low_kind = high_kind;
  } else if (high->ndim == 0 && low->ndim > 0 && low_kind != KIND_FLOAT && high_kind != KIND_FLOAT &&
             fits_kind(highs[0], low_kind)) {
    high_kind = low_kind;
  }
  /* an object array meets a float array element by element in Python */
  mixed = (low_kind == KIND_OBJECT && high_kind == KIND_FLOAT) || (low_kind == KIND_FLOAT && high_kind == KIND_OBJECT);
  as_float = !mixed && (low_kind == KIND_FLOAT || high_kind == KIND_FLOAT ||
                        (low_kind == KIND_INT64 && high_kind == KIND_UINT64) ||
                        (low_kind == KIND_UINT64 && high_kind == KIND_INT64));
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
      c = cmp_doubles(a, b);
    } else if (mixed && low_kind == KIND_OBJECT) {
      c = cmp_int_float(low->ints[it.offset[0]], high->floats[it.offset[1]]);
    } else if (mixed) {
      c = cmp_int_float(highs[it.offset[1]], low->floats[it.offset[0]]);
      c = c == CMP_UNORDERED ? c : -c;
    } else {
      c = npr_int128_cmp(low->ints[it.offset[0]], highs[it.offset[1]]);
    }
    *found = c == 1 || (or_equal && c == 0);
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

/* Python's int() of one element: a float's truncation (held in ints; a
 * value past 64 bits as +-2**64, outside every dtype), or its error. */
static npr_status python_int_of(const npr_bound_array *b, size_t i, npr_int128 *v, npr_error *err) {
  if (b->floats != NULL && b->floats[i] != b->floats[i]) {
    return npr_fail(err, NPR_VALUE_ERROR, "cannot convert float NaN to integer");
  }
  if (b->floats != NULL && (b->floats[i] == HUGE_VAL || b->floats[i] == -HUGE_VAL)) {
    return npr_fail(err, NPR_OVERFLOW_ERROR, "cannot convert float infinity to integer");
  }
  *v = b->ints[i];
  return NPR_OK;
}

/* Whether NumPy's forced cast into the dtype it draws in (the dtype itself,
 * or for the narrower dtypes the next wider one) holds float element i of
 * a bound that passed the checks. NaN passes every comparison, and for the
 * 64-bit dtypes before 1.25.0 a value that ties the maximum once converted
 * to float64 (2.0**63 for int64) passes too; the cast then gives whatever
 * the CPU's conversion instruction gives. */
static bool float_castable(const npr_bound_array *b, size_t i, npr_dtype dtype) {
  const double x = b->floats[i];
  if (dtype == NPR_INT64) return x >= -9223372036854775808.0 && x < 9223372036854775808.0;
  if (dtype == NPR_UINT64) return x > -1.0 && x < 18446744073709551616.0;
  return x == x;
}

static npr_status uncastable_error(npr_error *err) {
  return npr_fail(err, NPR_VALUE_ERROR, "bounds must be finite floats within 64-bit range");
}

/* Every float element castable (float_castable). */
static bool floats_castable(const npr_bound_array *b, npr_dtype dtype) {
  const size_t n = npr_param_count(&(npr_param){NULL, b->ndim, b->dims, NULL});
  size_t i;
  for (i = 0; b->floats != NULL && i < n; i++) {
    if (!float_castable(b, i, dtype)) return false;
  }
  return true;
}

/* The forced cast's error: an object array's Python int goes through
 * PyLong_AsLong (unsigned targets try PyLong_AsUnsignedLong first), which
 * raises for one beyond 64 bits; such an element gets past the checks only
 * when the broadcast is empty. */
static npr_status forced_cast(const npr_bound_array *b, npr_dtype dtype, npr_error *err) {
  const size_t n = npr_param_count(&(npr_param){NULL, b->ndim, b->dims, NULL});
  const bool unsigned_target = dtype == NPR_BOOL || dtype == NPR_UINT8 || dtype == NPR_UINT16 ||
                               dtype == NPR_UINT32 || dtype == NPR_UINT64;
  size_t i;
  if (b->floats == NULL && kind_of(b) == KIND_OBJECT) {
    for (i = 0; i < n; i++) {
      if (!fits_kind(b->ints[i], KIND_INT64) && !(unsigned_target && fits_kind(b->ints[i], KIND_UINT64))) {
        return npr_fail(err, NPR_OVERFLOW_ERROR, "Python int too large to convert to C long");
      }
    }
  }
  return NPR_OK;
}

/* 1.24.2's checks (also every release's for the 8- to 32-bit dtypes and
 * bool, whose checks 1.25.0 rewrote without changing an answer), with
 * NumPy's ufuncs on the original arrays: low against the dtype's minimum,
 * high against its maximum, then low against high; floats compare as
 * floats, so NaN passes them all. high_m1 gets the closed upper bounds. */
static npr_status checks_1_24_2(npr_dtype dtype, const npr_bound_array *low, const npr_bound_array *high, bool closed,
                                npr_int128 *high_m1, npr_error *err) {
  const char *name = npr_dtype_name(dtype);
  const size_t n_high = npr_param_count(&(npr_param){NULL, high->ndim, high->dims, NULL});
  npr_int128 lowest, highest;
  bool found;
  size_t i;
  npr_status st;
  npr_dtype_bounds(dtype, &lowest, &highest);
  if (any_cmp(low, lowest, -1, false)) return npr_fail(err, NPR_VALUE_ERROR, "low is out of bounds for %s", name);
  for (i = 0; i < n_high; i++) high_m1[i] = closed ? high->ints[i] : npr_int128_add_i64(high->ints[i], -1);
  if (dtype_bits(dtype) < 64) {
    /* The next wider type holds high: NumPy compares high with max + 1
     * (closed: >=, open: >), then low with high (closed: >, open: >=). */
    const npr_int128 upper = npr_int128_add_i64(highest, 1);
    if (any_cmp(high, upper, 1, closed)) return npr_fail(err, NPR_VALUE_ERROR, "high is out of bounds for %s", name);
    if ((st = any_low_above(low, high, high->ints, kind_of(high), !closed, &found, err)) != NPR_OK) return st;
    if (found) return bounds_error(closed, low, err);
  } else {
    const int_kind high_kind = kind_of(high);
    if (closed || (high->floats == NULL && high_kind != KIND_OBJECT)) {
      /* high (closed) or high - 1 in high's integer dtype, against max.
       * A 0-d uint64 high meets int64's max as two scalars do, in float64
       * (no value-based casting), where 2**63 + k ties 2**63 - 1 and gets
       * through to the cast. */
      const bool as_float = dtype == NPR_INT64 && high->ndim == 0 && high_kind == KIND_UINT64;
      if (any_cmp(high, lowest, -1, !closed)) return bounds_error(closed, low, err);
      for (i = 0; i < n_high; i++) {
        const int above = as_float ? (as_double(high_m1[i]) > as_double(highest) ? 1 : 0)
                          : closed ? cmp_bound(high, (ptrdiff_t)i, highest)
                                   : npr_int128_cmp(high_m1[i], highest);
        if (above == 1) return npr_fail(err, NPR_VALUE_ERROR, "high is out of bounds for %s", name);
      }
      if ((st = forced_cast(high, dtype, err)) != NPR_OK) return st;
      if (!floats_castable(high, dtype)) {
        /* np.greater(low, high) meets the cast high next: its broadcast
         * error does not depend on the values */
        npr_param pair[2];
        npr_shape shape;
        pair[0] = as_param(low);
        pair[1] = as_param(high);
        if ((st = npr_method_pair_shape(&pair[0], &pair[1], &shape, err)) != NPR_OK) return st;
        return uncastable_error(err);
      }
      /* the cast wraps an integer high into the dtype */
      for (i = 0; high->floats == NULL && i < n_high; i++) {
        high_m1[i] = dtype == NPR_UINT64 ? npr_int128_from_u64(high_m1[i].lo) : npr_int128_from_i64((int64_t)high_m1[i].lo);
      }
    } else {
      /* float or object high, open interval: int(x) - 1 element by element */
      for (i = 0; i < n_high; i++) {
        if ((st = python_int_of(high, i, &high_m1[i], err)) != NPR_OK) return st;
        high_m1[i] = npr_int128_add_i64(high_m1[i], -1);
        if (npr_int128_cmp(high_m1[i], highest) > 0) {
          return npr_fail(err, NPR_VALUE_ERROR, "high is out of bounds for %s", name);
        }
        if (npr_int128_cmp(high_m1[i], lowest) < 0) return bounds_error(closed, low, err);
      }
    }
    /* NumPy holds high - 1 in the result's dtype by now */
    if ((st = any_low_above(low, high, high_m1, dtype == NPR_UINT64 ? KIND_UINT64 : KIND_INT64, false, &found,
                            err)) != NPR_OK) {
      return st;
    }
    if (found) return bounds_error(closed, low, err);
  }
  /* the forced casts to the dtype NumPy draws in; a float they cannot
   * hold is refused only where a draw reads it (npr_integers_bcast) */
  if ((st = forced_cast(low, dtype, err)) != NPR_OK) return st;
  return dtype_bits(dtype) < 64 ? forced_cast(high, dtype, err) : NPR_OK;
}

/* 1.25.0's checks for int64 and uint64 (numpy 7ab6ba4c94): each bound is
 * converted to the dtype first, low then high, element by element in
 * row-major order: np.can_cast's direct cast where it is safe, else int()
 * of each element, which raises for NaN and infinities and for a value
 * outside the dtype ("low is out of bounds", "high is out of bounds"; an
 * open high that is the dtype's minimum is "low >= high" at once). The two
 * paths give the same answers but for when an open high at the minimum
 * is found (see high_cast), so one loop models both. low is then
 * compared with the closed high in the dtype itself: 1.24.2 compared int64
 * with uint64 in float64, where 2**63 equals 2**63 - 1 and the bound passed
 * as garbage. low_conv gets low in the dtype, high_m1 the closed highs. */
static npr_status checks_64_since_1_25(npr_dtype dtype, const npr_bound_array *low, const npr_bound_array *high,
                                       bool closed, npr_numpy_version numpy, npr_int128 *low_conv, npr_int128 *high_m1,
                                       npr_error *err) {
  const char *name = npr_dtype_name(dtype);
  const size_t n_low = npr_param_count(&(npr_param){NULL, low->ndim, low->dims, NULL});
  const size_t n_high = npr_param_count(&(npr_param){NULL, high->ndim, high->dims, NULL});
  const npr_bound_array converted = {low_conv, NULL, low->ndim, low->dims};
  /* np.can_cast(high, dtype): an array np.array made int64 (uint64) casts
   * to int64 (uint64) unchecked, and an open high at the minimum is left to
   * the comparison with low, after broadcasting (which an empty low makes
   * pass). NumPy 1.x's can_cast looks at a 0-d array's value (0 casts to
   * uint64); 2.0.0 dropped value-based casting for 0-d arrays (NEP 50). */
  const int_kind kind = dtype == NPR_UINT64 ? KIND_UINT64 : KIND_INT64;
  const bool high_cast = high->floats == NULL &&
                         (kind_of(high) == kind || (numpy < NPR_NUMPY_2_0_0 && high->ndim == 0 &&
                                                    kind_of(high) != KIND_OBJECT && fits_kind(high->ints[0], kind)));
  npr_int128 lowest, highest;
  bool found;
  size_t i;
  npr_status st;
  npr_dtype_bounds(dtype, &lowest, &highest);
  for (i = 0; i < n_low; i++) {
    if ((st = python_int_of(low, i, &low_conv[i], err)) != NPR_OK) return st;
    if (npr_int128_cmp(low_conv[i], lowest) < 0 || npr_int128_cmp(low_conv[i], highest) > 0) {
      return npr_fail(err, NPR_VALUE_ERROR, "low is out of bounds for %s", name);
    }
  }
  for (i = 0; i < n_high; i++) {
    if ((st = python_int_of(high, i, &high_m1[i], err)) != NPR_OK) return st;
    if (!closed) high_m1[i] = npr_int128_add_i64(high_m1[i], -1);
    if (npr_int128_cmp(high_m1[i], highest) > 0) {
      return npr_fail(err, NPR_VALUE_ERROR, "high is out of bounds for %s", name);
    }
    if (!high_cast && npr_int128_cmp(high_m1[i], lowest) < 0) return bounds_error(closed, &converted, err);
  }
  if ((st = any_low_above(&converted, high, high_m1, KIND_EXACT, false, &found, err)) != NPR_OK) return st;
  return found ? bounds_error(closed, &converted, err) : NPR_OK;
}

npr_status npr_integers_bcast(const npr_bitgen *bg, npr_dtype dtype, const npr_bound_array *low,
                              const npr_bound_array *high, bool closed, bool use_masked, const npr_shape *size,
                              void *out, size_t out_cap, npr_shape *out_shape, npr_error *err) {
  return npr_integers_bcast_of_release(bg, dtype, low, high, closed, use_masked, size, out, out_cap, out_shape,
                                       NPR_NUMPY_DEFAULT, err);
}

npr_status npr_integers_bcast_of_release(const npr_bitgen *bg, npr_dtype dtype, const npr_bound_array *low,
                                         const npr_bound_array *high, bool closed, bool use_masked,
                                         const npr_shape *size, void *out, size_t out_cap, npr_shape *out_shape,
                                         npr_numpy_version numpy, npr_error *err) {
  const char *name = npr_dtype_name(dtype);
  const int bits = dtype_bits(dtype);
  const bool since_1_25 = bits == 64 && numpy >= NPR_NUMPY_1_25_0;
  npr_int128 *high_m1 = NULL, *low_conv = NULL;
  const npr_int128 *draw_low;
  npr_shape shape;
  size_t n, i, n_low, n_high;
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
    /* int(low), int(high) at every release */
    npr_int128 lo, hi;
    if ((st = python_int_of(low, 0, &lo, err)) != NPR_OK || (st = python_int_of(high, 0, &hi, err)) != NPR_OK) return st;
    shape = size != NULL ? *size : npr_shape_0d();
    n = npr_shape_count(&shape);
    if ((st = check_scalar(dtype, lo, closed ? hi : npr_int128_add_i64(hi, -1), closed, err)) != NPR_OK) return st;
    if (size != NULL && (st = npr_shape_check_alloc(size, npr_dtype_size(dtype), err)) != NPR_OK) return st;
    if (out_shape != NULL) *out_shape = shape;
    if (out == NULL) return NPR_OK;
    if (n > out_cap) return npr_fail(err, NPR_VALUE_ERROR, "out has room for %zu values; the result has %zu", out_cap, n);
    return npr_integers_fill(bg, dtype, lo, hi, closed, use_masked, n, out, err);
  }
  n_low = npr_param_count(&(npr_param){NULL, low->ndim, low->dims, NULL});
  n_high = npr_param_count(&(npr_param){NULL, high->ndim, high->dims, NULL});
  if ((high_m1 = malloc((n_high ? n_high : 1) * sizeof *high_m1)) == NULL) {
    return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  }
  if (since_1_25) {
    if ((low_conv = malloc((n_low ? n_low : 1) * sizeof *low_conv)) == NULL) {
      st = npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
      goto done;
    }
    st = checks_64_since_1_25(dtype, low, high, closed, numpy, low_conv, high_m1, err);
  } else {
    st = checks_1_24_2(dtype, low, high, closed, high_m1, err);
  }
  if (st != NPR_OK) goto done;
  /* NumPy draws from low cast to the dtype: before 1.25.0 a forced cast
   * (2**63 as int64 is -2**63, the two's complement bits kept in .lo) */
  draw_low = since_1_25 ? low_conv : low->ints;
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
      if (n > 0 && npr_shape_count(&it_shape) == 0) {
        /* bounds that broadcast to nothing, a size with elements: NumPy's
         * loop runs size times over the empty iterator and reads past the
         * bounds' memory */
        st = npr_fail(err, NPR_NOT_IMPLEMENTED, "the bounds broadcast to an empty array but size has %zu elements: "
                      "NumPy reads past the bounds' memory here", n);
        goto done;
      }
      if (!since_1_25 && (low->floats != NULL || (bits < 64 && high->floats != NULL))) {
        /* a draw that would read a float the forced cast cannot hold */
        npr_bcast_iter_init(&it, &it_shape, pair, 2);
        for (i = 0; i < n; i++, npr_bcast_iter_next(&it)) {
          if ((low->floats != NULL && !float_castable(low, it.offset[0], dtype)) ||
              (bits < 64 && high->floats != NULL && !float_castable(high, it.offset[1], dtype))) {
            st = uncastable_error(err);
            goto done;
          }
        }
      }
      if (out_shape != NULL) *out_shape = shape;
      if (out == NULL) goto done;
      if (n > out_cap) {
        st = npr_fail(err, NPR_VALUE_ERROR, "out has room for %zu values; the result has %zu", out_cap, n);
        goto done;
      }
      npr_bcast_iter_init(&it, &it_shape, pair, 2);
      for (i = 0; i < n; i++, npr_bcast_iter_next(&it)) {
        const npr_int128 lo = draw_low[it.offset[0]];
        const npr_int128 hi = high_m1[it.offset[1]];
        const uint64_t rng = npr_int128_sub(hi, lo).lo, off = lo.lo;
        const uint64_t mask = bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
        store_int(dtype, out, i, npr_bounded_next(bg, bits, off & mask, rng & mask, use_masked, &buf));
      }
    }
  }
done:
  free(high_m1);
  free(low_conv);
  return st;
}
