/* Shapes, array parameters and NumPy's broadcasting rules.
 *
 * A distribution's parameters may be scalars or arrays (NumPy's
 * `normal([0, 10, 100], 1)`); the result takes the broadcast shape of the
 * parameters, or `size` when it is given, exactly as NumPy's cont()/disc()
 * decide it, with NumPy's messages for shapes that do not fit. */
#ifndef NPRAND_BROADCAST_H
#define NPRAND_BROADCAST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* NumPy 1.24's NPY_MAXDIMS. */
#define NPR_MAXDIMS 32

/* A shape or a `size` argument. Dimensions are signed so that a size
 * NumPy refuses (a negative dimension) can be passed on and refused with
 * NumPy's own message, in NumPy's order relative to the parameter checks. */
typedef struct npr_shape {
  size_t ndim;
  int64_t dims[NPR_MAXDIMS];
} npr_shape;

/* prod(dims); 1 for ndim == 0. Only meaningful for a valid shape. */
size_t npr_shape_count(const npr_shape *shape);
/* (n,) and () */
npr_shape npr_shape_1d(size_t n);
npr_shape npr_shape_0d(void);
bool npr_shape_equal(const npr_shape *a, const npr_shape *b);
/* Python's repr of the tuple: "()", "(3,)", "(2, 3)". Returns buf. */
char *npr_shape_repr(const npr_shape *shape, char *buf, size_t len);

/* What np.empty(size) refuses: "negative dimensions are not allowed",
 * "array is too big; `arr.size * arr.dtype.itemsize` is larger than the
 * maximum possible size." (ValueError), for elements of itemsize bytes. */
npr_status npr_shape_check_alloc(const npr_shape *size, size_t itemsize, npr_error *err);

/* A read-only array parameter. ndim == 0 is a scalar, which NumPy checks
 * with its scalar wording ("scale < 0"); any array (even of one element) gets
 * its array wording. Elements are double or int64_t, as the method's
 * parameter says; strides count elements (NULL: C-contiguous). */
typedef struct npr_param {
  const void *data;
  size_t ndim;
  const size_t *dims;
  const ptrdiff_t *strides;
} npr_param;

/* A 0-d parameter reading *x. */
static inline npr_param npr_param_scalar(const void *x) {
  npr_param p = {x, 0, NULL, NULL};
  return p;
}
/* A C-contiguous array parameter. */
static inline npr_param npr_param_array(const void *data, size_t ndim, const size_t *dims) {
  npr_param p = {data, ndim, dims, NULL};
  return p;
}

size_t npr_param_count(const npr_param *p);
/* The parameter's shape. */
npr_shape npr_param_shape(const npr_param *p);

/* The broadcast of n shapes, as np.broadcast(*arrays) computes it. ValueError
 * "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch
 * is between arg i with shape (..) and arg j with shape (..)." naming the
 * pair NumPy names. */
npr_status npr_broadcast_shapes(const npr_shape *shapes, size_t n, npr_shape *out, npr_error *err);

/* A row-major walk over an output shape, giving each parameter's element
 * offset (in elements) at every step: parameters broadcast against it. */
typedef struct npr_bcast_iter {
  size_t ndim, n_params;
  int64_t dims[NPR_MAXDIMS];
  int64_t index[NPR_MAXDIMS];
  ptrdiff_t strides[4][NPR_MAXDIMS]; /* 0 along broadcast dimensions */
  ptrdiff_t offset[4];
} npr_bcast_iter;

#define NPR_BCAST_MAX_PARAMS 4

/* params[i] must broadcast to shape (checked before). */
void npr_bcast_iter_init(npr_bcast_iter *it, const npr_shape *shape, const npr_param *params, size_t n_params);
void npr_bcast_iter_next(npr_bcast_iter *it);

#ifdef __cplusplus
}
#endif
#endif
