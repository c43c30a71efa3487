/* multivariate_normal of both families: JSON arguments as mtrand.pyx and
 * _generator.pyx read them, onto nprand::linalg. Without nprand::linalg
 * (NPRAND_LINALG=OFF, or no BLAS/LAPACK found) both answer
 * NotImplementedError before any draw. */
#include <stdlib.h>
#include <string.h>

#include "adapters.h"
#include "multivariate_runners.h"

#ifndef NPRAND_HAVE_LINALG

bool npr_engine_has_linalg(void) { return false; }

npr_status npr_run_rs_multivariate_normal(npr_randomstate *rs, const npr_args *a, npr_values *out,
                                          npr_error *err) {
  (void)rs;
  (void)a;
  (void)out;
  return npr_fail(err, NPR_NOT_IMPLEMENTED, NPR_MVN_UNAVAILABLE);
}

npr_status npr_run_gen_multivariate_normal(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err) {
  (void)g;
  (void)a;
  (void)out;
  return npr_fail(err, NPR_NOT_IMPLEMENTED, NPR_MVN_UNAVAILABLE);
}

#else

#include "nprand/multivariate_normal.h"

bool npr_engine_has_linalg(void) { return true; }

/* the engine binds "*" (keyword-only marker) to a slot of its own */
enum { ARG_MEAN, ARG_COV, ARG_SIZE, ARG_CHECK_VALID, ARG_TOL, ARG_KEYWORD_ONLY, ARG_METHOD };

/* 'warn', 'raise', 'ignore'; NumPy compares with != and so takes every
 * other value (of any type) for an invalid one. */
static npr_mvn_check check_valid_arg(const npr_args *a) {
  const cJSON *v = a->v[ARG_CHECK_VALID];
  if (v == NULL) return NPR_MVN_CHECK_WARN;
  if (cJSON_IsString(v) && strcmp(v->valuestring, "warn") == 0) return NPR_MVN_CHECK_WARN;
  if (cJSON_IsString(v) && strcmp(v->valuestring, "raise") == 0) return NPR_MVN_CHECK_RAISE;
  if (cJSON_IsString(v) && strcmp(v->valuestring, "ignore") == 0) return NPR_MVN_CHECK_IGNORE;
  return NPR_MVN_CHECK_OTHER;
}

/* `method not in {'eigh', 'svd', 'cholesky'}`: a list or dict is not
 * hashable. */
static npr_status method_arg(const npr_args *a, npr_mvn_method *method, npr_error *err) {
  const cJSON *v = a->v[ARG_METHOD];
  *method = NPR_MVN_SVD;
  if (v == NULL) return NPR_OK;
  if (cJSON_IsArray(v)) return npr_fail(err, NPR_TYPE_ERROR, "unhashable type: 'list'");
  if (cJSON_IsObject(v)) return npr_fail(err, NPR_TYPE_ERROR, "unhashable type: 'dict'");
  if (cJSON_IsString(v)) {
    if (strcmp(v->valuestring, "svd") == 0) return NPR_OK;
    if (strcmp(v->valuestring, "eigh") == 0) {
      *method = NPR_MVN_EIGH;
      return NPR_OK;
    }
    if (strcmp(v->valuestring, "cholesky") == 0) {
      *method = NPR_MVN_CHOLESKY;
      return NPR_OK;
    }
  }
  return npr_fail(err, NPR_VALUE_ERROR, "method must be one of {'eigh', 'svd', 'cholesky'}");
}

typedef struct mvn_inputs {
  npr_json_array mean_arr, cov_arr;
  double *mean, *cov;
  npr_shape size;
  const npr_shape *size_p;
  double tol;
} mvn_inputs;

static void inputs_free(mvn_inputs *in) {
  free(in->mean);
  free(in->cov);
  if (in->mean != NULL) npr_json_array_free(&in->mean_arr);
  if (in->cov != NULL) npr_json_array_free(&in->cov_arr);
}

/* mean = np.array(mean), cov = np.array(cov), the shape checks in NumPy's
 * order, then size (None, an int, or a sequence: list(shape[:])). */
