/* Generator.choice index selection, following NumPy 1.24's path choices and
 * draw order exactly (see generator.h). */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "distributions/cdf.h"
#include "nprand/array_size.h"
#include "nprand/bounded.h"
#include "nprand/distributions.h"
#include "nprand/generator.h"
#include "nprand/integers.h"

double npr_choice_p_atol(npr_dtype p_dtype) {
  const double atol64 = sqrt(DBL_EPSILON);
  if (p_dtype == NPR_FLOAT32) {
    /* np.sqrt of a float32 eps stays float32. */
    const double atol32 = (double)sqrtf(FLT_EPSILON);
    return atol32 > atol64 ? atol32 : atol64;
  }
  return atol64;
}

/* Generator's index draws go through random_bounded_uint64 with Lemire. */
static uint64_t lemire_index(const npr_bitgen *bg, uint64_t max) {
  uint64_t v;
  npr_bounded_uint64_fill(bg, 0, max, 1, false, &v);
  return v;
}

/* _shuffle_int: Fisher-Yates over data[first..n-1], last index first. */
static void shuffle_int(const npr_bitgen *bg, size_t n, size_t first, int64_t *data) {
  size_t i;
  for (i = n; i-- > first;) {
    const size_t j = (size_t)lemire_index(bg, i);
    const int64_t t = data[j];
    data[j] = data[i];
    data[i] = t;
  }
}

/* NumPy 2.0.0 (commit 6fbbcab75e) capitalised the texts and pointed at the
 * Notes section; RandomState.choice keeps 1.24's. */
static npr_status check_p(const npr_choice_args *a, npr_numpy_version numpy, npr_error *err) {
  const double atol = a->p_atol > 0 ? a->p_atol : npr_choice_p_atol(NPR_FLOAT64);
  const bool capitalised = numpy >= NPR_NUMPY_2_0_0;
  double sum;
  size_t i;
  if ((int64_t)a->p_len != a->pop_size) {
    return npr_fail(err, NPR_VALUE_ERROR, "a and p must have same size");
  }
  sum = npr_kahan_sum(a->p, a->p_len);
  if (isnan(sum)) {
    return npr_fail(err, NPR_VALUE_ERROR, capitalised ? "Probabilities contain NaN" : "probabilities contain NaN");
  }
  for (i = 0; i < a->p_len; i++) {
    if (a->p[i] < 0) {
      return npr_fail(err, NPR_VALUE_ERROR,
                      capitalised ? "Probabilities are not non-negative" : "probabilities are not non-negative");
    }
  }
  if (fabs(sum - 1.) > atol) {
    return npr_fail(err, NPR_VALUE_ERROR,
                    capitalised ? "Probabilities do not sum to 1. See Notes section of docstring for more information."
                                : "probabilities do not sum to 1");
  }
  return NPR_OK;
}

static npr_status weighted_with_replacement(const npr_bitgen *bg, const npr_choice_args *a,
                                            size_t n, int64_t *out, npr_error *err) {
  const size_t len = a->p_len;
  double *cdf = malloc(len * sizeof *cdf);
  size_t i;
  if (cdf == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "memory allocation failed in choice");
  npr_normalized_cdf(a->p, len, cdf);
  /* NumPy draws all the uniforms (self.random(shape)) before searching. */
  for (i = 0; i < n;) {
    double u[256];
    const size_t k = n - i < 256 ? n - i : 256;
    size_t j;
    npr_standard_uniform_fill(bg, k, u);
    for (j = 0; j < k; j++) out[i + j] = npr_search_right(cdf, len, u[j]);
    i += k;
  }
  free(cdf);
  return NPR_OK;
}

/* Rounds of n - found uniforms against p with the found entries zeroed,
 * keeping each round's new indices in order of first appearance. */
