/* The libm functions the streams call, in one place.
 *
 * Every sampler calls log, log1p, exp, pow, sin, cos, acos, ... through these
 * names, never libm directly, so that one build option can route them to
 * nprand's own implementations (the same results as x86-64 glibc on an FMA
 * CPU, on every target) without touching the kernels. Until then they are the
 * platform libm, and the stream's last bits depend on it: NumPy's own do.
 * sqrt, fabs, floor and ceil are exact everywhere and are called directly. */
#ifndef NPR_CORE_NPR_MATH_H
#define NPR_CORE_NPR_MATH_H

#include <math.h>

static inline double npr_log(double x) { return log(x); }
static inline double npr_log1p(double x) { return log1p(x); }
static inline double npr_log2(double x) { return log2(x); }
static inline double npr_exp(double x) { return exp(x); }
static inline double npr_expm1(double x) { return expm1(x); }
static inline double npr_pow(double x, double y) { return pow(x, y); }
static inline double npr_sin(double x) { return sin(x); }
static inline double npr_cos(double x) { return cos(x); }
static inline double npr_tan(double x) { return tan(x); }
static inline double npr_atan(double x) { return atan(x); }
static inline double npr_acos(double x) { return acos(x); }
static inline float npr_logf(float x) { return logf(x); }
static inline float npr_log1pf(float x) { return log1pf(x); }
static inline float npr_expf(float x) { return expf(x); }
static inline float npr_powf(float x, float y) { return powf(x, y); }

#endif
