/* Python's float operators and math module functions as random.py meets
 * them: same libm call, same special cases, same exception for each bad
 * input. CPython decides errors from the result (NaN out of a non-NaN is a
 * domain error, an infinity out of a finite is a range error or a
 * singularity) and from errno, so these do the same. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/npr_math.h"
#include "pyrandom/pyrandom_internal.h"
#include "core/npr_math.h"

void pyr_repr_double(double x, char buf[32]) {
  char digits[32], *e, *p;
  int prec, exp10, nd, decpt, i;
  size_t n = 0;
  if (isnan(x)) {
    strcpy(buf, "nan");
    return;
  }
  if (isinf(x)) {
    strcpy(buf, x > 0 ? "inf" : "-inf");
    return;
  }
  /* the shortest %e precision that reads back exactly */
  for (prec = 1; prec <= 17; prec++) {
    snprintf(digits, sizeof digits, "%.*e", prec - 1, x);
    if (strtod(digits, NULL) == x) break;
  }
  e = strchr(digits, 'e');
  exp10 = atoi(e + 1);
  *e = '\0';
  /* keep the bare digits: drop sign and point */
  for (p = digits, nd = 0; *p != '\0'; p++) {
    if (*p >= '0' && *p <= '9') digits[nd++] = *p;
  }
  digits[nd] = '\0';
  while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = '\0';
  decpt = exp10 + 1;
  if (signbit(x)) buf[n++] = '-';
  if (decpt > -4 && decpt <= 16) {
    /* repr's fixed notation, always with a fractional digit */
    if (decpt <= 0) {
      buf[n++] = '0';
      buf[n++] = '.';
      for (i = 0; i < -decpt; i++) buf[n++] = '0';
      for (i = 0; i < nd; i++) buf[n++] = digits[i];
    } else {
      for (i = 0; i < decpt; i++) buf[n++] = i < nd ? digits[i] : '0';
      buf[n++] = '.';
      if (decpt >= nd) buf[n++] = '0';
      for (i = decpt; i < nd; i++) buf[n++] = digits[i];
    }
    buf[n] = '\0';
  } else {
    buf[n++] = digits[0];
    if (nd > 1) {
      buf[n++] = '.';
      for (i = 1; i < nd; i++) buf[n++] = digits[i];
    }
    snprintf(buf + n, 32 - n, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
  }
}

/* 3.14 names the bad input in a math domain error. */
static npr_status domain_error(npr_python py, const char *expected, double x, npr_error *err) {
  char text[32];
  if (py < NPR_PYTHON_3_14 || expected == NULL) {
    return npr_fail(err, NPR_VALUE_ERROR, "math domain error");
  }
  pyr_repr_double(x, text);
  return npr_fail(err, NPR_VALUE_ERROR, "expected %s, got %s", expected, text);
}

npr_status pyr_div(npr_python py, double a, double b, double *out, npr_error *err) {
  if (b == 0.0) {
    return PYR_ZERO_DIVISION(err, py >= NPR_PYTHON_3_14 ? "division by zero" : "float division by zero");
  }
  *out = a / b;
  return NPR_OK;
}

/* float % float: the remainder takes the divisor's sign, and a zero
 * remainder is a zero of the divisor's sign. */
npr_status pyr_mod(npr_python py, double a, double b, double *out, npr_error *err) {
  double mod;
  if (b == 0.0) {
    return PYR_ZERO_DIVISION(err, py >= NPR_PYTHON_3_14 ? "division by zero" : "float modulo");
  }
  mod = fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
    }
  } else {
    mod = copysign(0.0, b);
  }
  *out = mod;
  return NPR_OK;
}

/* PyErr_SetFromErrno's "(errno, 'strerror')", with glibc's wording spelled
 * out because strerror is not thread-safe. */
