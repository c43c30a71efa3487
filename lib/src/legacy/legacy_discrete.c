/* RandomState's integer and index methods: randint, random_integers,
 * tomaxint, bytes, shuffle, permutation, choice (mtrand.pyx). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "distributions/cdf.h"
#include "nprand/array_size.h"
#include "nprand/bounded.h"
#include "nprand/integers.h"
#include "nprand/randomstate.h"
#include "nprand/shuffle.h"

npr_status npr_rs_randint_fill(npr_randomstate *rs, npr_dtype dtype, npr_int128 low,
                               npr_int128 high, size_t n, void *out, npr_error *err) {
  npr_bitgen bg = npr_randomstate_bitgen(rs);
  if (!npr_dtype_is_integer(dtype)) {
    return npr_fail(err, NPR_TYPE_ERROR, "Unsupported dtype dtype('%s') for randint",
                    npr_dtype_name(dtype));
  }
  /* RandomState always uses the masked method, for stream compatibility. */
  return npr_integers_fill(&bg, dtype, low, high, false, true, n, out, err);
}

npr_status npr_rs_randint(npr_randomstate *rs, npr_dtype dtype, npr_int128 low, npr_int128 high,
                          void *out, npr_error *err) {
  return npr_rs_randint_fill(rs, dtype, low, high, 1, out, err);
}

npr_status npr_rs_random_integers_fill(npr_randomstate *rs, npr_int128 low, npr_int128 high,
                                       size_t n, int64_t *out, npr_error *err) {
  return npr_rs_randint_fill(rs, NPR_INT64, low, npr_int128_add_i64(high, 1), n, out, err);
}

int64_t npr_rs_tomaxint(npr_randomstate *rs) {
  return (int64_t)(npr_mt19937_next64(&rs->mt) >> 1);
}

void npr_rs_tomaxint_fill(npr_randomstate *rs, size_t n, int64_t *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_rs_tomaxint(rs);
}

npr_status npr_rs_bytes(npr_randomstate *rs, int64_t length, uint8_t *out, size_t *out_len,
                        npr_error *err) {
  /* NumPy: randint(0, 2**32, size=(length - 1) // 4 + 1, dtype=uint32) as
   * little-endian bytes, then [:length]. The division is C's (truncating),
   * so bytes(0) still draws a word, and a negative length slices from the
   * end as Python does. */
  const int64_t n_words = length == INT64_MIN ? -1 : (length - 1) / 4 + 1;
  int64_t keep;
  if (n_words < 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "negative dimensions are not allowed");
  }
  keep = length >= 0 ? (length < 4 * n_words ? length : 4 * n_words) : 4 * n_words + length;
  if (keep < 0) keep = 0;
  {
    npr_bitgen bg = npr_randomstate_bitgen(rs);
    npr_bitgen_fill_bytes(&bg, (size_t)n_words, (size_t)keep, out);
  }
  *out_len = (size_t)keep;
  return NPR_OK;
}

void npr_rs_shuffle(npr_randomstate *rs, void *items, size_t n, size_t item_size) {
  npr_bitgen bg = npr_randomstate_bitgen(rs);
  npr_shuffle_items(&bg, items, n, item_size);
}

void npr_rs_permutation(npr_randomstate *rs, size_t n, int64_t *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = (int64_t)i;
  npr_rs_shuffle(rs, out, n, sizeof *out);
}

static npr_status check_probabilities(const double *p, int64_t m, npr_error *err) {
  /* sqrt(finfo(float64).eps) */
  const double atol = 1.4901161193847656e-08;
  const double p_sum = npr_kahan_sum(p, (size_t)m);
  int64_t i;
  if (isnan(p_sum)) return npr_fail(err, NPR_VALUE_ERROR, "probabilities contain NaN");
  for (i = 0; i < m; i++) {
    if (p[i] < 0) return npr_fail(err, NPR_VALUE_ERROR, "probabilities are not non-negative");
  }
  if (fabs(p_sum - 1.0) > atol) {
    return npr_fail(err, NPR_VALUE_ERROR, "probabilities do not sum to 1");
  }
  return NPR_OK;
}

/* Without replacement, with p: draw batches of uniforms against the cdf of
 * the not-yet-chosen entries, keeping new indices in order of first
 * appearance (np.unique with return_index, then sorted by index). */
