/* random.Random's seeding, state, and raw bit draws (Modules/_randommodule.c
 * and the seed/getstate/setstate/randbytes parts of Lib/random.py). */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nprand/entropy.h"
#include "nprand/sha512.h"
#include "pyrandom/pyrandom_internal.h"

#define PY_HASH_BITS 61
#define PY_HASH_MODULUS (((uint64_t)1 << PY_HASH_BITS) - 1)
#define PY_HASH_INF 314159

void npr_pyrandom_seed_words(npr_pyrandom *r, int negative, const uint32_t *words, size_t nwords) {
  static const uint32_t zero = 0;
  (void)negative; /* CPython seeds from abs(a) */
  while (nwords > 0 && words[nwords - 1] == 0) {
    nwords--;
  }
  /* 0 has no significant words but CPython still keys on one. */
  if (nwords == 0) {
    words = &zero;
    nwords = 1;
  }
  npr_mt19937_init_by_array(&r->mt, words, nwords);
  r->has_gauss_next = 0;
  r->gauss_next = 0.0;
  r->python = NPR_PYTHON_3_11;
}

static void seed_u64(npr_pyrandom *r, uint64_t v) {
  uint32_t words[2];
  words[0] = (uint32_t)v;
  words[1] = (uint32_t)(v >> 32);
  npr_pyrandom_seed_words(r, 0, words, 2);
}

void npr_pyrandom_seed_i64(npr_pyrandom *r, int64_t seed) {
  /* |INT64_MIN| is 2**63, fine in uint64_t. */
  uint64_t mag = seed < 0 ? 0 - (uint64_t)seed : (uint64_t)seed;
  seed_u64(r, mag);
}

void npr_pyrandom_seed_hash(npr_pyrandom *r, int64_t hash) { seed_u64(r, (uint64_t)hash); }

npr_status npr_pyrandom_seed_entropy(npr_pyrandom *r, npr_error *err) {
  uint32_t key[NPR_MT19937_N];
  npr_status st = npr_os_entropy(key, sizeof key, err);
  if (st != NPR_OK) {
    return st;
  }
  npr_mt19937_init_by_array(&r->mt, key, NPR_MT19937_N);
  r->has_gauss_next = 0;
  r->gauss_next = 0.0;
  r->python = NPR_PYTHON_3_11;
  return NPR_OK;
}

/* ---- versions ------------------------------------------------------------ */

npr_status npr_python_parse(const char *text, npr_python *out, npr_error *err) {
  static const struct {
    const char *name;
    npr_python python;
  } known[] = {{"3.11", NPR_PYTHON_3_11}, {"3.12", NPR_PYTHON_3_12}, {"3.13", NPR_PYTHON_3_13}, {"3.14", NPR_PYTHON_3_14}};
  size_t i;
  for (i = 0; i < sizeof known / sizeof known[0]; i++) {
    size_t len = strlen(known[i].name);
    /* "3.13" or "3.13.<patch>": the streams do not change within a series */
    if (strncmp(text, known[i].name, len) == 0 && (text[len] == '\0' || text[len] == '.')) {
      *out = known[i].python;
      return NPR_OK;
    }
  }
  return npr_fail(err, NPR_VALUE_ERROR, "unsupported Python version '%.40s' (nprand has 3.11, 3.12, 3.13, 3.14)", text);
}

npr_status npr_pyrandom_set_python(npr_pyrandom *r, npr_python python, npr_error *err) {
  if (python != NPR_PYTHON_3_11 && python != NPR_PYTHON_3_12 && python != NPR_PYTHON_3_13 &&
      python != NPR_PYTHON_3_14) {
    return npr_fail(err, NPR_VALUE_ERROR, "unsupported Python version %d (nprand has 3.11, 3.12, 3.13, 3.14)",
                    (int)python);
  }
  r->python = python;
  return NPR_OK;
}

/* ---- decimal literals --------------------------------------------------- */

