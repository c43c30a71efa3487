/* The runner for the library's method rows: NumPy's argument conversion
 * (np.asarray of each parameter, size / out= as the shape, dtype), then
 * npr_method_call, which does everything else exactly once. */
#include <stdlib.h>
#include <string.h>

#include "adapters.h"
#include "draw_meter.h"

/* The position of `name` among a signature's comma-separated parameters,
 * or -1. */
static int signature_index(const char *sig, const char *name) {
  const size_t len = strlen(name);
  int i = 0;
  while (*sig) {
    while (*sig == ' ' || *sig == '*') sig++;
    if (strncmp(sig, name, len) == 0 && (sig[len] == '=' || sig[len] == ',' || sig[len] == '\0')) return i;
    sig = strchr(sig, ',');
    if (sig == NULL) break;
    sig++;
    i++;
  }
  return -1;
}

static npr_status element(const cJSON *v, npr_ptype type, void *dst, npr_error *err) {
  if (type == NPR_PTYPE_INT64) return npr_json_to_i64(v, dst, err);
  return npr_json_to_double(v, dst, err);
}

npr_status npr_json_param(const cJSON *v, npr_ptype type, npr_param *p, size_t dims[NPR_MAXDIMS], void **storage,
                          npr_error *err) {
  npr_json_array arr;
  const size_t elem = type == NPR_PTYPE_INT64 ? sizeof(int64_t) : sizeof(double);
  unsigned char *data;
  size_t i;
  npr_status st;
  *storage = NULL;
  if ((st = npr_json_array_view(v, &arr, err)) != NPR_OK) return st;
  if ((data = npr_alloc_values(arr.n ? arr.n : 1, elem, err)) == NULL) {
    npr_json_array_free(&arr);
    return NPR_MEMORY_ERROR;
  }
  for (i = 0; i < arr.n; i++) {
    if ((st = element(arr.elems[i], type, data + i * elem, err)) != NPR_OK) {
      free(data);
      npr_json_array_free(&arr);
      return st;
    }
  }
  for (i = 0; i < arr.ndim; i++) dims[i] = arr.shape[i];
  *p = npr_param_array(data, arr.ndim, dims);
  *storage = data;
  npr_json_array_free(&arr);
  return NPR_OK;
}

static npr_status out_shape(const npr_args *a, int out_i, int size_i, npr_shape *shape, npr_error *err);

/* dtype= picks the row: float64 is the row itself, float32 the family's
 * float32 row of that name; NumPy refuses every other dtype. */
static npr_status pick_dtype(const npr_family *fam, const npr_entry *e, const npr_args *a, int i,
                             const npr_method **spec, npr_error *err) {
  npr_dtype dtype;
  npr_status st;
  *spec = e->spec;
  if (i < 0 || npr_arg_is_none(a, i)) return NPR_OK;
  if ((st = npr_arg_dtype(a, i, &dtype, err)) != NPR_OK) return st;
  if (dtype == NPR_FLOAT64) return NPR_OK;
  if (dtype == NPR_FLOAT32 && fam->rows_f32 != NULL) {
    size_t n;
    const npr_method *rows = fam->rows_f32(&n);
    if ((*spec = npr_method_find(rows, n, e->name)) != NULL) return NPR_OK;
  }
  return npr_fail(err, NPR_TYPE_ERROR, "Unsupported dtype dtype('%s') for %s", npr_dtype_name(dtype), e->name);
}

/* npr_method_call's drawing pass, as a metered call. */
typedef struct drawing_pass {
  const npr_method *spec;
  void *state;
  const npr_param *params;
  const npr_shape *size;
  void *buf;
  size_t count;
} drawing_pass;

static npr_status run_drawing_pass(void *ctx, npr_error *err) {
  const drawing_pass *d = ctx;
  return npr_method_call(d->spec, d->state, d->params, d->size, d->buf, d->count, NULL, err);
}

/* The drawing pass with the family's bitgen metered (draw_meter.h). */
static npr_status metered_call(const npr_family *fam, const npr_method *spec, void *state, const npr_param *params,
                               const npr_shape *size, void *buf, size_t count, npr_error *err) {
  drawing_pass d = {spec, state, params, size, buf, count};
  npr_bitgen *source = fam->row_bitgen != NULL ? fam->row_bitgen(state) : NULL;
  if (source == NULL) return run_drawing_pass(&d, err);
  return npr_draw_metered(source, count, run_drawing_pass, &d, err);
}