static npr_status choice_weighted_unique(npr_randomstate *rs, const double *p, int64_t m,
                                         size_t n, int64_t *out, npr_error *err) {
  double *work = malloc((size_t)m * sizeof *work);
  double *cdf = malloc((size_t)m * sizeof *cdf);
  double *x = malloc(n * sizeof *x);
  unsigned char *seen = calloc((size_t)m, 1);
  size_t n_uniq = 0, i;
  npr_status st = NPR_OK;
  if (work == NULL || cdf == NULL || x == NULL || seen == NULL) {
    st = npr_fail(err, NPR_MEMORY_ERROR, "cannot allocate choice work arrays");
    goto done;
  }
  memcpy(work, p, (size_t)m * sizeof *work);
  while (n_uniq < n) {
    const size_t want = n - n_uniq;
    size_t batch_start = n_uniq;
    npr_rs_random_sample_fill(rs, want, x);
    for (i = 0; i < n_uniq; i++) work[out[i]] = 0;
    npr_normalized_cdf(work, (size_t)m, cdf);
    for (i = 0; i < want; i++) {
      const int64_t idx = npr_search_right(cdf, (size_t)m, x[i]);
      /* seen[] marks this batch's picks; earlier picks have p == 0 now and
       * cannot be drawn again. */
      if (!seen[idx]) {
        seen[idx] = 1;
        out[n_uniq++] = idx;
      }
    }
    for (i = batch_start; i < n_uniq; i++) seen[out[i]] = 0;
  }
done:
  free(work);
  free(cdf);
  free(x);
  free(seen);
  return st;
}

npr_status npr_rs_choice(npr_randomstate *rs, int64_t pop_size, bool a_is_int, size_t n,
                         bool replace, const double *p, int64_t *out, npr_error *err) {
  npr_status st;
  size_t i;
  if (a_is_int && pop_size <= 0 && n != 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "a must be greater than 0 unless no samples are taken");
  }
  if (!a_is_int && pop_size == 0 && n != 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "'a' cannot be empty unless no samples are taken");
  }
  if (p != NULL && (st = check_probabilities(p, pop_size, err)) != NPR_OK) {
    return st;
  }
  if (replace) {
    if (p != NULL) {
      double *cdf;
      if (n == 0) return NPR_OK;
      cdf = malloc((size_t)pop_size * sizeof *cdf);
      if (cdf == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "cannot allocate the cdf");
      npr_normalized_cdf(p, (size_t)pop_size, cdf);
      /* random_sample(n) then searchsorted, as NumPy: the uniforms in blocks. */
      for (i = 0; i < n;) {
        double u[256];
        const size_t k = n - i < 256 ? n - i : 256;
        size_t j;
        npr_rs_random_sample_fill(rs, k, u);
        for (j = 0; j < k; j++) out[i + j] = npr_search_right(cdf, (size_t)pop_size, u[j]);
        i += k;
      }
      free(cdf);
      return NPR_OK;
    }
    return npr_rs_randint_fill(rs, NPR_INT64, npr_int128_from_i64(0),
                               npr_int128_from_i64(pop_size), n, out, err);
  }
  if ((int64_t)n > pop_size) {
    return npr_fail(err, NPR_VALUE_ERROR,
                    "Cannot take a larger sample than population when 'replace=False'");
  }
  if (p != NULL) {
    size_t nonzero = 0;
    int64_t k;
    for (k = 0; k < pop_size; k++) nonzero += p[k] > 0;
    if (nonzero < n) return npr_fail(err, NPR_VALUE_ERROR, "Fewer non-zero entries in p than size");
    return choice_weighted_unique(rs, p, pop_size, n, out, err);
  }
  {
    /* NumPy shuffles the whole population, permutation(arange(pop_size)),
     * and keeps the first n: arange's size check comes first. */
    const int64_t len = npr_arange_length(pop_size);
    int64_t *perm;
    if ((st = npr_array_size_check(len, sizeof *perm, err)) != NPR_OK) return st;
    if (len < (int64_t)n) {
      /* the empty arange of a length that overflowed, sliced to n and reshaped */
      return npr_fail(err, NPR_VALUE_ERROR, "cannot reshape array of size %lld into shape (%zu,)", (long long)len, n);
    }
    perm = malloc(len > 0 ? (size_t)len * sizeof *perm : 1);
    if (perm == NULL) {
      return npr_fail(err, NPR_MEMORY_ERROR, "cannot allocate a permutation of %lld items",
                      (long long)pop_size);
    }
    npr_rs_permutation(rs, (size_t)len, perm);
    memcpy(out, perm, n * sizeof *out);
    free(perm);
  }
  return NPR_OK;
}
