/* The `python` family: CPython 3.11's random.Random. CPython's methods take
 * no size, so the contract's size N means "call N times"; every method here
 * carries a trailing size=None for that. Sequence methods work on indices
 * into the JSON population and echo the chosen elements. */
#include <stdlib.h>
#include <string.h>

#include "adapters.h"
#include "families.h"
#include "nprand/pyrandom.h"
#include "seeding.h"

/* --- seeds ---------------------------------------------------------------- */

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static npr_status seed_python(npr_pyrandom *r, const cJSON *seed, const cJSON *version_item, npr_error *err) {
  int64_t version = 2;
  npr_status st;
  if (version_item != NULL && !cJSON_IsNull(version_item) && (st = npr_json_to_i64(version_item, &version, err)) != NPR_OK) {
    return st;
  }
  if (seed == NULL || cJSON_IsNull(seed)) return npr_pyrandom_seed_entropy(r, err);
  if (npr_json_is_integer(seed)) return npr_pyrandom_seed_decimal(r, npr_json_number_text(seed), err);
  if (cJSON_IsBool(seed)) {
    npr_pyrandom_seed_i64(r, cJSON_IsTrue(seed) ? 1 : 0);
    return NPR_OK;
  }
  if (cJSON_IsNumber(seed)) {
    double d = 0;
    npr_json_to_double(seed, &d, NULL);
    return npr_pyrandom_seed_double(r, d, err);
  }
  if (cJSON_IsObject(seed)) {
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(seed, "str");
    const cJSON *b = cJSON_GetObjectItemCaseSensitive(seed, "bytes");
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(seed, "float");
    if (cJSON_IsString(s)) return npr_pyrandom_seed_str(r, s->valuestring, strlen(s->valuestring), (int)version, err);
    if (cJSON_IsString(b)) {
      size_t n = strlen(b->valuestring), i;
      unsigned char *bytes;
      if (n % 2) return npr_fail(err, NPR_VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position %zu", n);
      if ((bytes = malloc(n / 2 + 1)) == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
      for (i = 0; i < n / 2; i++) {
        int hi = hex_digit(b->valuestring[2 * i]), lo = hex_digit(b->valuestring[2 * i + 1]);
        if (hi < 0 || lo < 0) {
          free(bytes);
          return npr_fail(err, NPR_VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position %zu",
                          hi < 0 ? 2 * i : 2 * i + 1);
        }
        bytes[i] = (unsigned char)(hi << 4 | lo);
      }
      st = npr_pyrandom_seed_bytes(r, bytes, n / 2, (int)version, err);
      free(bytes);
      return st;
    }
    if (f != NULL) {
      double d;
      if ((st = npr_json_to_double(f, &d, err)) != NPR_OK) return st;
      return npr_pyrandom_seed_double(r, d, err);
    }
  }
  return npr_fail(err, NPR_TYPE_ERROR,
                  "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

static npr_status open_python(void *stream, const cJSON *request, npr_error *err) {
  return seed_python(stream, cJSON_GetObjectItemCaseSensitive(request, "seed"), NULL, err);
}

/* --- argument helpers ------------------------------------------------------ */

/* CPython's ints are unbounded; nprand's integer arguments stop at int64. */
static npr_status int_arg(const npr_args *a, int i, int64_t *out, npr_error *err) {
  npr_status st = npr_arg_i64(a, i, out, err);
  if (st == NPR_OVERFLOW_ERROR) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED, "integer arguments beyond the int64 range are not supported by nprand");
  }
  return st;
}

/* size: how many times to call (1 for None). */
static npr_status repeat_count(const npr_args *a, int i, size_t *n, npr_error *err) {
  bool scalar;
  return npr_arg_size(a, i, &scalar, n, err);
}

/* A population: a JSON list, or a str (its characters). */
typedef struct population {
  npr_json_array arr;  /* list elements */
  const char *text;    /* or the str's UTF-8 */
  size_t *char_starts; /* byte offset of each character, plus the end */
  size_t n;
} population;

static npr_status population_view(const cJSON *x, population *pop, npr_error *err) {
  memset(pop, 0, sizeof *pop);
  if (cJSON_IsString(x)) {
    const unsigned char *s = (const unsigned char *)x->valuestring;
    size_t len = strlen(x->valuestring), i;
    pop->text = x->valuestring;
    if ((pop->char_starts = npr_alloc_values(len + 1, sizeof *pop->char_starts, err)) == NULL) return NPR_MEMORY_ERROR;
    for (i = 0; i < len; i++) {
      if ((s[i] & 0xC0) != 0x80) pop->char_starts[pop->n++] = i;
    }
    pop->char_starts[pop->n] = len;
    return NPR_OK;
  }
  if (!cJSON_IsArray(x)) {
    return npr_fail(err, NPR_TYPE_ERROR, "object of type '%s' has no len()",
                    cJSON_IsNumber(x) ? (npr_json_is_integer(x) ? "int" : "float") : cJSON_IsNull(x) ? "NoneType" : "dict");
  }
  {
    const cJSON *item;
    size_t k = 0;
    pop->arr.n = (size_t)cJSON_GetArraySize(x);
    pop->arr.ndim = 1;
    pop->arr.shape[0] = pop->arr.n;
    if ((pop->arr.elems = npr_alloc_values(pop->arr.n ? pop->arr.n : 1, sizeof *pop->arr.elems, err)) == NULL) {
      return NPR_MEMORY_ERROR;
    }
    cJSON_ArrayForEach(item, x) pop->arr.elems[k++] = item;
    pop->n = pop->arr.n;
  }
  return NPR_OK;
}

static void population_put(const population *pop, size_t idx, npr_values *out) {
  if (pop->text != NULL) {
    npr_values_str(out, pop->text + pop->char_starts[idx], pop->char_starts[idx + 1] - pop->char_starts[idx]);
  } else {
    npr_values_json(out, pop->arr.elems[idx]);
  }
}

static void population_free(population *pop) {
  free(pop->char_starts);
  npr_json_array_free(&pop->arr);
}

/* Decimal text of the non-negative int sum(words[i] << 32*i). */
static void put_big_words(const uint32_t *words, size_t n, npr_values *out) {
  uint32_t *w = malloc((n ? n : 1) * sizeof *w);
  char *digits = malloc(n * 10 + 2);
  size_t len = 0, used = n, i;
  if (w == NULL || digits == NULL) {
    free(w);
    free(digits);
    out->failed = true;
    return;
  }
  memcpy(w, words, n * sizeof *w);
  while (used > 0 && w[used - 1] == 0) used--;
  do {
    /* divide by 10**9, collecting the remainder's nine digits */
    uint64_t rem = 0;
    int d;
    for (i = used; i-- > 0;) {
      uint64_t cur = (rem << 32) | w[i];
      w[i] = (uint32_t)(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    while (used > 0 && w[used - 1] == 0) used--;
    for (d = 0; d < 9 && (used > 0 || rem > 0 || d == 0); d++) {
      digits[len++] = (char)('0' + rem % 10);
      rem /= 10;
    }
  } while (used > 0);
  for (i = 0; i < len / 2; i++) {
    char t = digits[i];
    digits[i] = digits[len - 1 - i];
    digits[len - 1 - i] = t;
  }
  digits[len] = '\0';
  npr_values_big(out, digits);
  free(w);
  free(digits);
}

/* --- methods ------------------------------------------------------------- */

static npr_status m_random(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  size_t n, i;
  npr_status st = repeat_count(a, 0, &n, err);
  if (st != NPR_OK) return st;
  for (i = 0; i < n; i++) npr_values_float(out, npr_pyrandom_random(s));
  return NPR_OK;
}

static npr_status int_digits_error(npr_error *err) {
  return npr_fail(err, NPR_VALUE_ERROR,
                  "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() "
                  "to increase the limit",
                  NPR_INT_MAX_STR_DIGITS);
}

static npr_status m_getrandbits(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  int64_t k;
  size_t n, i, cap, nwords;
  uint32_t *words;
  npr_status st;
  if ((st = int_arg(a, 0, &k, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 1, &n, err)) != NPR_OK) return st;
  /* Python prints no int of more than 4300 digits (int_max_str_digits),
   * so the oracle cannot show such a result: nprand refuses it with the
   * same ValueError. From 16384 bits on that is certain but for a chance
   * below 2**-2000, so those are refused without drawing: this also bounds
   * the work of one value. */
  if (k > 16384) return int_digits_error(err);
  cap = k > 0 ? (size_t)((k + 31) / 32) : 1;
  if (n > 0 && cap > NPR_MAX_REQUEST_BYTES / 10 / n) {
    return npr_fail(err, NPR_MEMORY_ERROR, "nprand limit: %zu values of getrandbits(%lld) (README: Limits per request)", n,
                    (long long)k);
  }
  if ((words = npr_alloc_values(cap, sizeof *words, err)) == NULL) return NPR_MEMORY_ERROR;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_getrandbits_words(s, k, words, cap, &nwords, err)) != NPR_OK) break;
    put_big_words(words, nwords, out);
    if (out->n > 0 && out->v[out->n - 1].as.s.n > NPR_INT_MAX_STR_DIGITS) {
      st = int_digits_error(err);
      break;
    }
  }
  free(words);
  return st;
}

static npr_status m_randbytes(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  int64_t len;
  size_t n, i;
  unsigned char *buf;
  npr_status st;
  if ((st = int_arg(a, 0, &len, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 1, &n, err)) != NPR_OK) return st;
  if (len > 0 && n > 0 && (uint64_t)len > NPR_MAX_REQUEST_BYTES / n) {
    return npr_fail(err, NPR_MEMORY_ERROR, "nprand limit: %zu values of randbytes(%lld) (README: Limits per request)", n,
                    (long long)len);
  }
  if ((buf = npr_alloc_count(len, 1, err)) == NULL) return NPR_MEMORY_ERROR;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_randbytes(s, len, buf, err)) != NPR_OK) break;
    npr_values_bytes(out, buf, (size_t)len);
  }
  free(buf);
  return st;
}

