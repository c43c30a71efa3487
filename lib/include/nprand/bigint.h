/* A small signed integer of up to 4096 bits, for the Python ints that
 * CPython's random methods take and return (randrange(0, 2**200),
 * randint(0, 2**64 - 1), ...). Plain data, no allocation: copy it freely.
 *
 * Only what random.py's integer arithmetic needs: comparison, +, -, *,
 * floor division, bit length, conversion to and from decimal text and
 * int64, and Python's correctly rounded int -> float. A result that would
 * not fit 4096 bits is NPR_NOT_IMPLEMENTED (CPython would carry on), never
 * wrapped. */
#ifndef NPRAND_BIGINT_H
#define NPRAND_BIGINT_H

#include <stddef.h>
#include <stdint.h>

#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NPR_BIGINT_WORDS 128
/* Room for the decimal text of any npr_bigint: 1234 digits, sign, NUL. */
#define NPR_BIGINT_DECIMAL_MAX 1240

typedef struct npr_bigint {
  uint32_t words[NPR_BIGINT_WORDS]; /* magnitude, least significant first */
  size_t n;                         /* words in use: words[n - 1] != 0; 0 for zero */
  int negative;                     /* never set for zero */
} npr_bigint;

void npr_bigint_from_i64(npr_bigint *out, int64_t v);
void npr_bigint_from_u64(npr_bigint *out, uint64_t v);

/* sign and magnitude in little-endian 32-bit words (high zero words are
 * fine). More than 4096 significant bits: NPR_NOT_IMPLEMENTED. */
npr_status npr_bigint_from_words(npr_bigint *out, int negative, const uint32_t *words, size_t nwords,
                                 npr_error *err);

/* A decimal literal: optional sign, then digits (what a JSON integer or a
 * command-line argument holds). ValueError "invalid literal for int() with
 * base 10: '...'" otherwise. */
npr_status npr_bigint_from_decimal(npr_bigint *out, const char *text, npr_error *err);

/* Writes the decimal text (with '-' when negative) into buf, which holds
 * cap bytes (NPR_BIGINT_DECIMAL_MAX always suffice); returns its length, or
 * 0 if cap is too small. */
size_t npr_bigint_to_decimal(const npr_bigint *a, char *buf, size_t cap);

/* 1 and *out set when a fits int64_t, else 0. */
int npr_bigint_to_i64(const npr_bigint *a, int64_t *out);

/* float(a): round half to even, as CPython; OverflowError "int too large to
 * convert to float" past DBL_MAX. */
npr_status npr_bigint_to_double(const npr_bigint *a, double *out, npr_error *err);

int npr_bigint_sign(const npr_bigint *a); /* -1, 0, 1 */
int npr_bigint_cmp(const npr_bigint *a, const npr_bigint *b);
/* Python's exact comparison of an int with a float: -1, 0, 1 for a < x,
 * a == x, a > x; x must not be NaN. */
int npr_bigint_cmp_double(const npr_bigint *a, double x);
/* a.bit_length(): bits of |a|. */
size_t npr_bigint_bit_length(const npr_bigint *a);

/* out may be a or b. */
npr_status npr_bigint_add(const npr_bigint *a, const npr_bigint *b, npr_bigint *out, npr_error *err);
npr_status npr_bigint_sub(const npr_bigint *a, const npr_bigint *b, npr_bigint *out, npr_error *err);
npr_status npr_bigint_mul(const npr_bigint *a, const npr_bigint *b, npr_bigint *out, npr_error *err);
/* a // b, rounding toward minus infinity as Python does. b == 0:
 * ZeroDivisionError "integer division or modulo by zero". */
npr_status npr_bigint_floordiv(const npr_bigint *a, const npr_bigint *b, npr_bigint *out, npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
