/* npr_bigint: sign and magnitude, schoolbook arithmetic. The sizes random.py
 * meets (a few hundred bits) make the simple algorithms the right ones. */
#include "nprand/bigint.h"

#include <float.h>
#include <math.h>
#include <string.h>

#define TOO_BIG(err) npr_fail((err), NPR_NOT_IMPLEMENTED, "integers beyond 4096 bits are not supported by nprand")

static void trim(npr_bigint *a) {
  while (a->n > 0 && a->words[a->n - 1] == 0) a->n--;
  if (a->n == 0) a->negative = 0;
}

void npr_bigint_from_u64(npr_bigint *out, uint64_t v) {
  memset(out, 0, sizeof *out);
  out->words[0] = (uint32_t)v;
  out->words[1] = (uint32_t)(v >> 32);
  out->n = 2;
  trim(out);
}

void npr_bigint_from_i64(npr_bigint *out, int64_t v) {
  npr_bigint_from_u64(out, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
  out->negative = v < 0;
}

npr_status npr_bigint_from_words(npr_bigint *out, int negative, const uint32_t *words, size_t nwords,
                                 npr_error *err) {
  npr_bigint v;
  while (nwords > 0 && words[nwords - 1] == 0) nwords--;
  if (nwords > NPR_BIGINT_WORDS) return TOO_BIG(err);
  memset(&v, 0, sizeof v);
  if (nwords > 0) memcpy(v.words, words, nwords * sizeof *words);
  v.n = nwords;
  v.negative = negative != 0;
  trim(&v);
  *out = v;
  return NPR_OK;
}

/* |a| * m + c in place, for decimal parsing; returns 0 on overflow. */
static int mul_small_add(npr_bigint *a, uint32_t m, uint32_t c) {
  uint64_t carry = c;
  size_t i;
  for (i = 0; i < a->n; i++) {
    uint64_t t = (uint64_t)a->words[i] * m + carry;
    a->words[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry != 0) {
    if (a->n == NPR_BIGINT_WORDS) return 0;
    a->words[a->n++] = (uint32_t)carry;
  }
  return 1;
}

npr_status npr_bigint_from_decimal(npr_bigint *out, const char *text, npr_error *err) {
  npr_bigint v;
  const char *p = text;
  int negative = 0;
  memset(&v, 0, sizeof v);
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  if (*p == '\0') goto invalid;
  for (; *p != '\0'; p++) {
    if (*p < '0' || *p > '9') goto invalid;
    if (!mul_small_add(&v, 10, (uint32_t)(*p - '0'))) return TOO_BIG(err);
  }
  v.negative = negative;
  trim(&v);
  *out = v;
  return NPR_OK;
invalid:
  return npr_fail(err, NPR_VALUE_ERROR, "invalid literal for int() with base 10: '%.200s'", text);
}

size_t npr_bigint_to_decimal(const npr_bigint *a, char *buf, size_t cap) {
  npr_bigint q = *a;
  char digits[NPR_BIGINT_DECIMAL_MAX];
  size_t len = 0, i, total;
  do {
    /* divide by 10**9, collecting the remainder's nine digits */
    uint64_t rem = 0;
    int d;
    for (i = q.n; i-- > 0;) {
      uint64_t cur = rem << 32 | q.words[i];
      q.words[i] = (uint32_t)(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    while (q.n > 0 && q.words[q.n - 1] == 0) q.n--;
    for (d = 0; d < 9 && (q.n > 0 || rem > 0 || len == 0); d++) {
      digits[len++] = (char)('0' + rem % 10);
      rem /= 10;
    }
  } while (q.n > 0);
  total = len + (a->negative ? 1 : 0);
  if (total + 1 > cap) return 0;
  i = 0;
  if (a->negative) buf[i++] = '-';
  while (len > 0) buf[i++] = digits[--len];
  buf[i] = '\0';
  return total;
}

int npr_bigint_to_i64(const npr_bigint *a, int64_t *out) {
  uint64_t mag;
  if (a->n > 2) return 0;
  mag = (a->n > 0 ? a->words[0] : 0) | (uint64_t)(a->n > 1 ? a->words[1] : 0) << 32;
  if (a->negative) {
    if (mag > (uint64_t)INT64_MAX + 1) return 0;
    *out = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
  } else {
    if (mag > (uint64_t)INT64_MAX) return 0;
    *out = (int64_t)mag;
  }
  return 1;
}

size_t npr_bigint_bit_length(const npr_bigint *a) {
  size_t bits;
  uint32_t top;
  if (a->n == 0) return 0;
  top = a->words[a->n - 1];
  bits = (a->n - 1) * 32;
  while (top != 0) {
    bits++;
    top >>= 1;
  }
  return bits;
}

static int bit_at(const npr_bigint *a, size_t i) { return i / 32 < a->n ? (int)(a->words[i / 32] >> (i % 32) & 1) : 0; }

npr_status npr_bigint_to_double(const npr_bigint *a, double *out, npr_error *err) {
  size_t len = npr_bigint_bit_length(a), i;
  uint64_t m = 0;
  double v;
  if (len <= 53) {
    for (i = len; i-- > 0;) m = m << 1 | (uint64_t)bit_at(a, i);
    v = (double)m;
  } else {
    /* the top 53 bits, then round half to even on the rest */
    size_t shift = len - 53;
    int round_bit = bit_at(a, shift - 1), sticky = 0;
    for (i = len; i-- > shift;) m = m << 1 | (uint64_t)bit_at(a, i);
    for (i = 0; i + 1 < shift && !sticky; i++) sticky = bit_at(a, i);
    if (round_bit && (sticky || (m & 1))) m++;
    if (len > (size_t)DBL_MAX_EXP + 1) {
      v = HUGE_VAL;
    } else {
      v = ldexp((double)m, (int)shift);
    }
  }
  if (isinf(v)) return npr_fail(err, NPR_OVERFLOW_ERROR, "int too large to convert to float");
  *out = a->negative ? -v : v;
  return NPR_OK;
}

int npr_bigint_sign(const npr_bigint *a) { return a->n == 0 ? 0 : a->negative ? -1 : 1; }

static int cmp_mag(const npr_bigint *a, const npr_bigint *b) {
  size_t i;
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (i = a->n; i-- > 0;) {
    if (a->words[i] != b->words[i]) return a->words[i] < b->words[i] ? -1 : 1;
  }
  return 0;
}

int npr_bigint_cmp(const npr_bigint *a, const npr_bigint *b) {
  int sa = npr_bigint_sign(a), sb = npr_bigint_sign(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  return sa >= 0 ? cmp_mag(a, b) : -cmp_mag(a, b);
}

/* |out| = |a| << shift; the sign is left to the caller. */
static int shift_left(const npr_bigint *a, size_t shift, npr_bigint *out) {
  npr_bigint v;
  size_t words = shift / 32, bits = shift % 32, i;
  memset(&v, 0, sizeof v);
  if (a->n == 0) {
    *out = v;
    return 1;
  }
  if (a->n + words + 1 > NPR_BIGINT_WORDS + 1) return 0;
  for (i = 0; i < a->n; i++) {
    uint64_t t = (uint64_t)a->words[i] << bits;
    if (i + words < NPR_BIGINT_WORDS) v.words[i + words] |= (uint32_t)t;
    if (t >> 32) {
      if (i + words + 1 >= NPR_BIGINT_WORDS) return 0;
      v.words[i + words + 1] |= (uint32_t)(t >> 32);
    }
  }
  v.n = NPR_BIGINT_WORDS;
  trim(&v);
  *out = v;
  return 1;
}

int npr_bigint_cmp_double(const npr_bigint *a, double x) {
  double ip, frac;
  npr_bigint xi;
  int e, c;
  if (isinf(x)) return x > 0 ? -1 : 1;
  frac = modf(x, &ip);
  /* the integral part exactly: a 53-bit mantissa shifted into place */
  if (ip == 0) {
    memset(&xi, 0, sizeof xi);
  } else {
    double m = frexp(fabs(ip), &e);
    uint64_t mant = (uint64_t)ldexp(m, 53);
    npr_bigint_from_u64(&xi, mant);
    if (e >= 53) {
      shift_left(&xi, (size_t)(e - 53), &xi);
    } else {
      npr_bigint_from_u64(&xi, mant >> (53 - e));
    }
    xi.negative = ip < 0;
  }
  c = npr_bigint_cmp(a, &xi);
  if (c != 0) return c;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/* |a| + |b| into out (magnitudes only). */
static int add_mag(const npr_bigint *a, const npr_bigint *b, npr_bigint *out) {
  npr_bigint v;
  size_t n = a->n > b->n ? a->n : b->n, i;
  uint64_t carry = 0;
  memset(&v, 0, sizeof v);
  for (i = 0; i < n; i++) {
    uint64_t t = carry + (i < a->n ? a->words[i] : 0) + (i < b->n ? b->words[i] : 0);
    v.words[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry) {
    if (n == NPR_BIGINT_WORDS) return 0;
    v.words[n++] = (uint32_t)carry;
  }
  v.n = n;
  *out = v;
  return 1;
}

/* |a| - |b| into out, for |a| >= |b|. */
static void sub_mag(const npr_bigint *a, const npr_bigint *b, npr_bigint *out) {
  npr_bigint v;
  size_t i;
  int64_t borrow = 0;
  memset(&v, 0, sizeof v);
  for (i = 0; i < a->n; i++) {
    int64_t t = (int64_t)a->words[i] - (i < b->n ? b->words[i] : 0) - borrow;
    borrow = t < 0;
    v.words[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
  }
  v.n = a->n;
  trim(&v);
  *out = v;
}

/* a + (negate_b ? -b : b) */
static npr_status add_signed(const npr_bigint *a, const npr_bigint *b, int negate_b, npr_bigint *out,
                             npr_error *err) {
  int bneg = b->n != 0 && (b->negative != negate_b);
  npr_bigint v;
  if (a->negative == bneg || a->n == 0 || b->n == 0) {
    int neg = a->n != 0 ? a->negative : bneg;
    if (!add_mag(a, b, &v)) return TOO_BIG(err);
    v.negative = neg;
  } else if (cmp_mag(a, b) >= 0) {
    sub_mag(a, b, &v);
    v.negative = a->negative;
  } else {
    sub_mag(b, a, &v);
    v.negative = bneg;
  }
  trim(&v);
  *out = v;
  return NPR_OK;
}

npr_status npr_bigint_add(const npr_bigint *a, const npr_bigint *b, npr_bigint *out, npr_error *err) {
  return add_signed(a, b, 0, out, err);
}

npr_status npr_bigint_sub(const npr_bigint *a, const npr_bigint *b, npr_bigint *out, npr_error *err) {
  return add_signed(a, b, 1, out, err);
}

npr_status npr_bigint_mul(const npr_bigint *a, const npr_bigint *b, npr_bigint *out, npr_error *err) {
  npr_bigint v;
  size_t i, j;
  memset(&v, 0, sizeof v);
  if (a->n == 0 || b->n == 0) {
    *out = v;
    return NPR_OK;
  }
  if (a->n + b->n - 1 > NPR_BIGINT_WORDS) return TOO_BIG(err);
  for (i = 0; i < a->n; i++) {
    uint64_t carry = 0;
    for (j = 0; j < b->n; j++) {
      uint64_t t = (uint64_t)a->words[i] * b->words[j] + v.words[i + j] + carry;
      v.words[i + j] = (uint32_t)t;
      carry = t >> 32;
    }
    if (carry) {
      if (i + b->n >= NPR_BIGINT_WORDS) return TOO_BIG(err);
      v.words[i + b->n] = (uint32_t)carry;
    }
  }
  v.n = NPR_BIGINT_WORDS;
  v.negative = a->negative != b->negative;
  trim(&v);
  *out = v;
  return NPR_OK;
}

npr_status npr_bigint_floordiv(const npr_bigint *a, const npr_bigint *b, npr_bigint *out, npr_error *err) {
  npr_bigint q, r, absb = *b;
  size_t i;
  if (b->n == 0) return npr_fail(err, NPR_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
  absb.negative = 0;
  memset(&q, 0, sizeof q);
  memset(&r, 0, sizeof r);
  /* binary long division of the magnitudes */
  for (i = npr_bigint_bit_length(a); i-- > 0;) {
    shift_left(&r, 1, &r);
    if (bit_at(a, i)) {
      r.words[0] |= 1;
      if (r.n == 0) r.n = 1;
    }
    if (cmp_mag(&r, &absb) >= 0) {
      sub_mag(&r, &absb, &r);
      q.words[i / 32] |= (uint32_t)1 << (i % 32);
    }
  }
  q.n = NPR_BIGINT_WORDS;
  trim(&q);
  if (a->negative != b->negative && q.n + r.n > 0) {
    /* toward minus infinity: one more in magnitude when inexact */
    if (r.n != 0) {
      npr_bigint one;
      npr_bigint_from_u64(&one, 1);
      if (!add_mag(&q, &one, &q)) return TOO_BIG(err);
    }
    q.negative = 1;
    trim(&q);
  }
  *out = q;
  return NPR_OK;
}
