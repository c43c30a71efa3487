/* random.Random's integer and sequence methods (Lib/random.py 3.11):
 * everything goes through _randbelow, i.e. getrandbits(n.bit_length())
 * with rejection. Python's ints never overflow, so widths and counts that
 * can leave int64 are carried as a 65-bit "n - 1" or checked. */
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

/* A Python int in (-2**64, 2**64) as sign and magnitude, for messages. */
typedef struct wide {
  int neg;
  uint64_t mag;
} wide;

static wide wide_from_i64(int64_t v) {
  wide w;
  w.neg = v < 0;
  w.mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  return w;
}

static void wide_format(wide w, char *buf, size_t cap) {
  snprintf(buf, cap, "%s%" PRIu64, (w.neg && w.mag != 0) ? "-" : "", w.mag);
}

/* start + step * index, known to land in [min(start, stop), max(...)), so
 * arithmetic mod 2**64 gives the exact int64 result. */
static int64_t offset(int64_t start, int64_t step, uint64_t index) {
  uint64_t v = (uint64_t)start + (uint64_t)step * index;
  return v > (uint64_t)INT64_MAX ? -(int64_t)(UINT64_MAX - v) - 1 : (int64_t)v;
}

/* randrange's body once the arguments are ints. width = stop - start is
 * passed as either "positive, width - 1 = wm1" or "non-positive, magnitude
 * mag" since it spans (-2**64, 2**64]; stop is only for the message. */
static npr_status randrange_core(npr_pyrandom *r, int64_t start, wide stop, int width_positive, uint64_t wv,
                                 int64_t step, int64_t *out, npr_error *err) {
  uint64_t nm1;
  if (step == 1) {
    if (width_positive) {
      *out = offset(start, 1, pyr_randbelow_nm1(&r->mt, wv));
      return NPR_OK;
    } else {
      char a[32], b[32], c[32];
      wide w;
      w.neg = 1;
      w.mag = wv;
      wide_format(wide_from_i64(start), a, sizeof a);
      wide_format(stop, b, sizeof b);
      wide_format(w, c, sizeof c);
      return npr_fail(err, NPR_VALUE_ERROR, "empty range for randrange() (%s, %s, %s)", a, b, c);
    }
  }
  if (step > 0) {
    /* n = (width + step - 1) // step = ceil(width / step) */
    if (!width_positive) {
      return npr_fail(err, NPR_VALUE_ERROR, "empty range for randrange()");
    }
    nm1 = wv / (uint64_t)step;
  } else if (step < 0) {
    /* n = (width + step + 1) // step = ceil(-width / -step) */
    uint64_t s = 0 - (uint64_t)step;
    if (width_positive || wv == 0) {
      return npr_fail(err, NPR_VALUE_ERROR, "empty range for randrange()");
    }
    nm1 = (wv - 1) / s;
  } else {
    return npr_fail(err, NPR_VALUE_ERROR, "zero step for randrange()");
  }
  *out = offset(start, step, pyr_randbelow_nm1(&r->mt, nm1));
  return NPR_OK;
}

npr_status npr_pyrandom_randrange(npr_pyrandom *r, int64_t start, const int64_t *stop, int64_t step, int64_t *out,
                                  npr_error *err) {
  if (stop == NULL) {
    if (step != 1) {
      return npr_fail(err, NPR_TYPE_ERROR, "Missing a non-None stop argument");
    }
    if (start > 0) {
      *out = (int64_t)pyr_randbelow_nm1(&r->mt, (uint64_t)start - 1);
      return NPR_OK;
    }
    return npr_fail(err, NPR_VALUE_ERROR, "empty range for randrange()");
  }
  if (*stop > start) {
    return randrange_core(r, start, wide_from_i64(*stop), 1, (uint64_t)*stop - (uint64_t)start - 1, step, out, err);
  }
  return randrange_core(r, start, wide_from_i64(*stop), 0, (uint64_t)start - (uint64_t)*stop, step, out, err);
}

npr_status npr_pyrandom_randint(npr_pyrandom *r, int64_t a, int64_t b, int64_t *out, npr_error *err) {
  /* stop = b + 1 may be 2**63 and width = b + 1 - a up to 2**64 */
  wide stop;
  if (b >= -1) {
    stop.neg = 0;
    stop.mag = (uint64_t)b + 1;
  } else {
    stop.neg = 1;
    stop.mag = 0 - (uint64_t)b - 1;
  }
  if (b >= a) {
    return randrange_core(r, a, stop, 1, (uint64_t)b - (uint64_t)a, 1, out, err);
  }
  return randrange_core(r, a, stop, 0, (uint64_t)a - (uint64_t)b - 1, 1, out, err);
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

static size_t bisect_right_i64(const int64_t *a, int64_t x, size_t lo, size_t hi) {
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
    int64_t *cum, total;
    size_t j;
    if (n_counts != n) {
      return npr_fail(err, NPR_VALUE_ERROR, "The number of counts does not match the population");
    }
    if (n == 0) {
      return npr_fail(err, NPR_INDEX_ERROR, "pop from empty list");
    }
    cum = malloc(n * sizeof *cum);
    if (cum == NULL) {
      return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    }
    for (j = 0; j < n; j++) {
      int64_t prev = j == 0 ? 0 : cum[j - 1], c = counts[j];
      if ((c > 0 && prev > INT64_MAX - c) || (c < 0 && prev < INT64_MIN - c)) {
        free(cum);
        return npr_fail(err, NPR_NOT_IMPLEMENTED, "cumulative counts do not fit int64");
      }
      cum[j] = prev + c;
    }
    total = cum[n - 1];
    if (total <= 0) {
      free(cum);
      return npr_fail(err, NPR_VALUE_ERROR, "Total of counts must be greater than zero");
    }
    if (k < 0 || k > total) {
      free(cum);
      return npr_fail(err, NPR_VALUE_ERROR, "Sample larger than population or is negative");
    }
    tmp = malloc((size_t)(k > 0 ? k : 1) * sizeof *tmp);
    if (tmp == NULL) {
      free(cum);
      return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    }
    st = sample_core(r, (uint64_t)total, k, tmp, err);
    /* the last cumulative count was popped off before bisecting */
    for (i = 0; st == NPR_OK && i < k; i++) {
      out[i] = bisect_right_i64(cum, (int64_t)tmp[i], 0, n - 1);
    }
    free(tmp);
    free(cum);
    return st;
  }
}