static int is_py_space(unsigned char c) {
  /* Py_ISSPACE, which int() strips with: ASCII space and \t..\r only. The
   * separators \x1c-\x1f are str.isspace() but int('\x1f5') is a
   * ValueError in CPython 3.11. */
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* repr(s) as %.200R shows it in int()'s error message (ASCII escapes only;
 * other UTF-8 passes through as printable). */
static void py_repr_prefix(const char *s, char *buf, size_t cap) {
  size_t n = 0, chars = 0;
  int has_sq = strchr(s, '\'') != NULL, has_dq = strchr(s, '"') != NULL;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  char tmp[8];
  const unsigned char *p;
  size_t total = 0;
  char *full;
  /* Build the whole repr, then keep its first 200 characters. */
  for (p = (const unsigned char *)s; *p; p++) {
    total += 4;
  }
  full = malloc(total + 3);
  if (full == NULL) {
    if (cap > 0) {
      buf[0] = '\0';
    }
    return;
  }
  full[n++] = quote;
  for (p = (const unsigned char *)s; *p; p++) {
    unsigned char c = *p;
    const char *esc = NULL;
    if (c == '\\') {
      esc = "\\\\";
    } else if (c == (unsigned char)quote) {
      esc = quote == '\'' ? "\\'" : "\\\"";
    } else if (c == '\n') {
      esc = "\\n";
    } else if (c == '\r') {
      esc = "\\r";
    } else if (c == '\t') {
      esc = "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      static const char hex[] = "0123456789abcdef";
      tmp[0] = '\\';
      tmp[1] = 'x';
      tmp[2] = hex[c >> 4];
      tmp[3] = hex[c & 15];
      tmp[4] = '\0';
      esc = tmp;
    }
    if (esc != NULL) {
      size_t m = strlen(esc);
      memcpy(full + n, esc, m);
      n += m;
    } else {
      full[n++] = (char)c;
    }
  }
  full[n++] = quote;
  full[n] = '\0';
  /* %.200R counts code points: skip UTF-8 continuation bytes. */
  for (n = 0; full[n] != '\0'; n++) {
    if (((unsigned char)full[n] & 0xc0) != 0x80) {
      if (chars == 200) {
        break;
      }
      chars++;
    }
  }
  full[n] = '\0';
  if (cap > 0) {
    size_t m = n < cap - 1 ? n : cap - 1;
    memcpy(buf, full, m);
    buf[m] = '\0';
  }
  free(full);
}

static npr_status invalid_literal(const char *s, npr_error *err) {
  char shown[NPR_ERROR_MESSAGE_MAX];
  py_repr_prefix(s, shown, sizeof shown);
  return npr_fail(err, NPR_VALUE_ERROR, "invalid literal for int() with base 10: %s", shown);
}

/* words = words * mul + add over *n little-endian words; 0 if it would
 * outgrow capacity. */
