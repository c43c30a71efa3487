#include "adapters.h"

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

npr_status npr_run_params(void *ctx, const npr_args *a, int n_params, npr_params_fill_fn fill, npr_values *out,
                          npr_error *err) {
  double p[3], *buf;
  bool scalar;
  size_t n;
  int i;
  npr_status st;
  for (i = 0; i < n_params; i++) {
    if ((st = npr_arg_double(a, i, &p[i], err)) != NPR_OK) return st;
  }
  if ((st = npr_arg_size(a, n_params, &scalar, &n, err)) != NPR_OK) return st;
  if ((buf = npr_alloc_values(n, sizeof *buf, err)) == NULL) return NPR_MEMORY_ERROR;
  st = fill(ctx, p, n, buf, err);
  if (st == NPR_OK) npr_put_typed(NPR_FLOAT64, buf, n, out);
  free(buf);
  return st;
}

npr_status npr_run_bytes(void *ctx, const npr_args *a, npr_bytes_fn fill, npr_values *out, npr_error *err) {
  int64_t length;
  size_t got;
  uint8_t *buf;
  npr_status st = npr_arg_i64(a, 0, &length, err);
  if (st != NPR_OK) return st;
  if ((buf = npr_alloc_values(length > 4 ? (size_t)length : 4, 1, err)) == NULL) return NPR_MEMORY_ERROR;
  st = fill(ctx, length, buf, &got, err);
  if (st == NPR_OK) npr_values_bytes(out, buf, got);
  free(buf);
  return st;
}

static npr_status measure(const cJSON *x, size_t depth, npr_json_array *arr, npr_error *err) {
  const cJSON *item;
  size_t len;
  if (!cJSON_IsArray(x)) {
    if (depth < arr->ndim) return npr_fail(err, NPR_VALUE_ERROR, "setting an array element with a sequence. The requested array has an inhomogeneous shape");
    return NPR_OK;
  }
  len = (size_t)cJSON_GetArraySize(x);
  if (depth >= NPR_MAX_NDIM) return npr_fail(err, NPR_NOT_IMPLEMENTED, "arrays of more than %d dimensions", NPR_MAX_NDIM);
  if (depth == arr->ndim) {
    arr->shape[arr->ndim++] = len;
  } else if (arr->shape[depth] != len) {
    return npr_fail(err, NPR_VALUE_ERROR, "setting an array element with a sequence. The requested array has an inhomogeneous shape");
  }
  cJSON_ArrayForEach(item, x) {
    npr_status st = measure(item, depth + 1, arr, err);
    if (st != NPR_OK) return st;
  }
  return NPR_OK;
}

static void collect(const cJSON *x, npr_json_array *arr) {
  const cJSON *item;
  if (!cJSON_IsArray(x)) {
    arr->elems[arr->n++] = x;
    return;
  }
  cJSON_ArrayForEach(item, x) collect(item, arr);
}

npr_status npr_json_array_view(const cJSON *x, npr_json_array *arr, npr_error *err) {
  size_t total = 1, d;
  npr_status st;
  memset(arr, 0, sizeof *arr);
  if ((st = measure(x, 0, arr, err)) != NPR_OK) return st;
  for (d = 0; d < arr->ndim; d++) total *= arr->shape[d];
  arr->elems = npr_alloc_values(total ? total : 1, sizeof *arr->elems, err);
  if (arr->elems == NULL) return NPR_MEMORY_ERROR;
  collect(x, arr);
  return NPR_OK;
}

void npr_json_array_free(npr_json_array *arr) {
  free(arr->elems);
  arr->elems = NULL;
}

void npr_put_elements(const npr_json_array *arr, const int64_t *idx, size_t n, npr_values *out) {
  size_t i;
  for (i = 0; i < n; i++) npr_values_json(out, arr->elems[idx[i]]);
}
