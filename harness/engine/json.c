#include "json.h"

#include "engine.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Python's json.loads is the reference reader: cJSON alone is more lenient
 * (leading zeros, "1.", control characters, any byte below 0x20 as
 * whitespace) and cannot hold NaN/Infinity or a NUL inside a string. So one
 * pass over the source, outside cJSON, checks UTF-8 and the lexical grammar
 * as Python's json does, collects every number literal's text in document
 * order, and blanks NaN/Infinity/-Infinity to "0" for cJSON; cJSON keeps
 * children in document order too, so a pre-order walk pairs each number item
 * with its text. */
typedef struct number_texts {
  char **items;
  size_t n, cap, next;
} number_texts;

/* NPR_INT_MAX_STR_DIGITS (engine.h), CPython 3.11's default
 * sys.get_int_max_str_digits(): json.loads refuses longer integer literals,
 * and that also bounds nprand's quadratic decimal conversions. */

static bool push_number_text(number_texts *nt, const char *s, size_t n) {
  char *text;
  if (nt->n == nt->cap) {
    size_t ncap = nt->cap ? 2 * nt->cap : 16;
    char **grown = realloc(nt->items, ncap * sizeof *grown);
    if (grown == NULL) return false;
    nt->items = grown;
    nt->cap = ncap;
  }
  if ((text = malloc(n + 1)) == NULL) return false;
  memcpy(text, s, n);
  text[n] = '\0';
  nt->items[nt->n++] = text;
  return true;
}

size_t npr_utf8_sequence_length(const unsigned char *s, size_t len, const char **why) {
  const unsigned char c = s[0];
  size_t need, k;
  unsigned char lo = 0x80, hi = 0xbf; /* the second byte's range, as Python checks it */
  if (c < 0x80) return 1;
  if (c < 0xc2 || c > 0xf4) {
    *why = "invalid start byte";
    return 0;
  }
  need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  if (c == 0xe0) lo = 0xa0;
  if (c == 0xed) hi = 0x9f; /* no UTF-16 surrogates */
  if (c == 0xf0) lo = 0x90;
  if (c == 0xf4) hi = 0x8f;
  for (k = 1; k < need; k++) {
    const unsigned char min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xbf;
    if (k >= len) {
      *why = "unexpected end of data";
      return 0;
    }
    if (s[k] < min || s[k] > max) {
      *why = "invalid continuation byte";
      return 0;
    }
  }
  return need;
}

static npr_status lexical_error(npr_error *err, size_t at) {
  return npr_fail(err, NPR_VALUE_ERROR, "malformed JSON near byte %zu", at);
}

/* A number as Python's json reads it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?
 * Returns its length, 0 if it is not one. */
static size_t number_length(const char *s, size_t len, bool *integral, size_t *digits) {
  size_t i = 0, d;
  *integral = true;
  if (i < len && s[i] == '-') i++;
  d = i;
  if (i < len && s[i] == '0') {
    i++;
  } else if (i < len && s[i] >= '1' && s[i] <= '9') {
    while (i < len && isdigit((unsigned char)s[i])) i++;
  } else {
    return 0;
  }
  *digits = i - d;
  if (i + 1 < len && s[i] == '.' && isdigit((unsigned char)s[i + 1])) {
    *integral = false;
    for (i++; i < len && isdigit((unsigned char)s[i]); i++) continue;
  }
  if (i < len && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < len && (s[j] == '+' || s[j] == '-')) j++;
    if (j < len && isdigit((unsigned char)s[j])) {
      *integral = false;
      for (i = j; i < len && isdigit((unsigned char)s[i]); i++) continue;
    }
  }
  return i;
}

