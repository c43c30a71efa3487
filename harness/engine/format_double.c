/* npr_format_double without snprintf: the digits the reference formatter
 * finds by trial (the fewest significant digits P such that v correctly
 * rounded to P digits reads back as v) computed in exact 128-bit integer
 * arithmetic.
 *
 * v = m * 2**e2. For k = 16 - floor(log10 v) decimal places, V = v * 10**k
 * lies in [1e16, 1e17) and is the rational 4m * 5**k / 2**(2 - e2 - k); the
 * interval of reals that round to v is [(4m - 2) 5**k, (4m + 2) 5**k] over the
 * same denominator ((4m - 1) below when m is a power of two: the gap below is
 * half as wide), closed when m is even (ties go to even), open when odd. A
 * candidate with P digits is V rounded half-even to a multiple of
 * 10**(17 - P); it reads back as v exactly when it lies in that interval.
 * Where the interval is symmetric, the fewer digits fit the more surely
 * (rounding to P + 1 digits is never farther off), so P is found by
 * bisection; at a power of two every P is tried upward as the reference
 * does. Both numerators and products stay below 2**127 for k <= 30. */
#include "format_double.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SIZEOF_INT128__) && !defined(NPRAND_NO_INT128)
#define HAVE_U128 1
__extension__ typedef unsigned __int128 u128;
#else
#define HAVE_U128 0
#endif