static npr_status errno_fail(int e, npr_status status, npr_error *err) {
  const char *text = e == ERANGE ? "Numerical result out of range"
                     : e == EDOM ? "Numerical argument out of domain"
                                 : "Unknown error";
  return npr_fail(err, status, "(%d, '%s')", e, text);
}

/* The errno CPython's math_1 inspects after a call that returned a finite
 * value: underflow (ERANGE with a small result) is fine. */
static npr_status errno_check(npr_python py, const char *expected, double x, int e, double r, npr_error *err) {
  if (e == 0) {
    return NPR_OK;
  }
  if (e == EDOM) {
    return domain_error(py, expected, x, err);
  }
  if (e == ERANGE) {
    if (fabs(r) < 1.5) {
      return NPR_OK;
    }
    return npr_fail(err, NPR_OVERFLOW_ERROR, "math range error");
  }
  return errno_fail(e, NPR_VALUE_ERROR, err);
}

/* math_1(x, func, can_overflow, err_msg) of mathmodule.c; expected is
 * 3.14's err_msg ("a positive input"). */
static npr_status math_1(npr_python py, double x, double (*func)(double), int can_overflow, const char *expected,
                         double *out, npr_error *err) {
  double r;
  int e;
  errno = 0;
  r = func(x);
  e = errno;
  if (isnan(r) && !isnan(x)) {
    return domain_error(py, expected, x, err);
  }
  if (isinf(r) && isfinite(x)) {
    if (can_overflow) {
      return npr_fail(err, NPR_OVERFLOW_ERROR, "math range error");
    }
    return domain_error(py, expected, x, err);
  }
  if (isfinite(r) && e != 0) {
    npr_status st = errno_check(py, expected, x, e, r, err);
    if (st != NPR_OK) {
      return st;
    }
  }
  *out = r;
  return NPR_OK;
}

/* math.log's m_log: libm log only for finite positive x, so log(0) and
 * log(-x) become domain errors whatever the platform's log does. */
static double m_log(double x) {
  if (isfinite(x)) {
    if (x > 0.0) {
      return npr_log(x);
    }
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) {
    return x;
  }
  errno = EDOM;
  return NAN;
}

/* m_log2: the same special cases around libm log2. */
static double m_log2(double x) {
  if (isfinite(x)) {
    if (x > 0.0) {
      return npr_log2(x);
    }
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) {
    return x;
  }
  errno = EDOM;
  return NAN;
}

static double m_exp(double x) { return npr_exp(x); }
static double m_sqrt(double x) { return sqrt(x); }
static double m_cos(double x) { return npr_cos(x); }
static double m_sin(double x) { return npr_sin(x); }
static double m_acos(double x) { return npr_acos(x); }

#define POSITIVE "a positive input"
#define FINITE "a finite input"

npr_status pyr_log(npr_python py, double x, double *out, npr_error *err) {
  return math_1(py, x, m_log, 0, POSITIVE, out, err);
}
npr_status pyr_log2(npr_python py, double x, double *out, npr_error *err) {
  return math_1(py, x, m_log2, 0, POSITIVE, out, err);
}
npr_status pyr_exp(npr_python py, double x, double *out, npr_error *err) {
  return math_1(py, x, m_exp, 1, NULL, out, err);
}
npr_status pyr_sqrt(npr_python py, double x, double *out, npr_error *err) {
  return math_1(py, x, m_sqrt, 0, "a nonnegative input", out, err);
}
npr_status pyr_cos(npr_python py, double x, double *out, npr_error *err) {
  return math_1(py, x, m_cos, 0, FINITE, out, err);
}
npr_status pyr_sin(npr_python py, double x, double *out, npr_error *err) {
  return math_1(py, x, m_sin, 0, FINITE, out, err);
}
npr_status pyr_acos(npr_python py, double x, double *out, npr_error *err) {
  return math_1(py, x, m_acos, 0, "a number in range from -1 up to 1", out, err);
}