static int words_muladd(uint32_t *words, size_t *n, size_t capacity, uint32_t mul, uint32_t add) {
  uint64_t carry = add;
  size_t i;
  for (i = 0; i < *n; i++) {
    uint64_t t = (uint64_t)words[i] * mul + carry;
    words[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry != 0) {
    if (*n >= capacity) {
      return 0;
    }
    words[(*n)++] = (uint32_t)carry;
  }
  return 1;
}

npr_status npr_pyrandom_parse_decimal(const char *s, int *negative, uint32_t *words, size_t capacity, size_t *nwords,
                                      npr_error *err) {
  static const uint32_t pow10[10] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
  const char *p = s, *end;
  size_t n = 0;
  uint32_t chunk = 0;
  int chunk_digits = 0, neg = 0, digits = 0;

  end = s + strlen(s);
  while (p < end && is_py_space((unsigned char)*p)) {
    p++;
  }
  while (end > p && is_py_space((unsigned char)end[-1])) {
    end--;
  }
  if (p < end && (*p == '+' || *p == '-')) {
    neg = *p == '-';
    p++;
  }
  if (p == end) {
    return invalid_literal(s, err);
  }
  for (; p < end; p++) {
    if (*p == '_') {
      /* one underscore, only between digits */
      if (!digits || p + 1 == end || p[1] < '0' || p[1] > '9') {
        return invalid_literal(s, err);
      }
      continue;
    }
    if (*p < '0' || *p > '9') {
      return invalid_literal(s, err);
    }
    digits++;
    chunk = chunk * 10 + (uint32_t)(*p - '0');
    if (++chunk_digits == 9) {
      if (!words_muladd(words, &n, capacity, pow10[9], chunk)) {
        return npr_fail(err, NPR_VALUE_ERROR, "decimal literal needs more than %zu words", capacity);
      }
      chunk = 0;
      chunk_digits = 0;
    }
  }
  if (chunk_digits > 0 && !words_muladd(words, &n, capacity, pow10[chunk_digits], chunk)) {
    return npr_fail(err, NPR_VALUE_ERROR, "decimal literal needs more than %zu words", capacity);
  }
  while (n > 0 && words[n - 1] == 0) {
    n--;
  }
  if (n == 0) {
    if (capacity == 0) {
      return npr_fail(err, NPR_VALUE_ERROR, "decimal literal needs more than %zu words", capacity);
    }
    words[n++] = 0;
    neg = 0;
  }
  *negative = neg;
  *nwords = n;
  return NPR_OK;
}

npr_status npr_pyrandom_seed_decimal(npr_pyrandom *r, const char *s, npr_error *err) {
  size_t cap = strlen(s) / 9 + 1, n;
  int neg;
  npr_status st;
  uint32_t *words = malloc(cap * sizeof *words);
  if (words == NULL) {
    return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
  }
  st = npr_pyrandom_parse_decimal(s, &neg, words, cap, &n, err);
  if (st == NPR_OK) {
    npr_pyrandom_seed_words(r, neg, words, n);
  }
  free(words);
  return st;
}

/* ---- hash(float) -------------------------------------------------------- */

npr_status npr_py_hash_double(double v, int64_t *hash, npr_error *err) {
  int e;
  double m;
  uint64_t x = 0, y;
  int negative = 0;

  if (!isfinite(v)) {
    if (isinf(v)) {
      *hash = v > 0 ? PY_HASH_INF : -PY_HASH_INF;
      return NPR_OK;
    }
    return npr_fail(err, NPR_NOT_IMPLEMENTED, "hash(nan) is the object's address in CPython 3.11");
  }
  /* hash(v) is v reduced modulo 2**61 - 1: feed the mantissa 28 bits at a
   * time, then rotate by the exponent (2**e mod P is a rotation). */
  m = frexp(v, &e);
  if (m < 0) {
    negative = 1;
    m = -m;
  }
  while (m != 0.0) {
    x = ((x << 28) & PY_HASH_MODULUS) | x >> (PY_HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= PY_HASH_MODULUS) {
      x -= PY_HASH_MODULUS;
    }
  }
  e = e >= 0 ? e % PY_HASH_BITS : PY_HASH_BITS - 1 - ((-1 - e) % PY_HASH_BITS);
  x = ((x << e) & PY_HASH_MODULUS) | x >> (PY_HASH_BITS - e);
  if (negative) {
    x = 0 - x;
  }
  /* -1 is the C-level error marker, so CPython never returns it. */
  if (x == UINT64_MAX) {
    x = UINT64_MAX - 1;
  }
  *hash = x > (uint64_t)INT64_MAX ? -(int64_t)(UINT64_MAX - x) - 1 : (int64_t)x;
  return NPR_OK;
}

npr_status npr_pyrandom_seed_double(npr_pyrandom *r, double a, npr_error *err) {
  int64_t h;
  npr_status st = npr_py_hash_double(a, &h, err);
  if (st != NPR_OK) {
    return st;
  }
  npr_pyrandom_seed_hash(r, h);
  return NPR_OK;
}

/* ---- str and bytes ------------------------------------------------------ */

/* Next code point of a UTF-8 string that may carry lone surrogates in their
 * 3-byte form; 0 on malformed input. */
static int utf8_next(const unsigned char *s, size_t len, size_t *i, uint32_t *cp) {
  unsigned char c = s[*i];
  size_t need, k;
  uint32_t v, min;
  if (c < 0x80) {
    *cp = c;
    (*i)++;
    return 1;
  }
  if (c >= 0xc2 && c <= 0xdf) {
    need = 1;
    v = c & 0x1f;
    min = 0x80;
  } else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    v = c & 0x0f;
    min = 0x800;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    v = c & 0x07;
    min = 0x10000;
  } else {
    return 0;
  }
  if (len - *i <= need) {
    return 0;
  }
  for (k = 1; k <= need; k++) {
    unsigned char d = s[*i + k];
    if ((d & 0xc0) != 0x80) {
      return 0;
    }
    v = (v << 6) | (d & 0x3f);
  }
  if (v < min || v > 0x10ffff) {
    return 0;
  }
  *i += need + 1;
  *cp = v;
  return 1;
}