static npr_status m_randrange(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  int64_t start, stop, step, v;
  size_t n, i;
  bool has_stop = !npr_arg_is_none(a, 1);
  npr_status st;
  if ((st = int_arg(a, 0, &start, err)) != NPR_OK) return st;
  if (has_stop && (st = int_arg(a, 1, &stop, err)) != NPR_OK) return st;
  if ((st = int_arg(a, 2, &step, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 3, &n, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_randrange(s, start, has_stop ? &stop : NULL, step, &v, err)) != NPR_OK) return st;
    npr_values_int(out, v);
  }
  return NPR_OK;
}

static npr_status m_randint(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  int64_t lo, hi, v;
  size_t n, i;
  npr_status st;
  if ((st = int_arg(a, 0, &lo, err)) != NPR_OK) return st;
  if ((st = int_arg(a, 1, &hi, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 2, &n, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_randint(s, lo, hi, &v, err)) != NPR_OK) return st;
    npr_values_int(out, v);
  }
  return NPR_OK;
}

static npr_status m_choice(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  population pop;
  size_t n, i, idx;
  npr_status st;
  if ((st = population_view(a->v[0], &pop, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 1, &n, err)) == NPR_OK) {
    for (i = 0; i < n; i++) {
      if ((st = npr_pyrandom_choice(s, pop.n, &idx, err)) != NPR_OK) break;
      population_put(&pop, idx, out);
    }
  }
  population_free(&pop);
  return st;
}