static npr_status scan_source(char *s, size_t len, number_texts *nt, npr_error *err) {
  static const struct {
    const char *word;
    size_t n;
  } specials[] = {{"NaN", 3}, {"Infinity", 8}, {"-Infinity", 9}};
  size_t i = 0;
  /* Python reads the line as UTF-8 text before parsing it. */
  while (i < len) {
    const char *why = NULL;
    const size_t n = npr_utf8_sequence_length((const unsigned char *)s + i, len - i, &why);
    if (n == 0) {
      return npr_fail(err, NPR_UNICODE_DECODE_ERROR, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      (unsigned char)s[i], i, why);
    }
    i += n;
  }
  i = 0;
  while (i < len) {
    const char c = s[i];
    size_t k;
    if (c == '"') {
      for (i++; i < len && s[i] != '"'; i++) {
        if ((unsigned char)s[i] < 0x20) return lexical_error(err, i); /* "Invalid control character" */
        if (s[i] == '\\') {
          if (i + 5 < len && strncmp(s + i, "\\u0000", 6) == 0) {
            return npr_fail(err, NPR_NOT_IMPLEMENTED,
                            "a NUL character (\\u0000) in a JSON string is not supported by nprand");
          }
          i++;
        }
      }
      if (i >= len) return lexical_error(err, i);
      i++;
      continue;
    }
    if (c == '-' || isdigit((unsigned char)c)) {
      bool integral;
      size_t digits = 0;
      const size_t n = number_length(s + i, len - i, &integral, &digits);
      if (n == 0) {
        for (k = 0; k < 3; k++) {
          if (len - i >= specials[k].n && strncmp(s + i, specials[k].word, specials[k].n) == 0) break;
        }
        if (k == 3) return lexical_error(err, i);
        if (!push_number_text(nt, s + i, specials[k].n)) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
        s[i] = '0';
        memset(s + i + 1, ' ', specials[k].n - 1);
        i += specials[k].n;
        continue;
      }
      /* a number directly followed by number characters ("01", "1.", "1e") */
      if (i + n < len && (isdigit((unsigned char)s[i + n]) || strchr("+-.eE", s[i + n]) != NULL)) {
        return lexical_error(err, i + n);
      }
      if (integral && digits > NPR_INT_MAX_STR_DIGITS) {
        return npr_fail(err, NPR_VALUE_ERROR,
                        "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        NPR_INT_MAX_STR_DIGITS, digits);
      }
      if (!push_number_text(nt, s + i, n)) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
      i += n;
      continue;
    }
    for (k = 0; k < 2; k++) {
      if (len - i >= specials[k].n && strncmp(s + i, specials[k].word, specials[k].n) == 0) break;
    }
    if (k < 2) {
      if (!push_number_text(nt, s + i, specials[k].n)) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
      s[i] = '0';
      memset(s + i + 1, ' ', specials[k].n - 1);
      i += specials[k].n;
      continue;
    }
    /* JSON's whitespace is these four; cJSON would skip any control byte. */
    if ((unsigned char)c < 0x20 && c != ' ' && c != '\t' && c != '\n' && c != '\r') return lexical_error(err, i);
    i++;
  }
  return NPR_OK;
}

static bool attach_numbers(cJSON *item, number_texts *nt) {
  for (; item != NULL; item = item->next) {
    if (cJSON_IsNumber(item)) {
      const char *text;
      if (nt->next >= nt->n) return false;
      text = item->valuestring = nt->items[nt->next];
      nt->items[nt->next++] = NULL;
      if (text[0] == 'N' || text[0] == 'I' || text[1] == 'I') item->valuedouble = strtod(text, NULL);
    }
    if (item->child != NULL && !attach_numbers(item->child, nt)) return false;
  }
  return true;
}

typedef struct keyed_child {
  cJSON *item;
  size_t order;
} keyed_child;

static int cmp_keyed(const void *a, const void *b) {
  const keyed_child *x = a, *y = b;
  int c = strcmp(x->item->string, y->item->string);
  if (c != 0) return c;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Python's dict from json.loads keeps a repeated key at its first position
 * with its last value; cJSON's lookups would find the first. Sorting the
 * keys keeps this O(n log n) in the number of members. */
static bool dedupe_keys(cJSON *item) {
  for (; item != NULL; item = item->next) {
    if (cJSON_IsObject(item) && item->child != NULL && item->child->next != NULL) {
      size_t n = 0, i;
      cJSON *c;
      keyed_child *kids;
      for (c = item->child; c != NULL; c = c->next) n++;
      if ((kids = malloc(n * sizeof *kids)) == NULL) return false;
      for (c = item->child, i = 0; c != NULL; c = c->next, i++) kids[i].item = c, kids[i].order = i;
      qsort(kids, n, sizeof *kids, cmp_keyed);
      for (i = 0; i + 1 < n; i++) {
        size_t last = i;
        while (last + 1 < n && strcmp(kids[last + 1].item->string, kids[i].item->string) == 0) last++;
        if (last > i) {
          /* the last value moves to the first key's place; the others go */
          cJSON *keep = kids[last].item, *first = kids[i].item;
          size_t k;
          cJSON_DetachItemViaPointer(item, keep);
          cJSON_ReplaceItemViaPointer(item, first, keep);
          for (k = i + 1; k < last; k++) cJSON_Delete(cJSON_DetachItemViaPointer(item, kids[k].item));
          i = last;
        }
      }
      free(kids);
    }
    if (item->child != NULL && !dedupe_keys(item->child)) return false;
  }
  return true;
}

cJSON *npr_json_parse(const char *text, size_t len, npr_error *err) {
  number_texts nt = {NULL, 0, 0, 0};
  const char *end = NULL;
  char *source = malloc(len + 1);
  cJSON *root = NULL;
  size_t i;
  if (source == NULL) {
    npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
    return NULL;
  }
  memcpy(source, text, len);
  source[len] = '\0';
  if (scan_source(source, len, &nt, err) != NPR_OK) goto done;
  root = cJSON_ParseWithLengthOpts(source, len, &end, 0);
  if (root == NULL) {
    size_t at = end != NULL && end >= source ? (size_t)(end - source) : 0;
    npr_fail(err, NPR_VALUE_ERROR, "malformed JSON near byte %zu", at);
    goto done;
  }
  if (end != NULL) {
    /* cJSON stops after the first value; a line holds exactly one. */
    size_t at = (size_t)(end - source);
    while (at < len && isspace((unsigned char)source[at])) at++;
    if (at < len) {
      npr_fail(err, NPR_VALUE_ERROR, "malformed JSON: extra data at byte %zu", at);
      cJSON_Delete(root);
      root = NULL;
      goto done;
    }
  }
  if (!attach_numbers(root, &nt) || nt.next != nt.n) {
    npr_fail(err, NPR_VALUE_ERROR, "malformed JSON: number literals could not be read back");
    cJSON_Delete(root);
    root = NULL;
  } else if (!dedupe_keys(root)) {
    npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
    cJSON_Delete(root);
    root = NULL;
  }
done:
  for (i = 0; i < nt.n; i++) free(nt.items[i]);
  free(nt.items);
  free(source);
  return root;
}

const char *npr_json_number_text(const cJSON *item) {
  return item != NULL && item->valuestring != NULL ? item->valuestring : "0";
}

bool npr_json_is_integer(const cJSON *item) {
  const char *text = npr_json_number_text(item);
  if (!cJSON_IsNumber(item)) return false;
  if (*text == '-') text++;
  return isdigit((unsigned char)*text) && strpbrk(text, ".eE") == NULL;
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
/* Python ints beyond +-2**126 are held as +-2**126: they only ever fail a
 * bounds check, and the margin keeps high - 1 and high + 1 from wrapping. */
static npr_int128 int128_saturated(bool negative) {
  npr_int128 r;
  r.hi = negative ? -((int64_t)1 << 62) : (int64_t)1 << 62;
  r.lo = 0;
  return r;
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
    } else if (n > 4 || (n == 4 && words[3] >= 0x40000000u)) {
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
    *out = npr_int128_of_double(v);
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
  size_t i = 0;
  npr_buf_put(b, "\"", 1);
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    const char *why;
    size_t len;
    if (c == '"' || c == '\\') {
      char esc[2] = {'\\', (char)c};
      npr_buf_put(b, esc, 2);
      i++;
    } else if (c < 0x20) {
      npr_buf_printf(b, "\\u%04x", c);
      i++;
    } else if ((len = npr_utf8_sequence_length((const unsigned char *)s + i, n - i, &why)) > 0) {
      npr_buf_put(b, s + i, len);
      i += len;
    } else {
      /* a reply line is valid UTF-8 even where a message was cut mid-character */
      npr_buf_puts(b, "\\ufffd");
      i++;
    }
  }
  npr_buf_put(b, "\"", 1);
}

void npr_utf8_sanitize(const char *s, size_t n, npr_buf *out) {
  size_t i = 0;
  npr_buf_put(out, "", 0);
  while (i < n) {
    const char *why;
    const size_t len = npr_utf8_sequence_length((const unsigned char *)s + i, n - i, &why);
    if (len > 0) {
      npr_buf_put(out, s + i, len);
      i += len;
    } else {
      npr_buf_put(out, "\xef\xbf\xbd", 3);
      i++;
    }
  }
}

void npr_buf_free(npr_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
  b->failed = false;
}
