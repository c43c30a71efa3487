#include "json.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Walks the source once, outside strings, collecting number literals in
 * document order; cJSON keeps children in document order too, so a
 * pre-order walk pairs each number item with its text. */
typedef struct number_texts {
  char **items;
  size_t n, next;
} number_texts;

static bool collect_numbers(const char *s, size_t len, number_texts *nt) {
  size_t i = 0, cap = 0;
  while (i < len) {
    char c = s[i];
    if (c == '"') {
      for (i++; i < len && s[i] != '"'; i++) {
        if (s[i] == '\\') i++;
      }
      i++;
    } else if (c == '-' || isdigit((unsigned char)c)) {
      size_t start = i;
      char *text;
      while (i < len && (isdigit((unsigned char)s[i]) || strchr("+-.eE", s[i]) != NULL)) i++;
      if (nt->n == cap) {
        size_t ncap = cap ? 2 * cap : 16;
        char **grown = realloc(nt->items, ncap * sizeof *grown);
        if (grown == NULL) return false;
        nt->items = grown;
        cap = ncap;
      }
      text = malloc(i - start + 1);
      if (text == NULL) return false;
      memcpy(text, s + start, i - start);
      text[i - start] = '\0';
      nt->items[nt->n++] = text;
    } else {
      i++;
    }
  }
  return true;
}

static bool attach_numbers(cJSON *item, number_texts *nt) {
  for (; item != NULL; item = item->next) {
    if (cJSON_IsNumber(item)) {
      if (nt->next >= nt->n) return false;
      item->valuestring = nt->items[nt->next];
      nt->items[nt->next++] = NULL;
    }
    if (item->child != NULL && !attach_numbers(item->child, nt)) return false;
  }
  return true;
}

cJSON *npr_json_parse(const char *text, size_t len, npr_error *err) {
  number_texts nt = {NULL, 0, 0};
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
  size_t i;
  if (root == NULL) {
    size_t at = end != NULL && end >= text ? (size_t)(end - text) : 0;
    npr_fail(err, NPR_VALUE_ERROR, "malformed JSON near byte %zu", at);
    return NULL;
  }
  if (end != NULL) {
    /* cJSON stops after the first value; a line holds exactly one. */
    size_t at = (size_t)(end - text);
    while (at < len && isspace((unsigned char)text[at])) at++;
    if (at < len) {
      npr_fail(err, NPR_VALUE_ERROR, "malformed JSON: extra data at byte %zu", at);
      cJSON_Delete(root);
      return NULL;
    }
  }
  if (!collect_numbers(text, len, &nt) || !attach_numbers(root, &nt) || nt.next != nt.n) {
    npr_fail(err, NPR_VALUE_ERROR, "malformed JSON: number literals could not be read back");
    cJSON_Delete(root);
    root = NULL;
  }
  for (i = 0; i < nt.n; i++) free(nt.items[i]);
  free(nt.items);
  return root;
}

const char *npr_json_number_text(const cJSON *item) {
  return item != NULL && item->valuestring != NULL ? item->valuestring : "0";
}

bool npr_json_is_integer(const cJSON *item) {
  return cJSON_IsNumber(item) && strpbrk(npr_json_number_text(item), ".eE") == NULL;
}

size_t npr_decimal_words_max(const char *text) { return strlen(text) / 9 + 2; }

bool npr_decimal_to_words(const char *text, bool *negative, uint32_t *words, size_t *n_words) {
  const char *p = text;
  size_t n = 0, i;
  *negative = false;
  if (*p == '-' || *p == '+') {
    *negative = *p == '-';
    p++;
  }
  if (!isdigit((unsigned char)*p)) return false;
  for (; *p; p++) {
    uint64_t carry;
    if (!isdigit((unsigned char)*p)) return false;
    carry = (uint64_t)(*p - '0');
    for (i = 0; i < n; i++) {
      uint64_t v = (uint64_t)words[i] * 10 + carry;
      words[i] = (uint32_t)v;
      carry = v >> 32;
    }
    if (carry) words[n++] = (uint32_t)carry;
  }
  *n_words = n;
  if (n == 0) *negative = false;
  return true;
}

/* Beyond 128 bits only the sign matters: such a value fails every bounds
 * check nprand makes, whichever way it is clamped. */
static npr_int128 int128_saturated(bool negative) {
  npr_int128 r;
  r.hi = negative ? INT64_MIN : INT64_MAX;
  r.lo = negative ? 0 : UINT64_MAX;
  return r;
}

/* int(v) for a finite, integral double: exact below 2**127. */
static npr_int128 int128_from_double(double v) {
  const double two64 = 18446744073709551616.0;
  double mag = fabs(v), hi;
  npr_int128 r;
  if (mag >= 170141183460469231731687303715884105728.0) return int128_saturated(v < 0);
  hi = floor(mag / two64);
  r.hi = (int64_t)hi;
  r.lo = (uint64_t)(mag - hi * two64);
  return v < 0 ? npr_int128_sub(npr_int128_from_i64(0), r) : r;
}

