/* dirichlet(alpha, size) and multinomial(n, pvals, size) of both families:
 * JSON arguments as np.array sees them, onto multivariate.h. */
#include <stdlib.h>
#include <string.h>

#include "adapters.h"
#include "draw_meter.h"
#include "multivariate_runners.h"
#include "nprand/multivariate.h"

/* PyArray_FROMANY(x, NPY_DOUBLE, min_ndim, 1): 1-D at most. */
static npr_status check_at_most_1d(const npr_json_array *arr, npr_error *err) {
  return arr->ndim > 1 ? npr_fail(err, NPR_VALUE_ERROR, "object too deep for desired array") : NPR_OK;
}

/* How a method turns a scalar `size` into its output shape: dirichlet and
 * multinomial build (operator.index(size), k), falling back to
 * tuple(size) + (k,), so True is (1, k) and a float is not iterable;
 * multivariate_hypergeometric hands size to np.zeros inside a tuple, where
 * a float "cannot be interpreted as an integer" and a bool is not an
 * integer. Lists and None are np.empty's either way. */
typedef enum size_style { SIZE_INDEX_OR_TUPLE, SIZE_IN_TUPLE } size_style;

static npr_status size_arg(const npr_args *a, int i, size_style style, npr_shape *size, const npr_shape **size_p,
                           npr_error *err) {
  const cJSON *v = a->v[i];
  bool none;
  npr_status st;
  if (v != NULL && cJSON_IsBool(v)) {
    if (style == SIZE_IN_TUPLE) return npr_fail(err, NPR_TYPE_ERROR, "an integer is required");
    size->ndim = 1;
    size->dims[0] = cJSON_IsTrue(v) ? 1 : 0;
    *size_p = size;
    return NPR_OK;
  }
  if (v != NULL && cJSON_IsNumber(v) && !npr_json_is_integer(v)) {
    return npr_fail(err, NPR_TYPE_ERROR,
                    style == SIZE_IN_TUPLE ? "'float' object cannot be interpreted as an integer"
                                           : "'float' object is not iterable");
  }
  st = npr_arg_shape(a, i, &none, size, err);
  *size_p = none ? NULL : size;
  return st;
}

typedef npr_status (*dirichlet_fn)(void *state, const double *alpha, size_t k, const npr_shape *size, double *out,
                                   size_t out_cap, npr_shape *out_shape, npr_error *err);

static npr_status run_dirichlet(void *state, dirichlet_fn fn, const npr_args *a, npr_values *out, npr_error *err) {
  npr_json_array arr;
  npr_shape size, shape;
  const npr_shape *size_p;
  double *alpha, *buf;
  npr_status st;
  if (!cJSON_IsArray(a->v[0])) {
    /* k = len(alpha) comes first */
    return npr_fail(err, NPR_TYPE_ERROR, "object of type '%s' has no len()",
                    npr_json_is_integer(a->v[0]) ? "int" : "float");
  }
  if ((st = npr_json_array_doubles(a->v[0], &arr, &alpha, err)) != NPR_OK) return st;
  if ((st = check_at_most_1d(&arr, err)) == NPR_OK &&
      (st = size_arg(a, 1, SIZE_INDEX_OR_TUPLE, &size, &size_p, err)) != NPR_OK) {
    /* NumPy checks alpha before it looks at size: alpha's ValueError wins */
    npr_error alpha_err;
    if (fn(state, alpha, arr.n, NULL, NULL, 0, NULL, &alpha_err) == NPR_VALUE_ERROR) {
      *err = alpha_err;
      st = alpha_err.status;
    }
  }
  if (st == NPR_OK &&
      (st = fn(state, alpha, arr.n, size_p, NULL, 0, &shape, err)) == NPR_OK) {
    const size_t total = npr_shape_count(&shape);
    if ((buf = npr_alloc_values(total ? total : 1, sizeof *buf, err)) == NULL) {
      st = NPR_MEMORY_ERROR;
    } else {
      if ((st = fn(state, alpha, arr.n, size_p, buf, total, NULL, err)) == NPR_OK) {
        npr_put_typed(NPR_FLOAT64, buf, total, out);
      }
      free(buf);
    }
  }
  free(alpha);
  npr_json_array_free(&arr);
  return st;
}

static npr_status rs_dirichlet(void *s, const double *alpha, size_t k, const npr_shape *size, double *out,
                               size_t out_cap, npr_shape *out_shape, npr_error *err) {
  return npr_rs_dirichlet(s, alpha, k, size, out, out_cap, out_shape, err);
}

typedef struct gen_dirichlet_call {
  npr_generator *g;
  const double *alpha;
  size_t k;
  const npr_shape *size;
  double *out;
  size_t out_cap;
} gen_dirichlet_call;

