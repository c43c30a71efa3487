/* Generator.multivariate_hypergeometric: NumPy 1.24.2's checks
 * (_generator.pyx) and its two samplers (random_mvhg_count.c,
 * random_mvhg_marginals.c). */
#include <stdlib.h>
#include <string.h>

#include "nprand/bounded.h"
#include "nprand/discrete.h"
#include "nprand/multivariate.h"

#define MARGINALS_TOTAL_LIMIT 1000000000
/* 'count' allocates total size_t indices; NumPy bounds total so that the
 * byte count cannot overflow: INT64_MAX // 8 with a 64-bit size_t, the
 * reference's (x86-64) value, kept on every target so the error text is the
 * same everywhere (NumPy on a 32-bit machine says SIZE_MAX // 4). A total
 * under it that a smaller address space cannot hold is the MemoryError
 * NumPy gives when that malloc fails (sample_count). */
#define COUNT_TOTAL_LIMIT (INT64_MAX / 8)

/* _safe_sum_nonneg_int64: -1 on overflow. */
static int64_t safe_sum(const int64_t *colors, size_t num_colors) {
  int64_t sum = 0;
  size_t i;
  for (i = 0; i < num_colors; i++) {
    if (colors[i] > INT64_MAX - sum) return -1;
    sum += colors[i];
  }
  return sum;
}

/* Taking more than half leaves fewer to draw: sample what stays behind. */
static void complement(const int64_t *colors, size_t num_colors, int64_t *row) {
  size_t k;
  for (k = 0; k < num_colors; k++) row[k] = colors[k] - row[k];
}

/* The partial shuffle of the urn carries over from one variate to the next:
 * choices is filled once, as NumPy does. */
static npr_status sample_count(const npr_bitgen *bg, int64_t total, const int64_t *colors, size_t num_colors,
                               int64_t nsample, size_t num_variates, int64_t *out, npr_error *err) {
  size_t *choices, i, j, k = 0;
  bool more_than_half;
  if (total == 0 || nsample == 0 || num_variates == 0) return NPR_OK;
  if ((uint64_t)total > SIZE_MAX / sizeof *choices || (choices = malloc((size_t)total * sizeof *choices)) == NULL) {
    return npr_fail(err, NPR_MEMORY_ERROR,
                    "Insufficient memory for multivariate_hypergeometric with method='count' and sum(colors)=%lld",
                    (long long)total);
  }
  for (i = 0; i < num_colors; i++) {
    int64_t c;
    for (c = 0; c < colors[i]; c++) choices[k++] = i;
  }
  more_than_half = nsample > total / 2;
  if (more_than_half) nsample = total - nsample;
  for (i = 0; i < num_variates * num_colors; i += num_colors) {
    for (j = 0; j < (size_t)nsample; j++) {
      const size_t pick = j + (size_t)npr_random_interval(bg, (uint64_t)((size_t)total - j - 1));
      const size_t tmp = choices[pick];
      choices[pick] = choices[j];
      choices[j] = tmp;
    }
    for (j = 0; j < (size_t)nsample; j++) out[i + choices[j]] += 1;
    if (more_than_half) complement(colors, num_colors, out + i);
  }
  free(choices);
  return NPR_OK;
}

static void sample_marginals(const npr_bitgen *bg, int64_t total, const int64_t *colors, size_t num_colors,
                             int64_t nsample, size_t num_variates, int64_t *out) {
  size_t i, j;
  bool more_than_half;
  if (total == 0 || nsample == 0 || num_variates == 0) return;
  more_than_half = nsample > total / 2;
  if (more_than_half) nsample = total - nsample;
  for (i = 0; i < num_variates * num_colors; i += num_colors) {
    int64_t num_to_sample = nsample, remaining = total;
    for (j = 0; num_to_sample > 0 && j + 1 < num_colors; j++) {
      int64_t r;
      remaining -= colors[j];
      r = npr_hypergeometric(bg, colors[j], remaining, num_to_sample);
      out[i + j] = r;
      num_to_sample -= r;
    }
    if (num_to_sample > 0) out[i + num_colors - 1] = num_to_sample;
    if (more_than_half) complement(colors, num_colors, out + i);
  }
}

npr_status npr_gen_multivariate_hypergeometric(npr_generator *g, const int64_t *colors, size_t num_colors,
                                               int64_t nsample, const npr_shape *size, npr_mvhg_method method,
                                               int64_t *out, size_t out_cap, npr_shape *out_shape, npr_error *err) {
  npr_shape shape;
  int64_t total;
  size_t count, i;
  npr_status st;
  if (nsample < 0) return npr_fail(err, NPR_VALUE_ERROR, "nsample must be nonnegative.");
  for (i = 0; i < num_colors; i++) {
    if (colors[i] < 0) {
      return npr_fail(err, NPR_VALUE_ERROR, "colors must be a one-dimensional sequence of nonnegative integers "
                                            "not exceeding %lld.", (long long)INT64_MAX);
    }
  }
  if ((total = safe_sum(colors, num_colors)) == -1) {
    return npr_fail(err, NPR_VALUE_ERROR, "sum(colors) must not exceed the maximum value of a 64 bit signed "
                                          "integer (%lld)", (long long)INT64_MAX);
  }
  if (method == NPR_MVHG_MARGINALS && total >= MARGINALS_TOTAL_LIMIT) {
    return npr_fail(err, NPR_VALUE_ERROR, "When method is \"marginals\", sum(colors) must be less than 1000000000.");
  }
  if (method == NPR_MVHG_COUNT && total > COUNT_TOTAL_LIMIT) {
    return npr_fail(err, NPR_VALUE_ERROR, "When method is 'count', sum(colors) must not exceed %lld",
                    (long long)COUNT_TOTAL_LIMIT);
  }
  if (nsample > total) return npr_fail(err, NPR_VALUE_ERROR, "nsample > sum(colors)");
  if (size == NULL) {
    shape = npr_shape_1d(num_colors);
  } else {
    if (size->ndim + 1 > NPR_MAXDIMS) {
      return npr_fail(err, NPR_VALUE_ERROR, "maximum supported dimension for an ndarray is %d, found %zu",
                      NPR_MAXDIMS, size->ndim + 1);
    }
    shape = *size;
    shape.dims[shape.ndim++] = (int64_t)num_colors;
  }
  if ((st = npr_shape_check_alloc(&shape, sizeof *out, err)) != NPR_OK) return st;
  if (out_shape != NULL) *out_shape = shape;
  count = npr_shape_count(&shape);
  if (out == NULL) return NPR_OK;
  if (count > out_cap) {
    return npr_fail(err, NPR_VALUE_ERROR, "out has room for %zu values; the result has %zu", out_cap, count);
  }
  if (num_colors == 0) return NPR_OK;
  if (method == NPR_MVHG_COUNT) {
    /* The urn is built before anything is written, so a MemoryError leaves out untouched. */
    int64_t *scratch = calloc(count ? count : 1, sizeof *scratch);
    if (scratch == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
    st = sample_count(&g->bg, total, colors, num_colors, nsample, count / num_colors, scratch, err);
    if (st == NPR_OK) memcpy(out, scratch, count * sizeof *out);
    free(scratch);
    return st;
  }
  memset(out, 0, count * sizeof *out);
  sample_marginals(&g->bg, total, colors, num_colors, nsample, count / num_colors, out);
  return NPR_OK;
}
