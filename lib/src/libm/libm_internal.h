/* Bit access and glibc's error conventions, shared by the libm sources. */
#ifndef NPR_LIBM_LIBM_INTERNAL_H
#define NPR_LIBM_LIBM_INTERNAL_H

#include <errno.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t npr_libm_bits(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static inline double npr_libm_from_bits(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

static inline uint32_t npr_libm_bitsf(float x) {
  uint32_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static inline float npr_libm_from_bitsf(uint32_t b) {
  float x;
  memcpy(&x, &b, sizeof x);
  return x;
}

/* The high and low 32-bit words, for the IBM-derived sources that branch on
 * them (independent of the target's byte order). */
static inline int32_t npr_libm_high_word(double x) { return (int32_t)(npr_libm_bits(x) >> 32); }
static inline uint32_t npr_libm_low_word(double x) { return (uint32_t)npr_libm_bits(x); }

/* Keeps a value from being folded at compile time, so the floating-point
 * exception of an overflow or underflow is raised at run time as glibc
 * raises it. */
static inline double npr_libm_opaque(double x) {
  volatile double v = x;
  return v;
}

static inline float npr_libm_opaquef(float x) {
  volatile float v = x;
  return v;
}

static inline double npr_libm_with_errno(double y, int e) {
  errno = e;
  return y;
}

static inline float npr_libm_with_errnof(float y, int e) {
  errno = e;
  return y;
}

/* glibc's __math_oflow / __math_uflow / __math_divzero / __math_invalid:
 * the signed overflow, underflow or pole result, with errno. */
static inline double npr_libm_oflow(uint32_t sign) {
  const double big = npr_libm_opaque(sign ? -0x1p769 : 0x1p769);
  return npr_libm_with_errno(big * 0x1p769, ERANGE);
}

static inline double npr_libm_uflow(uint32_t sign) {
  const double tiny = npr_libm_opaque(sign ? -0x1p-767 : 0x1p-767);
  return npr_libm_with_errno(tiny * 0x1p-767, ERANGE);
}

static inline double npr_libm_divzero(uint32_t sign) {
  const double y = npr_libm_opaque(sign ? -1.0 : 1.0) / 0.0;
  return npr_libm_with_errno(y, ERANGE);
}

static inline double npr_libm_invalid(double x) {
  const double y = (x - x) / (x - x);
  return x != x ? y : npr_libm_with_errno(y, EDOM);
}

static inline float npr_libm_oflowf(uint32_t sign) {
  const float big = npr_libm_opaquef(sign ? -0x1p97f : 0x1p97f);
  return npr_libm_with_errnof(big * 0x1p97f, ERANGE);
}

static inline float npr_libm_uflowf(uint32_t sign) {
  const float tiny = npr_libm_opaquef(sign ? -0x1p-95f : 0x1p-95f);
  return npr_libm_with_errnof(tiny * 0x1p-95f, ERANGE);
}

static inline float npr_libm_divzerof(uint32_t sign) {
  const float y = npr_libm_opaquef(sign ? -1.0f : 1.0f) / 0.0f;
  return npr_libm_with_errnof(y, ERANGE);
}

static inline float npr_libm_invalidf(float x) {
  const float y = (x - x) / (x - x);
  return x != x ? y : npr_libm_with_errnof(y, EDOM);
}

#endif
