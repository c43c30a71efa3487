/* Helpers the family adapters share: typed buffers to values, and JSON
 * lists seen as NumPy arrays. */
#ifndef NPR_HARNESS_ADAPTERS_H
#define NPR_HARNESS_ADAPTERS_H

#include "engine.h"
#include "nprand/dtype.h"
#include "nprand/integers.h"
#include "nprand/numpy_version.h"

/* Appends n elements of dtype (integer, bool, float32 or float64) from buf. */
void npr_put_typed(npr_dtype dtype, const void *buf, size_t n, npr_values *out);

/* Runs a row of the library's method tables: the JSON arguments as NumPy
 * arrays (0-d for numbers, nested lists for N-D), size or out= as the
 * result's shape, dtype='float32' selecting the family's float32 row; the
 * values flattened row-major. state is the library object the row takes. */
npr_status npr_run_spec(const npr_family *fam, const npr_entry *e, void *state, const npr_args *a,
                        npr_values *out, npr_error *err);

/* out= (argument out_i): a list whose shape fixes the result's; with size
 * (argument size_i) given too, NumPy insists they agree ("size must match
 * out.shape when used together"). *n becomes the list's element count;
 * untouched when out is None. */
npr_status npr_arg_out_count(const npr_args *a, int out_i, int size_i, size_t *n, npr_error *err);

/* A JSON value as integer bounds (npr_integers_bcast); *storage to free.
 * Floats are kept as they are (NaN and infinities too): the library
 * answers them as the release does. */
npr_status npr_json_bounds(const cJSON *v, npr_bound_array *b, size_t dims[NPR_MAXDIMS], void **storage,
                           npr_error *err);
/* randint / integers with a list among the bounds: NumPy's broadcast path
 * as release numpy has it. low, high are the JSON bounds (high already
 * defaulted), size argument i. */
npr_status npr_run_integers_bcast(const npr_bitgen *bg, const npr_args *a, const cJSON *low, const cJSON *high,
                                  int size_i, npr_dtype dtype, bool closed, bool use_masked,
                                  npr_numpy_version numpy, npr_values *out, npr_error *err);

/* A JSON value as a parameter array of doubles or int64s (elements malloc'd
 * into *storage, which the caller frees). */
npr_status npr_json_param(const cJSON *v, npr_ptype type, npr_param *p, size_t dims[NPR_MAXDIMS], void **storage,
                          npr_error *err);

/* bytes(length): fill writes *out_len bytes (room for max(length, 4)). */
typedef npr_status (*npr_bytes_fn)(void *ctx, int64_t length, uint8_t *out, size_t *out_len, npr_error *err);
npr_status npr_run_bytes(void *ctx, const npr_args *a, npr_bytes_fn fill, npr_values *out, npr_error *err);

#define NPR_MAX_NDIM 8

/* A JSON value as np.array(x) sees it: shape, and the elements in row-major
 * order (pointers into x; *elems is malloc'd). A scalar is 0-d. Ragged
 * nesting is ValueError as in NumPy. */
typedef struct npr_json_array {
  size_t ndim;
  size_t shape[NPR_MAX_NDIM];
  const cJSON **elems;
  size_t n;
} npr_json_array;

npr_status npr_json_array_view(const cJSON *x, npr_json_array *arr, npr_error *err);
void npr_json_array_free(npr_json_array *arr);
/* The view of x and its elements as the doubles of np.array(x, float64),
 * any shape; *vals (malloc'd) has at least one element. On error both are
 * freed. */
npr_status npr_json_array_doubles(const cJSON *x, npr_json_array *arr, double **vals, npr_error *err);

/* Emits elements of arr in the order idx gives (flat element numbers). */
void npr_put_elements(const npr_json_array *arr, const int64_t *idx, size_t n, npr_values *out);

#endif