npr_status npr_run_spec(const npr_family *fam, const npr_entry *e, void *state, const npr_args *a,
                        npr_values *out, npr_error *err) {
  const npr_method *spec;
  const int size_i = signature_index(e->params, "size");
  const int out_i = signature_index(e->params, "out");
  npr_param params[NPR_METHOD_MAX_PARAMS];
  size_t dims[NPR_METHOD_MAX_PARAMS][NPR_MAXDIMS];
  void *storage[NPR_METHOD_MAX_PARAMS] = {NULL};
  npr_shape size, shape;
  bool no_size = true;
  void *buf = NULL;
  size_t j, count;
  npr_status st, size_st = NPR_OK;
  npr_error size_err;

  if ((st = pick_dtype(fam, e, a, signature_index(e->params, "dtype"), &spec, err)) != NPR_OK) return st;
  for (j = 0; j < spec->n_params; j++) {
    if ((st = npr_json_param(a->v[j], spec->params[j].type, &params[j], dims[j], &storage[j], err)) != NPR_OK) {
      goto done;
    }
  }
  if (size_i >= 0 && (size_st = npr_arg_shape(a, size_i, &no_size, &size, &size_err)) != NPR_OK) {
    no_size = true;
  }
  if (size_st == NPR_OK && out_i >= 0 && !npr_arg_is_none(a, out_i)) {
    /* out= fixes the shape */
    if ((st = out_shape(a, out_i, size_i, &size, err)) != NPR_OK) goto done;
    no_size = false;
  }
  if ((st = npr_method_call(spec, state, params, no_size ? NULL : &size, NULL, 0, &shape, err)) != NPR_OK) {
    goto done;
  }
  if (size_st != NPR_OK) {
    /* A size np.empty refuses (beyond int64, over 32 dimensions, not
     * integers) comes after the parameter checks just run, as in NumPy's
     * cont()/disc(). */
    *err = size_err;
    st = size_st;
    goto done;
  }
  count = npr_shape_count(&shape);
  if ((buf = npr_alloc_values(count, npr_dtype_size(spec->out), err)) == NULL) {
    st = NPR_MEMORY_ERROR;
    goto done;
  }
  st = metered_call(fam, spec, state, params, no_size ? NULL : &size, buf, count, err);
  if (st == NPR_OK) npr_put_typed(spec->out, buf, count, out);
done:
  free(buf);
  for (j = 0; j < NPR_METHOD_MAX_PARAMS; j++) free(storage[j]);
  return st;
}

/* np.array's dtype for a list of numbers: ints that fit int64 are int64,
 * those only uint64 fits are uint64, and the two together promote to
 * float64 (so [1, 2**63] holds rounded floats), as does any float; an int
 * neither holds makes an object array, which keeps every element as it is
 * (*object). */
static bool float_dtype(const npr_json_array *arr, bool *object) {
  bool any_i64 = false, any_u64 = false, any_float = false;
  size_t i;
  *object = false;
  for (i = 0; i < arr->n; i++) {
    const cJSON *e = arr->elems[i];
    npr_int128 v;
    if (cJSON_IsNumber(e) && !npr_json_is_integer(e)) {
      any_float = true;
    } else if (!npr_json_is_integer(e) || npr_json_to_int128(e, &v, NULL) != NPR_OK) {
      *object = true;
    } else if (npr_int128_cmp(v, npr_int128_from_i64(INT64_MIN)) >= 0 &&
               npr_int128_cmp(v, npr_int128_from_i64(INT64_MAX)) <= 0) {
      any_i64 = true;
    } else if (v.hi == 0) {
      any_u64 = true;
    } else {
      *object = true;
    }
  }
  return !*object && (any_float || (any_i64 && any_u64));
}

