/* cont()/disc() of NumPy's _common.pyx, once for every distribution. */
#include "nprand/method.h"

#include <string.h>

double npr_param_get_double(const npr_param *p, npr_ptype type, ptrdiff_t offset) {
  if (type == NPR_PTYPE_INT64) return (double)((const int64_t *)p->data)[offset];
  return ((const double *)p->data)[offset];
}

static npr_pval param_value(const npr_method *m, size_t j, const npr_param *p, ptrdiff_t offset) {
  npr_pval v;
  if (m->params[j].type == NPR_PTYPE_INT64) {
    v.i = ((const int64_t *)p->data)[offset];
  } else {
    v.d = ((const double *)p->data)[offset];
    /* cont_f converts its parameters to float32 before anything else. */
    if (m->out == NPR_FLOAT32) v.d = (double)(float)v.d;
  }
  return v;
}

/* Checks are made on what the kernel will see: a float32 method's narrowed
 * values, an int64 parameter as the double check_constraint receives. */
static double check_value(const npr_method *m, size_t j, const npr_param *p, ptrdiff_t offset) {
  npr_pval v = param_value(m, j, p, offset);
  return m->params[j].type == NPR_PTYPE_INT64 ? (double)v.i : v.d;
}

npr_status npr_method_check_param(const npr_method *m, const npr_param *params, size_t j, npr_constraint cons,
                                  bool scalar, npr_error *err) {
  const npr_param_desc *d = &m->params[j];
  if (cons == NPR_CONS_NONE) return NPR_OK;
  if (scalar) return npr_check_constraint(check_value(m, j, &params[j], 0), d->name, cons, err);
  {
      /* Walk the parameter's own elements (not the broadcast). */
      const npr_shape own = npr_param_shape(&params[j]);
      const size_t n = npr_param_count(&params[j]);
      npr_constraint_scan scan;
      npr_bcast_iter it;
      size_t i;
      npr_constraint_scan_init(&scan);
      npr_bcast_iter_init(&it, &own, &params[j], 1);
      for (i = 0; i < n; i++, npr_bcast_iter_next(&it)) {
        npr_constraint_scan_add(&scan, check_value(m, j, &params[j], it.offset[0]));
      }
      return npr_constraint_scan_check(&scan, d->name, cons, err);
  }
}

npr_status npr_method_check_params(const npr_method *m, const npr_param *params, bool scalar, npr_error *err) {
  size_t j;
  for (j = 0; j < m->n_params; j++) {
    npr_status st = npr_method_check_param(m, params, j, m->params[j].cons, scalar, err);
    if (st != NPR_OK) return st;
  }
  return NPR_OK;
}

static npr_status output_shape(const npr_method *m, const npr_shape *arg_shapes, bool scalar, const npr_shape *size,
                               npr_shape *shape, npr_error *err) {
  npr_shape shapes[NPR_METHOD_MAX_PARAMS + 1];
  size_t j, k = 0;
  npr_status st;
  if (size != NULL) {
    if (size->ndim > NPR_MAXDIMS) {
      return npr_fail(err, NPR_VALUE_ERROR, "maximum supported dimension for an ndarray is %d, found %zu",
                      NPR_MAXDIMS, size->ndim);
    }
    if ((st = npr_shape_check_alloc(size, npr_dtype_size(m->out), err)) != NPR_OK) return st;
    *shape = *size;
    if (scalar) return NPR_OK; /* 0-d parameters fill any size */
    shapes[k++] = *size;       /* np.empty(size) is arg 0 of the MultiIter */
  }
  for (j = 0; j < m->n_params; j++) shapes[k++] = arg_shapes[j];
  if (size == NULL) {
    if (scalar) {
      *shape = npr_shape_0d();
      return NPR_OK;
    }
    return npr_broadcast_shapes(shapes, k, shape, err);
  }
  {
    npr_shape joint;
    if ((st = npr_broadcast_shapes(shapes, k, &joint, err)) != NPR_OK) return st;
    if (!npr_shape_equal(&joint, size)) {
      char a[200], b[200];
      return npr_fail(err, NPR_VALUE_ERROR,
                      "Output size %s is not compatible with broadcast dimensions of inputs %s.",
                      npr_shape_repr(size, a, sizeof a), npr_shape_repr(&joint, b, sizeof b));
    }
  }
  return NPR_OK;
}

