/* random.Random's integer and sequence methods (Lib/random.py 3.11-3.14):
 * everything goes through _randbelow, i.e. getrandbits(n.bit_length())
 * with rejection. Python's ints never overflow: ranges and counts are
 * npr_bigint, indices into lists a 65-bit "n - 1". */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyrandom/pyrandom_internal.h"
#include "core/npr_math.h"

static int bit_length64(uint64_t v) {
  int k = 0;
  while (v != 0) {
    k++;
    v >>= 1;
  }
  return k;
}

uint64_t pyr_randbelow_nm1(npr_mt19937 *mt, uint64_t nm1) {
  uint32_t w[3];
  if (nm1 == UINT64_MAX) {
    /* n == 2**64: 65-bit draws, accepted when bit 64 is clear */
    do {
      pyr_getrandbits_words(mt, 65, w);
    } while (w[2] != 0);
    return (uint64_t)w[1] << 32 | w[0];
  } else {
    uint64_t n = nm1 + 1, v;
    int k = bit_length64(n);
    do {
      w[1] = 0;
      pyr_getrandbits_words(mt, (uint64_t)k, w);
      v = (uint64_t)w[1] << 32 | w[0];
    } while (v >= n);
    return v;
  }
}

npr_status npr_pyrandom_randbelow(npr_pyrandom *r, uint64_t n, uint64_t *out, npr_error *err) {
  if (n == 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "_randbelow(0) never returns in CPython");
  }
  *out = pyr_randbelow_nm1(&r->mt, n - 1);
  return NPR_OK;
}

/* ---- integers of any size ------------------------------------------------ */

static npr_status randbelow_big(npr_mt19937 *mt, const npr_bigint *n, npr_bigint *out) {
  uint32_t words[NPR_BIGINT_WORDS + 1];
  size_t k = npr_bigint_bit_length(n), nw = (k + 31) / 32;
  npr_bigint v;
  memset(&v, 0, sizeof v);
  do {
    pyr_getrandbits_words(mt, k, words);
    memcpy(v.words, words, nw * sizeof *words);
    v.n = nw;
    while (v.n > 0 && v.words[v.n - 1] == 0) v.n--;
  } while (npr_bigint_cmp(&v, n) >= 0);
  *out = v;
  return NPR_OK;
}

npr_status npr_pyrandom_randbelow_big(npr_pyrandom *r, const npr_bigint *n, npr_bigint *out, npr_error *err) {
  if (npr_bigint_sign(n) <= 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "_randbelow(n) needs n >= 1");
  }
  return randbelow_big(&r->mt, n, out);
}

/* Decimal text of up to three ints for the empty-range messages; a message
 * that cannot hold them is cut (npr_error's limit), never overrun. */
static void decimal(const npr_bigint *a, char *buf) {
  if (npr_bigint_to_decimal(a, buf, NPR_BIGINT_DECIMAL_MAX) == 0) buf[0] = '\0';
}

static npr_status empty_range(const char *method, const npr_bigint *a, const npr_bigint *b, const npr_bigint *c,
                              npr_error *err) {
  char ta[NPR_BIGINT_DECIMAL_MAX], tb[NPR_BIGINT_DECIMAL_MAX], tc[NPR_BIGINT_DECIMAL_MAX];
  decimal(a, ta);
  decimal(b, tb);
  if (c == NULL) {
    return npr_fail(err, NPR_VALUE_ERROR, "empty range in %s(%.80s, %.80s)", method, ta, tb);
  }
  decimal(c, tc);
  return npr_fail(err, NPR_VALUE_ERROR, "empty range in %s(%.80s, %.80s, %.80s)", method, ta, tb, tc);
}