static int is_surrogate(uint32_t cp) { return cp >= 0xd800 && cp <= 0xdfff; }

/* version 1: the pre-3.2 str hash, over code points, masked to 64 bits. */
static void seed_v1(npr_pyrandom *r, const uint32_t *cps, size_t n) {
  uint64_t x = n > 0 ? (uint64_t)cps[0] << 7 : 0;
  size_t i;
  for (i = 0; i < n; i++) {
    x = (1000003u * x) ^ cps[i];
  }
  x ^= (uint64_t)n;
  seed_u64(r, x);
}

/* version 2: int.from_bytes(a + sha512(a).digest()) (big-endian). */
static npr_status seed_v2(npr_pyrandom *r, const unsigned char *data, size_t len, npr_error *err) {
  unsigned char digest[NPR_SHA512_DIGEST_SIZE];
  size_t total = len + NPR_SHA512_DIGEST_SIZE, nwords = (total + 3) / 4, j;
  uint32_t *words = calloc(nwords, sizeof *words);
  if (words == NULL) {
    return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
  }
  npr_sha512_digest(data, len, digest);
  /* j counts bytes from the least significant (last) one. */
  for (j = 0; j < total; j++) {
    size_t pos = total - 1 - j;
    unsigned char b = pos < len ? data[pos] : digest[pos - len];
    words[j / 4] |= (uint32_t)b << (8 * (j % 4));
  }
  npr_pyrandom_seed_words(r, 0, words, nwords);
  free(words);
  return NPR_OK;
}

static npr_status unsupported_version(int version, npr_error *err) {
  return npr_fail(err, NPR_NOT_IMPLEMENTED, "seed(str or bytes, version=%d) uses CPython's randomized hash", version);
}

npr_status npr_pyrandom_seed_str(npr_pyrandom *r, const char *utf8, size_t len, int version, npr_error *err) {
  const unsigned char *s = (const unsigned char *)utf8;
  uint32_t *cps;
  size_t n = 0, i = 0;
  npr_status st = NPR_OK;

  if (version != 1 && version != 2) {
    return unsupported_version(version, err);
  }
  cps = malloc((len > 0 ? len : 1) * sizeof *cps);
  if (cps == NULL) {
    return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
  }
  while (i < len) {
    if (!utf8_next(s, len, &i, &cps[n])) {
      free(cps);
      return npr_fail(err, NPR_VALUE_ERROR, "seed string is not valid UTF-8 (byte %zu)", i);
    }
    n++;
  }
  if (version == 1) {
    seed_v1(r, cps, n);
  } else {
    /* str.encode() refuses surrogates, naming the first run of them. */
    for (i = 0; i < n && !is_surrogate(cps[i]); i++) {
    }
    if (i < n) {
      size_t j = i + 1;
      while (j < n && is_surrogate(cps[j])) {
        j++;
      }
      if (j - i == 1) {
        st = npr_fail(err, NPR_VALUE_ERROR,
                      "'utf-8' codec can't encode character '\\u%04x' in position %zu: surrogates not allowed",
                      (unsigned)cps[i], i);
      } else {
        st = npr_fail(err, NPR_VALUE_ERROR,
                      "'utf-8' codec can't encode characters in position %zu-%zu: surrogates not allowed", i, j - 1);
      }
    } else {
      st = seed_v2(r, s, len, err);
    }
  }
  free(cps);
  return st;
}