npr_status npr_json_bounds(const cJSON *v, npr_bound_array *b, size_t dims[NPR_MAXDIMS], void **storage,
                           npr_error *err) {
  npr_json_array arr;
  npr_int128 *ints;
  double *floats = NULL;
  bool object;
  size_t i;
  npr_status st = NPR_OK;
  *storage = NULL;
  if ((st = npr_json_array_view(v, &arr, err)) != NPR_OK) return st;
  /* one block: the ints, then (for a float array) the floats */
  ints = npr_alloc_values(arr.n ? 2 * arr.n : 2, sizeof(npr_int128), err);
  if (ints == NULL) {
    npr_json_array_free(&arr);
    return NPR_MEMORY_ERROR;
  }
  if (float_dtype(&arr, &object)) {
    floats = (double *)(void *)(ints + arr.n);
  } else if (object) {
    for (i = 0; i < arr.n; i++) {
      if (cJSON_IsNumber(arr.elems[i]) && !npr_json_is_integer(arr.elems[i])) {
        /* Python floats among Python ints, each compared exactly with the
         * dtype's bounds: the bound array holds one or the other */
        free(ints);
        npr_json_array_free(&arr);
        return npr_fail(err, NPR_NOT_IMPLEMENTED,
                        "bounds mixing floats with integers beyond 64 bits (a NumPy object array) are not modelled");
      }
    }
  }
  for (i = 0; i < arr.n && st == NPR_OK; i++) {
    if (floats != NULL) {
      st = npr_json_to_double(arr.elems[i], &floats[i], err);
      if (st == NPR_OK) ints[i] = npr_int128_of_double(floats[i]);
    } else {
      st = npr_json_to_int128(arr.elems[i], &ints[i], err);
    }
  }
  if (st != NPR_OK) {
    free(ints);
    npr_json_array_free(&arr);
    return st;
  }
  for (i = 0; i < arr.ndim; i++) dims[i] = arr.shape[i];
  b->ints = ints;
  b->floats = floats;
  b->ndim = arr.ndim;
  b->dims = dims;
  *storage = ints;
  npr_json_array_free(&arr);
  return NPR_OK;
}

npr_status npr_run_integers_bcast(const npr_bitgen *bg, const npr_args *a, const cJSON *low, const cJSON *high,
                                  int size_i, npr_dtype dtype, bool closed, bool use_masked,
                                  npr_numpy_version numpy, npr_values *out, npr_error *err) {
  npr_bound_array lo, hi;
  size_t lo_dims[NPR_MAXDIMS], hi_dims[NPR_MAXDIMS];
  void *lo_store = NULL, *hi_store = NULL, *buf = NULL;
  npr_shape size, shape;
  bool no_size;
  npr_status st, size_st;
  npr_error size_err;
  if ((st = npr_json_bounds(low, &lo, lo_dims, &lo_store, err)) != NPR_OK) goto done;
  if ((st = npr_json_bounds(high, &hi, hi_dims, &hi_store, err)) != NPR_OK) goto done;
  if ((size_st = npr_arg_shape(a, size_i, &no_size, &size, &size_err)) != NPR_OK) no_size = true;
  st = npr_integers_bcast_of_release(bg, dtype, &lo, &hi, closed, use_masked, no_size ? NULL : &size, NULL, 0, &shape,
                                     numpy, err);
  if (st != NPR_OK) goto done;
  if (size_st != NPR_OK) {
    /* after the bounds' checks, as NumPy's _rand_* do */
    *err = size_err;
    st = size_st;
    goto done;
  }
  if ((buf = npr_alloc_values(npr_shape_count(&shape), 8, err)) == NULL) {
    st = NPR_MEMORY_ERROR;
    goto done;
  }
  st = npr_integers_bcast_of_release(bg, dtype, &lo, &hi, closed, use_masked, no_size ? NULL : &size, buf,
                                     npr_shape_count(&shape), NULL, numpy, err);
  if (st == NPR_OK) npr_put_typed(dtype, buf, npr_shape_count(&shape), out);
done:
  free(buf);
  free(lo_store);
  free(hi_store);
  return st;
}

/* The shape of out=, which NumPy takes in place of size. */
static npr_status out_shape(const npr_args *a, int out_i, int size_i, npr_shape *shape, npr_error *err) {
  npr_json_array arr;
  npr_shape size;
  bool no_size = true;
  size_t j;
  npr_status st;
  if ((st = npr_json_array_view(a->v[out_i], &arr, err)) != NPR_OK) return st;
  memset(shape, 0, sizeof *shape);
  shape->ndim = arr.ndim;
  for (j = 0; j < arr.ndim; j++) shape->dims[j] = (int64_t)arr.shape[j];
  npr_json_array_free(&arr);
  if (size_i >= 0 && (st = npr_arg_shape(a, size_i, &no_size, &size, err)) != NPR_OK) return st;
  if (!no_size && !npr_shape_equal(&size, shape)) {
    return npr_fail(err, NPR_VALUE_ERROR, "size must match out.shape when used together");
  }
  return NPR_OK;
}

npr_status npr_arg_out_count(const npr_args *a, int out_i, int size_i, size_t *n, npr_error *err) {
  npr_shape shape;
  npr_status st;
  if (npr_arg_is_none(a, out_i)) return NPR_OK;
  if ((st = out_shape(a, out_i, size_i, &shape, err)) != NPR_OK) return st;
  *n = npr_shape_count(&shape);
  return NPR_OK;
}
