/* The `python` family: CPython's random.Random, 3.11 unless the request
 * names another version ("python": "3.13"). CPython's methods take no size,
 * so the contract's size N means "call N times"; every method here carries
 * a trailing size=None for that. Sequence methods work on indices into the
 * JSON population and echo the chosen elements. Integer arguments and
 * results are Python ints of any size (npr_bigint). */
#include <math.h>
#include <stdio.h>
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
  /* seeding resets the version; the message below is the caller's version's */
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
                  r->python >= NPR_PYTHON_3_13
                      ? "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray."
                      : "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

/* Random.seed() keeps the version: the seeding calls make a 3.11 Random. */
static npr_status reseed_python(npr_pyrandom *r, const cJSON *seed, const cJSON *version_item, npr_error *err) {
  npr_python python = r->python;
  npr_status st = seed_python(r, seed, version_item, err);
  if (st == NPR_OK) st = npr_pyrandom_set_python(r, python, err);
  return st;
}

/* "python": "3.13" (a string, or the number 3.13); absent or null is 3.11. */
static npr_status open_python(void *stream, const cJSON *request, npr_error *err) {
  npr_pyrandom *r = stream;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive(request, "python");
  npr_python python = NPR_PYTHON_3_11;
  npr_status st;
  if (item != NULL && !cJSON_IsNull(item)) {
    const char *text = cJSON_IsString(item) ? item->valuestring : cJSON_IsNumber(item) ? npr_json_number_text(item) : NULL;
    if (text == NULL) return npr_fail(err, NPR_TYPE_ERROR, "\"python\" must be a version string such as \"3.13\"");
    if ((st = npr_python_parse(text, &python, err)) != NPR_OK) return st;
  }
  r->python = python;
  return reseed_python(r, cJSON_GetObjectItemCaseSensitive(request, "seed"), NULL, err);
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

static bool is_float_item(const cJSON *x) {
  if (cJSON_IsNumber(x)) return !npr_json_is_integer(x);
  return cJSON_IsString(x) && (strcmp(x->valuestring, "nan") == 0 || strcmp(x->valuestring, "inf") == 0 ||
                               strcmp(x->valuestring, "-inf") == 0);
}

/* type(x).__name__ of a JSON argument as the oracle passes it. */
static const char *py_type(const cJSON *x) {
  if (cJSON_IsNull(x)) return "NoneType";
  if (cJSON_IsBool(x)) return "bool";
  if (is_float_item(x)) return "float";
  if (cJSON_IsNumber(x)) return "int";
  if (cJSON_IsString(x)) return "str";
  if (cJSON_IsArray(x)) return "list";
  return "dict";
}

/* operator.index(x): ints (and bools) only. */
static npr_status py_index(const cJSON *x, npr_bigint *out, npr_error *err) {
  if (cJSON_IsBool(x)) {
    npr_bigint_from_i64(out, cJSON_IsTrue(x) ? 1 : 0);
    return NPR_OK;
  }
  if (cJSON_IsNumber(x) && npr_json_is_integer(x)) return npr_bigint_from_decimal(out, npr_json_number_text(x), err);
  return npr_fail(err, NPR_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", py_type(x));
}

/* An integral double as an exact int: %.0f prints every digit. */
static npr_status bigint_from_integral(double d, npr_bigint *out, npr_error *err) {
  char text[400];
  snprintf(text, sizeof text, "%.0f", d);
  return npr_bigint_from_decimal(out, text, err);
}

/* randrange's conversion of a float argument. */
static npr_status randrange_float(npr_python py, double d, const char *which, npr_bigint *out, npr_error *err) {
  if (py >= NPR_PYTHON_3_12) return npr_fail(err, NPR_TYPE_ERROR, "'float' object cannot be interpreted as an integer");
  if (isnan(d)) return npr_fail(err, NPR_VALUE_ERROR, "cannot convert float NaN to integer");
  if (isinf(d)) return npr_fail(err, NPR_OVERFLOW_ERROR, "cannot convert float infinity to integer");
  if (d != trunc(d)) return npr_fail(err, NPR_VALUE_ERROR, "non-integer %s for randrange()", which);
  return bigint_from_integral(d, out, err);
}

/* randrange's conversion of start/stop/step: operator.index from 3.12 on;
 * 3.11 falls back to int(x), which must equal x. which is "arg 1", "stop"
 * or "step", for 3.11's messages. */
static npr_status randrange_int(npr_python py, const cJSON *x, const char *which, npr_bigint *out, npr_error *err) {
  if (py >= NPR_PYTHON_3_12 || cJSON_IsBool(x) || (cJSON_IsNumber(x) && npr_json_is_integer(x))) {
    return py_index(x, out, err);
  }
  if (is_float_item(x)) {
    double d;
    npr_status st = npr_json_to_double(x, &d, err);
    if (st != NPR_OK) return st;
    return randrange_float(py, d, which, out, err);
  }
  if (cJSON_IsString(x)) {
    /* int(str) may succeed, but a str never equals the int */
    npr_bigint v;
    if (npr_bigint_from_decimal(&v, x->valuestring, NULL) == NPR_OK) {
      return npr_fail(err, NPR_VALUE_ERROR, "non-integer %s for randrange()", which);
    }
    return npr_fail(err, NPR_VALUE_ERROR, "invalid literal for int() with base 10: '%.200s'", x->valuestring);
  }
  return npr_fail(err, NPR_TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                  py_type(x));
}

/* str() of an int argument as randrange's 3.12+ f-string messages show
 * it: a bool stays True/False there. */
static void arg_text(const cJSON *x, const npr_bigint *v, char *buf, size_t cap) {
  if (cJSON_IsBool(x)) {
    snprintf(buf, cap, "%s", cJSON_IsTrue(x) ? "True" : "False");
  } else if (npr_bigint_to_decimal(v, buf, cap) == 0) {
    buf[0] = '\0';
  }
}

/* Re-words an "empty range in randrange(...)" error when a bool was
 * passed: the library formats ints. step == NULL: the two-argument form. */
static npr_status bool_range_message(npr_status st, const npr_pyrandom *r, const cJSON *xa, const npr_bigint *a,
                                     const cJSON *xb, const npr_bigint *b, const cJSON *xc, const npr_bigint *c,
                                     npr_error *err) {
  char ta[NPR_BIGINT_DECIMAL_MAX], tb[NPR_BIGINT_DECIMAL_MAX], tc[NPR_BIGINT_DECIMAL_MAX];
  if (st != NPR_VALUE_ERROR || err == NULL || r->python < NPR_PYTHON_3_12 ||
      strncmp(err->message, "empty range in randrange(", 25) != 0 ||
      !(cJSON_IsBool(xa) || cJSON_IsBool(xb) || (xc != NULL && cJSON_IsBool(xc)))) {
    return st;
  }
  arg_text(xa, a, ta, sizeof ta);
  arg_text(xb, b, tb, sizeof tb);
  if (xc == NULL || strchr(err->message + 25, ',') == strrchr(err->message + 25, ',')) {
    return npr_fail(err, st, "empty range in randrange(%.80s, %.80s)", ta, tb);
  }
  arg_text(xc, c, tc, sizeof tc);
  return npr_fail(err, st, "empty range in randrange(%.80s, %.80s, %.80s)", ta, tb, tc);
}

static void put_bigint(const npr_bigint *v, npr_values *out) {
  int64_t small;
  char text[NPR_BIGINT_DECIMAL_MAX];
  if (npr_bigint_to_i64(v, &small)) {
    npr_values_int(out, small);
  } else {
    npr_bigint_to_decimal(v, text, sizeof text);
    npr_values_big(out, text);
  }
}

/* size: how many times to call (1 for None). */
static npr_status repeat_count(const npr_args *a, int i, size_t *n, npr_error *err) {
  bool scalar;
  return npr_arg_size(a, i, &scalar, n, err);
}

/* A population: a JSON list, a str (its characters), or {"range": [start,
 * stop, step]} for range(...), whose elements may be ints of any size. */
typedef struct population {
  npr_json_array arr;  /* list elements */
  const char *text;    /* or the str's UTF-8 */
  size_t *char_starts; /* byte offset of each character, plus the end */
  bool is_range;       /* or range(start, ..., step) */
  npr_bigint start, step;
  size_t n;
} population;

static bool is_range_object(const cJSON *x) {
  return cJSON_IsObject(x) && cJSON_GetObjectItemCaseSensitive(x, "range") != NULL;
}

/* range(*args) and its len(), which must fit Py_ssize_t. */
static npr_status range_view(const cJSON *args, population *pop, npr_error *err) {
  npr_bigint v[3], stop, len, one;
  const cJSON *item;
  int n = 0;
  npr_status st;
  if (!cJSON_IsArray(args) || cJSON_GetArraySize(args) < 1 || cJSON_GetArraySize(args) > 3) {
    return npr_fail(err, NPR_TYPE_ERROR, "range expected 1 to 3 arguments");
  }
  cJSON_ArrayForEach(item, args) {
    if ((st = py_index(item, &v[n++], err)) != NPR_OK) return st;
  }
  npr_bigint_from_i64(&one, 1);
  pop->is_range = true;
  npr_bigint_from_i64(&pop->start, 0);
  pop->step = one;
  if (n == 1) {
    stop = v[0];
  } else {
    pop->start = v[0];
    stop = v[1];
    if (n == 3) pop->step = v[2];
  }
  if (npr_bigint_sign(&pop->step) == 0) return npr_fail(err, NPR_VALUE_ERROR, "range() arg 3 must not be zero");
  /* len = (stop - start + step - sign(step)) // step, at least 0 (random.py's
   * own formula for randrange) */
  if ((st = npr_bigint_sub(&stop, &pop->start, &len, err)) != NPR_OK) return st;
  if ((st = npr_bigint_add(&len, &pop->step, &len, err)) != NPR_OK) return st;
  if (npr_bigint_sign(&pop->step) > 0) {
    st = npr_bigint_sub(&len, &one, &len, err);
  } else {
    st = npr_bigint_add(&len, &one, &len, err);
  }
  if (st != NPR_OK || (st = npr_bigint_floordiv(&len, &pop->step, &len, err)) != NPR_OK) return st;
  if (npr_bigint_sign(&len) <= 0) {
    pop->n = 0;
  } else {
    int64_t n64;
    if (!npr_bigint_to_i64(&len, &n64)) {
      return npr_fail(err, NPR_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    pop->n = (size_t)n64;
  }
  return NPR_OK;
}

static npr_status population_view(const cJSON *x, population *pop, npr_error *err) {
  memset(pop, 0, sizeof *pop);
  if (is_range_object(x)) {
    npr_status st = range_view(cJSON_GetObjectItemCaseSensitive(x, "range"), pop, err);
    if (st != NPR_OK) return st;
    return NPR_OK;
  }
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
  if (pop->is_range) {
    npr_bigint i, v;
    npr_bigint_from_u64(&i, idx);
    /* start + step * idx lies inside the range: no overflow past its ends */
    npr_bigint_mul(&pop->step, &i, &v, NULL);
    npr_bigint_add(&pop->start, &v, &v, NULL);
    put_bigint(&v, out);
  } else if (pop->text != NULL) {
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
  npr_pyrandom *r = s;
  npr_bigint k;
  int64_t k64 = 0;
  size_t n, i, cap, nwords;
  uint32_t *words;
  npr_status st;
  if ((st = py_index(a->v[0], &k, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 1, &n, err)) != NPR_OK) return st;
  /* a k beyond what one call may produce reaches the library with no room,
   * which answers its own argument errors first, then MemoryError */
  /* Python prints no int of more than 4300 digits (int_max_str_digits):
   * beyond 16384 bits that is all but certain, so such k are refused without
   * drawing, which also bounds one value's work (README: Limits per request) */
  if (npr_bigint_to_i64(&k, &k64) && k64 > 16384) return int_digits_error(err);
  cap = npr_bigint_to_i64(&k, &k64) && k64 > 0 && k64 <= (int64_t)NPR_MAX_VALUES * 32 ? (size_t)((k64 + 31) / 32) : 0;
  if ((words = npr_alloc_values(cap ? cap : 1, sizeof *words, err)) == NULL) return NPR_MEMORY_ERROR;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_getrandbits_big(r, &k, words, cap, &nwords, err)) != NPR_OK) break;
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
  npr_pyrandom *r = s;
  npr_bigint len;
  int64_t len64 = 0;
  size_t n, i, cap;
  unsigned char *buf;
  npr_status st;
  if (cJSON_IsNull(a->v[0]) || cJSON_IsArray(a->v[0]) || cJSON_IsObject(a->v[0])) {
    /* n * 8 fails before getrandbits sees it */
    return npr_fail(err, NPR_TYPE_ERROR, "unsupported operand type(s) for *: '%s' and 'int'", py_type(a->v[0]));
  }
  if ((st = py_index(a->v[0], &len, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 1, &n, err)) != NPR_OK) return st;
  cap = npr_bigint_to_i64(&len, &len64) && len64 > 0 && len64 <= (int64_t)NPR_MAX_VALUES ? (size_t)len64 : 0;
  if ((buf = npr_alloc_values(cap ? cap : 1, 1, err)) == NULL) return NPR_MEMORY_ERROR;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_randbytes_big(r, &len, buf, cap, err)) != NPR_OK) break;
    npr_values_bytes(out, buf, (size_t)len64);
  }
  free(buf);
  return st;
}