static npr_status m_choices(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  population pop;
  double *weights = NULL, *cum = NULL;
  size_t n_w = 0, n_c = 0, n, i, j, *idx = NULL;
  int64_t k;
  npr_status st;
  if ((st = population_view(a->v[0], &pop, err)) != NPR_OK) return st;
  if ((st = npr_arg_double_list(a, 1, &weights, &n_w, err)) != NPR_OK) goto done;
  if ((st = npr_arg_double_list(a, 2, &cum, &n_c, err)) != NPR_OK) goto done;
  if ((st = int_arg(a, 3, &k, err)) != NPR_OK) goto done;
  if ((st = repeat_count(a, 4, &n, err)) != NPR_OK) goto done;
  if ((idx = npr_alloc_values(k > 0 ? (size_t)k : 1, sizeof *idx, err)) == NULL) {
    st = NPR_MEMORY_ERROR;
    goto done;
  }
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_choices(s, pop.n, weights, n_w, cum, n_c, k, idx, err)) != NPR_OK) break;
    for (j = 0; j < (size_t)(k > 0 ? k : 0); j++) population_put(&pop, idx[j], out);
  }
done:
  free(idx);
  free(weights);
  free(cum);
  population_free(&pop);
  return st;
}

static npr_status m_shuffle(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  population pop;
  size_t *idx, i, k, n;
  npr_status st;
  if (!cJSON_IsArray(a->v[0])) {
    /* random.shuffle mutates: a str is immutable */
    return npr_fail(err, NPR_TYPE_ERROR, cJSON_IsString(a->v[0]) ? "'str' object does not support item assignment"
                                                                 : "object of type '%s' has no len()",
                    "int");
  }
  if ((st = population_view(a->v[0], &pop, err)) != NPR_OK) return st;
  if ((idx = npr_alloc_values(pop.n ? pop.n : 1, sizeof *idx, err)) == NULL) {
    population_free(&pop);
    return NPR_MEMORY_ERROR;
  }
  if ((st = repeat_count(a, 1, &n, err)) == NPR_OK) {
    /* size N: N shuffles in a row of the same list, each result kept */
    for (i = 0; i < pop.n; i++) idx[i] = i;
    for (k = 0; k < n; k++) {
      npr_pyrandom_shuffle(s, idx, pop.n, sizeof *idx);
      for (i = 0; i < pop.n; i++) population_put(&pop, idx[i], out);
    }
  }
  free(idx);
  population_free(&pop);
  return st;
}