static npr_status read_inputs(const npr_args *a, mvn_inputs *in, npr_error *err) {
  const cJSON *size = a->v[ARG_SIZE];
  npr_status st;
  bool none;
  memset(in, 0, sizeof *in);
  in->tol = 1e-8;
  if ((st = npr_json_array_doubles(a->v[ARG_MEAN], &in->mean_arr, &in->mean, err)) != NPR_OK) return st;
  if ((st = npr_json_array_doubles(a->v[ARG_COV], &in->cov_arr, &in->cov, err)) != NPR_OK) return st;
  if (in->mean_arr.ndim != 1) return npr_fail(err, NPR_VALUE_ERROR, "mean must be 1 dimensional");
  if (in->cov_arr.ndim != 2 || in->cov_arr.shape[0] != in->cov_arr.shape[1]) {
    return npr_fail(err, NPR_VALUE_ERROR, "cov must be 2 dimensional and square");
  }
  if (in->mean_arr.shape[0] != in->cov_arr.shape[0]) {
    return npr_fail(err, NPR_VALUE_ERROR, "mean and cov must have same length");
  }
  if (cJSON_IsNumber(size) && !npr_json_is_integer(size)) {
    return npr_fail(err, NPR_TYPE_ERROR, "'float' object is unsliceable");
  }
  /* shape = [size] or list(size), then np.random's shape list: a bool is not an integer there */
  if (cJSON_IsBool(size)) return npr_fail(err, NPR_TYPE_ERROR, "an integer is required");
  if ((st = npr_arg_shape(a, ARG_SIZE, &none, &in->size, err)) != NPR_OK) return st;
  in->size_p = none ? NULL : &in->size;
  if (a->v[ARG_TOL] != NULL && (st = npr_arg_double(a, ARG_TOL, &in->tol, err)) != NPR_OK) return st;
  return NPR_OK;
}

typedef npr_status (*mvn_fn)(void *state, const mvn_inputs *in, npr_mvn_check check, npr_mvn_method method,
                             double *out, size_t out_cap, npr_shape *out_shape, npr_warnings *w, npr_error *err);

static npr_status rs_call(void *state, const mvn_inputs *in, npr_mvn_check check, npr_mvn_method method,
                          double *out, size_t out_cap, npr_shape *out_shape, npr_warnings *w, npr_error *err) {
  (void)method;
  return npr_rs_multivariate_normal(state, in->mean, in->mean_arr.n, in->cov, in->size_p, check, in->tol, out,
                                    out_cap, out_shape, w, err);
}

static npr_status gen_call(void *state, const mvn_inputs *in, npr_mvn_check check, npr_mvn_method method,
                           double *out, size_t out_cap, npr_shape *out_shape, npr_warnings *w, npr_error *err) {
  return npr_gen_multivariate_normal(state, in->mean, in->mean_arr.n, in->cov, in->size_p, check, in->tol, method,
                                     out, out_cap, out_shape, w, err);
}

static npr_status run(void *state, mvn_fn fn, npr_mvn_method method, const npr_args *a, npr_values *out,
                      npr_error *err) {
  mvn_inputs in;
  npr_shape shape;
  const npr_mvn_check check = check_valid_arg(a);
  npr_status st = read_inputs(a, &in, err);
  if (st == NPR_OK && (st = fn(state, &in, check, method, NULL, 0, &shape, NULL, err)) == NPR_OK) {
    const size_t total = npr_shape_count(&shape);
    double *buf = npr_alloc_values(total ? total : 1, sizeof *buf, err);
    if (buf == NULL) {
      st = NPR_MEMORY_ERROR;
    } else {
      if ((st = fn(state, &in, check, method, buf, total, NULL, a->warnings, err)) == NPR_OK) {
        npr_put_typed(NPR_FLOAT64, buf, total, out);
      }
      free(buf);
    }
  }
  inputs_free(&in);
  return st;
}

npr_status npr_run_rs_multivariate_normal(npr_randomstate *rs, const npr_args *a, npr_values *out,
                                          npr_error *err) {
  return run(rs, rs_call, NPR_MVN_SVD, a, out, err);
}

npr_status npr_run_gen_multivariate_normal(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err) {
  npr_mvn_method method;
  npr_status st = method_arg(a, &method, err);
  return st != NPR_OK ? st : run(g, gen_call, method, a, out, err);
}

#endif