/* step is random.py's _ONE object: absent, or the int 1 (small ints are
 * shared objects in CPython). */
static bool is_default_step(const npr_args *a, int i) {
  return !a->given[i] || (cJSON_IsNumber(a->v[i]) && npr_json_is_integer(a->v[i]) &&
                          strcmp(npr_json_number_text(a->v[i]), "1") == 0);
}

static npr_status m_randrange(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  npr_pyrandom *r = s;
  npr_bigint start, stop, step, v;
  size_t n, i;
  bool has_stop = !npr_arg_is_none(a, 1);
  npr_status st;
  if ((st = randrange_int(r->python, a->v[0], "arg 1", &start, err)) != NPR_OK) return st;
  if (!has_stop) {
    if (!is_default_step(a, 2)) return npr_fail(err, NPR_TYPE_ERROR, "Missing a non-None stop argument");
  } else {
    if ((st = randrange_int(r->python, a->v[1], "stop", &stop, err)) != NPR_OK) return st;
    if ((st = randrange_int(r->python, a->v[2], "step", &step, err)) != NPR_OK) return st;
  }
  if ((st = repeat_count(a, 3, &n, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    st = npr_pyrandom_randrange_big(r, &start, has_stop ? &stop : NULL, has_stop ? &step : NULL, &v, err);
    if (st != NPR_OK) return bool_range_message(st, r, a->v[0], &start, a->v[1], &stop, a->v[2], &step, err);
    put_bigint(&v, out);
  }
  return NPR_OK;
}

/* randint(a, b) before 3.14 is randrange(a, b + 1): b + 1 is Python's
 * addition, so a float b gives a float stop (exact to the double). */
static npr_status randint_stop(const cJSON *b, npr_bigint *stop, bool *stop_is_float, double *stop_float,
                               npr_error *err) {
  npr_bigint one, v;
  npr_status st;
  *stop_is_float = false;
  if (cJSON_IsBool(b) || (cJSON_IsNumber(b) && npr_json_is_integer(b))) {
    if ((st = py_index(b, &v, err)) != NPR_OK) return st;
    npr_bigint_from_i64(&one, 1);
    return npr_bigint_add(&v, &one, stop, err);
  }
  if (is_float_item(b)) {
    double d;
    if ((st = npr_json_to_double(b, &d, err)) != NPR_OK) return st;
    *stop_is_float = true;
    *stop_float = d + 1.0;
    return NPR_OK;
  }
  if (cJSON_IsString(b)) return npr_fail(err, NPR_TYPE_ERROR, "can only concatenate str (not \"int\") to str");
  if (cJSON_IsArray(b)) return npr_fail(err, NPR_TYPE_ERROR, "can only concatenate list (not \"int\") to list");
  return npr_fail(err, NPR_TYPE_ERROR, "unsupported operand type(s) for +: '%s' and 'int'", py_type(b));
}

static npr_status m_randint(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  npr_pyrandom *r = s;
  npr_bigint lo, hi, v;
  size_t n, i;
  npr_status st;
  if (r->python >= NPR_PYTHON_3_14) {
    if ((st = py_index(a->v[0], &lo, err)) != NPR_OK) return st;
    if ((st = py_index(a->v[1], &hi, err)) != NPR_OK) return st;
  } else {
    npr_bigint stop, one;
    bool stop_is_float;
    double stop_float;
    if ((st = randint_stop(a->v[1], &stop, &stop_is_float, &stop_float, err)) != NPR_OK) return st;
    if ((st = randrange_int(r->python, a->v[0], "arg 1", &lo, err)) != NPR_OK) return st;
    if (stop_is_float && (st = randrange_float(r->python, stop_float, "stop", &stop, err)) != NPR_OK) return st;
    npr_bigint_from_i64(&one, 1);
    if ((st = npr_bigint_sub(&stop, &one, &hi, err)) != NPR_OK) return st;
  }
  if ((st = repeat_count(a, 2, &n, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_randint_big(r, &lo, &hi, &v, err)) != NPR_OK) {
      npr_bigint stop, one;
      npr_bigint_from_i64(&one, 1);
      npr_bigint_add(&hi, &one, &stop, NULL);
      /* randrange(a, b + 1): the stop is an int even for a bool b */
      return bool_range_message(st, r, a->v[0], &lo, NULL, &stop, NULL, NULL, err);
    }
    put_bigint(&v, out);
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

/* Weights are carried as doubles: exact for int weights while every
 * cumulative sum is a double exactly (|sum of ints| <= 2**53). Past that,
 * CPython's exact int sums and int/float comparisons could pick another
 * element, so nprand refuses instead of answering differently. */
static npr_status check_int_weights(const cJSON *list, npr_error *err) {
  const cJSON *item;
  npr_bigint sum, v, limit;
  if (!cJSON_IsArray(list)) return NPR_OK;
  npr_bigint_from_i64(&sum, 0);
  npr_bigint_from_i64(&limit, (int64_t)1 << 53);
  cJSON_ArrayForEach(item, list) {
    if (!(cJSON_IsNumber(item) && npr_json_is_integer(item))) continue;
    if (npr_bigint_from_decimal(&v, npr_json_number_text(item), NULL) != NPR_OK) {
      return npr_fail(err, NPR_NOT_IMPLEMENTED, "integer weights beyond 2**53 are not supported by nprand");
    }
    v.negative = 0;
    if (npr_bigint_add(&sum, &v, &sum, NULL) != NPR_OK || npr_bigint_cmp(&sum, &limit) > 0) {
      return npr_fail(err, NPR_NOT_IMPLEMENTED, "integer weights beyond 2**53 are not supported by nprand");
    }
  }
  return NPR_OK;
}

static npr_status m_choices(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  population pop;
  double *weights = NULL, *cum = NULL;
  size_t n_w = 0, n_c = 0, n, i, j, *idx = NULL;
  int64_t k;
  npr_status st;
  if ((st = population_view(a->v[0], &pop, err)) != NPR_OK) return st;
  if ((st = check_int_weights(a->v[1], err)) != NPR_OK || (st = check_int_weights(a->v[2], err)) != NPR_OK) goto done;
  if ((st = npr_arg_double_list(a, 1, &weights, &n_w, err)) != NPR_OK) goto done;
  if ((st = npr_arg_double_list(a, 2, &cum, &n_c, err)) != NPR_OK) goto done;
  {
    /* k reaches itertools.repeat only after the weights were checked: a bad
     * k is reported after a dry run with k = 0, which draws nothing */
    npr_bigint kb;
    npr_error k_err;
    npr_status k_st = py_index(a->v[3], &kb, &k_err);
    if (k_st == NPR_OK && !npr_bigint_to_i64(&kb, &k)) {
      k_st = npr_fail(&k_err, NPR_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    if (k_st != NPR_OK) {
      size_t none;
      if ((st = npr_pyrandom_choices(s, pop.n, weights, n_w, cum, n_c, 0, &none, err)) == NPR_OK) {
        st = k_st;
        if (err != NULL) *err = k_err;
      }
      goto done;
    }
  }
  if ((st = repeat_count(a, 4, &n, err)) != NPR_OK) goto done;
  if ((idx = npr_alloc_values(k > 0 ? (size_t)k : 1, sizeof *idx, err)) == NULL) {
    st = NPR_MEMORY_ERROR;
    goto done;
  }
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_choices(s, pop.n, weights, n_w, cum, n_c, k, idx, err)) != NPR_OK) {
      /* population[i] fails in the population's own words */
      if (st == NPR_INDEX_ERROR && weights == NULL && cum == NULL && (pop.is_range || pop.text != NULL)) {
        npr_fail(err, st, "%s index out of range", pop.is_range ? "range object" : "string");
      }
      break;
    }
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
  if (is_range_object(a->v[0])) {
    /* len() first, then the first swap fails (after its draw, which no
     * later call sees: the error ends the request) */
    if ((st = population_view(a->v[0], &pop, err)) != NPR_OK) return st;
    if (pop.n >= 2) return npr_fail(err, NPR_TYPE_ERROR, "'range' object does not support item assignment");
    if ((st = repeat_count(a, 1, &n, err)) != NPR_OK) return st;
    for (k = 0; k < n; k++) {
      for (i = 0; i < pop.n; i++) population_put(&pop, i, out);
    }
    return NPR_OK;
  }
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

/* sample's k against n = len(population) when k is not an int. */
static npr_status sample_k_error(const cJSON *k, size_t n, npr_error *err) {
  if (is_float_item(k)) {
    double d;
    npr_json_to_double(k, &d, NULL);
    if (d >= 0 && d <= (double)n) {
      return npr_fail(err, NPR_TYPE_ERROR, "can't multiply sequence by non-int of type 'float'");
    }
    return npr_fail(err, NPR_VALUE_ERROR, "Sample larger than population or is negative");
  }
  return npr_fail(err, NPR_TYPE_ERROR, "'<=' not supported between instances of 'int' and '%s'", py_type(k));
}

/* counts: ints of any size; a float anywhere makes the total a float. */
static npr_status sample_counts(const cJSON *x, npr_bigint **counts, size_t *n_counts, bool *has_float,
                                npr_error *err) {
  const cJSON *item;
  size_t i = 0;
  npr_status st;
  *has_float = false;
  if (!cJSON_IsArray(x)) {
    if (cJSON_IsString(x) || cJSON_IsObject(x)) {
      return npr_fail(err, NPR_NOT_IMPLEMENTED, "counts must be a list of numbers in nprand");
    }
    return npr_fail(err, NPR_TYPE_ERROR, "'%s' object is not iterable", py_type(x));
  }
  *n_counts = (size_t)cJSON_GetArraySize(x);
  if ((*counts = npr_alloc_values(*n_counts ? *n_counts : 1, sizeof **counts, err)) == NULL) return NPR_MEMORY_ERROR;
  cJSON_ArrayForEach(item, x) {
    if (is_float_item(item)) {
      *has_float = true;
      npr_bigint_from_i64(&(*counts)[i++], 0);
      continue;
    }
    if (!cJSON_IsBool(item) && !(cJSON_IsNumber(item) && npr_json_is_integer(item))) {
      return npr_fail(err, NPR_NOT_IMPLEMENTED, "counts must be a list of numbers in nprand");
    }
    if ((st = py_index(item, &(*counts)[i++], err)) != NPR_OK) return st;
  }
  return NPR_OK;
}

static npr_status m_sample(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  npr_pyrandom *r = s;
  population pop;
  npr_bigint kb, *counts = NULL;
  size_t n_counts = 0, n, i, j, *idx = NULL, k = 0;
  bool has_counts = !npr_arg_is_none(a, 2), k_is_int, has_float = false;
  npr_status st;
  if (!cJSON_IsArray(a->v[0]) && !cJSON_IsString(a->v[0]) && !is_range_object(a->v[0])) {
    return npr_fail(err, NPR_TYPE_ERROR, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  if ((st = population_view(a->v[0], &pop, err)) != NPR_OK) return st;
  k_is_int = py_index(a->v[1], &kb, NULL) == NPR_OK;
  if (has_counts && (st = sample_counts(a->v[2], &counts, &n_counts, &has_float, err)) != NPR_OK) goto done;
  if (has_counts && has_float && n_counts == pop.n && (n_counts > 0 || r->python >= NPR_PYTHON_3_14)) {
    st = npr_fail(err, NPR_TYPE_ERROR, "Counts must be integers");
    goto done;
  }
  if (!k_is_int) {
    if (has_counts) {
      /* the counts are checked first (a dry run with k = 0 draws nothing),
       * then k against range(total) */
      npr_bigint zero, total;
      size_t none, c;
      int64_t t64 = 0;
      npr_bigint_from_i64(&zero, 0);
      if ((st = npr_pyrandom_sample_counts_big(r, pop.n, &zero, counts, n_counts, &none, err)) != NPR_OK) goto done;
      total = zero;
      for (c = 0; c < n_counts; c++) npr_bigint_add(&total, &counts[c], &total, NULL);
      npr_bigint_to_i64(&total, &t64);
      st = sample_k_error(a->v[1], (size_t)t64, err);
    } else {
      st = sample_k_error(a->v[1], pop.n, err);
    }
    goto done;
  }
  {
    /* k past the population (and past int64) is caught by the library's
     * checks; only a k that can succeed sizes the output */
    int64_t k64;
    if (npr_bigint_to_i64(&kb, &k64) && k64 > 0) k = (size_t)k64;
  }
  if ((st = repeat_count(a, 3, &n, err)) != NPR_OK) goto done;
  if (has_counts && k > NPR_MAX_VALUES) {
    st = npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    goto done;
  }
  /* a k the library accepts is at most len(population) (or a count total
   * within NPR_MAX_VALUES); any other k fails before anything is written */
  if ((idx = npr_alloc_values(k > 0 && (has_counts || k <= pop.n) ? k : 1, sizeof *idx, err)) == NULL) {
    st = NPR_MEMORY_ERROR;
    goto done;
  }
  for (i = 0; i < n; i++) {
    if (has_counts) {
      st = npr_pyrandom_sample_counts_big(r, pop.n, &kb, counts, n_counts, idx, err);
    } else {
      int64_t k64;
      st = npr_bigint_to_i64(&kb, &k64) ? npr_pyrandom_sample(r, pop.n, k64, NULL, 0, idx, err)
                                        : npr_fail(err, NPR_VALUE_ERROR, "Sample larger than population or is negative");
    }
    if (st != NPR_OK) break;
    for (j = 0; j < k; j++) population_put(&pop, idx[j], out);
  }
done:
  free(idx);
  free(counts);
  population_free(&pop);
  return st;
}

static npr_status m_binomialvariate(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  npr_pyrandom *r = s;
  int64_t trials, v;
  double p;
  size_t n, i;
  npr_status st;
  if (r->python < NPR_PYTHON_3_12) {
    return npr_fail(err, NPR_ATTRIBUTE_ERROR, "'Random' object has no attribute 'binomialvariate'");
  }
  if (!cJSON_IsBool(a->v[0]) && !(cJSON_IsNumber(a->v[0]) && npr_json_is_integer(a->v[0]))) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED, "binomialvariate with a non-int n is not supported by nprand");
  }
  if ((st = int_arg(a, 0, &trials, err)) != NPR_OK) return st;
  if ((st = npr_arg_double(a, 1, &p, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 2, &n, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_binomialvariate(r, trials, p, &v, err)) != NPR_OK) return st;
    npr_values_int(out, v);
  }
  return NPR_OK;
}

/* expovariate(lambd=1.0) from 3.12; 3.11's lambd is required. */
static npr_status m_expovariate(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  npr_pyrandom *r = s;
  double lambd, v;
  size_t n, i;
  npr_status st;
  if (!a->given[0] && r->python < NPR_PYTHON_3_12) {
    return npr_fail(err, NPR_TYPE_ERROR, "Random.expovariate() missing 1 required positional argument: 'lambd'");
  }
  if ((st = npr_arg_double(a, 0, &lambd, err)) != NPR_OK) return st;
  if ((st = repeat_count(a, 1, &n, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    if ((st = npr_pyrandom_expovariate(r, lambd, &v, err)) != NPR_OK) return st;
    npr_values_float(out, v);
  }
  return NPR_OK;
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
  return reseed_python(s, a->v[0], a->v[1], err);
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
    {"expovariate", "lambd=1.0, size=None", m_expovariate, NULL},
    {"vonmisesvariate", "mu, kappa, size=None", m_vonmisesvariate, NULL},
    {"gammavariate", "alpha, beta, size=None", m_gammavariate, NULL},
    {"betavariate", "alpha, beta, size=None", m_betavariate, NULL},
    {"paretovariate", "alpha, size=None", m_paretovariate, NULL},
    {"weibullvariate", "alpha, beta, size=None", m_weibullvariate, NULL},
    {"binomialvariate", "n=1, p=0.5, size=None", m_binomialvariate, NULL},
    {"getstate", "", m_getstate, NULL},
    {"seed", "a=None, version=2", m_seed, NULL},
};

const npr_family npr_family_python = {
    "python", "Random", true, sizeof(npr_pyrandom), open_python, NULL, python_methods,
    sizeof python_methods / sizeof python_methods[0],
    NULL,
    NULL,
    NULL,
    NULL,
};