static npr_status store(const npr_method *m, void *state, const npr_pval *p, void *out, size_t i, npr_error *err) {
  bool ok = true;
  switch (m->out) {
  case NPR_FLOAT32: ((float *)out)[i] = m->kernel_f32(state, p, &ok); break;
  case NPR_INT64: ((int64_t *)out)[i] = m->kernel_i64(state, p, &ok); break;
  default: ((double *)out)[i] = m->kernel_f64(state, p, &ok); break;
  }
  if (!ok) return npr_fail(err, NPR_NOT_IMPLEMENTED, "%s: NumPy never returns for these parameters", m->name);
  return NPR_OK;
}

npr_status npr_method_call(const npr_method *m, void *state, const npr_param *params, const npr_shape *size,
                           void *out, size_t out_cap, npr_shape *out_shape, npr_error *err) {
  npr_pval p[NPR_METHOD_MAX_PARAMS];
  npr_shape shape, arg_shapes[NPR_METHOD_MAX_PARAMS];
  bool scalar = true;
  size_t j, i, n;
  npr_status st;
  for (j = 0; j < m->n_params; j++) scalar = scalar && params[j].ndim == 0;
  for (j = 0; j < m->n_params; j++) {
    if (params[j].ndim > NPR_MAXDIMS) {
      return npr_fail(err, NPR_VALUE_ERROR, "maximum supported dimension for an ndarray is %d, found %zu",
                      NPR_MAXDIMS, params[j].ndim);
    }
  }
  for (j = 0; j < m->n_params; j++) arg_shapes[j] = npr_param_shape(&params[j]);
  if (m->check != NULL) {
    const npr_numpy_version numpy = state != NULL && m->release != NULL ? m->release(state) : NPR_NUMPY_DEFAULT;
    st = m->check(m, params, scalar, numpy, arg_shapes, err);
  } else {
    st = npr_method_check_params(m, params, scalar, err);
  }
  if (st != NPR_OK) return st;
  if ((st = output_shape(m, arg_shapes, scalar, size, &shape, err)) != NPR_OK) return st;
  if (out_shape != NULL) *out_shape = shape;
  if (out == NULL) return NPR_OK;
  n = npr_shape_count(&shape);
  if (n > out_cap) {
    return npr_fail(err, NPR_VALUE_ERROR, "out has room for %zu values; the result has %zu", out_cap, n);
  }
  if (scalar) {
    for (j = 0; j < m->n_params; j++) p[j] = param_value(m, j, &params[j], 0);
    for (i = 0; i < n; i++) {
      if ((st = store(m, state, p, out, i, err)) != NPR_OK) return st;
    }
  } else {
    npr_bcast_iter it;
    npr_bcast_iter_init(&it, &shape, params, m->n_params);
    for (i = 0; i < n; i++, npr_bcast_iter_next(&it)) {
      for (j = 0; j < m->n_params; j++) p[j] = param_value(m, j, &params[j], it.offset[j]);
      if ((st = store(m, state, p, out, i, err)) != NPR_OK) return st;
    }
  }
  return NPR_OK;
}

const npr_method *npr_method_find(const npr_method *table, size_t n, const char *name) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (strcmp(table[i].name, name) == 0) return &table[i];
  }
  return NULL;
}

/* The ufunc error writes shapes without the space Python's tuple repr has:
 * "(2,3)". */
static char *compact_repr(const npr_shape *shape, char *buf, size_t len) {
  char full[200];
  size_t i, k = 0;
  npr_shape_repr(shape, full, sizeof full);
  for (i = 0; full[i] != '\0' && k + 1 < len; i++) {
    if (full[i] != ' ') buf[k++] = full[i];
  }
  buf[k] = '\0';
  return buf;
}

npr_status npr_method_pair_shape(const npr_param *a, const npr_param *b, npr_shape *out, npr_error *err) {
  npr_shape shapes[2];
  shapes[0] = npr_param_shape(a);
  shapes[1] = npr_param_shape(b);
  if (npr_broadcast_shapes(shapes, 2, out, NULL) != NPR_OK) {
    char x[200], y[200];
    return npr_fail(err, NPR_VALUE_ERROR, "operands could not be broadcast together with shapes %s %s ",
                    compact_repr(&shapes[0], x, sizeof x), compact_repr(&shapes[1], y, sizeof y));
  }
  return NPR_OK;
}