npr_status npr_pyrandom_randrange_big(npr_pyrandom *r, const npr_bigint *start, const npr_bigint *stop,
                                      const npr_bigint *step, npr_bigint *out, npr_error *err) {
  npr_bigint width, istep, n, one, v;
  int modern = r->python >= NPR_PYTHON_3_12;
  npr_status st;
  npr_bigint_from_i64(&one, 1);
  if (step == NULL) step = &one;
  if (stop == NULL) {
    if (npr_bigint_cmp(step, &one) != 0) {
      return npr_fail(err, NPR_TYPE_ERROR, "Missing a non-None stop argument");
    }
    if (npr_bigint_sign(start) > 0) return randbelow_big(&r->mt, start, out);
    return npr_fail(err, NPR_VALUE_ERROR, "empty range for randrange()");
  }
  if ((st = npr_bigint_sub(stop, start, &width, err)) != NPR_OK) return st;
  istep = *step;
  if (npr_bigint_cmp(&istep, &one) == 0) {
    if (npr_bigint_sign(&width) > 0) {
      if ((st = randbelow_big(&r->mt, &width, &v)) != NPR_OK) return st;
      return npr_bigint_add(start, &v, out, err);
    }
    if (modern) return empty_range("randrange", start, stop, NULL, err);
    {
      char ta[NPR_BIGINT_DECIMAL_MAX], tb[NPR_BIGINT_DECIMAL_MAX], tc[NPR_BIGINT_DECIMAL_MAX];
      decimal(start, ta);
      decimal(stop, tb);
      decimal(&width, tc);
      return npr_fail(err, NPR_VALUE_ERROR, "empty range for randrange() (%.80s, %.80s, %.80s)", ta, tb, tc);
    }
  }
  if (npr_bigint_sign(&istep) > 0) {
    /* n = (width + istep - 1) // istep */
    if ((st = npr_bigint_add(&width, &istep, &n, err)) != NPR_OK) return st;
    if ((st = npr_bigint_sub(&n, &one, &n, err)) != NPR_OK) return st;
  } else if (npr_bigint_sign(&istep) < 0) {
    /* n = (width + istep + 1) // istep */
    if ((st = npr_bigint_add(&width, &istep, &n, err)) != NPR_OK) return st;
    if ((st = npr_bigint_add(&n, &one, &n, err)) != NPR_OK) return st;
  } else {
    return npr_fail(err, NPR_VALUE_ERROR, "zero step for randrange()");
  }
  if ((st = npr_bigint_floordiv(&n, &istep, &n, err)) != NPR_OK) return st;
  if (npr_bigint_sign(&n) <= 0) {
    if (modern) return empty_range("randrange", start, stop, &istep, err);
    return npr_fail(err, NPR_VALUE_ERROR, "empty range for randrange()");
  }
  if ((st = randbelow_big(&r->mt, &n, &v)) != NPR_OK) return st;
  if ((st = npr_bigint_mul(&istep, &v, &v, err)) != NPR_OK) return st;
  return npr_bigint_add(start, &v, out, err);
}

npr_status npr_pyrandom_randint_big(npr_pyrandom *r, const npr_bigint *a, const npr_bigint *b, npr_bigint *out,
                                    npr_error *err) {
  npr_bigint one, stop;
  npr_status st;
  npr_bigint_from_i64(&one, 1);
  if ((st = npr_bigint_add(b, &one, &stop, err)) != NPR_OK) return st;
  if (r->python >= NPR_PYTHON_3_14) {
    /* its own check, then a + _randbelow(b - a + 1) */
    npr_bigint width, v;
    if (npr_bigint_cmp(b, a) < 0) return empty_range("randint", a, b, NULL, err);
    if ((st = npr_bigint_sub(&stop, a, &width, err)) != NPR_OK) return st;
    if ((st = randbelow_big(&r->mt, &width, &v)) != NPR_OK) return st;
    return npr_bigint_add(a, &v, out, err);
  }
  return npr_pyrandom_randrange_big(r, a, &stop, NULL, out, err);
}

/* The int64 forms: the same code on small values, so every message and
 * draw is the big form's. */
static npr_status big_to_i64(const npr_bigint *v, int64_t *out, npr_error *err) {
  if (!npr_bigint_to_i64(v, out)) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED, "result beyond int64: use the _big form");
  }
  return NPR_OK;
}