/* ---- math.lgamma (mathmodule.c's m_lgamma) -------------------------------- */

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* the denominator x*(x+1)*...*(x+LANCZOS_N-2) expanded */
static const double lanczos_den_coeffs[LANCZOS_N] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                     45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                                     1925.0,     66.0,       1.0};

static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  int i;
  /* in 1/x for large x, where the powers of x would overflow */
  if (x < 5.0) {
    for (i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

npr_status pyr_lgamma(npr_python py, double x, double *out, npr_error *err) {
  double r, absx;
  if (!isfinite(x)) {
    *out = isnan(x) ? x : HUGE_VAL;
    return NPR_OK;
  }
  if (x == floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      return domain_error(py, "a noninteger or positive integer", x, err);
    }
    *out = 0.0;
    return NPR_OK;
  }
  absx = fabs(x);
  if (absx < 1e-20) {
    *out = -npr_log(absx);
    return NPR_OK;
  }
  if (x < 0.0) {
    /* the reflection formula's sinpi is not needed by random.py, which
     * only takes lgamma of counts */
    return npr_fail(err, NPR_NOT_IMPLEMENTED, "lgamma of a negative non-integer");
  }
  r = npr_log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (npr_log(absx + lanczos_g - 0.5) - 1);
  if (isinf(r)) {
    return npr_fail(err, NPR_OVERFLOW_ERROR, "math range error");
  }
  *out = r;
  return NPR_OK;
}

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* float ** float (float_pow): the special cases are settled here so only
 * finite, positive, non-unit bases with finite non-zero exponents reach
 * libm pow. */
npr_status pyr_pow(npr_python py, double x, double y, double *out, npr_error *err) {
  int negate = 0;
  double r;
  int e;
  if (y == 0.0) {
    *out = 1.0;
    return NPR_OK;
  }
  if (isnan(x)) {
    *out = x;
    return NPR_OK;
  }
  if (isnan(y)) {
    *out = x == 1.0 ? 1.0 : y;
    return NPR_OK;
  }
  if (isinf(y)) {
    double ax = fabs(x);
    if (ax == 1.0) {
      *out = 1.0;
    } else if ((y > 0.0) == (ax > 1.0)) {
      *out = fabs(y);
    } else {
      *out = 0.0;
    }
    return NPR_OK;
  }
  if (isinf(x)) {
    int odd = is_odd_integer(y);
    if (y > 0.0) {
      *out = odd ? x : fabs(x);
    } else {
      *out = odd ? copysign(0.0, x) : 0.0;
    }
    return NPR_OK;
  }
  if (x == 0.0) {
    int odd = is_odd_integer(y);
    if (y < 0.0) {
      return PYR_ZERO_DIVISION(err, py >= NPR_PYTHON_3_14 ? "zero to a negative power"
                                                          : "0.0 cannot be raised to a negative power");
    }
    *out = odd ? x : 0.0;
    return NPR_OK;
  }
  if (x < 0.0) {
    if (y != floor(y)) {
      /* Python answers with a complex number; random.py never gets here. */
      return npr_fail(err, NPR_NOT_IMPLEMENTED, "negative float to a fractional power is complex");
    }
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) {
    *out = negate ? -1.0 : 1.0;
    return NPR_OK;
  }
  errno = 0;
  r = npr_pow(x, y);
  e = errno;
  /* _Py_ADJUST_ERANGE1: an infinite result is an overflow even if libm kept
   * quiet, and an underflow to zero is not an error. */
  if (e == 0) {
    if (r == HUGE_VAL || r == -HUGE_VAL) {
      e = ERANGE;
    }
  } else if (e == ERANGE && r == 0.0) {
    e = 0;
  }
  if (negate) {
    r = -r;
  }
  if (e != 0) {
    return errno_fail(e, e == ERANGE ? NPR_OVERFLOW_ERROR : NPR_VALUE_ERROR, err);
  }
  *out = r;
  return NPR_OK;
}