void npr_format_double_reference(double v, char out[40]) {
  char digits[40];
  int prec, exp10, ndig, i;
  char *e;
  if (isnan(v)) {
    strcpy(out, "nan");
    return;
  }
  if (isinf(v)) {
    strcpy(out, v < 0 ? "-inf" : "inf");
    return;
  }
  /* Shortest %.*e that reads back exactly. */
  for (prec = 0; prec < 17; prec++) {
    snprintf(digits, sizeof digits, "%.*e", prec, v);
    if (strtod(digits, NULL) == v) break;
  }
  snprintf(digits, sizeof digits, "%.*e", prec, v);
  e = strchr(digits, 'e');
  exp10 = atoi(e + 1);
  *e = '\0';
  /* digits is now "[-]d[.ddd]"; gather the bare significant digits. */
  {
    char sig[24];
    const char *p = digits;
    bool neg = *p == '-';
    int n = 0;
    if (neg) p++;
    for (; *p; p++) {
      if (*p != '.') sig[n++] = *p;
    }
    sig[n] = '\0';
    ndig = n;
    i = 0;
    if (neg) out[i++] = '-';
    if (exp10 >= 16 || exp10 < -4) {
      /* Python repr: d[.ddd]e+XX with at least two exponent digits */
      out[i++] = sig[0];
      if (ndig > 1) {
        out[i++] = '.';
        memcpy(out + i, sig + 1, (size_t)ndig - 1);
        i += ndig - 1;
      }
      i += sprintf(out + i, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    } else if (exp10 >= 0) {
      int k;
      for (k = 0; k <= exp10; k++) out[i++] = k < ndig ? sig[k] : '0';
      out[i++] = '.';
      if (ndig > exp10 + 1) {
        memcpy(out + i, sig + exp10 + 1, (size_t)(ndig - exp10 - 1));
        i += ndig - exp10 - 1;
      } else {
        out[i++] = '0';
      }
      out[i] = '\0';
    } else {
      int k;
      out[i++] = '0';
      out[i++] = '.';
      for (k = 0; k < -exp10 - 1; k++) out[i++] = '0';
      memcpy(out + i, sig, (size_t)ndig);
      i += ndig;
      out[i] = '\0';
    }
  }
}

#if HAVE_U128

static const uint64_t pow10_table[18] = {
    UINT64_C(1), UINT64_C(10), UINT64_C(100), UINT64_C(1000), UINT64_C(10000), UINT64_C(100000),
    UINT64_C(1000000), UINT64_C(10000000), UINT64_C(100000000), UINT64_C(1000000000),
    UINT64_C(10000000000), UINT64_C(100000000000), UINT64_C(1000000000000),
    UINT64_C(10000000000000), UINT64_C(100000000000000), UINT64_C(1000000000000000),
    UINT64_C(10000000000000000), UINT64_C(100000000000000000)};

enum { MAX_PLACES = 30 };

static u128 pow5(int k) {
  u128 p = 1;
  int i;
  for (i = 0; i < k; i++) p *= 5;
  return p;
}

/* v * 10**k as V = num / 2**shift (shift may be 0) with the bounds of the
 * interval that reads back as v, over the same denominator. */
typedef struct scaled {
  u128 num, lo, hi;
  int shift;
  uint64_t whole; /* floor(V) */
  u128 frac;      /* num mod 2**shift: V's fraction, over 2**shift */
  bool closed;
} scaled;

static bool scale(uint64_t m, int e2, bool narrow_below, int k, scaled *s) {
  const u128 p5 = pow5(k);
  const int exp2 = e2 + k - 2;
  s->num = (u128)(4 * m) * p5;
  s->hi = (u128)(4 * m + 2) * p5;
  s->lo = (u128)(4 * m - (narrow_below ? 1 : 2)) * p5;
  s->closed = (m & 1) == 0;
  if (exp2 >= 0) {
    /* num << exp2 is V itself, below 2**57; the bounds follow suit. */
    if (exp2 > 60) return false;
    s->num <<= exp2;
    s->hi <<= exp2;
    s->lo <<= exp2;
    s->shift = 0;
    s->whole = (uint64_t)s->num;
    s->frac = 0;
  } else {
    if (-exp2 > 120) return false;
    s->shift = -exp2;
    s->whole = (uint64_t)(s->num >> s->shift);
    s->frac = s->num & (((u128)1 << s->shift) - 1);
  }
  return true;
}

/* V rounded half-even to P significant digits, as an integer at scale 10**k
 * (a multiple of 10**(17 - P)); *digits gets the P-digit quotient. */
static uint64_t round_to(const scaled *s, int p, uint64_t *digits) {
  const uint64_t unit = pow10_table[17 - p];
  uint64_t q = s->whole / unit;
  const uint64_t r = s->whole - q * unit;
  /* 2 * (fraction left over) against one unit, all over 2**shift */
  const u128 twice_rest = 2 * (((u128)r << s->shift) + s->frac);
  const u128 unit_scaled = (u128)unit << s->shift;
  if (twice_rest > unit_scaled || (twice_rest == unit_scaled && (q & 1))) q++;
  *digits = q;
  return q * unit;
}

static bool reads_back(const scaled *s, uint64_t candidate) {
  const u128 c = (u128)candidate << s->shift;
  return s->closed ? (c >= s->lo && c <= s->hi) : (c > s->lo && c < s->hi);
}

static char *put_uint(char *p, uint64_t v, int ndig) {
  int i;
  for (i = ndig - 1; i >= 0; i--) {
    p[i] = (char)('0' + v % 10);
    v /= 10;
  }
  return p + ndig;
}

/* The reference's layout of ndig significant digits sig with exponent exp10. */
static void layout(bool neg, const char *sig, int ndig, int exp10, char *out) {
  char *o = out;
  int k;
  if (neg) *o++ = '-';
  if (exp10 >= 16 || exp10 < -4) {
    *o++ = sig[0];
    if (ndig > 1) {
      *o++ = '.';
      memcpy(o, sig + 1, (size_t)ndig - 1);
      o += ndig - 1;
    }
    *o++ = 'e';
    *o++ = exp10 < 0 ? '-' : '+';
    k = exp10 < 0 ? -exp10 : exp10;
    if (k >= 100) *o++ = (char)('0' + k / 100);
    *o++ = (char)('0' + k / 10 % 10);
    *o++ = (char)('0' + k % 10);
  } else if (exp10 >= 0) {
    for (k = 0; k <= exp10; k++) *o++ = k < ndig ? sig[k] : '0';
    *o++ = '.';
    if (ndig > exp10 + 1) {
      memcpy(o, sig + exp10 + 1, (size_t)(ndig - exp10 - 1));
      o += ndig - exp10 - 1;
    } else {
      *o++ = '0';
    }
  } else {
    *o++ = '0';
    *o++ = '.';
    for (k = 0; k < -exp10 - 1; k++) *o++ = '0';
    memcpy(o, sig, (size_t)ndig);
    o += ndig;
  }
  *o = '\0';
}

/* floor(x / 2**18) for negative x too (>> of a negative int is not portable). */
static int floor_div_2p18(long x) { return (int)(x >= 0 ? x / 262144 : -((-x + 262143) / 262144)); }

static bool format_fast(double v, char out[40]) {
  uint64_t bits, m, digits = 0;
  int biased, e2, est, k, p, exp10;
  bool narrow;
  scaled s;
  char sig[20];
  memcpy(&bits, &v, sizeof bits);
  biased = (int)((bits >> 52) & 0x7ff);
  if (biased == 0 || biased == 0x7ff) return false; /* zero, subnormal, inf, nan */
  m = (bits & ((UINT64_C(1) << 52) - 1)) | (UINT64_C(1) << 52);
  narrow = (bits & ((UINT64_C(1) << 52) - 1)) == 0 && biased > 1;
  e2 = biased - 1075;
  /* floor(log10 v) is est or est + 1 (78913 / 2**18 is just below log10 2) */
  est = floor_div_2p18((long)(e2 + 52) * 78913);
  k = 16 - est;
  if (k < 0 || k > MAX_PLACES + 1) return false;
  if (k > MAX_PLACES || !scale(m, e2, narrow, k, &s)) return false;
  if (s.whole >= pow10_table[17]) {
    k--;
    if (k < 0 || !scale(m, e2, narrow, k, &s)) return false;
  }
  if (s.whole < pow10_table[16] || s.whole >= pow10_table[17]) return false;
  exp10 = 16 - k;
  if (!narrow) {
    int lo = 1, hi = 17;
    while (lo < hi) {
      const int mid = (lo + hi) / 2;
      if (reads_back(&s, round_to(&s, mid, &digits))) hi = mid;
      else lo = mid + 1;
    }
    p = lo;
  } else {
    for (p = 1; p < 17 && !reads_back(&s, round_to(&s, p, &digits)); p++) {
    }
  }
  (void)round_to(&s, p, &digits);
  if (digits == pow10_table[p]) {
    /* rounded up to the next power of ten: one digit, one more exponent */
    digits = 1;
    p = 1;
    exp10++;
  }
  put_uint(sig, digits, p);
  layout(v < 0, sig, p, exp10, out);
  return true;
}

void npr_format_double(double v, char out[40]) {
  if (!format_fast(v, out)) npr_format_double_reference(v, out);
}

#else

void npr_format_double(double v, char out[40]) { npr_format_double_reference(v, out); }

#endif
