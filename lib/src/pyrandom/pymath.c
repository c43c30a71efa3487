/* Python's float operators and math module functions as random.py meets
 * them: same libm call, same special cases, same exception for each bad
 * input. CPython decides errors from the result (NaN out of a non-NaN is a
 * domain error, an infinity out of a finite is a range error or a
 * singularity) and from errno, so these do the same. */
#include <errno.h>
#include <math.h>

#include "pyrandom/pyrandom_internal.h"
#include "core/npr_math.h"

npr_status pyr_div(double a, double b, double *out, npr_error *err) {
  if (b == 0.0) {
    return PYR_ZERO_DIVISION(err, "float division by zero");
  }
  *out = a / b;
  return NPR_OK;
}

/* float % float: the remainder takes the divisor's sign, and a zero
 * remainder is a zero of the divisor's sign. */
npr_status pyr_mod(double a, double b, double *out, npr_error *err) {
  double mod;
  if (b == 0.0) {
    return PYR_ZERO_DIVISION(err, "float modulo");
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
static npr_status errno_check(int e, double r, npr_error *err) {
  if (e == 0) {
    return NPR_OK;
  }
  if (e == EDOM) {
    return npr_fail(err, NPR_VALUE_ERROR, "math domain error");
  }
  if (e == ERANGE) {
    if (fabs(r) < 1.5) {
      return NPR_OK;
    }
    return npr_fail(err, NPR_OVERFLOW_ERROR, "math range error");
  }
  return errno_fail(e, NPR_VALUE_ERROR, err);
}

/* math_1(x, func, can_overflow) of mathmodule.c. */
static npr_status math_1(double x, double (*func)(double), int can_overflow, double *out, npr_error *err) {
  double r;
  int e;
  errno = 0;
  r = func(x);
  e = errno;
  if (isnan(r) && !isnan(x)) {
    return npr_fail(err, NPR_VALUE_ERROR, "math domain error");
  }
  if (isinf(r) && isfinite(x)) {
    if (can_overflow) {
      return npr_fail(err, NPR_OVERFLOW_ERROR, "math range error");
    }
    return npr_fail(err, NPR_VALUE_ERROR, "math domain error");
  }
  if (isfinite(r) && e != 0) {
    npr_status st = errno_check(e, r, err);
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

npr_status pyr_log(double x, double *out, npr_error *err) { return math_1(x, m_log, 0, out, err); }
npr_status pyr_exp(double x, double *out, npr_error *err) { return math_1(x, npr_exp, 1, out, err); }
npr_status pyr_sqrt(double x, double *out, npr_error *err) { return math_1(x, sqrt, 0, out, err); }
npr_status pyr_cos(double x, double *out, npr_error *err) { return math_1(x, npr_cos, 0, out, err); }
npr_status pyr_sin(double x, double *out, npr_error *err) { return math_1(x, npr_sin, 0, out, err); }
npr_status pyr_acos(double x, double *out, npr_error *err) { return math_1(x, npr_acos, 0, out, err); }

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* float ** float (float_pow): the special cases are settled here so only
 * finite, positive, non-unit bases with finite non-zero exponents reach
 * libm pow. */
npr_status pyr_pow(double x, double y, double *out, npr_error *err) {
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
      return PYR_ZERO_DIVISION(err, "0.0 cannot be raised to a negative power");
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
