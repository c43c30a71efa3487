/* Uniform-based samplers of NumPy 1.24's distributions.c. */
#include <math.h>

#include "core/bulk.h"
#include "nprand/distributions.h"

double npr_standard_uniform(const npr_bitgen *bg) { return npr_next_double(bg); }

float npr_standard_uniform_f(const npr_bitgen *bg) { return npr_next_float(bg); }

void npr_standard_uniform_fill(const npr_bitgen *bg, size_t n, double *out) {
  const npr_bulk_ops *ops = npr_bulk_ops_of(bg);
  npr_convert_path path;
  size_t i, done;
  if (ops == NULL) {
    for (i = 0; i < n; i++) out[i] = npr_next_double(bg);
    return;
  }
  path = npr_convert_best_path();
  if (ops->double_layout == NPR_DOUBLE_FROM_UINT32_PAIR) {
    uint32_t words[2 * NPR_WORD_BLOCK];
    for (done = 0; done < n;) {
      const size_t k = n - done < NPR_WORD_BLOCK ? n - done : NPR_WORD_BLOCK;
      ops->fill_uint32(bg->state, 2 * k, words);
      npr_doubles_from_uint32_pairs_path(path, words, k, out + done);
      done += k;
    }
  } else {
    uint64_t words[NPR_WORD_BLOCK];
    for (done = 0; done < n;) {
      const size_t k = n - done < NPR_WORD_BLOCK ? n - done : NPR_WORD_BLOCK;
      ops->fill_uint64(bg->state, k, words);
      npr_doubles_from_uint64_path(path, words, k, out + done);
      done += k;
    }
  }
}

void npr_standard_uniform_fill_f(const npr_bitgen *bg, size_t n, float *out) {
  const npr_bulk_ops *ops = npr_bulk_ops_of(bg);
  uint32_t words[2 * NPR_WORD_BLOCK];
  size_t i, done;
  if (ops == NULL) {
    for (i = 0; i < n; i++) out[i] = npr_next_float(bg);
    return;
  }
  for (done = 0; done < n;) {
    const size_t k = n - done < 2 * NPR_WORD_BLOCK ? n - done : 2 * NPR_WORD_BLOCK;
    ops->fill_uint32(bg->state, k, words);
    for (i = 0; i < k; i++) out[done + i] = (float)(words[i] >> 8) * (1.0f / 16777216.0f);
    done += k;
  }
}

double npr_normal(const npr_bitgen *bg, double loc, double scale) {
  return loc + scale * npr_standard_normal(bg);
}

double npr_exponential(const npr_bitgen *bg, double scale) {
  return scale * npr_standard_exponential(bg);
}

double npr_uniform(const npr_bitgen *bg, double low, double range) {
  return low + range * npr_next_double(bg);
}

double npr_triangular(const npr_bitgen *bg, double left, double mode, double right) {
  /* Products precomputed before the draw, in NumPy's grouping. */
  const double base = right - left;
  const double leftbase = mode - left;
  const double ratio = leftbase / base;
  const double leftprod = leftbase * base;
  const double rightprod = (right - mode) * base;
  const double u = npr_next_double(bg);
  if (u <= ratio) {
    return left + sqrt(u * leftprod);
  }
  return right - sqrt((1.0 - u) * rightprod);
}