npr_status npr_pyrandom_randrange(npr_pyrandom *r, int64_t start, const int64_t *stop, int64_t step, int64_t *out,
                                  npr_error *err) {
  npr_bigint a, b, c, v;
  npr_status st;
  npr_bigint_from_i64(&a, start);
  if (stop != NULL) npr_bigint_from_i64(&b, *stop);
  npr_bigint_from_i64(&c, step);
  if ((st = npr_pyrandom_randrange_big(r, &a, stop != NULL ? &b : NULL, &c, &v, err)) != NPR_OK) return st;
  return big_to_i64(&v, out, err);
}

npr_status npr_pyrandom_randint(npr_pyrandom *r, int64_t a, int64_t b, int64_t *out, npr_error *err) {
  npr_bigint x, y, v;
  npr_status st;
  npr_bigint_from_i64(&x, a);
  npr_bigint_from_i64(&y, b);
  if ((st = npr_pyrandom_randint_big(r, &x, &y, &v, err)) != NPR_OK) return st;
  return big_to_i64(&v, out, err);
}

npr_status npr_pyrandom_choice(npr_pyrandom *r, size_t n, size_t *index, npr_error *err) {
  if (n == 0) {
    return npr_fail(err, NPR_INDEX_ERROR, "Cannot choose from an empty sequence");
  }
  *index = (size_t)pyr_randbelow_nm1(&r->mt, (uint64_t)n - 1);
  return NPR_OK;
}

void npr_pyrandom_shuffle(npr_pyrandom *r, void *base, size_t n, size_t size) {
  unsigned char *bytes = base;
  size_t i, b;
  for (i = n; i-- > 1;) {
    size_t j = (size_t)pyr_randbelow_nm1(&r->mt, (uint64_t)i);
    if (j != i) {
      unsigned char *x = bytes + i * size, *y = bytes + j * size;
      for (b = 0; b < size; b++) {
        unsigned char t = x[b];
        x[b] = y[b];
        y[b] = t;
      }
    }
  }
}

/* bisect.bisect_right(a, x, lo, hi), the plain binary search, so it agrees
 * with CPython even on unsorted input. */
static size_t bisect_right_double(const double *a, double x, size_t lo, size_t hi) {
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x < a[mid]) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

npr_status npr_pyrandom_choices(npr_pyrandom *r, size_t n, const double *weights, size_t n_weights,
                                const double *cum_weights, size_t n_cum_weights, int64_t k, size_t *out,
                                npr_error *err) {
  const double *cum;
  double *owned = NULL;
  double total, u;
  size_t ncum, i, idx;
  int64_t t;

  if (cum_weights == NULL) {
    if (weights == NULL) {
      double nf = (double)n;
      for (t = 0; t < k; t++) {
        double x = floor(npr_pyrandom_random(r) * nf);
        if (!(x < nf)) {
          return npr_fail(err, NPR_INDEX_ERROR, "list index out of range");
        }
        out[t] = (size_t)x;
      }
      return NPR_OK;
    }
    owned = malloc((n_weights > 0 ? n_weights : 1) * sizeof *owned);
    if (owned == NULL) {
      return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    }
    /* itertools.accumulate: running float sums, left to right */
    for (i = 0; i < n_weights; i++) {
      owned[i] = i == 0 ? weights[0] : owned[i - 1] + weights[i];
    }
    cum = owned;
    ncum = n_weights;
  } else if (weights != NULL) {
    return npr_fail(err, NPR_TYPE_ERROR, "Cannot specify both weights and cumulative weights");
  } else {
    cum = cum_weights;
    ncum = n_cum_weights;
  }
  if (ncum != n) {
    free(owned);
    return npr_fail(err, NPR_VALUE_ERROR, "The number of weights does not match the population");
  }
  if (ncum == 0) {
    free(owned);
    return npr_fail(err, NPR_INDEX_ERROR, "list index out of range");
  }
  total = cum[ncum - 1] + 0.0;
  if (total <= 0.0) {
    free(owned);
    return npr_fail(err, NPR_VALUE_ERROR, "Total of weights must be greater than zero");
  }
  if (!isfinite(total)) {
    free(owned);
    return npr_fail(err, NPR_VALUE_ERROR, "Total of weights must be finite");
  }
  for (t = 0; t < k; t++) {
    u = npr_pyrandom_random(r) * total;
    idx = bisect_right_double(cum, u, 0, n - 1);
    out[t] = idx;
  }
  free(owned);
  return NPR_OK;
}

