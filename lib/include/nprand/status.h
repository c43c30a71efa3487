/* Status codes and error reports shared by every fallible nprand call. */
#ifndef NPRAND_STATUS_H
#define NPRAND_STATUS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Each non-OK status maps to the Python exception class that NumPy or CPython
 * raises for the same call, so a report reads exactly like the traceback's
 * last line ("ValueError: low >= high"). */
typedef enum npr_status {
  NPR_OK = 0,
  NPR_VALUE_ERROR,
  NPR_TYPE_ERROR,
  NPR_INDEX_ERROR,
  NPR_OVERFLOW_ERROR,
  NPR_KEY_ERROR,
  NPR_MEMORY_ERROR,
  NPR_OS_ERROR,
  NPR_NOT_IMPLEMENTED, /* not in nprand yet; never raised by Python itself */
  NPR_ZERO_DIVISION_ERROR,
  NPR_AXIS_ERROR, /* numpy.AxisError */
  NPR_ATTRIBUTE_ERROR,
  NPR_UNICODE_DECODE_ERROR, /* the nprand tools' input is not UTF-8 */
  NPR_ASSERTION_ERROR, /* CPython asserts (binomialvariate with a NaN p) */
  NPR_LINALG_ERROR     /* numpy.linalg.LinAlgError (nprand::linalg: a factorisation failed) */
} npr_status;

#define NPR_ERROR_MESSAGE_MAX 256

typedef struct npr_error {
  npr_status status;
  char message[NPR_ERROR_MESSAGE_MAX];
} npr_error;

/* "ValueError", "TypeError", ...; "OK" for NPR_OK. */
const char *npr_status_name(npr_status status);

/* Records status and a printf-style message in err (which may be NULL) and
 * returns status, so callers can write `return npr_fail(err, ...)`. */
npr_status npr_fail(npr_error *err, npr_status status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Resets err to NPR_OK with an empty message. */
void npr_error_clear(npr_error *err);

/* Warnings a call issued while still returning its values, each as Python's
 * warnings module names it: "RuntimeWarning: covariance is not symmetric
 * positive-semidefinite.", "RuntimeWarning: overflow encountered in add".
 * In the order NumPy issues them; beyond NPR_WARNINGS_MAX they are dropped. */
#define NPR_WARNINGS_MAX 32
#define NPR_WARNING_TEXT_MAX 96

typedef struct npr_warnings {
  unsigned count;
  char text[NPR_WARNINGS_MAX][NPR_WARNING_TEXT_MAX];
} npr_warnings;

/* Appends a printf-style warning to w (which may be NULL). */
void npr_warn(npr_warnings *w, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#ifdef __cplusplus
}
#endif
#endif
