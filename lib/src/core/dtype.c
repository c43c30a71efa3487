#include "nprand/dtype.h"

#include <math.h>
#include <string.h>

static const struct {
  const char *name;
  size_t size;
} dtype_info[] = {
    [NPR_BOOL] = {"bool", sizeof(bool)},       [NPR_INT8] = {"int8", 1},
    [NPR_INT16] = {"int16", 2},                [NPR_INT32] = {"int32", 4},
    [NPR_INT64] = {"int64", 8},                [NPR_UINT8] = {"uint8", 1},
    [NPR_UINT16] = {"uint16", 2},              [NPR_UINT32] = {"uint32", 4},
    [NPR_UINT64] = {"uint64", 8},              [NPR_FLOAT32] = {"float32", 4},
    [NPR_FLOAT64] = {"float64", 8},
};

const char *npr_dtype_name(npr_dtype dtype) { return dtype_info[dtype].name; }

size_t npr_dtype_size(npr_dtype dtype) { return dtype_info[dtype].size; }

bool npr_dtype_is_integer(npr_dtype dtype) { return dtype <= NPR_UINT64; }

bool npr_dtype_from_name(const char *name, npr_dtype *dtype) {
  static const struct {
    const char *alias;
    npr_dtype dtype;
  } aliases[] = {
      {"int", NPR_INT64},    {"long", NPR_INT64},    {"int_", NPR_INT64},   {"l", NPR_INT64},
      {"i8", NPR_INT64},     {"intp", NPR_INT64},    {"uint", NPR_UINT64},  {"ulong", NPR_UINT64},
      {"u8", NPR_UINT64},    {"i4", NPR_INT32},      {"u4", NPR_UINT32},    {"i2", NPR_INT16},
      {"u2", NPR_UINT16},    {"i1", NPR_INT8},       {"u1", NPR_UINT8},     {"b", NPR_INT8},
      {"B", NPR_UINT8},      {"bool_", NPR_BOOL},    {"?", NPR_BOOL},       {"float", NPR_FLOAT64},
      {"double", NPR_FLOAT64}, {"d", NPR_FLOAT64},   {"f8", NPR_FLOAT64},   {"single", NPR_FLOAT32},
      {"f", NPR_FLOAT32},    {"f4", NPR_FLOAT32},
  };
  size_t i;
  for (i = 0; i < sizeof dtype_info / sizeof dtype_info[0]; i++) {
    if (strcmp(name, dtype_info[i].name) == 0) {
      *dtype = (npr_dtype)i;
      return true;
    }
  }
  for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
    if (strcmp(name, aliases[i].alias) == 0) {
      *dtype = aliases[i].dtype;
      return true;
    }
  }
  return false;
}

npr_int128 npr_int128_from_i64(int64_t v) {
  npr_int128 r = {(uint64_t)v, v < 0 ? -1 : 0};
  return r;
}

npr_int128 npr_int128_from_u64(uint64_t v) {
  npr_int128 r = {v, 0};
  return r;
}

int npr_int128_cmp(npr_int128 a, npr_int128 b) {
  if (a.hi != b.hi) return a.hi < b.hi ? -1 : 1;
  if (a.lo != b.lo) return a.lo < b.lo ? -1 : 1;
  return 0;
}

npr_int128 npr_int128_add_i64(npr_int128 a, int64_t b) {
  npr_int128 r;
  r.lo = a.lo + (uint64_t)b;
  /* carry out of the low word, plus b's sign extension */
  r.hi = (int64_t)((uint64_t)a.hi + (r.lo < a.lo ? 1u : 0u) + (b < 0 ? UINT64_MAX : 0u));
  return r;
}

npr_int128 npr_int128_sub(npr_int128 a, npr_int128 b) {
  npr_int128 r;
  r.lo = a.lo - b.lo;
  r.hi = (int64_t)((uint64_t)a.hi - (uint64_t)b.hi - (a.lo < b.lo ? 1u : 0u));
  return r;
}

bool npr_int128_is_zero(npr_int128 a) { return a.lo == 0 && a.hi == 0; }

npr_int128 npr_int128_of_double(double v) {
  const double two64 = 18446744073709551616.0;
  const double magnitude = trunc(fabs(v));
  npr_int128 r;
  if (v != v) return npr_int128_from_i64(0);
  if (magnitude >= 85070591730234615865843651857942052864.0) { /* 2**126 */
    r.hi = v < 0 ? -((int64_t)1 << 62) : (int64_t)1 << 62;
    r.lo = 0;
    return r;
  }
  r.hi = (int64_t)floor(magnitude / two64);
  r.lo = (uint64_t)(magnitude - (double)r.hi * two64);
  return v < 0 ? npr_int128_sub(npr_int128_from_i64(0), r) : r;
}