static npr_status weighted_without_replacement(const npr_bitgen *bg, const npr_choice_args *a,
                                               size_t n, int64_t *out, npr_error *err) {
  const size_t len = a->p_len;
  double *p = malloc(len * sizeof *p);
  double *cdf = malloc(len * sizeof *cdf);
  double *u = malloc((n ? n : 1) * sizeof *u);
  unsigned char *seen = calloc(len ? len : 1, 1);
  size_t positive = 0, found = 0, i;
  for (i = 0; i < len; i++) positive += a->p[i] > 0;
  if (positive < n) {
    free(p), free(cdf), free(u), free(seen);
    return npr_fail(err, NPR_VALUE_ERROR, "Fewer non-zero entries in p than size");
  }
  if (p == NULL || cdf == NULL || u == NULL || seen == NULL) {
    free(p), free(cdf), free(u), free(seen);
    return npr_fail(err, NPR_MEMORY_ERROR, "memory allocation failed in choice");
  }
  memcpy(p, a->p, len * sizeof *p);
  while (found < n) {
    const size_t want = n - found;
    const size_t start = found;
    for (i = 0; i < want; i++) u[i] = npr_next_double(bg);
    for (i = 0; i < found; i++) p[out[i]] = 0;
    npr_normalized_cdf(p, len, cdf);
    /* Zeroed entries cannot be found again: a zero weight makes cdf flat
     * there, and searchsorted(side='right') never stops on a flat step. */
    for (i = 0; i < want; i++) {
      const int64_t k = npr_search_right(cdf, len, u[i]);
      if (!seen[k]) {
        seen[k] = 1;
        out[found++] = k;
      }
    }
    for (i = start; i < found; i++) seen[out[i]] = 0;
  }
  free(p), free(cdf), free(u), free(seen);
  return NPR_OK;
}

static npr_status uniform_without_replacement(const npr_bitgen *bg, const npr_choice_args *a,
                                              size_t n, int64_t *out, npr_error *err) {
  const int64_t pop = a->pop_size;
  const int64_t size = (int64_t)n;
  /* NumPy's heuristic: tail-shuffle when the sample is a sizeable share of a
   * large population, else Floyd. */
  const int64_t cutoff = a->shuffle ? 50 : 20;
  if (pop > 10000 && size > pop / cutoff) {
    int64_t *idx;
    int64_t i;
    npr_status st = npr_array_size_check(pop, sizeof *idx, err);
    if (st != NPR_OK) return st;
    idx = malloc((size_t)pop * sizeof *idx);
    if (idx == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "memory allocation failed in choice");
    for (i = 0; i < pop; i++) idx[i] = i;
    shuffle_int(bg, (size_t)pop, (size_t)(pop - size > 1 ? pop - size : 1), idx);
    memcpy(out, idx + (pop - size), n * sizeof *out);
    free(idx);
  } else {
    /* Floyd's algorithm; the hash set (open addressing, all-ones = empty)
     * is the smallest power of two above 1.2 * size. */
    const uint64_t mask = npr_gen_mask((uint64_t)(1.2 * (double)size));
    const uint64_t empty = UINT64_MAX;
    uint64_t *set = malloc((size_t)(mask + 1) * sizeof *set);
    int64_t j;
    if (set == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "memory allocation failed in choice");
    memset(set, 0xff, (size_t)(mask + 1) * sizeof *set);
    for (j = pop - size; j < pop; j++) {
      const uint64_t val = lemire_index(bg, (uint64_t)j);
      uint64_t loc = val & mask;
      while (set[loc] != empty && set[loc] != val) loc = (loc + 1) & mask;
      if (set[loc] == empty) {
        set[loc] = val;
        out[j - pop + size] = (int64_t)val;
      } else {
        /* val was taken earlier, so j (never drawn before) goes in. */
        loc = (uint64_t)j & mask;
        while (set[loc] != empty) loc = (loc + 1) & mask;
        set[loc] = (uint64_t)j;
        out[j - pop + size] = j;
      }
    }
    free(set);
    if (a->shuffle) shuffle_int(bg, n, 1, out);
  }
  return NPR_OK;
}

npr_status npr_gen_choice(npr_generator *g, const npr_choice_args *args, size_t n,
                          int64_t *out_idx, npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  npr_status st;
  if (args->a_is_int) {
    if (args->pop_size <= 0 && n != 0) {
      return npr_fail(err, NPR_VALUE_ERROR,
                      "a must be a positive integer unless no samples are taken");
    }
  } else if (args->pop_size == 0 && n != 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "a cannot be empty unless no samples are taken");
  }
  if (args->p != NULL) {
    st = check_p(args, g->numpy, err);
    if (st != NPR_OK) return st;
  }
  if (args->replace) {
    if (args->p != NULL) return weighted_with_replacement(bg, args, n, out_idx, err);
    return npr_integers_fill(bg, NPR_INT64, npr_int128_from_i64(0),
                             npr_int128_from_i64(args->pop_size), false, false, n, out_idx, err);
  }
  if ((int64_t)n > args->pop_size) {
    return npr_fail(err, NPR_VALUE_ERROR,
                    "Cannot take a larger sample than population when replace is False");
  }
  if (args->p != NULL) return weighted_without_replacement(bg, args, n, out_idx, err);
  return uniform_without_replacement(bg, args, n, out_idx, err);
}
