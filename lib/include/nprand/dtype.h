/* NumPy dtypes that nprand methods produce, and the 128-bit integers that
 * carry Python int arguments (a uint64 `high` of 2**64 must be representable
 * before NumPy subtracts 1 from it). */
#ifndef NPRAND_DTYPE_H
#define NPRAND_DTYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum npr_dtype {
  NPR_BOOL,
  NPR_INT8,
  NPR_INT16,
  NPR_INT32,
  NPR_INT64,
  NPR_UINT8,
  NPR_UINT16,
  NPR_UINT32,
  NPR_UINT64,
  NPR_FLOAT32,
  NPR_FLOAT64
} npr_dtype;

/* NumPy's dtype name: "bool", "int8", ..., "float64". */
const char *npr_dtype_name(npr_dtype dtype);
/* Bytes per element of the C type that holds it (bool is C bool). */
size_t npr_dtype_size(npr_dtype dtype);
bool npr_dtype_is_integer(npr_dtype dtype); /* bool counts as integer */
/* Accepts NumPy's names and the aliases the CLI sees ("int" and "long" are
 * int64, "float" and "double" float64, "bool_" bool, "uint" uint64, ...). */
bool npr_dtype_from_name(const char *name, npr_dtype *dtype);

/* A Python int in 128-bit two's complement. Callers hold one beyond
 * +-2**126 as +-2**126: such values only ever fail a bounds check, so the
 * clamp cannot change a result, and the margin keeps high - 1 from
 * wrapping. */
typedef struct npr_int128 {
  uint64_t lo;
  int64_t hi;
} npr_int128;

npr_int128 npr_int128_from_i64(int64_t v);
npr_int128 npr_int128_from_u64(uint64_t v);
int npr_int128_cmp(npr_int128 a, npr_int128 b);
npr_int128 npr_int128_add_i64(npr_int128 a, int64_t b);
npr_int128 npr_int128_sub(npr_int128 a, npr_int128 b);
/* Python's int() of a float: truncation toward zero, exact; held as
 * +-2**126 past that, NaN as 0 (int() raises for NaN and infinities: the
 * caller decides). */
npr_int128 npr_int128_of_double(double v);
bool npr_int128_is_zero(npr_int128 a);

#ifdef __cplusplus
}
#endif
#endif