static npr_status run_gen_dirichlet(void *ctx, npr_error *err) {
  const gen_dirichlet_call *c = ctx;
  return npr_gen_dirichlet(c->g, c->alpha, c->k, c->size, c->out, c->out_cap, NULL, err);
}

/* The drawing call metered: its small-alpha betas are beta's rejection
 * loop, which NumPy can run for minutes (draw_meter.h). */
static npr_status gen_dirichlet(void *s, const double *alpha, size_t k, const npr_shape *size, double *out,
                                size_t out_cap, npr_shape *out_shape, npr_error *err) {
  gen_dirichlet_call c = {s, alpha, k, size, out, out_cap};
  if (out == NULL) return npr_gen_dirichlet(s, alpha, k, size, out, out_cap, out_shape, err);
  return npr_draw_metered(&c.g->bg, out_cap, run_gen_dirichlet, &c, err);
}

npr_status npr_run_rs_dirichlet(npr_randomstate *rs, const npr_args *a, npr_values *out, npr_error *err) {
  return run_dirichlet(rs, rs_dirichlet, a, out, err);
}

npr_status npr_run_gen_dirichlet(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err) {
  return run_dirichlet(g, gen_dirichlet, a, out, err);
}

static void put_counts(const int64_t *buf, size_t n, npr_values *out) {
  npr_put_typed(NPR_INT64, buf, n, out);
}

npr_status npr_run_rs_multinomial(npr_randomstate *rs, const npr_args *a, npr_values *out, npr_error *err) {
  npr_json_array arr;
  npr_shape size, shape;
  const npr_shape *size_p;
  double *pvals;
  int64_t n, *buf;
  npr_status st;
  if ((st = npr_json_array_doubles(a->v[1], &arr, &pvals, err)) != NPR_OK) return st;
  if (arr.ndim == 0) {
    st = npr_fail(err, NPR_TYPE_ERROR, "pvals must be a 1-d sequence");
  } else if ((st = check_at_most_1d(&arr, err)) == NPR_OK && (st = size_arg(a, 2, SIZE_INDEX_OR_TUPLE, &size, &size_p, err)) == NPR_OK &&
             (st = npr_arg_i64(a, 0, &n, err)) == NPR_OK &&
             (st = npr_rs_multinomial(rs, n, pvals, arr.n, size_p, NULL, 0, &shape, err)) == NPR_OK) {
    const size_t total = npr_shape_count(&shape);
    if ((buf = npr_alloc_values(total ? total : 1, sizeof *buf, err)) == NULL) {
      st = NPR_MEMORY_ERROR;
    } else {
      if ((st = npr_rs_multinomial(rs, n, pvals, arr.n, size_p, buf, total, NULL, err)) == NPR_OK) {
        put_counts(buf, total, out);
      }
      free(buf);
    }
  }
  free(pvals);
  npr_json_array_free(&arr);
  return st;
}

npr_status npr_run_gen_multinomial(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err) {
  npr_json_array n_arr, p_arr;
  npr_shape size, shape;
  const npr_shape *size_p;
  double *pvals;
  int64_t *n_vals = NULL, *buf;
  npr_param n_param, p_param;
  size_t i;
  npr_status st;
  if ((st = npr_json_array_view(a->v[0], &n_arr, err)) != NPR_OK) return st;
  if ((n_vals = npr_alloc_values(n_arr.n ? n_arr.n : 1, sizeof *n_vals, err)) == NULL) {
    npr_json_array_free(&n_arr);
    return NPR_MEMORY_ERROR;
  }
  for (i = 0; i < n_arr.n && st == NPR_OK; i++) st = npr_json_to_i64(n_arr.elems[i], &n_vals[i], err);
  if (st != NPR_OK || (st = npr_json_array_doubles(a->v[1], &p_arr, &pvals, err)) != NPR_OK) {
    free(n_vals);
    npr_json_array_free(&n_arr);
    return st;
  }
  n_param = npr_param_array(n_vals, n_arr.ndim, n_arr.shape);
  p_param = npr_param_array(pvals, p_arr.ndim, p_arr.shape);
  if ((st = size_arg(a, 2, SIZE_INDEX_OR_TUPLE, &size, &size_p, err)) == NPR_OK &&
      (st = npr_gen_multinomial(g, &n_param, &p_param, size_p, NULL, 0, &shape, err)) == NPR_OK) {
    const size_t total = npr_shape_count(&shape);
    if ((buf = npr_alloc_values(total ? total : 1, sizeof *buf, err)) == NULL) {
      st = NPR_MEMORY_ERROR;
    } else {
      if ((st = npr_gen_multinomial(g, &n_param, &p_param, size_p, buf, total, NULL, err)) == NPR_OK) {
        put_counts(buf, total, out);
      }
      free(buf);
    }
  }
  free(pvals);
  free(n_vals);
  npr_json_array_free(&p_arr);
  npr_json_array_free(&n_arr);
  return st;
}

/* The engine runs 'count' only on urns it can hold cheaply: NumPy allocates
 * one index per ball. */