static npr_status m_sample(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  population pop;
  int64_t k, *counts = NULL;
  size_t n_counts = 0, n, i, j, *idx = NULL;
  npr_status st;
  if ((st = population_view(a->v[0], &pop, err)) != NPR_OK) return st;
  if ((st = int_arg(a, 1, &k, err)) != NPR_OK) goto done;
  if (!npr_arg_is_none(a, 2)) {
    const cJSON *item;
    if (!cJSON_IsArray(a->v[2])) {
      st = npr_fail(err, NPR_TYPE_ERROR, "counts must be a list of ints");
      goto done;
    }
    n_counts = (size_t)cJSON_GetArraySize(a->v[2]);
    if ((counts = npr_alloc_values(n_counts ? n_counts : 1, sizeof *counts, err)) == NULL) {
      st = NPR_MEMORY_ERROR;
      goto done;
    }
    i = 0;
    cJSON_ArrayForEach(item, a->v[2]) {
      if ((st = npr_json_to_i64(item, &counts[i++], err)) != NPR_OK) goto done;
    }
  }
  if ((st = repeat_count(a, 3, &n, err)) != NPR_OK) goto done;
  if ((idx = npr_alloc_values(k > 0 ? (size_t)k : 1, sizeof *idx, err)) == NULL) {
    st = NPR_MEMORY_ERROR;
    goto done;
  }
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_sample(s, pop.n, k, counts, counts ? n_counts : 0, idx, err)) != NPR_OK) break;
    for (j = 0; j < (size_t)(k > 0 ? k : 0); j++) population_put(&pop, idx[j], out);
  }
done:
  free(idx);
  free(counts);
  population_free(&pop);
  return st;
}

/* Float methods: up to three float parameters, then size. */
typedef npr_status (*float_method_fn)(npr_pyrandom *r, const double *p, double *out, npr_error *err);