npr_status npr_pyrandom_seed_bytes(npr_pyrandom *r, const void *data, size_t len, int version, npr_error *err) {
  const unsigned char *s = data;
  if (version == 2) {
    return seed_v2(r, s, len, err);
  }
  if (version == 1) {
    /* bytes.decode('latin-1'): one code point per byte */
    uint32_t *cps = malloc((len > 0 ? len : 1) * sizeof *cps);
    size_t i;
    if (cps == NULL) {
      return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
    }
    for (i = 0; i < len; i++) {
      cps[i] = s[i];
    }
    seed_v1(r, cps, len);
    free(cps);
    return NPR_OK;
  }
  return unsupported_version(version, err);
}

/* ---- state -------------------------------------------------------------- */

void npr_pyrandom_getstate(const npr_pyrandom *r, npr_pyrandom_state *state) {
  state->version = 3;
  memcpy(state->key, r->mt.key, sizeof state->key);
  state->pos = r->mt.pos;
  state->has_gauss_next = r->has_gauss_next;
  state->gauss_next = r->has_gauss_next ? r->gauss_next : 0.0;
}

npr_status npr_pyrandom_setstate(npr_pyrandom *r, const npr_pyrandom_state *state, npr_error *err) {
  if (state->version != 3 && state->version != 2) {
    return npr_fail(err, NPR_VALUE_ERROR, "state with version %ld passed to Random.setstate() of version 3",
                    state->version);
  }
  /* random.py unpacks gauss_next before the C setstate validates. */
  r->has_gauss_next = state->has_gauss_next != 0;
  r->gauss_next = r->has_gauss_next ? state->gauss_next : 0.0;
  if (state->pos < 0 || state->pos > NPR_MT19937_N) {
    return npr_fail(err, NPR_VALUE_ERROR, "invalid state");
  }
  memcpy(r->mt.key, state->key, sizeof r->mt.key);
  r->mt.pos = (int)state->pos;
  return NPR_OK;
}

/* ---- raw draws ---------------------------------------------------------- */

double npr_pyrandom_random(npr_pyrandom *r) { return npr_mt19937_next_double(&r->mt); }

void pyr_getrandbits_words(npr_mt19937 *mt, uint64_t k, uint32_t *words) {
  size_t i = 0;
  for (;;) {
    uint32_t w = npr_mt19937_next32(mt);
    if (k <= 32) {
      words[i] = w >> (32 - k);
      return;
    }
    words[i++] = w;
    k -= 32;
  }
}

/* getrandbits' argument is a C int: out-of-range k fails in conversion,
 * before the sign check. */
/* getrandbits' own conversion of k: a C int up to 3.13, a C uint64 in
 * 3.14. */
static npr_status check_bits_big(const npr_pyrandom *r, const npr_bigint *k, npr_error *err) {
  int64_t v;
  int fits = npr_bigint_to_i64(k, &v);
  if (r->python >= NPR_PYTHON_3_14) {
    if (npr_bigint_sign(k) < 0) return npr_fail(err, NPR_VALUE_ERROR, "Cannot convert negative int");
    if (npr_bigint_bit_length(k) > 64) return npr_fail(err, NPR_OVERFLOW_ERROR, "Python int too large for C uint64_t");
    return NPR_OK;
  }
  if (!fits || v > INT_MAX || v < INT_MIN) {
    return npr_fail(err, NPR_OVERFLOW_ERROR, "Python int too large to convert to C int");
  }
  if (v < 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "number of bits must be non-negative");
  }
  return NPR_OK;
}