#define ENGINE_COUNT_TOTAL_LIMIT ((int64_t)1 << 24)

static npr_status invalid_colors(npr_error *err) {
  return npr_fail(err, NPR_VALUE_ERROR, "colors must be a one-dimensional sequence of nonnegative integers "
                                        "not exceeding 9223372036854775807.");
}

/* np.asarray(colors): 1-D, an integer dtype (all-bool is not), within int64. */
static npr_status colors_arg(const cJSON *x, int64_t **colors, size_t *n, npr_error *err) {
  npr_json_array arr;
  npr_error ignored;
  bool all_bool = true, all_integer = true;
  size_t i;
  *colors = NULL;
  if (npr_json_array_view(x, &arr, &ignored) != NPR_OK) return invalid_colors(err);
  if (arr.ndim != 1) {
    npr_json_array_free(&arr);
    return invalid_colors(err);
  }
  for (i = 0; i < arr.n; i++) {
    all_bool &= cJSON_IsBool(arr.elems[i]);
    all_integer &= cJSON_IsBool(arr.elems[i]) || npr_json_is_integer(arr.elems[i]);
  }
  if (arr.n > 0 && (all_bool || !all_integer)) {
    npr_json_array_free(&arr);
    return invalid_colors(err);
  }
  if ((*colors = npr_alloc_values(arr.n ? arr.n : 1, sizeof **colors, err)) == NULL) {
    npr_json_array_free(&arr);
    return NPR_MEMORY_ERROR;
  }
  for (i = 0; i < arr.n; i++) {
    if (npr_json_to_i64(arr.elems[i], &(*colors)[i], &ignored) != NPR_OK || (*colors)[i] < 0) {
      free(*colors);
      *colors = NULL;
      npr_json_array_free(&arr);
      return invalid_colors(err);
    }
  }
  *n = arr.n;
  npr_json_array_free(&arr);
  return NPR_OK;
}

npr_status npr_run_gen_mvhg(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err) {
  const cJSON *method_arg = a->v[3];
  npr_mvhg_method method;
  npr_int128 nsample_big;
  npr_shape size, shape;
  const npr_shape *size_p;
  int64_t nsample, *colors = NULL, *buf;
  size_t num_colors = 0;
  npr_status st;
  if (method_arg == NULL) {
    method = NPR_MVHG_MARGINALS;
  } else if (cJSON_IsString(method_arg) && strcmp(method_arg->valuestring, "count") == 0) {
    method = NPR_MVHG_COUNT;
  } else if (cJSON_IsString(method_arg) && strcmp(method_arg->valuestring, "marginals") == 0) {
    method = NPR_MVHG_MARGINALS;
  } else {
    return npr_fail(err, NPR_VALUE_ERROR, "method must be \"count\" or \"marginals\".");
  }
  if (!(npr_json_is_integer(a->v[1]) || cJSON_IsBool(a->v[1]))) {
    return npr_fail(err, NPR_VALUE_ERROR, "nsample must be an integer");
  }
  npr_json_to_int128(a->v[1], &nsample_big, NULL);
  if (nsample_big.hi < 0) return npr_fail(err, NPR_VALUE_ERROR, "nsample must be nonnegative.");
  if (npr_int128_cmp(nsample_big, npr_int128_from_i64(INT64_MAX)) > 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "nsample must not exceed 9223372036854775807");
  }
  npr_json_to_i64(a->v[1], &nsample, NULL);
  if ((st = colors_arg(a->v[0], &colors, &num_colors, err)) != NPR_OK) return st;
  if ((st = size_arg(a, 2, SIZE_IN_TUPLE, &size, &size_p, err)) == NPR_OK &&
      (st = npr_gen_multivariate_hypergeometric(g, colors, num_colors, nsample, size_p, method, NULL, 0, &shape,
                                                err)) == NPR_OK) {
    const size_t total = npr_shape_count(&shape);
    int64_t balls = 0;
    size_t i;
    for (i = 0; i < num_colors; i++) balls += colors[i];
    if (method == NPR_MVHG_COUNT && balls > ENGINE_COUNT_TOTAL_LIMIT && nsample > 0 && total > 0) {
      st = npr_fail(err, NPR_NOT_IMPLEMENTED,
                    "nprand's engine runs method='count' only with sum(colors) <= %lld (one index per ball)",
                    (long long)ENGINE_COUNT_TOTAL_LIMIT);
    } else if ((buf = npr_alloc_values(total ? total : 1, sizeof *buf, err)) == NULL) {
      st = NPR_MEMORY_ERROR;
    } else {
      st = npr_gen_multivariate_hypergeometric(g, colors, num_colors, nsample, size_p, method, buf, total, NULL, err);
      if (st == NPR_OK) put_counts(buf, total, out);
      free(buf);
    }
  }
  free(colors);
  return st;
}