/* ---- sample ------------------------------------------------------------- */

/* Open-addressing set of the indices already taken, standing in for
 * random.py's set(); only membership matters, not its layout. */
typedef struct index_set {
  uint64_t *slots; /* value + 1, 0 = empty */
  size_t mask;
} index_set;

static int set_init(index_set *s, uint64_t k) {
  size_t cap = 16;
  while (cap < 2 * k) {
    cap *= 2;
  }
  s->slots = calloc(cap, sizeof *s->slots);
  s->mask = cap - 1;
  return s->slots != NULL;
}

/* Adds v; returns 0 if it was already there. */
static int set_add(index_set *s, uint64_t v) {
  size_t i = (size_t)((v * 0x9e3779b97f4a7c15ULL) >> 17) & s->mask;
  for (;;) {
    if (s->slots[i] == 0) {
      s->slots[i] = v + 1;
      return 1;
    }
    if (s->slots[i] == v + 1) {
      return 0;
    }
    i = (i + 1) & s->mask;
  }
}

static npr_status sample_core(npr_pyrandom *r, uint64_t n, int64_t k, uint64_t *out, npr_error *err) {
  uint64_t setsize = 21, i;
  if (k < 0 || (uint64_t)k > n) {
    return npr_fail(err, NPR_VALUE_ERROR, "Sample larger than population or is negative");
  }
  if (k > 5) {
    /* setsize += 4 ** ceil(log(k * 3, 4)), math.log of an int being the
     * log of its correctly rounded double */
    double e;
    if ((uint64_t)k > UINT64_MAX / 3) {
      return npr_fail(err, NPR_NOT_IMPLEMENTED, "sample size %" PRId64 " too large", k);
    }
    e = ceil(npr_log((double)((uint64_t)k * 3)) / npr_log(4.0));
    if (e >= 32) {
      setsize = UINT64_MAX; /* 4**32 is past any int64 population */
    } else {
      setsize += (uint64_t)1 << (2 * (int)e);
    }
  }
  if (n <= setsize) {
    /* pool of the unpicked, refilled from its end */
    uint64_t *pool = malloc((size_t)(n > 0 ? n : 1) * sizeof *pool);
    if (pool == NULL) {
      return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    }
    for (i = 0; i < n; i++) {
      pool[i] = i;
    }
    for (i = 0; i < (uint64_t)k; i++) {
      uint64_t j = pyr_randbelow_nm1(&r->mt, n - i - 1);
      out[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
    free(pool);
  } else {
    index_set seen;
    if (!set_init(&seen, (uint64_t)k)) {
      return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    }
    for (i = 0; i < (uint64_t)k; i++) {
      uint64_t j = pyr_randbelow_nm1(&r->mt, n - 1);
      while (!set_add(&seen, j)) {
        j = pyr_randbelow_nm1(&r->mt, n - 1);
      }
      out[i] = j;
    }
    free(seen.slots);
  }
  return NPR_OK;
}

npr_status npr_pyrandom_sample_range(npr_pyrandom *r, int64_t n, int64_t k, int64_t *out, npr_error *err) {
  uint64_t *tmp;
  npr_status st;
  int64_t i;
  if (n < 0) {
    /* len(range(negative)) is 0 */
    n = 0;
  }
  if (k < 0 || k > n) {
    return npr_fail(err, NPR_VALUE_ERROR, "Sample larger than population or is negative");
  }
  tmp = malloc((size_t)(k > 0 ? k : 1) * sizeof *tmp);
  if (tmp == NULL) {
    return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
  }
  st = sample_core(r, (uint64_t)n, k, tmp, err);
  for (i = 0; st == NPR_OK && i < k; i++) {
    out[i] = (int64_t)tmp[i];
  }
  free(tmp);
  return st;
}

npr_status npr_pyrandom_sample(npr_pyrandom *r, size_t n, int64_t k, const int64_t *counts, size_t n_counts,
                               size_t *out, npr_error *err) {
  uint64_t *tmp;
  npr_status st;
  int64_t i;

  if (counts == NULL) {
    if (k < 0 || (uint64_t)k > (uint64_t)n) {
      return npr_fail(err, NPR_VALUE_ERROR, "Sample larger than population or is negative");
    }
    tmp = malloc((size_t)(k > 0 ? k : 1) * sizeof *tmp);
    if (tmp == NULL) {
      return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    }
    st = sample_core(r, (uint64_t)n, k, tmp, err);
    for (i = 0; st == NPR_OK && i < k; i++) {
      out[i] = (size_t)tmp[i];
    }
    free(tmp);
    return st;
  } else {
    npr_bigint *big = malloc((n_counts ? n_counts : 1) * sizeof *big), bk;
    size_t j;
    if (big == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    for (j = 0; j < n_counts; j++) npr_bigint_from_i64(&big[j], counts[j]);
    npr_bigint_from_i64(&bk, k);
    st = npr_pyrandom_sample_counts_big(r, n, &bk, big, n_counts, out, err);
    free(big);
    return st;
  }
}

/* bisect.bisect_right over big cumulative counts, x an index below the total. */
static size_t bisect_right_big(const npr_bigint *a, const npr_bigint *x, size_t lo, size_t hi) {
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (npr_bigint_cmp(x, &a[mid]) < 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

npr_status npr_pyrandom_sample_counts_big(npr_pyrandom *r, size_t n, const npr_bigint *k, const npr_bigint *counts,
                                          size_t n_counts, size_t *out, npr_error *err) {
  npr_bigint *cum, total, ssize_max;
  uint64_t *picks;
  int64_t k64, t64;
  size_t j;
  npr_status st = NPR_OK;
  if (n_counts != n) {
    return npr_fail(err, NPR_VALUE_ERROR, "The number of counts does not match the population");
  }
  if (n == 0 && r->python < NPR_PYTHON_3_14) {
    return npr_fail(err, NPR_INDEX_ERROR, "pop from empty list");
  }
  if ((cum = malloc((n ? n : 1) * sizeof *cum)) == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
  npr_bigint_from_i64(&total, 0);
  for (j = 0; j < n && st == NPR_OK; j++) {
    st = npr_bigint_add(&total, &counts[j], &total, err);
    cum[j] = total;
  }
  if (st != NPR_OK) goto done;
  if (r->python >= NPR_PYTHON_3_14) {
    if (npr_bigint_sign(&total) < 0) {
      st = npr_fail(err, NPR_VALUE_ERROR, "Counts must be non-negative");
      goto done;
    }
  } else if (npr_bigint_sign(&total) <= 0) {
    st = npr_fail(err, NPR_VALUE_ERROR, "Total of counts must be greater than zero");
    goto done;
  }
  /* sample(range(total), k) takes len(range(total)) first */
  npr_bigint_from_i64(&ssize_max, INT64_MAX);
  if (npr_bigint_cmp(&total, &ssize_max) > 0) {
    st = npr_fail(err, NPR_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    goto done;
  }
  npr_bigint_to_i64(&total, &t64);
  if (!npr_bigint_to_i64(k, &k64) || k64 < 0 || k64 > t64) {
    st = npr_fail(err, NPR_VALUE_ERROR, "Sample larger than population or is negative");
    goto done;
  }
  if ((picks = malloc((size_t)(k64 > 0 ? k64 : 1) * sizeof *picks)) == NULL) {
    st = npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    goto done;
  }
  st = sample_core(r, (uint64_t)t64, k64, picks, err);
  /* the last cumulative count was popped off before bisecting */
  for (j = 0; st == NPR_OK && j < (size_t)k64; j++) {
    npr_bigint x;
    npr_bigint_from_u64(&x, picks[j]);
    out[j] = bisect_right_big(cum, &x, 0, n - 1);
  }
  free(picks);
done:
  free(cum);
  return st;
}
