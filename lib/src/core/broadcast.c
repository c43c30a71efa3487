#include "nprand/broadcast.h"

#include <stdio.h>
#include <string.h>

size_t npr_shape_count(const npr_shape *shape) {
  size_t n = 1, i;
  for (i = 0; i < shape->ndim; i++) n *= (size_t)shape->dims[i];
  return n;
}

npr_shape npr_shape_1d(size_t n) {
  npr_shape s;
  memset(&s, 0, sizeof s);
  s.ndim = 1;
  s.dims[0] = (int64_t)n;
  return s;
}

npr_shape npr_shape_0d(void) {
  npr_shape s;
  memset(&s, 0, sizeof s);
  return s;
}

bool npr_shape_equal(const npr_shape *a, const npr_shape *b) {
  size_t i;
  if (a->ndim != b->ndim) return false;
  for (i = 0; i < a->ndim; i++) {
    if (a->dims[i] != b->dims[i]) return false;
  }
  return true;
}

char *npr_shape_repr(const npr_shape *shape, char *buf, size_t len) {
  size_t used = 0, i;
  if (len == 0) return buf;
  buf[0] = '\0';
#define NPR_PUT(...)                                                                  \
  do {                                                                                \
    if (used < len) {                                                                 \
      int w = snprintf(buf + used, len - used, __VA_ARGS__);                          \
      used += w > 0 ? (size_t)w : 0;                                                  \
    }                                                                                 \
  } while (0)
  NPR_PUT("(");
  for (i = 0; i < shape->ndim; i++) NPR_PUT(i ? ", %lld" : "%lld", (long long)shape->dims[i]);
  NPR_PUT(shape->ndim == 1 ? ",)" : ")");
#undef NPR_PUT
  return buf;
}

npr_status npr_shape_check_alloc(const npr_shape *size, size_t itemsize, npr_error *err) {
  /* NumPy multiplies itemsize by each non-zero dimension with an overflow
   * check against the largest npy_intp, and meets a negative dimension only
   * in that same left-to-right walk: (2**62, -1) is "too big", not
   * "negative". */
  uint64_t nbytes = itemsize;
  const uint64_t max_bytes = (uint64_t)PTRDIFF_MAX;
  size_t i;
  for (i = 0; i < size->ndim; i++) {
    const int64_t dim = size->dims[i];
    if (dim == 0) continue;
    if (dim < 0) return npr_fail(err, NPR_VALUE_ERROR, "negative dimensions are not allowed");
    if ((uint64_t)dim > max_bytes / nbytes) {
      return npr_fail(err, NPR_VALUE_ERROR,
                      "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    }
    nbytes *= (uint64_t)dim;
  }
  return NPR_OK;
}

size_t npr_param_count(const npr_param *p) {
  size_t n = 1, i;
  for (i = 0; i < p->ndim; i++) n *= p->dims[i];
  return n;
}

npr_shape npr_param_shape(const npr_param *p) {
  npr_shape s;
  size_t i;
  memset(&s, 0, sizeof s);
  s.ndim = p->ndim;
  for (i = 0; i < p->ndim && i < NPR_MAXDIMS; i++) s.dims[i] = (int64_t)p->dims[i];
  return s;
}

npr_status npr_broadcast_shapes(const npr_shape *shapes, size_t n, npr_shape *out, npr_error *err) {
  /* PyArray_Broadcast: dimensions are aligned at the right; in each output
   * dimension, from the outermost, the first operand with a length other
   * than 1 sets it, and the first later operand that disagrees is the
   * mismatch NumPy reports, paired with the one that set it. */
  size_t nd = 0, i, j;
  memset(out, 0, sizeof *out);
  for (j = 0; j < n; j++) {
    if (shapes[j].ndim > nd) nd = shapes[j].ndim;
  }
  out->ndim = nd;
  for (i = 0; i < nd; i++) {
    size_t src = 0;
    out->dims[i] = 1;
    for (j = 0; j < n; j++) {
      const ptrdiff_t k = (ptrdiff_t)i + (ptrdiff_t)shapes[j].ndim - (ptrdiff_t)nd;
      int64_t len;
      if (k < 0) continue;
      len = shapes[j].dims[k];
      if (len == 1) continue;
      if (out->dims[i] == 1) {
        out->dims[i] = len;
        src = j;
      } else if (out->dims[i] != len) {
        char a[160], b[160];
        return npr_fail(err, NPR_VALUE_ERROR,
                        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
                        "arg %zu with shape %s and arg %zu with shape %s.",
                        src, npr_shape_repr(&shapes[src], a, sizeof a), j,
                        npr_shape_repr(&shapes[j], b, sizeof b));
      }
    }
  }
  return NPR_OK;
}

void npr_bcast_iter_init(npr_bcast_iter *it, const npr_shape *shape, const npr_param *params, size_t n_params) {
  size_t d, j;
  memset(it, 0, sizeof *it);
  it->ndim = shape->ndim;
  it->n_params = n_params;
  memcpy(it->dims, shape->dims, sizeof it->dims);
  for (j = 0; j < n_params; j++) {
    const npr_param *p = &params[j];
    ptrdiff_t contiguous = 1;
    /* A parameter's own dimensions sit at the right of the output's. */
    for (d = p->ndim; d-- > 0;) {
      const size_t od = shape->ndim - p->ndim + d;
      const ptrdiff_t stride = p->strides ? p->strides[d] : contiguous;
      it->strides[j][od] = p->dims[d] == 1 ? 0 : stride;
      contiguous *= (ptrdiff_t)p->dims[d];
    }
  }
}

void npr_bcast_iter_next(npr_bcast_iter *it) {
  size_t d = it->ndim, j;
  while (d-- > 0) {
    for (j = 0; j < it->n_params; j++) it->offset[j] += it->strides[j][d];
    if (++it->index[d] < it->dims[d]) return;
    for (j = 0; j < it->n_params; j++) it->offset[j] -= it->strides[j][d] * it->dims[d];
    it->index[d] = 0;
  }
}