static npr_status run_floats(npr_pyrandom *r, const npr_args *a, int n_params, float_method_fn fn, npr_values *out,
                             npr_error *err) {
  double p[3], v;
  size_t n, i;
  int k;
  npr_status st;
  for (k = 0; k < n_params; k++) {
    if ((st = npr_arg_double(a, k, &p[k], err)) != NPR_OK) return st;
  }
  if ((st = repeat_count(a, n_params, &n, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    if ((st = fn(r, p, &v, err)) != NPR_OK) return st;
    npr_values_float(out, v);
  }
  return NPR_OK;
}

static npr_status f_uniform(npr_pyrandom *r, const double *p, double *o, npr_error *e) {
  (void)e;
  *o = npr_pyrandom_uniform(r, p[0], p[1]);
  return NPR_OK;
}
static npr_status f_gauss(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_gauss(r, p[0], p[1], o, e); }
static npr_status f_normal(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_normalvariate(r, p[0], p[1], o, e); }
static npr_status f_lognormal(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_lognormvariate(r, p[0], p[1], o, e); }
static npr_status f_expo(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_expovariate(r, p[0], o, e); }
static npr_status f_vonmises(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_vonmisesvariate(r, p[0], p[1], o, e); }
static npr_status f_gamma(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_gammavariate(r, p[0], p[1], o, e); }
static npr_status f_beta(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_betavariate(r, p[0], p[1], o, e); }
static npr_status f_pareto(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_paretovariate(r, p[0], o, e); }
static npr_status f_weibull(npr_pyrandom *r, const double *p, double *o, npr_error *e) { return npr_pyrandom_weibullvariate(r, p[0], p[1], o, e); }

#define FLOAT_METHOD(mname, np, fn) \
  static npr_status mname(void *s, const npr_args *a, npr_values *out, npr_error *err) { return run_floats(s, a, np, fn, out, err); }

FLOAT_METHOD(m_uniform, 2, f_uniform)
FLOAT_METHOD(m_gauss, 2, f_gauss)
FLOAT_METHOD(m_normalvariate, 2, f_normal)
FLOAT_METHOD(m_lognormvariate, 2, f_lognormal)
FLOAT_METHOD(m_expovariate, 1, f_expo)
FLOAT_METHOD(m_vonmisesvariate, 2, f_vonmises)
FLOAT_METHOD(m_gammavariate, 2, f_gamma)
FLOAT_METHOD(m_betavariate, 2, f_beta)
FLOAT_METHOD(m_paretovariate, 1, f_pareto)
FLOAT_METHOD(m_weibullvariate, 2, f_weibull)

static npr_status m_triangular(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  double low, high, mode, v;
  bool has_mode = !npr_arg_is_none(a, 2);
  size_t n, i;
  npr_status st;
  if ((st = npr_arg_double(a, 0, &low, err)) != NPR_OK) return st;
  if ((st = npr_arg_double(a, 1, &high, err)) != NPR_OK) return st;
  if (has_mode && (st = npr_arg_double(a, 2, &mode, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 3, &n, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_triangular(s, low, high, has_mode ? &mode : NULL, &v, err)) != NPR_OK) return st;
    npr_values_float(out, v);
  }
  return NPR_OK;
}

/* getstate(): (3, (*key, pos), gauss_next) flattened; None adds nothing. */
static npr_status m_getstate(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  npr_pyrandom_state state;
  int i;
  (void)a;
  (void)err;
  npr_pyrandom_getstate(s, &state);
  npr_values_int(out, state.version);
  for (i = 0; i < NPR_MT19937_N; i++) npr_values_uint(out, state.key[i]);
  npr_values_int(out, state.pos);
  if (state.has_gauss_next) npr_values_float(out, state.gauss_next);
  return NPR_OK;
}

static npr_status m_seed(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  (void)out;
  return seed_python(s, a->v[0], a->v[1], err);
}

static const npr_entry python_methods[] = {
    {"random", "size=None", m_random, NULL},
    {"getrandbits", "k, size=None", m_getrandbits, NULL},
    {"randbytes", "n, size=None", m_randbytes, NULL},
    {"randrange", "start, stop=None, step=1, size=None", m_randrange, NULL},
    {"randint", "a, b, size=None", m_randint, NULL},
    {"choice", "seq, size=None", m_choice, NULL},
    {"choices", "population, weights=None, cum_weights=None, k=1, size=None", m_choices, NULL},
    {"shuffle", "x, size=None", m_shuffle, NULL},
    {"sample", "population, k, counts=None, size=None", m_sample, NULL},
    {"uniform", "a, b, size=None", m_uniform, NULL},
    {"triangular", "low=0.0, high=1.0, mode=None, size=None", m_triangular, NULL},
    {"gauss", "mu=0.0, sigma=1.0, size=None", m_gauss, NULL},
    {"normalvariate", "mu=0.0, sigma=1.0, size=None", m_normalvariate, NULL},
    {"lognormvariate", "mu, sigma, size=None", m_lognormvariate, NULL},
    {"expovariate", "lambd, size=None", m_expovariate, NULL},
    {"vonmisesvariate", "mu, kappa, size=None", m_vonmisesvariate, NULL},
    {"gammavariate", "alpha, beta, size=None", m_gammavariate, NULL},
    {"betavariate", "alpha, beta, size=None", m_betavariate, NULL},
    {"paretovariate", "alpha, size=None", m_paretovariate, NULL},
    {"weibullvariate", "alpha, beta, size=None", m_weibullvariate, NULL},
    {"getstate", "", m_getstate, NULL},
    {"seed", "a=None, version=2", m_seed, NULL},
};

const npr_family npr_family_python = {
    "python", "Random", true, sizeof(npr_pyrandom), open_python, NULL, python_methods,
    sizeof python_methods / sizeof python_methods[0],
    NULL,
    NULL,
    NULL,
};