static npr_status check_bits(const npr_pyrandom *r, int64_t k, npr_error *err) {
  npr_bigint big;
  npr_bigint_from_i64(&big, k);
  return check_bits_big(r, &big, err);
}

npr_status npr_pyrandom_getrandbits(npr_pyrandom *r, int64_t k, uint64_t *out, npr_error *err) {
  uint32_t words[2] = {0, 0};
  npr_status st = check_bits(r, k, err);
  if (st != NPR_OK) {
    return st;
  }
  if (k > 64) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED, "getrandbits(%lld) does not fit 64 bits; use the word form",
                    (long long)k);
  }
  if (k > 0) {
    pyr_getrandbits_words(&r->mt, (uint64_t)k, words);
  }
  *out = (uint64_t)words[1] << 32 | words[0];
  return NPR_OK;
}

npr_status npr_pyrandom_getrandbits_words(npr_pyrandom *r, int64_t k, uint32_t *words, size_t capacity, size_t *nwords,
                                          npr_error *err) {
  size_t need;
  npr_status st = check_bits(r, k, err);
  if (st != NPR_OK) {
    return st;
  }
  need = (size_t)((k + 31) / 32);
  if (capacity < need) {
    return npr_fail(err, NPR_VALUE_ERROR, "getrandbits(%lld) needs %zu words, buffer holds %zu", (long long)k, need,
                    capacity);
  }
  if (k > 0) {
    pyr_getrandbits_words(&r->mt, (uint64_t)k, words);
  }
  *nwords = need;
  return NPR_OK;
}

npr_status npr_pyrandom_getrandbits_big(npr_pyrandom *r, const npr_bigint *k, uint32_t *words, size_t capacity,
                                        size_t *nwords, npr_error *err) {
  int64_t v;
  npr_status st = check_bits_big(r, k, err);
  if (st != NPR_OK) return st;
  if (!npr_bigint_to_i64(k, &v) || (uint64_t)v / 32 + ((uint64_t)v % 32 != 0) > capacity) {
    /* 3.14 takes any uint64 k and fails to allocate the result */
    return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
  }
  return npr_pyrandom_getrandbits_words(r, v, words, capacity, nwords, err);
}

/* randbytes(n) = getrandbits(n * 8).to_bytes(n, 'little'): n * 8 meets
 * getrandbits' checks. */
static npr_status check_randbytes(const npr_pyrandom *r, const npr_bigint *n, npr_error *err) {
  npr_bigint eight, bits;
  npr_status st;
  npr_bigint_from_i64(&eight, 8);
  if ((st = npr_bigint_mul(n, &eight, &bits, err)) != NPR_OK) return st;
  return check_bits_big(r, &bits, err);
}

npr_status npr_pyrandom_randbytes_big(npr_pyrandom *r, const npr_bigint *n, unsigned char *out, size_t capacity,
                                      npr_error *err) {
  int64_t v;
  npr_status st = check_randbytes(r, n, err);
  if (st != NPR_OK) return st;
  if (!npr_bigint_to_i64(n, &v) || (uint64_t)v > capacity) return npr_fail(err, NPR_MEMORY_ERROR, "%s", "");
  return npr_pyrandom_randbytes(r, v, out, err);
}

npr_status npr_pyrandom_randbytes(npr_pyrandom *r, int64_t n, unsigned char *out, npr_error *err) {
  int64_t i;
  npr_bigint big;
  npr_status st;
  npr_bigint_from_i64(&big, n);
  if ((st = check_randbytes(r, &big, err)) != NPR_OK) return st;
  for (i = 0; i < n; i += 4) {
    uint32_t w = npr_mt19937_next32(&r->mt);
    int64_t left = n - i, b;
    if (left < 4) {
      /* the last word keeps its top bits, which become the low bytes */
      w >>= 32 - 8 * left;
    }
    for (b = 0; b < 4 && b < left; b++) {
      out[i + b] = (unsigned char)(w >> (8 * b));
    }
  }
  return NPR_OK;
}