npr_status npr_json_to_int128(const cJSON *item, npr_int128 *out, npr_error *err) {
  if (cJSON_IsBool(item)) {
    *out = npr_int128_from_i64(cJSON_IsTrue(item) ? 1 : 0);
    return NPR_OK;
  }
  if (npr_json_is_integer(item)) {
    const char *text = npr_json_number_text(item);
    uint32_t words[64];
    size_t n = 0;
    bool neg;
    if (strlen(text) > 500 || !npr_decimal_to_words(text, &neg, words, &n)) {
      *out = int128_saturated(text[0] == '-');
    } else if (n > 4 || (n == 4 && words[3] >= 0x80000000u)) {
      *out = int128_saturated(neg);
    } else {
      uint64_t lo = (n > 0 ? words[0] : 0) | ((uint64_t)(n > 1 ? words[1] : 0) << 32);
      uint64_t hi = (n > 2 ? words[2] : 0) | ((uint64_t)(n > 3 ? words[3] : 0) << 32);
      npr_int128 mag = {lo, (int64_t)hi};
      *out = neg ? npr_int128_sub(npr_int128_from_i64(0), mag) : mag;
    }
    return NPR_OK;
  }
  if (cJSON_IsNumber(item) || cJSON_IsString(item)) {
    double v;
    npr_status st = npr_json_to_double(item, &v, err);
    if (st != NPR_OK) return st;
    if (isnan(v)) return npr_fail(err, NPR_VALUE_ERROR, "cannot convert float NaN to integer");
    if (isinf(v)) return npr_fail(err, NPR_OVERFLOW_ERROR, "cannot convert float infinity to integer");
    *out = int128_from_double(trunc(v));
    return NPR_OK;
  }
  if (cJSON_IsArray(item)) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED, "array-valued parameters are not supported by nprand yet");
  }
  return npr_fail(err, NPR_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                  cJSON_IsNull(item) ? "NoneType" : cJSON_IsArray(item) ? "list" : "dict");
}

npr_status npr_json_to_i64(const cJSON *item, int64_t *out, npr_error *err) {
  npr_int128 v;
  npr_status st = npr_json_to_int128(item, &v, err);
  if (st != NPR_OK) return st;
  if (npr_int128_cmp(v, npr_int128_from_i64(INT64_MIN)) < 0 ||
      npr_int128_cmp(v, npr_int128_from_i64(INT64_MAX)) > 0) {
    return npr_fail(err, NPR_OVERFLOW_ERROR, "Python int too large to convert to C long");
  }
  *out = (int64_t)v.lo;
  return NPR_OK;
}

npr_status npr_json_to_double(const cJSON *item, double *out, npr_error *err) {
  if (cJSON_IsBool(item)) {
    *out = cJSON_IsTrue(item) ? 1.0 : 0.0;
    return NPR_OK;
  }
  if (cJSON_IsNumber(item)) {
    const char *text = npr_json_number_text(item);
    if (npr_json_is_integer(item) && strlen(text) > 309) {
      return npr_fail(err, NPR_OVERFLOW_ERROR, "int too large to convert to float");
    }
    *out = strtod(text, NULL);
    return NPR_OK;
  }
  if (cJSON_IsString(item)) {
    const char *s = item->valuestring;
    if (strcmp(s, "nan") == 0 || strcmp(s, "NaN") == 0) *out = NAN;
    else if (strcmp(s, "inf") == 0 || strcmp(s, "Infinity") == 0) *out = INFINITY;
    else if (strcmp(s, "-inf") == 0 || strcmp(s, "-Infinity") == 0) *out = -INFINITY;
    else return npr_fail(err, NPR_VALUE_ERROR, "could not convert string to float: '%s'", s);
    return NPR_OK;
  }
  if (cJSON_IsArray(item)) {
    return npr_fail(err, NPR_NOT_IMPLEMENTED, "array-valued parameters are not supported by nprand yet");
  }
  return npr_fail(err, NPR_TYPE_ERROR, "float() argument must be a string or a real number, not '%s'",
                  cJSON_IsNull(item) ? "NoneType" : cJSON_IsArray(item) ? "list" : "dict");
}

void npr_buf_put(npr_buf *b, const char *s, size_t n) {
  if (b->failed) return;
  if (b->len + n + 1 > b->cap) {
    size_t ncap = b->cap ? b->cap : 256;
    char *grown;
    while (ncap < b->len + n + 1) ncap *= 2;
    grown = realloc(b->data, ncap);
    if (grown == NULL) {
      b->failed = true;
      return;
    }
    b->data = grown;
    b->cap = ncap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void npr_buf_puts(npr_buf *b, const char *s) { npr_buf_put(b, s, strlen(s)); }

void npr_buf_printf(npr_buf *b, const char *fmt, ...) {
  char small[256];
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    npr_buf_put(b, small, (size_t)n);
  } else {
    char *big = malloc((size_t)n + 1);
    if (big == NULL) {
      b->failed = true;
      return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    npr_buf_put(b, big, (size_t)n);
    free(big);
  }
}

void npr_buf_json_string(npr_buf *b, const char *s, size_t n) {
  size_t i;
  npr_buf_put(b, "\"", 1);
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      char esc[2] = {'\\', (char)c};
      npr_buf_put(b, esc, 2);
    } else if (c < 0x20) {
      npr_buf_printf(b, "\\u%04x", c);
    } else {
      npr_buf_put(b, (const char *)&s[i], 1);
    }
  }
  npr_buf_put(b, "\"", 1);
}

void npr_buf_free(npr_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
  b->failed = false;
}
