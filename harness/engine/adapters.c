#include "adapters.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void npr_put_typed(npr_dtype dtype, const void *buf, size_t n, npr_values *out) {
  size_t i;
  for (i = 0; i < n; i++) {
    switch (dtype) {
    case NPR_BOOL: npr_values_bool(out, ((const bool *)buf)[i]); break;
    case NPR_INT8: npr_values_int(out, ((const int8_t *)buf)[i]); break;
    case NPR_INT16: npr_values_int(out, ((const int16_t *)buf)[i]); break;
    case NPR_INT32: npr_values_int(out, ((const int32_t *)buf)[i]); break;
    case NPR_INT64: npr_values_int(out, ((const int64_t *)buf)[i]); break;
    case NPR_UINT8: npr_values_uint(out, ((const uint8_t *)buf)[i]); break;
    case NPR_UINT16: npr_values_uint(out, ((const uint16_t *)buf)[i]); break;
    case NPR_UINT32: npr_values_uint(out, ((const uint32_t *)buf)[i]); break;
    case NPR_UINT64: npr_values_uint(out, ((const uint64_t *)buf)[i]); break;
    case NPR_FLOAT32: npr_values_float(out, ((const float *)buf)[i]); break;
    case NPR_FLOAT64: npr_values_float(out, ((const double *)buf)[i]); break;
    }
  }
}

npr_status npr_run_bytes(void *ctx, const npr_args *a, npr_bytes_fn fill, npr_values *out, npr_error *err) {
  int64_t length;
  size_t got;
  uint8_t *buf;
  npr_status st = npr_arg_i64(a, 0, &length, err);
  if (st != NPR_OK) return st;
  if ((buf = npr_alloc_count(length > 4 ? length : 4, 1, err)) == NULL) return NPR_MEMORY_ERROR;
  st = fill(ctx, length, buf, &got, err);
  if (st == NPR_OK) npr_values_bytes(out, buf, got);
  free(buf);
  return st;
}

/* NumPy's shape discovery, level by level: a level whose nodes are all lists
 * of one length adds a dimension; all scalars ends the shape; anything else
 * is the "inhomogeneous" ValueError with the shape found so far. Returns the
 * next level's nodes in *next (malloc'd), or NULL at the leaves. */
static npr_status next_level(const cJSON **level, size_t n, npr_json_array *arr, const cJSON ***next,
                             size_t *n_next, npr_error *err) {
  size_t i, lists = 0, len = 0, k = 0;
  for (i = 0; i < n; i++) {
    if (cJSON_IsArray(level[i])) {
      size_t l = (size_t)cJSON_GetArraySize(level[i]);
      if (lists && l != len) break;
      len = l;
      lists++;
    }
  }
  *next = NULL;
  *n_next = 0;
  if (lists == 0) return NPR_OK;
  if (lists != n) {
    char shape[160];
    size_t d, used = 0;
    used += (size_t)snprintf(shape, sizeof shape, "(");
    for (d = 0; d < arr->ndim && used < sizeof shape; d++) {
      used += (size_t)snprintf(shape + used, sizeof shape - used, d ? ", %zu" : "%zu", arr->shape[d]);
    }
    if (used < sizeof shape) snprintf(shape + used, sizeof shape - used, arr->ndim == 1 ? ",)" : ")");
    return npr_fail(err, NPR_VALUE_ERROR,
                    "setting an array element with a sequence. The requested array has an inhomogeneous shape "
                    "after %zu dimensions. The detected shape was %s + inhomogeneous part.",
                    arr->ndim, shape);
  }
  if (arr->ndim == NPR_MAX_NDIM) return npr_fail(err, NPR_NOT_IMPLEMENTED, "arrays of more than %d dimensions", NPR_MAX_NDIM);
  arr->shape[arr->ndim++] = len;
  if ((*next = npr_alloc_values(n * len != 0 ? n * len : 1, sizeof **next, err)) == NULL) return NPR_MEMORY_ERROR;
  for (i = 0; i < n; i++) {
    const cJSON *item;
    cJSON_ArrayForEach(item, level[i]) (*next)[k++] = item;
  }
  *n_next = k;
  return NPR_OK;
}

npr_status npr_json_array_view(const cJSON *x, npr_json_array *arr, npr_error *err) {
  const cJSON **level = malloc(sizeof *level), **next;
  size_t n = 1, n_next;
  memset(arr, 0, sizeof *arr);
  if (level == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  level[0] = x;
  for (;;) {
    npr_status st = next_level(level, n, arr, &next, &n_next, err);
    if (st != NPR_OK) {
      free(level);
      return st;
    }
    if (next == NULL) break;
    free(level);
    level = next;
    n = n_next;
  }
  /* level now holds the leaves in row-major order, prod(shape) of them */
  arr->elems = level;
  arr->n = n;
  return NPR_OK;
}

void npr_json_array_free(npr_json_array *arr) {
  free(arr->elems);
  arr->elems = NULL;
}

npr_status npr_json_array_doubles(const cJSON *x, npr_json_array *arr, double **vals, npr_error *err) {
  size_t i;
  npr_status st;
  *vals = NULL;
  if ((st = npr_json_array_view(x, arr, err)) != NPR_OK) return st;
  if ((*vals = npr_alloc_values(arr->n ? arr->n : 1, sizeof **vals, err)) == NULL) {
    npr_json_array_free(arr);
    return NPR_MEMORY_ERROR;
  }
  for (i = 0; i < arr->n; i++) {
    if ((st = npr_json_to_double(arr->elems[i], &(*vals)[i], err)) != NPR_OK) {
      free(*vals);
      *vals = NULL;
      npr_json_array_free(arr);
      return st;
    }
  }
  return NPR_OK;
}

void npr_put_elements(const npr_json_array *arr, const int64_t *idx, size_t n, npr_values *out) {
  size_t i;
  for (i = 0; i < n; i++) npr_values_json(out, arr->elems[idx[i]]);
}
